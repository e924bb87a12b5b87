#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, then runs every test once.
# Used by developers and by CI (.ci/run calls exactly this).
set -euo pipefail
cd "$(dirname "$0")"

dotnet test ProfileFunctions.Local.slnf -c Release --nologo "$@"
