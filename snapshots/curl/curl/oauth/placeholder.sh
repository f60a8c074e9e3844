#!/bin/sh
# Print the ID of the Box user who owns the credentials (the Box API with curl 7.75+).
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
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

# Replace YOUR_CLIENT_ID with your app's Client ID:
# Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
client_id='YOUR_CLIENT_ID'
# Replace YOUR_CLIENT_SECRET with your app's Client Secret:
# Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
client_secret='YOUR_CLIENT_SECRET'

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

# The token goes to curl as a header read from standard input (-H @-).
me=$(printf 'Authorization: Bearer %s\n' "$access_token" | call_box -H @- "$box_api/2.0/users/me?fields=id") || exit 1
# Box writes each object's type and id first, so the first "id" is the user's own: nested
# objects (the enterprise, say) come after it.
current_user_id=$(printf '%s\n' "$me" | tr ',{' '\n\n' | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' | head -n 1)
if [ -z "$current_user_id" ]; then
  echo "Box's reply has no user ID: $me" >&2
  exit 1
fi
echo "My user ID is $current_user_id"
