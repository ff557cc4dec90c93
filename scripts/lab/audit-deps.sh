#!/usr/bin/env bash
# Prints `npm audit --omit=dev` findings for the production dependencies, and the list of those
# dependencies, so their count stays visible. Exits non-zero when audit finds something or cannot run.
set -uo pipefail
cd "$(dirname "$0")/../.."
echo "Production dependencies (each justified in README.md):"
npm ls --omit=dev --depth=0 2>/dev/null | tail -n +2
echo
npm audit --omit=dev
status=$?
if [ "$status" -ne 0 ]; then
  echo "npm audit exited $status (findings above, or the registry's audit endpoint could not be reached)." >&2
fi
exit "$status"
