#!/bin/sh
# The advisor's whole ranking, not only its first design, for every what-if
# case in tests/data/advise/rankings (evalwiz advise --fact ... --format
# json): each design that fits, in order.  A swap of two designs anywhere in
# a ranking fails here.  When a rule or a score changes on purpose, the
# cases it moves change in that file, with the reason.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it reads the advice's JSON"
table=$top_srcdir/tests/data/advise/rankings

n=0 bad=0
grep -v '^#' "$table" | grep '=>' >cases || fail "no cases in $table"
while IFS= read -r line; do
	facts=${line%%=>*}
	want=$(echo ${line#*=>})
	set --
	for f in $facts; do set -- "$@" --fact "$f"; done
	[ $# -gt 0 ] || fail "$table: a case with no facts: $line"
	run "$EVALWIZ" advise "$@" --format json
	expect_rc 0
	got=$(python3 -c 'import json, sys; print(" ".join(d["design"] for d in json.load(sys.stdin)["designs"]))' <out) ||
		fail "advise $*: the JSON could not be read: $(head -c 300 out)"
	n=$((n + 1))
	if [ "$got" != "$want" ]; then
		echo "FAIL: advise $(echo $facts):" >&2
		echo "  expected: $want" >&2
		echo "  got:      $got" >&2
		bad=$((bad + 1))
	fi
done <cases
[ $n -ge 30 ] || fail "only $n cases read from $table"
# each case once
dups=$(sed 's/ *=>.*//' cases | sort | uniq -d)
[ -z "$dups" ] || fail "$table: the same facts twice: $dups"
[ $bad -eq 0 ] || fail "$bad of $n rankings differ from $table"
echo "ok: $n rankings"
