#!/bin/sh
# Bad input: every file in tests/data/bad/ (and the big ones made here) gets
# a clear message naming the file and position, the right exit code, in
# bounded time and memory, and the file is left exactly as it was.
set -eu
bad="$top_srcdir/tests/data/bad"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0

# Memory bound: only when the binary can run under it at all (ASan and
# valgrind reserve far more address space than they use).
MEM_KB=1000000
if sh -c 'ulimit -v "$1" && "$2" --version; exit $?' sh $MEM_KB "$EVALWIZ" >/dev/null 2>&1; then
	limit_mem=yes
else
	limit_mem=no
fi

# run OUT ERR ARGS...: evalwiz under the memory limit and a 60-second guard
# against hangs (a guard, not a timing: the machine may be loaded); sets rc.
run() {
	out=$1 err=$2
	shift 2
	rc=0
	if [ $limit_mem = yes ]; then
		(ulimit -v $MEM_KB && exec timeout "${EVALWIZ_TIMEOUT:-60}" "$EVALWIZ" "$@") >"$out" 2>"$err" || rc=$?
	else
		timeout "${EVALWIZ_TIMEOUT:-60}" "$EVALWIZ" "$@" >"$out" 2>"$err" || rc=$?
	fi
}

fail() {
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}

sum() {
	cksum <"$1"
}

# expect_not_plan FILE [position pattern]: check and set both refuse with 65,
# "evalwiz: FILE:LINE:COL: ..." and leave FILE, and its folder, as they were.
expect_not_plan() {
	f=$1
	pos=${2-'[0-9]*:[0-9]*: '}
	before=$(sum "$f")
	run "$dir/out" "$dir/err" check "$f"
	[ $rc -eq 65 ] || fail "check $f: exit $rc, want 65: $(head -c 300 "$dir/err")"
	case "$(head -n 1 "$dir/err")" in
	"evalwiz: $f:"$pos*) ;;
	*) fail "check $f: message without file:line:col: $(head -c 300 "$dir/err")" ;;
	esac
	[ "$(wc -l <"$dir/err")" -eq 1 ] || fail "check $f: more than one line of message"
	[ ! -s "$dir/out" ] || fail "check $f: printed something on standard output"
	run "$dir/out" "$dir/err" set "$f" opening.intervention=Changed
	[ $rc -eq 65 ] || fail "set $f: exit $rc, want 65: $(head -c 300 "$dir/err")"
	case "$(head -n 1 "$dir/err")" in
	"evalwiz: $f:"$pos*) ;;
	*) fail "set $f: message without file:line:col: $(head -c 300 "$dir/err")" ;;
	esac
	[ "$(sum "$f")" = "$before" ] || fail "set $f: the file was changed"
	leftover=$(ls -A "$(dirname "$f")" | grep -v -x -F "$(basename "$f")" || true)
	[ -z "$leftover" ] || fail "set $f: left files behind: $leftover"
}

# 1. Malformed YAML and files that are not plans, one folder each so that
# leftovers (locks, temp files) show.
n=0
for src in "$bad"/yaml/*.yaml; do
	n=$((n + 1))
	mkdir "$dir/y$n"
	f="$dir/y$n/$(basename "$src")"
	cp "$src" "$f"
	expect_not_plan "$f"
done
[ $n -ge 30 ] || fail "only $n files in $bad/yaml"

# 2. Big and deep files, made here rather than kept in the tree.
mkdir "$dir/big"
f="$dir/big/deep-flow-seq.yaml"
{ printf 'evalwiz: 1\nmeta:\n  x: '; awk 'BEGIN { for (i = 0; i < 10000; i++) printf "["; for (i = 0; i < 10000; i++) printf "]"; print "" }'; } >"$f"
expect_not_plan "$f" '3:[0-9]*: nesting is deeper'
rm -f "$f"
f="$dir/big/deep-flow-map.yaml"
{ printf 'evalwiz: 1\nmeta:\n  x: '; awk 'BEGIN { for (i = 0; i < 10000; i++) printf "{a: "; for (i = 0; i < 10000; i++) printf "}"; print "" }'; } >"$f"
expect_not_plan "$f" '3:[0-9]*: nesting is deeper'
rm -f "$f"
# (Block nesting needs ever deeper indentation, 10,000 levels being 50 MB;
# the flow forms above reach the same depth in 20 kB.)
f="$dir/big/scalar-50mb.yaml"
{ printf 'evalwiz: 1\nmeta:\n  title: '; head -c 52428800 /dev/zero | tr '\0' 'a'; echo; } >"$f"
expect_not_plan "$f" '3:[0-9]*: the file is larger than [0-9]* MB'
rm -f "$f"
f="$dir/big/many-nodes.yaml"
{ printf 'evalwiz: 1\nmeta:\n  x: ['; awk 'BEGIN { for (i = 0; i < 600000; i++) printf "1,"; print "1]" }'; } >"$f"
expect_not_plan "$f" '3:[0-9]*: the document has more than'
rm -f "$f"
f="$dir/big/many-aliases.yaml"
{ printf 'evalwiz: 1\nmeta:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: ['; awk 'BEGIN { for (i = 0; i < 5000; i++) printf "*a, "; print "*a]" }'; } >"$f"
expect_not_plan "$f" '4:[0-9]*: aliases expand'
rm -f "$f"
# few aliases, but each copying a long text: 1 MB grew to 0.8 GB and Lua
# panicked (exit 134) before the bytes were capped (issue 21, item 7)
f="$dir/big/alias-bytes.yaml"
{ printf 'evalwiz: 1\nmeta:\n  a: &a "'; head -c 200000 /dev/zero | tr '\0' 'a'; printf '"\n  b: ['; awk 'BEGIN { for (i = 0; i < 4000; i++) printf "*a, "; print "*a]" }'; } >"$f"
expect_not_plan "$f" '4:[0-9]*: aliases copy more than [0-9]* MB of text'
rm -f "$f"
# the same in a recovery file: not restored, nothing aborts
mkdir "$dir/rec"
"$EVALWIZ" new "$dir/rec/p.yaml" 2>/dev/null
{ printf '{"seq":1,"time":1,"at":"x","a":&a "'; head -c 200000 /dev/zero | tr '\0' 'a'; printf '","title":['; awk 'BEGIN { for (i = 0; i < 4000; i++) printf "*a, "; print "*a]}" }'; } >"$dir/rec/p.yaml.recover"
set +e
timeout -k 2 60 "$EVALWIZ" wizard --plain --recover "$dir/rec/p.yaml" </dev/null >/dev/null 2>"$dir/err"
rc=$?
set -e
[ $rc -eq 0 ] || fail "a recovery file with byte-heavy aliases: exit $rc: $(head -c 300 "$dir/err")"

# A big mapping within the limits is read, quickly.
f="$dir/big/wide-map.yaml"
{ printf 'evalwiz: 1\nmeta:\n'; awk 'BEGIN { for (i = 0; i < 60000; i++) printf "  k%d: v\n", i }'; } >"$f"
run "$dir/out" "$dir/err" check "$f"
[ $rc -eq 0 ] || fail "check $f: exit $rc, want 0: $(head -c 300 "$dir/err")"
rm -f "$f"

# 3. A plan with the wrong type of answer for a field: every field of the
# default pack, from the kept files and, for fields added since, made here.
# BAD_INPUT_ONE_PER_TYPE=1 (tests/ci/valgrind.sh, where each run costs
# seconds) tries only the first field of each type: the same code paths.
mkdir "$dir/wt"
seen_types=" "
"$EVALWIZ" steps >"$dir/steps"
awk '/^ *[0-9]+\. .*\[[a-z0-9_]+\]$/ { s = $NF; gsub(/[][]/, "", s); next }
     s != "" && /^    [a-z]/ && !/\(conditional\)/ { print s, $1, $2 }' "$dir/steps" >"$dir/fields"
[ "$(wc -l <"$dir/fields")" -ge 11 ] || fail "could not read the fields from evalwiz steps"
while read -r step field type; do
	if [ -n "${BAD_INPUT_ONE_PER_TYPE:-}" ]; then
		case $seen_types in *" $type "*) continue ;; esac
		seen_types="$seen_types$type "
	fi
	src="$bad/wrong-type/$step.$field.yaml"
	f="$dir/wt/$step.$field.yaml"
	if [ -f "$src" ]; then
		cp "$src" "$f"
	else
		sh "$bad/wrong-type.sh" "$step" "$field" "$type" >"$f"
		[ -s "$f" ] || { rm -f "$f"; continue; }
	fi
	before=$(sum "$f")
	run "$dir/out" "$dir/err" check "$f"
	[ $rc -eq 1 ] || fail "check $f: exit $rc, want 1"
	grep -q "^$f:[0-9]*:[0-9]*: $step\\.$field: [^m]" "$dir/out" ||
		fail "check $f: no FILE:LINE:COL: $step.$field: message: $(grep "$step\\.$field" "$dir/out" || true)"
	[ "$(sum "$f")" = "$before" ] || fail "check $f: the file was changed"
	# Setting another answer keeps the wrong one as it was (the user's words are never dropped).
	other=opening.intervention=Other
	[ "$step.$field" != opening.intervention ] || other=follow_up.months=3
	run "$dir/out" "$dir/err" set "$f" "$other"
	[ $rc -eq 0 ] || fail "set $f $other: exit $rc: $(cat "$dir/err")"
	run "$dir/out" "$dir/err" check "$f"
	[ $rc -eq 1 ] || fail "check $f after set: exit $rc, want 1 (the wrong answer is kept)"
done <"$dir/fields"

# 4. Packs with each kind of mistake: 78, "evalwiz: PACK/FILE:LINE: ...".
cp -R "$bad/packs" "$dir/packs"
printf 'evalwiz: 1\npack:\n  id: bad\n  version: 1\nanswers: {}\n' >"$dir/good.yaml"
ncase=0
while IFS='	' read -r name where frag; do
	case $name in '#'* | '') continue ;; esac
	ncase=$((ncase + 1))
	before=$(find "$dir/packs/$name" -type f -exec cksum {} + | sort)
	for cmd in steps check; do
		arg=
		[ $cmd = steps ] || arg=$dir/good.yaml
		(cd "$dir/packs" && exec timeout "${EVALWIZ_TIMEOUT:-60}" "$EVALWIZ" --pack "./$name" $cmd $arg) \
		    >"$dir/out" 2>"$dir/err" && rc=0 || rc=$?
		[ $rc -eq 78 ] || fail "pack $name ($cmd): exit $rc, want 78: $(cat "$dir/err")"
		case "$(cat "$dir/err")" in
		"evalwiz: ./$name/$where: "*"$frag"*) ;;
		*) fail "pack $name ($cmd): want 'evalwiz: ./$name/$where: ...$frag...', got: $(cat "$dir/err")" ;;
		esac
	done
	[ "$(find "$dir/packs/$name" -type f -exec cksum {} + | sort)" = "$before" ] || fail "pack $name: its files changed"
done <"$bad/packs/EXPECT"
[ $ncase -ge 40 ] || fail "only $ncase bad packs"

if [ $fails -gt 0 ]; then
	echo "$fails failures" >&2
	exit 1
fi
