#!/bin/sh
# Every default template in every text format, for the demo plan and an
# empty plan, matches its golden file (tests/golden/update.sh remakes them,
# refusing changes of words or numbers unless asked).
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sh "$top_srcdir/tests/golden/render-all.sh" "$EVALWIZ" "$top_srcdir" "$dir"
n=0
for g in "$top_srcdir"/tests/golden/demo-* "$top_srcdir"/tests/golden/empty-*; do
	name=$(basename "$g")
	if ! cmp -s "$g" "$dir/$name"; then
		echo "FAIL: $name differs from its golden file (tests/golden/$name, then what evalwiz makes now):" >&2
		diff -u "$g" "$dir/$name" | head -40 >&2 || true
		echo "If every change is meant, tests/golden/update.sh shows them all and takes changes of layout;" >&2
		echo "changes of words need --text and of numbers --numbers (checked against the calculators)." >&2
		exit 1
	fi
	n=$((n + 1))
done
# every rendered file has a golden file, and there are 28 of them
made=$(ls "$dir" | wc -l)
[ "$made" -eq "$n" ] || { echo "FAIL: $made files made, but $n golden files: $(ls "$dir")" >&2; exit 1; }
[ "$n" -eq 28 ] || { echo "FAIL: expected 28 golden files, found $n" >&2; exit 1; }
