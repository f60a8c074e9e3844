#!/bin/sh
# Exchange the token for one downscoped to a file, then read the file's name with it (the Box API with curl 7.75+).
#
# Needs:   sudo apt-get install curl jq
#      or: brew install curl jq
#      or: wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install curl jq
# Run:     sh get-current-user.sh
# Sign-in: open the URL it prints and approve access; within 30 seconds, give the program
# the code parameter of the address Box then sends the browser to: as the run command's
# first argument, or typed in when it asks.
# (It cannot catch the redirect itself: a shell script has no HTTP server of its own.)
# List http://localhost:3000/callback in your app's Redirect URIs (Developer Console > Configuration).
# Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

client_id="${BOX_CLIENT_ID:?Set the BOX_CLIENT_ID environment variable and run again.}"
client_secret="${BOX_CLIENT_SECRET:?Set the BOX_CLIENT_SECRET environment variable and run again.}"

# Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
redirect_uri='http://localhost:3000/callback'

box_api='https://api.box.com'

# What to do about a failure a first run often meets, from the HTTP status (000: no answer) and
# Box's reply; nothing for anything else.
failure_hint() {
  case $1 in
    000) echo 'Could not reach Box: check this machine'\''s network connection, and any proxy or firewall between it and api.box.com.' ;;
    400)
      # Box's OAuth 2.0 error reply: {"error": …, "error_description": …}.
      case $(printf '%s\n' "$2" | jq -r '"\(.error): \(.error_description)"' 2>/dev/null) in
        invalid_client:*) echo 'Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.' ;;
        'invalid_request: The grant type is unauthorized for this client_id') echo 'This app'\''s authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).' ;;
        'invalid_grant: The authorization code has expired') echo 'Box refused the authorization code: a code lasts 30 seconds and works once. Run the program again and approve access in the browser right away.' ;;
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

export BOX_CLIENT_ID="$client_id" BOX_CLIENT_SECRET="$client_secret" BOX_REDIRECT_URI="$redirect_uri"
authorize_url=$(jq -nr '@uri "https://account.box.com/api/oauth2/authorize?response_type=code&client_id=\($ENV.BOX_CLIENT_ID)&redirect_uri=\($ENV.BOX_REDIRECT_URI)"')
printf 'Open this URL and approve access:\n%s\n' "$authorize_url"

# The authorization code: the code parameter of the URL Box redirects the browser to. It lasts
# 30 seconds. (A shell script has no HTTP server of its own to catch the redirect.)
code=${1:-}
if [ -z "$code" ]; then
  printf 'Authorization code: '
  read -r code || true
fi
if [ -z "$code" ]; then
  echo "No authorization code given." >&2
  exit 1
fi
export BOX_AUTHORIZATION_CODE="$code"

# jq writes the form (URL-encoded) from its environment, curl posts it from standard input
# (--data @-), and jq reads the access token out of Box's reply.
form='@uri "grant_type=authorization_code&client_id=\($ENV.BOX_CLIENT_ID)&client_secret=\($ENV.BOX_CLIENT_SECRET)&code=\($ENV.BOX_AUTHORIZATION_CODE)"'
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
