#!/bin/sh
# The system tools the test suite drives, from Debian's packages: installed when missing and we
# are root on a Debian-like machine (as CI is), otherwise a message naming exactly what to install.
# `npm test` runs this first, so the README's test command works on a fresh machine.
set -eu

missing=""
need() { # need <test command> <Debian package>
  if ! sh -c "$1" >/dev/null 2>&1; then missing="$missing $2"; fi
}
need 'command -v tmux' tmux                     # interactive mode, driven in a terminal
need 'test -x "${CHROMIUM_PATH:-/usr/bin/chromium}"' chromium   # the playground page
need 'command -v ip' iproute2                   # network namespaces for the as-printed proof
need 'command -v openssl' openssl               # the proof's test CA and JWT keys
need 'command -v curl' curl
need 'command -v jq' jq
need 'command -v dash' dash
need 'command -v mvn' maven
need 'command -v javac' openjdk-17-jdk-headless
need 'python3 -m venv --help' python3-venv

[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the test suite's system tools:$missing" >&2
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  exit 0
fi
echo "The tests need these system tools; install them first (Debian/Ubuntu: sudo apt-get install$missing)" >&2
exit 1
