#!/bin/sh
# Renders every default template in every text format for the demo plan
# and for an empty plan into OUTDIR (the golden files, or a test's copy).
# Usage: render-all.sh EVALWIZ TOP_SRCDIR OUTDIR
# The date is fixed and PATH holds no programs, so dot and pandoc never
# change the output: the HTML always carries the text diagram.
set -eu
evalwiz=$1 top=$2 out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SOURCE_DATE_EPOCH=1767225600	# 2026-01-01
EVALWIZ_DATADIR=$top
LC_ALL=C.UTF-8
export SOURCE_DATE_EPOCH EVALWIZ_DATADIR LC_ALL
unset EVALWIZ_PACK
mkdir -p "$work/empty-path"
"$evalwiz" new "$work/empty.yaml" --title "Empty plan" 2>/dev/null
# a new plan's id (meta.id, which html carries) is random: fix it
sed 's/^  id: [0-9a-f]\{32\}$/  id: 0123456789abcdef0123456789abcdef/' "$work/empty.yaml" >"$work/empty.tmp"
mv "$work/empty.tmp" "$work/empty.yaml"
cp "$top/examples/demo-plan.yaml" "$work/demo.yaml"
for plan in demo empty; do
	for spec in plan:md plan:html plan:tex summary:md summary:html summary:tex \
	    protocol:md protocol:html protocol:tex schedule:csv logic-model:md logic-model:html \
	    logic-model:tex logic-model:dot; do
		t=${spec%%:*} f=${spec#*:}
		PATH="$work/empty-path" "$evalwiz" render "$work/$plan.yaml" -t "$t" -f "$f" \
		    -o "$out/$plan-$t.$f" 2>/dev/null
	done
done
