#!/usr/bin/env bash
# Sets up a fresh machine that has only Node and npm: pnpm, the workspace's dependencies and,
# with --with-browser, Debian's Chromium for the browser tests; with --with-office, LibreOffice
# Writer for the tests that open a Word export in it (skipped without soffice). Idempotent: safe to
# run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# The one pnpm version: package.json's devEngines.packageManager.
PNPM_VERSION=$(node -p 'require("./package.json").devEngines.packageManager.version')
with_browser=false
with_office=false
for arg in "$@"; do
  case "$arg" in
    --with-browser) with_browser=true ;;
    --with-office) with_office=true ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    echo "setup.sh: '$*' needs root. Run it as root, or install Chromium (CHROMIUM_PATH) or LibreOffice yourself." >&2
    exit 1
  fi
}

if $with_browser; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ]; then
    # Playwright cannot download its own browser on these machines: use Debian's Chromium.
    echo "setup: installing Debian's Chromium"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

if $with_office && ! command -v soffice >/dev/null 2>&1; then
  # Writer without its GUI (about 60 MB): enough to open a .docx and save it again, headless.
  echo "setup: installing Debian's LibreOffice Writer"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui >/dev/null
fi

# Corepack is not used: this registry serves no package signatures, so corepack refuses pnpm.
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install -g --allow-scripts=pnpm "pnpm@$PNPM_VERSION" >/dev/null
fi

export TURBO_TELEMETRY_DISABLED=1 STORYBOOK_DISABLE_TELEMETRY=1
pnpm install --frozen-lockfile
