#!/usr/bin/env bash
# `npm test`: the one test command. Build the test build first — into build/test, never dist/
# (a running `npm start` sideload keeps its development manifest), on the test origin, so it
# needs no production origin — then type check, lint, jest with coverage, and the offline
# manifest schema check. Every test reads the build from PERF_SELFEVAL_DIST (test/support/paths.ts).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PERF_SELFEVAL_DIST="${PERF_SELFEVAL_DIST:-build/test}"

step() { printf '\n== %s\n' "$*"; }

step "system tools"; bash test/tools/ensure-system-tools.sh
step "build ($PERF_SELFEVAL_DIST)"; npx webpack --mode production --env test
step "type check";   npx tsc --noEmit
step "lint";         npx eslint . --max-warnings 0
step "jest";         npx jest --coverage "$@"
step "manifest";     bash test/tools/validate-manifest.sh --schema-only
