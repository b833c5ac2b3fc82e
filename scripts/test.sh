#!/usr/bin/env bash
# README command two: set up everything (Chromium and LibreOffice included) and run the whole suite:
# lint, typecheck, build, unit + browser + story tests, Storybook build, end-to-end tests.
# Ends with one line "N passed, N failed" summed over every test suite that ran.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --with-browser --with-office || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

export TURBO_TELEMETRY_DISABLED=1 STORYBOOK_DISABLE_TELEMETRY=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# The LibreOffice setup installed: named, so its tests run here rather than being skipped.
SOFFICE_PATH="${SOFFICE_PATH:-$(command -v soffice || echo /usr/bin/soffice)}"
export SOFFICE_PATH

# Old reports would be counted again: every suite writes a fresh one.
find . -path ./node_modules -prune -o -type d -name reports -not -path '*/node_modules/*' -print0 \
  | xargs -0 rm -rf

mkdir -p reports

# A package changed since main needs a changeset. `changeset status` compares with the merge base of
# the config's baseBranch (main); a clone without a main branch (a shallow CI checkout of another
# branch) has nothing to compare with, so the check is skipped there, and says so.
changesets=0
if git rev-parse --verify --quiet main >/dev/null; then
  pnpm exec changeset status --since=main >reports/changeset-status.log 2>&1 || {
    changesets=1
    cat reports/changeset-status.log
    echo "changeset status: a package changed since main without a changeset (pnpm changeset)"
  }
else
  echo "changeset status: skipped, no local main branch to compare with"
fi

# The tasks are package.json's `check` script, the one list. --continue: one failing suite must not
# keep the others from running and being counted.
pnpm run check --concurrency=2 --continue 2>&1 | tee reports/turbo.log
status=${PIPESTATUS[0]}
if [ $status -eq 0 ] && [ $changesets -ne 0 ]; then status=$changesets; fi

node scripts/summarize-tests.mjs --turbo-log reports/turbo.log
summary=$?
if [ $status -eq 0 ] && [ $summary -ne 0 ]; then status=$summary; fi
exit $status
