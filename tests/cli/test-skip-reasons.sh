#!/bin/sh
# Every test that can skip says why: each "exit 77" in a test script has a
# "skipped: REASON" line to stderr with it (or is skip_test), which
# ./quickstart check and CI's tests/ci/skips.sh read; and no test says it
# skips and then exits 0, which automake would count as a pass.  (The C unit
# tests cannot skip without a reason: unit.h refuses cmocka's skip().)
set -eu
. "$top_srcdir/tests/cli/lib.sh"
bad=0
for f in "$top_srcdir"/tests/*/*.sh; do
	case $f in */tests/ci/* | */test-skip-reasons.sh) continue ;; esac	# CI's stage scripts, and this
	awk -v file="${f#"$top_srcdir"/}" '
	{ line[NR] = $0 }
	/^[ \t]*#/ { next }
	/exit 77/ {
		said = 0
		for (i = NR - 2; i <= NR; i++)
			if (i > 0 && (line[i] ~ /skipped: / || line[i] ~ /^[ \t]*skip(_test)? / || line[i] ~ /\|\| skip(_test)? /)) said = 1
		if (!said) { printf "%s:%d: exit 77 without a \"skipped: REASON\" line: %s\n", file, NR, $0; bad = 1 }
	}
	/(SKIP|[Ss]kipping|[Ss]kipped)/ && !/skipped: / { skipword = NR }
	/exit 0/ && skipword && NR - skipword <= 3 {
		printf "%s:%d: says it skips, then exits 0 (a pass): use exit 77 with a \"skipped: \" line\n", file, NR; bad = 1
	}
	END { exit bad }' "$f" >>found || bad=1
done
if [ $bad -ne 0 ]; then
	cat found >&2
	fail "tests that skip without saying why, or pass while skipping (above)"
fi
echo "ok: every skip in $(ls "$top_srcdir"/tests/*/*.sh | grep -v /ci/ | wc -l) test scripts says why"
