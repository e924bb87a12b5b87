#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, then runs every test once.
# Developers and CI (.ci/run calls exactly this) run the same thing.
set -euo pipefail
cd "$(dirname "$0")"

# Azurite, the storage emulator the storage tests start (in memory, on free ports).
if [ ! -f node_modules/azurite/dist/src/azurite.js ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet test ProfileFunctions.Local.slnf -c Release --nologo "$@"
