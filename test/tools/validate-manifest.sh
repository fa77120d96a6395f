#!/usr/bin/env bash
# Offline manifest check (`npm run validate`):
#  1. xmllint against Microsoft's add-in manifest schemas in ../shared/manifest-schemas
#     (read from there, never copied into this repository), for manifest.xml and the built one
#     ($PERF_SELFEVAL_DIST/manifest.xml, default dist/);
#  2. the jest test that every resid, URL and icon the manifest names resolves to a built file,
#     and that a broken manifest is rejected.
# With --schema-only (npm test, whose jest run already includes part 2) only part 1 runs.
# Where ../shared is absent the schema check is skipped with a notice; the jest part still runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
schemas="$(cd .. && pwd)/shared/manifest-schemas"

if [ -f "$schemas/OfficeAppManifestV1_1.xsd" ]; then
  command -v xmllint >/dev/null || bash test/tools/ensure-system-tools.sh
  dist="${PERF_SELFEVAL_DIST:-dist}"
  for m in manifest.xml "$dist/manifest.xml"; do
    [ -f "$m" ] || { echo "validate: $m is missing (run npm run build first)" >&2; exit 1; }
    xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" "$m"
  done
else
  echo "validate: skipped the schema check: $schemas not found (the manifest schemas live in ../shared)" >&2
fi
[ "${1:-}" = "--schema-only" ] || npx jest test/manifest
