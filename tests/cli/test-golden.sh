#!/bin/sh
# Every default template in every text format, for the demo plan and an
# empty plan, matches its golden file (tests/golden/update.sh remakes them).
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sh "$top_srcdir/tests/golden/render-all.sh" "$EVALWIZ" "$top_srcdir" "$dir"
n=0
for g in "$top_srcdir"/tests/golden/demo-* "$top_srcdir"/tests/golden/empty-*; do
	name=$(basename "$g")
	if ! cmp -s "$g" "$dir/$name"; then
		echo "golden mismatch: $name (run tests/golden/update.sh if the change is intended)" >&2
		diff -u "$g" "$dir/$name" | head -40 >&2 || true
		exit 1
	fi
	n=$((n + 1))
done
# every rendered file has a golden file, and there are 28 of them
test "$(ls "$dir" | wc -l)" -eq "$n"
test "$n" -eq 28
