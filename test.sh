#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, then runs every test once.
# Developers and CI (.ci/run calls exactly this) run the same thing.
set -euo pipefail
cd "$(dirname "$0")"

# Azurite (the storage emulator the tests start in memory) and the page checkers (playwright-core, axe-core,
# vnu-jar, lighthouse), pinned in package-lock.json.
if [ ! -f node_modules/azurite/dist/src/azurite.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -d node_modules/lighthouse ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# Debian's Chromium, for the tests that look at rendered pages as a visitor would.
if [ ! -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium > /dev/null
fi

dotnet test ProfileFunctions.Local.slnf -c Release --nologo "$@"
