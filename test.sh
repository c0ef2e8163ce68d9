#!/usr/bin/env bash
# Runs every test project. The cross-instance change-feed tests need redis-server (Debian's
# package); this installs it when it is missing, then runs dotnet test on the whole solution.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing redis-server for the cross-instance tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "redis-server is missing: install it (Debian: sudo apt-get install redis-server) and run again." >&2
    exit 1
  fi
fi

dotnet test Api.sln "$@"
