#!/usr/bin/env bash
# `npm test`: the one test command. Build first (tests use dist/: the command line,
# functions.json, taskpane.html), then type check, lint, jest with coverage, and the
# offline manifest schema check.
set -euo pipefail
cd "$(dirname "$0")/../.."

step() { printf '\n== %s\n' "$*"; }

step "system tools"; bash test/tools/ensure-system-tools.sh
step "build";        npx webpack --mode production
step "type check";   npx tsc --noEmit
step "lint";         npx eslint . --max-warnings 0
step "jest";         npx jest --coverage "$@"
step "manifest";     bash test/tools/validate-manifest.sh --schema-only
