#!/bin/sh
# Print the ID of the Box user who owns the credentials (the Box API with curl 7.76+).
#
# Needs:   sudo apt-get install curl
#      or: brew install curl
# Run:     sh get-current-user.sh
# Reads BOX_DEVELOPER_TOKEN from the environment.
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

developer_token="${BOX_DEVELOPER_TOKEN:?Set the BOX_DEVELOPER_TOKEN environment variable and run again.}"

box_api='https://api.box.com'

access_token=$developer_token

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
