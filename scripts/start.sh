#!/usr/bin/env bash
# README command one: set up, build the packages the demo uses, and serve the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export TURBO_TELEMETRY_DISABLED=1
pnpm turbo run build --filter=@milepael/demo^... --output-logs=errors-only
echo
echo "milepael demo: http://127.0.0.1:5173/  (Ctrl+C stops it)"
exec pnpm --filter @milepael/demo dev
