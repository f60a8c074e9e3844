#!/bin/sh
# Print the ID of the Box user who owns the credentials (the Box API with curl 7.76+).
#
# Needs:   sudo apt-get install curl jq
#      or: brew install curl jq
# Run:     sh get-current-user.sh
# Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

client_id="${BOX_CLIENT_ID:?Set the BOX_CLIENT_ID environment variable and run again.}"
client_secret="${BOX_CLIENT_SECRET:?Set the BOX_CLIENT_SECRET environment variable and run again.}"
enterprise_id="${BOX_ENTERPRISE_ID:?Set the BOX_ENTERPRISE_ID environment variable and run again.}"

# API calls and token requests go to this host instead of https://api.box.com.
box_api='https://box-proxy.example.com'

# Client Credentials Grant: jq writes the form (URL-encoded) from its environment, curl posts it
# from standard input (--data @-), and jq reads the access token out of Box's reply.
form='@uri "grant_type=client_credentials&client_id=\($ENV.BOX_CLIENT_ID)&client_secret=\($ENV.BOX_CLIENT_SECRET)&box_subject_type=enterprise&box_subject_id=\($ENV.BOX_ENTERPRISE_ID)"'
export BOX_CLIENT_ID="$client_id" BOX_CLIENT_SECRET="$client_secret" BOX_ENTERPRISE_ID="$enterprise_id"
if ! reply=$(jq -nr "$form" | curl --silent --show-error --fail-with-body --data @- "$box_api/oauth2/token"); then
  echo "Box refused the token request${reply:+: $reply}" >&2
  exit 1
fi
if ! access_token=$(printf '%s\n' "$reply" | jq -er '.access_token'); then
  echo "Box's token reply has no access token: $reply" >&2
  exit 1
fi

# The token goes to curl as a header read from standard input (-H @-).
if ! me=$(printf 'Authorization: Bearer %s\n' "$access_token" | curl --silent --show-error --fail-with-body -H @- "$box_api/2.0/users/me?fields=id"); then
  echo "Box refused the request for the current user${me:+: $me}" >&2
  exit 1
fi
current_user_id=$(printf '%s\n' "$me" | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')
if [ -z "$current_user_id" ]; then
  echo "Box's reply has no user ID: $me" >&2
  exit 1
fi
echo "My user ID is $current_user_id"
