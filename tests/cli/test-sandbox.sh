#!/bin/sh
# Hostile packs (tests/sandbox/*): each is stopped by the instruction
# budget, the memory cap or the 1-second CPU backstop with a message naming its file and line, and nothing outside the sandbox
# changes: a canary file beside it, the plan, and the string table evalwiz's
# own code and the pack's next file use.
set -eu
src="$top_srcdir/tests/sandbox"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0

# The bound only catches a hang: what stops a pack is CPU time and
# instructions, not the clock, and on a loaded machine (CI's 2 cores, or a
# developer's parallel builds) a pack that uses its 1 s of CPU can take many
# seconds of wall time.  60 seconds, stretched 4 times for builds that cannot
# run under a memory limit (ASan's shadow memory, valgrind), which run code
# 2 to 50 times slower; EVALWIZ_TIMEOUT overrides.
if sh -c 'ulimit -v "$1" && "$2" --version; exit $?' sh 1000000 "$EVALWIZ" >/dev/null 2>&1; then
	bound=${EVALWIZ_TIMEOUT:-60}
else
	bound=${EVALWIZ_TIMEOUT:-240}
fi
busy=$(awk -v n="$(nproc 2>/dev/null || echo 1)" '{ r = int($1 / n + 0.999); print (r > 1 ? r : 1) }' /proc/loadavg 2>/dev/null || echo 1)
bound=${EVALWIZ_TIMEOUT:-$((bound * busy))}

fail() {
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}

# Everything in the work folder, with checksums, to compare before and after.
snapshot() {
	(cd "$dir/w" && find . -type f ! -name out ! -name err -exec cksum {} + | sort)
}

PLAN='evalwiz: 1
pack:
  id: hostile
  version: 1
meta:
  title: Hostile
answers:
  s:
    f: hello
    list: [a, b]
  after:
    g: kept
'

n=0
while IFS='	' read -r name phase where frag; do
	case $name in '#'* | '') continue ;; esac
	n=$((n + 1))
	rm -rf "$dir/w"
	mkdir "$dir/w"
	cp -R "$src/$name" "$dir/w/$name"
	echo "a canary: nothing may change me" >"$dir/w/canary.txt"
	echo "a canary: nothing may change me" >"$dir/w/$name/canary.txt"
	printf '%s' "$PLAN" >"$dir/w/plan.yaml"
	before=$(snapshot)
	case $phase in
	load) args=steps ;;
	get) args="get plan.yaml s.f" ;;
	*) args="check plan.yaml" ;;
	esac
	rc=0
	(cd "$dir/w" && exec timeout "$bound" "$EVALWIZ" --pack "./$name" $args) >"$dir/w/out" 2>"$dir/w/err" || rc=$?
	[ $rc -ne 124 ] || fail "$name: still running after $bound seconds"
	case $phase in
	load)
		[ $rc -eq 78 ] || fail "$name: exit $rc, want 78: $(head -c 300 "$dir/w/err")"
		case "$(cat "$dir/w/err")" in
		"evalwiz: ./$name/"$where*"$frag"*) ;;
		*) fail "$name: want 'evalwiz: ./$name/$where...$frag', got: $(head -c 300 "$dir/w/err")" ;;
		esac
		[ "$(wc -c <"$dir/w/err")" -lt 4000 ] || fail "$name: a message of $(wc -c <"$dir/w/err") bytes"
		;;
	check | get)
		[ $rc -ne 0 ] || fail "$name: $args succeeded though the pack code failed"
		grep -q "\\./$name/$where: .*$frag" "$dir/w/out" "$dir/w/err" ||
			fail "$name: no './$name/$where: ...$frag' in: $(head -c 300 "$dir/w/out") $(head -c 300 "$dir/w/err")"
		;;
	ok)
		[ $rc -eq 0 ] || fail "$name: exit $rc, want 0: $(head -c 300 "$dir/w/err")"
		;;
	mutate)
		# The validators try every way they have to change the answers.
		[ $rc -eq 0 ] || fail "$name: check exit $rc: $(head -c 300 "$dir/w/err")"
		rc=0
		(cd "$dir/w" && exec timeout "$bound" "$EVALWIZ" --pack "./$name" set plan.yaml after.g=changed) \
		    >"$dir/w/out" 2>"$dir/w/err" || rc=$?
		[ $rc -eq 0 ] || fail "$name: set exit $rc: $(cat "$dir/w/err")"
		! grep -q HACKED "$dir/w/plan.yaml" || fail "$name: pack code changed the saved plan"
		grep -q 'f: hello' "$dir/w/plan.yaml" || fail "$name: the answer s.f was lost"
		printf '%s' "$PLAN" >"$dir/w/plan.yaml"
		;;
	*) fail "$name: unknown phase $phase" ;;
	esac
	[ "$(snapshot)" = "$before" ] || fail "$name: files outside the sandbox changed"
	[ ! -e "$dir/w/pwned" ] && [ ! -e "$dir/w/$name/pwned" ] || fail "$name: made a file"
	# evalwiz's own use of string (formatting the step list) still works for
	# packs that load; the pack's second file asserted its own copy is whole.
	if [ $phase = ok ]; then
		(cd "$dir/w" && "$EVALWIZ" --pack "./$name" steps) >"$dir/w/out" 2>&1 ||
			fail "$name: evalwiz steps failed after the pack ran: $(cat "$dir/w/out")"
		grep -q '^ *1\. After \[after\]$' "$dir/w/out" || fail "$name: the step list is wrong: $(cat "$dir/w/out")"
	fi
done <"$src/EXPECT"
[ $n -ge 50 ] || fail "only $n hostile packs"

if [ $fails -gt 0 ]; then
	echo "$fails failures" >&2
	exit 1
fi
