#!/usr/bin/env bash
# Runs every test project. Nothing outside .NET is needed yet; when tests need system packages
# (redis-server, chromium) this script installs what is missing before running them.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Api.sln "$@"
