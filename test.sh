#!/usr/bin/env bash
# Runs every test project. The cross-instance change-feed tests need redis-server, the browser tests
# Debian's chromium and a CJK font (the pages are Chinese); this installs what is missing (Debian's
# packages), then runs dotnet test on the whole solution.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} for the tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing for the tests: ${missing[*]} (Debian: sudo apt-get install ${missing[*]}); install them and run again." >&2
    exit 1
  fi
fi

dotnet test Api.sln "$@"
