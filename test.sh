#!/usr/bin/env bash
# Runs every test project. The cross-instance change-feed tests need redis-server, the browser tests
# Debian's chromium and a CJK font (the pages are Chinese); this installs what is missing (Debian's
# packages), then runs dotnet test on the whole solution (on SQLite), then the query, statistics,
# changes and security tests of tests/Api.Tests again on PostgreSQL (scripts/postgres.sh installs,
# starts and prepares the local server).
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

postgres=$(scripts/postgres.sh | tail -n 1)

status=0
# The PostgreSQL restart test stops the machine's cluster: it runs last, on its own, after every other test process.
restart_test="FullyQualifiedName~PartyOrg.Api.Tests.Fleet.PostgresOutageTests"
dotnet test Api.sln --filter "FullyQualifiedName!~PartyOrg.Api.Tests.Fleet.PostgresOutageTests" "$@" || status=$?

# The same tests, parameterised by PARTY_TEST_DATABASE: every ApiFactory gets its own PostgreSQL database.
postgres_tests="FullyQualifiedName~PartyOrg.Api.Tests.Querying|FullyQualifiedName~PartyOrg.Api.Tests.Schema.Statistics"
postgres_tests+="|FullyQualifiedName~PartyOrg.Api.Tests.Schema.Changes|FullyQualifiedName~PartyOrg.Api.Tests.Changes"
postgres_tests+="|FullyQualifiedName~PartyOrg.Api.Tests.Security"
echo "Running the query, statistics, changes and security tests on PostgreSQL..."
PARTY_TEST_DATABASE=PostgreSQL PARTY_TEST_POSTGRES="$postgres" \
  dotnet test tests/Api.Tests --no-build --filter "$postgres_tests" || status=$?
echo "Restarting PostgreSQL under load (the outage test)..."
dotnet test tests/Api.Tests --no-build --filter "$restart_test" || status=$?
exit "$status"
