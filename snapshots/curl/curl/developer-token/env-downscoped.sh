#!/bin/sh
# Exchange the token for a downscoped one, then read the user's ID with that one (the Box API with curl 7.75+).
#
# Needs:   sudo apt-get install curl jq
#      or: brew install curl jq
#      or: wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install curl jq
# Run:     sh get-current-user.sh
# Reads BOX_DEVELOPER_TOKEN from the environment.
#
# Secrets reach the tools it runs on their standard input or in their environment, never on their
# command line, where any user of this machine could read them with ps.

set -eu

developer_token="${BOX_DEVELOPER_TOKEN:?Set the BOX_DEVELOPER_TOKEN environment variable and run again.}"

box_api='https://api.box.com'

# What to do about a failure a first run often meets, from the HTTP status (000: no answer) and
# Box's reply; nothing for anything else.
failure_hint() {
  case $1 in
    000) echo 'Could not reach Box: check this machine'\''s network connection, and any proxy or firewall between it and api.box.com.' ;;
    # Box answers 401 to any token it refuses: expired, mistyped or revoked alike.
    401) echo 'Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).' ;;
    400)
      # Box's OAuth 2.0 error reply: {"error": …, "error_description": …}.
      case $(printf '%s\n' "$2" | jq -r '"\(.error): \(.error_description)"' 2>/dev/null) in
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

access_token=$developer_token

# Exchange the token for a downscoped one (Box's token exchange): jq writes the form from its
# environment, curl posts it, and jq reads the new token and the scopes it holds out of the reply.
scopes='root_readonly'
export BOX_ACCESS_TOKEN="$access_token" BOX_SCOPES="$scopes"
form='@uri "grant_type=urn:ietf:params:oauth:grant-type:token-exchange&subject_token=\($ENV.BOX_ACCESS_TOKEN)&subject_token_type=urn:ietf:params:oauth:token-type:access_token&scope=\($ENV.BOX_SCOPES)"'
reply=$(jq -nr "$form" | call_box --data @- "$box_api/oauth2/token") || exit 1
if ! downscoped_token=$(printf '%s\n' "$reply" | jq -er '.access_token'); then
  echo "Box's token reply has no access token: $reply" >&2
  exit 1
fi
# restricted_to pairs each scope with the item it applies to: print each scope once, in order.
granted=$(printf '%s\n' "$reply" | jq -r '[.restricted_to[]?.scope] | reduce .[] as $scope ([]; if any(.[]; . == $scope) then . else . + [$scope] end) | join(" ")')
echo "Downscoped token scopes: $granted"

# Then call Box with the downscoped token.
me=$(printf 'Authorization: Bearer %s\n' "$downscoped_token" | call_box -H @- "$box_api/2.0/users/me?fields=id") || exit 1
printf '%s\n' "$me" | jq -r '"My user ID is \(.id)"'
