#!/bin/sh
# Exchange the token for one downscoped to a file, then read the file's name with it (the Box API with curl 7.75+).
#
# Needs:   sudo apt-get install curl jq
#      or: brew install curl jq
#      or: wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install curl jq
# Run:     sh get-current-user.sh
# Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

client_id="${BOX_CLIENT_ID:?Set the BOX_CLIENT_ID environment variable and run again.}"
client_secret="${BOX_CLIENT_SECRET:?Set the BOX_CLIENT_SECRET environment variable and run again.}"
enterprise_id="${BOX_ENTERPRISE_ID:?Set the BOX_ENTERPRISE_ID environment variable and run again.}"

box_api='https://api.box.com'

# What to do about a failure a first run often meets, from the HTTP status (000: no answer) and
# Box's reply; nothing for anything else.
failure_hint() {
  case $1 in
    000) echo 'Could not reach Box: check this machine'\''s network connection, and any proxy or firewall between it and api.box.com.' ;;
    400)
      # Box's OAuth 2.0 error reply: {"error": …, "error_description": …}.
      case $(printf '%s\n' "$2" | jq -r '"\(.error): \(.error_description)"' 2>/dev/null) in
        unauthorized_client:*) echo 'This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.' ;;
        'invalid_grant: Grant credentials are invalid') echo 'Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and "Generate user access tokens" there, then re-authorization in the Admin Console.' ;;
        invalid_client:*) echo 'Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.' ;;
        'invalid_request: The grant type is unauthorized for this client_id') echo 'This app'\''s authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).' ;;
        invalid_scope:*) echo 'Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).' ;;
      esac ;;
  esac
}

# Sends a request to Box with curl (its options follow; a header or a form comes on standard input)
# and prints Box's reply. When Box refuses it or cannot be reached, says what to do about it, then
# curl's or Box's own message, and stops.
call_box() {
  # After the reply, curl writes a line of its own: the HTTP status and its error message.
  response=$(curl --silent --write-out '\n%{http_code} %{errormsg}' "$@") || true
  body=$(printf '%s\n' "$response" | sed '$d')
  outcome=$(printf '%s\n' "$response" | tail -n 1)
  status=${outcome%% *}
  case $status in
    2??) printf '%s\n' "$body"; return ;;
    000) message="curl: ${outcome#* }" ;;
    *) message="Box answered HTTP $status${body:+: $body}" ;;
  esac
  hint=$(failure_hint "$status" "$body")
  if [ -n "$hint" ]; then echo "$hint" >&2; fi
  printf '%s\n' "$message" >&2
  exit 1
}

# Client Credentials Grant: jq writes the form (URL-encoded) from its environment, curl posts it
# from standard input (--data @-), and jq reads the access token out of Box's reply.
form='@uri "grant_type=client_credentials&client_id=\($ENV.BOX_CLIENT_ID)&client_secret=\($ENV.BOX_CLIENT_SECRET)&box_subject_type=enterprise&box_subject_id=\($ENV.BOX_ENTERPRISE_ID)"'
export BOX_CLIENT_ID="$client_id" BOX_CLIENT_SECRET="$client_secret" BOX_ENTERPRISE_ID="$enterprise_id"
reply=$(jq -nr "$form" | call_box --data @- "$box_api/oauth2/token") || exit 1
if ! access_token=$(printf '%s\n' "$reply" | jq -er '.access_token'); then
  echo "Box's token reply has no access token: $reply" >&2
  exit 1
fi

# Exchange the token for a downscoped one (Box's token exchange): jq writes the form from its
# environment, curl posts it, and jq reads the new token and the scopes it holds out of the reply.
scopes='item_preview'
# The new token is restricted to this file, named by its API URL.
resource='https://api.box.com/2.0/files/123456789'
export BOX_ACCESS_TOKEN="$access_token" BOX_SCOPES="$scopes" BOX_RESOURCE="$resource"
form='@uri "grant_type=urn:ietf:params:oauth:grant-type:token-exchange&subject_token=\($ENV.BOX_ACCESS_TOKEN)&subject_token_type=urn:ietf:params:oauth:token-type:access_token&scope=\($ENV.BOX_SCOPES)&resource=\($ENV.BOX_RESOURCE)"'
reply=$(jq -nr "$form" | call_box --data @- "$box_api/oauth2/token") || exit 1
if ! downscoped_token=$(printf '%s\n' "$reply" | jq -er '.access_token'); then
  echo "Box's token reply has no access token: $reply" >&2
  exit 1
fi
# restricted_to pairs each scope with the item it applies to: print each scope once, in order.
granted=$(printf '%s\n' "$reply" | jq -r '[.restricted_to[]?.scope] | reduce .[] as $scope ([]; if any(.[]; . == $scope) then . else . + [$scope] end) | join(" ")')
echo "Downscoped token scopes: $granted"

# Then call Box with the downscoped token.
item=$(printf 'Authorization: Bearer %s\n' "$downscoped_token" | call_box -H @- "$box_api/2.0/files/123456789?fields=name") || exit 1
printf '%s\n' "$item" | jq -r '"File \(.id): \(.name)"'
