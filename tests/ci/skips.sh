#!/bin/sh
# skips.sh [--check ALLOWED] [DIR]: after make check in DIR (default the
# current folder; other builds in build-ci/ are left out), prints each test
# that was skipped, one line each, "NAME: REASON".  NAME is the test as make
# check names it (tests/cli/test-faults.sh), or for a C unit test the
# program and the test (tests/unit/test-lock test_other_user_never_taken_over).
# The reason is the test's last "skipped: " line (tests/cli/lib.sh's
# skip_test), or for a unit test its TAP "# SKIP" text (tests/unit/unit.h).
#
# With --check ALLOWED (tests/ci/allowed-skips) it also exits 1 when a skip
# is not on that list, or gave no reason: CI's stages use it so that a test
# that silently stopped running cannot pass as a skip.
set -eu
allowed=
if [ "${1:-}" = --check ]; then
	allowed=$2
	shift 2
	[ -r "$allowed" ] || { echo "skips.sh: cannot read $allowed" >&2; exit 2; }
	allowed=$(cd "$(dirname "$allowed")" && pwd)/$(basename "$allowed")
fi
cd "${1:-.}"

list=$(mktemp)
trap 'rm -f "$list"' EXIT
find . -name build-ci -prune -o -name '*.trs' -print | sort | while read -r trs; do
	grep -q '^:test-result: SKIP' "$trs" || continue
	log=${trs%.trs}.log
	if grep -q '^SKIP: .* # SKIP' "$log" 2>/dev/null; then
		# the TAP driver's lines: "SKIP: PROGRAM N - TEST # SKIP REASON"
		sed -n 's/^SKIP: \([^ ]*\) [0-9]* - \(.*\) # SKIP *\(.*\)$/\1 \2: \3/p' "$log"
	else
		# the plain driver's last line: "SKIP NAME (exit status: 77)"
		name=$(sed -n 's/^SKIP \(.*\) (exit status: 77)$/\1/p' "$log" 2>/dev/null | tail -n 1)
		[ -n "$name" ] || name=${trs#./}
		reason=$(sed -n 's/^skipped: //p' "$log" 2>/dev/null | tail -n 1)
		echo "$name: $reason"
	fi
done | sed 's/: $/: (no reason given)/' >"$list"
cat "$list"
[ -n "$allowed" ] || exit 0

bad=0
while IFS= read -r line; do
	name=${line%%: *}
	reason=${line#*: }
	if [ "$reason" = "(no reason given)" ]; then
		echo "skips: $name skipped without saying why (a test that cannot run says why: skip_test, unit_skip)" >&2
		bad=1
	elif ! sed -n 's/^\([^#][^:]*\): .*/\1/p' "$allowed" | grep -q -F -x -- "$name"; then
		echo "skips: $name was skipped, and it is not on the list of allowed skips ($allowed): $reason" >&2
		bad=1
	fi
done <"$list"
exit $bad
