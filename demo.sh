#!/usr/bin/env bash
# The main job end to end on the bundled demo data: storage (Azurite), the demo listing sites, crawl, render,
# publish, and the site served on http://127.0.0.1:8080/ (or the next free port). Extra arguments go to `profiles demo`.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f node_modules/azurite/dist/src/azurite.js ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet run --project functions/ProfileFunctions.Cli -c Release -- demo "$@"
