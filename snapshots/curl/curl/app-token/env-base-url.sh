#!/bin/sh
# Print the ID of the Box user who owns the credentials (the Box API with curl 7.75+).
#
# Needs:   sudo apt-get install curl
#      or: brew install curl
#      or: wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install curl
# Run:     sh get-current-user.sh
# Reads BOX_APP_TOKEN from the environment.
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

app_token="${BOX_APP_TOKEN:?Set the BOX_APP_TOKEN environment variable and run again.}"

# API calls and token requests go to this host instead of https://api.box.com.
box_api='https://box-proxy.example.com'

# What to do about a failure a first run often meets, from the HTTP status (000: no answer) and
# Box's reply; nothing for anything else.
failure_hint() {
  case $1 in
    000) echo 'Could not reach Box: check this machine'\''s network connection, and any proxy or firewall between it and api.box.com.' ;;
    # Box answers 401 to any token it refuses: mistyped, or its key revoked or regenerated.
    401) echo 'Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.' ;;
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

# An App Token is used as it is: it is the access token.
access_token=$app_token

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
