#!/bin/sh
# evalwiz diff: golden output in text, Markdown and JSON; exit codes like diff(1).
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
g="$top_srcdir/tests/golden/diff"
pack="$top_srcdir/tests/data/packs/all-types"
cd "$g"
for f in text md json; do
	rc=0
	"$EVALWIZ" --pack "$pack" diff old.yaml new.yaml --format "$f" >"$dir/out.$f" || rc=$?
	test "$rc" = 1
	diff -u "expected.$f" "$dir/out.$f"
done
# the same plan twice: no differences, exit 0
out=$("$EVALWIZ" --pack "$pack" diff old.yaml old.yaml)
test "$out" = "No differences between old.yaml and old.yaml."
# only the timestamps differ: still no differences
sed 's/updated: 2026-01-01T00:00:00Z/updated: 2027-01-01T00:00:00Z/' old.yaml >"$dir/stamp.yaml"
"$EVALWIZ" --pack "$pack" diff old.yaml "$dir/stamp.yaml" >/dev/null
# trouble: exit 2 with a message naming the file
rc=0; "$EVALWIZ" --pack "$pack" diff old.yaml "$dir/missing.yaml" 2>"$dir/err" || rc=$?
test "$rc" = 2
grep -q "missing.yaml" "$dir/err"
printf 'just: [a list\n' >"$dir/bad.yaml"
rc=0; "$EVALWIZ" --pack "$pack" diff old.yaml "$dir/bad.yaml" 2>"$dir/err" || rc=$?
test "$rc" = 2
grep -q "bad.yaml:" "$dir/err"
printf 'answers: {}\n' >"$dir/notplan.yaml"
rc=0; "$EVALWIZ" --pack "$pack" diff old.yaml "$dir/notplan.yaml" 2>"$dir/err" || rc=$?
test "$rc" = 2
grep -q "notplan.yaml:1:1: this is not an evalwiz plan" "$dir/err"
rc=0; "$EVALWIZ" --pack "$pack" diff old.yaml new.yaml --format xml 2>/dev/null || rc=$?
test "$rc" = 2
rc=0; "$EVALWIZ" --pack "$pack" diff old.yaml 2>/dev/null || rc=$?
test "$rc" = 2
rc=0; out=$("$EVALWIZ" --pack "$pack" diff /dev/null old.yaml) || rc=$?
test "$rc" = 1
echo "$out" | grep -q "^  added: Name of the service (basics.name)$"
