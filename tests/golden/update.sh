#!/bin/sh
# Regenerates the golden files after a change to the templates, the pack
# or the demo plan.  Run from the build tree: tests/golden/update.sh
# (EVALWIZ may name the binary).  Review the diff before committing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
evalwiz=${EVALWIZ:-$(pwd)/evalwiz}
[ -x "$evalwiz" ] || evalwiz=$top/evalwiz
[ -x "$evalwiz" ] || { echo "update.sh: build evalwiz first (or set EVALWIZ)" >&2; exit 1; }
rm -f "$here"/demo-* "$here"/empty-*
sh "$here/render-all.sh" "$evalwiz" "$top" "$here"
ls "$here" | grep -c -E '^(demo|empty)-' | sed 's/$/ golden files written/'
