#!/usr/bin/env bash
# Builds the named corpus tables (all when none is named), runs the built command line on each
# and judges its report with ../shared/tools/compare-report.mjs.
#   bash test/corpus/judge.sh [NAME ...]     (PERF_SELFEVAL_DIST names the build, default dist)
set -uo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
npx ts-node --transpile-only test/corpus/build.ts "$out" "$@" >/dev/null || exit 2
cli="${PERF_SELFEVAL_DIST:-dist}/cli/perf-selfeval.js"
for x in "$out"/*.xlsx; do
  name="$(basename "$x" .xlsx)"
  node "$cli" check "$x" --json > "$out/$name.out.json" 2>"$out/$name.err"; code=$?
  printf '%s: ' "$name"; node ../shared/tools/compare-report.mjs "test/corpus/tables/$name.expected.json" "$out/$name.out.json" "$code" | tr '\n' ';'; echo
done
