# Run with bash before the browser tests (npm's pretest:e2e). Makes sure Playwright has a Chromium:
#   PW_BROWSER=bundled        -> Playwright's own build (install once: npx playwright install chromium)
#   CHROMIUM_PATH set         -> that binary, which must be executable
#   /usr/bin/chromium exists  -> Debian's Chromium
#   root with apt-get         -> install Debian's `chromium`, then use it
#   otherwise                 -> Playwright's own build if it is installed, else say what to do
set -euo pipefail
say() { echo "ensure-chromium: $*"; }

if [ "${PW_BROWSER:-}" = "bundled" ]; then
  say "PW_BROWSER=bundled: using Playwright's own Chromium (install once: npx playwright install chromium)"
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then say "using CHROMIUM_PATH=$CHROMIUM_PATH"; exit 0; fi
  say "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then
  say "using /usr/bin/chromium ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "/usr/bin/chromium missing: installing Debian's 'chromium' package with apt-get (10-60 s)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if apt-get install -y -qq --no-install-recommends chromium >/dev/null && [ -x /usr/bin/chromium ]; then
    say "installed: $(/usr/bin/chromium --version 2>/dev/null)"
    exit 0
  fi
  say "apt-get could not install a usable 'chromium' (on Ubuntu it is a snap stub)" >&2
fi
# An ordinary laptop: Playwright's own Chromium, if `npx playwright install chromium` was run.
if node -e "const {chromium}=require('@playwright/test');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)" 2>/dev/null; then
  say "using Playwright's own Chromium"
  exit 0
fi
cat >&2 <<'MSG'
ensure-chromium: no Chromium for the browser tests, and it could not be installed automatically
(that needs root and Debian's apt). Pick one:
  Debian, as root:              apt-get install chromium
  Any OS with internet access:  npx playwright install chromium
  A Chrome/Chromium you have:   CHROMIUM_PATH=/path/to/chrome npm run test:e2e
MSG
exit 1
