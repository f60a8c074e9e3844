#!/bin/sh
# Print the ID of the Box user the program acts as, with the As-User header (the Box API with curl 7.75+).
#
# Needs:   sudo apt-get install curl
#      or: brew install curl
#      or: wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install curl
# Run:     sh get-current-user.sh
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

# Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
# Box Developer Console > your app > Configuration > Developer Token.
developer_token='YOUR_DEVELOPER_TOKEN'
# Replace AS_USER_ID with the ID of the user every API call acts as (the As-User header):
# Box Admin Console > Users and Groups; the app needs "Make API calls using the as-user header" (Developer Console > your app > Configuration > Advanced Features) and an admin's or the service account's token.
as_user_id='AS_USER_ID'

box_api='https://api.box.com'

# What to do about a failure a first run often meets, from the HTTP status (000: no answer) and
# Box's reply; nothing for anything else.
failure_hint() {
  case $1 in
    000) echo 'Could not reach Box: check this machine'\''s network connection, and any proxy or firewall between it and api.box.com.' ;;
    # Box answers 401 to any token it refuses: expired, mistyped or revoked alike.
    401) echo 'Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).' ;;
    # Box's error reply: {"type": "error", "status": 403, "code": …, "message": …}.
    403)
      case $2 in
        *'"access_denied_insufficient_permissions"'*) echo 'Box refused to act as the user: the app needs "Make API calls using the as-user header" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin'\''s or the service account'\''s.' ;;
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

access_token=$developer_token

# The token goes to curl as a header read from standard input (-H @-).
# Every API call acts as the user AS_USER_ID names: the As-User header.
me=$(printf 'Authorization: Bearer %s\n' "$access_token" | call_box -H @- -H "As-User: $as_user_id" "$box_api/2.0/users/me?fields=id") || exit 1
# Box writes each object's type and id first, so the first "id" is the user's own: nested
# objects (the enterprise, say) come after it.
current_user_id=$(printf '%s\n' "$me" | tr ',{' '\n\n' | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' | head -n 1)
if [ -z "$current_user_id" ]; then
  echo "Box's reply has no user ID: $me" >&2
  exit 1
fi
echo "My user ID is $current_user_id"
