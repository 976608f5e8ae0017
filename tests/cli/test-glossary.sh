#!/bin/sh
# evalwiz glossary: every term, one term by name, abbreviation or synonym,
# JSON, and the errors with their exit codes.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {
	want=$1; shift
	set +e
	"$@" >"$dir/out" 2>"$dir/err"
	got=$?
	set -e
	[ "$got" = "$want" ] || { cat "$dir/err" >&2; fail "$* exited $got, wanted $want"; }
}
has() { grep -qF -- "$2" "$dir/$1" || { cat "$dir/$1" >&2; fail "$1 lacks: $2"; }; }

# every term, alphabetical, at least 45
expect 0 "$EVALWIZ" glossary
test "$(head -n 1 "$dir/out")" = "Acceptability (acceptable)" || fail "first term: $(head -n 1 "$dir/out")"
n=$(grep -c '^[A-Z]' "$dir/out")
[ "$n" -ge 45 ] || fail "only $n terms"
has out "Intention to treat (ITT, intention-to-treat analysis, intent to treat)"
test ! -s "$dir/err" || fail "no messages expected"

# one term: abbreviation in any case, synonym, plural, several words
expect 0 "$EVALWIZ" glossary icc
test "$(head -n 1 "$dir/out")" = "Intraclass correlation (ICC, intra-cluster correlation, intracluster" || fail "icc: $(head -n 1 "$dir/out")"
has out "    The share of the differences in an outcome that lies between clusters"

expect 0 "$EVALWIZ" glossary MDES
test "$(head -n 1 "$dir/out")" = "Minimum detectable effect size (MDES, minimum detectable effect)" || fail "MDES"

expect 0 "$EVALWIZ" glossary "drop-out"
test "$(head -n 1 "$dir/out")" = "Attrition (drop-out, dropout, loss to follow-up, drop-out rate)" || fail "drop-out"

expect 0 "$EVALWIZ" glossary RCTs
has out "Randomised controlled trial (RCT"

expect 0 "$EVALWIZ" glossary effect size
test "$(head -n 1 "$dir/out")" = "Effect size (standardised mean difference, standardized mean difference," || fail "two words"

# JSON
expect 0 "$EVALWIZ" glossary --format json itt
test "$(head -n 1 "$dir/out")" = "[" || fail "a JSON list"
has out '"term": "Intention to treat",'
has out '"aliases": ['
has out '"definition": "Analysing everyone in the group they were allocated to'

expect 0 "$EVALWIZ" glossary -f json
[ "$(grep -c '"term": ' "$dir/out")" -ge 45 ] || fail "every term in JSON"

# errors
expect 1 "$EVALWIZ" glossary fidelty
test "$(cat "$dir/err")" = 'evalwiz: no glossary entry for "fidelty"; did you mean: Fidelity?' || fail "suggestion: $(cat "$dir/err")"
test ! -s "$dir/out" || fail "nothing on stdout for an unknown term"

expect 1 "$EVALWIZ" glossary xylophone
test "$(cat "$dir/err")" = "evalwiz: no glossary entry for \"xylophone\"; 'evalwiz glossary' lists them all" || fail "no suggestion"

expect 64 "$EVALWIZ" glossary --format yaml
test "$(head -n 1 "$dir/err")" = "evalwiz: unknown format yaml: use text or json" || fail "bad format"

expect 64 "$EVALWIZ" glossary --nosuch
test "$(head -n 1 "$dir/err")" = "evalwiz: unknown option --nosuch" || fail "bad option"

expect 0 "$EVALWIZ" glossary --help
has out "Usage: evalwiz glossary [TERM] [--format text|json]"

# a pack without a glossary
mkdir "$dir/pack"
cat >"$dir/pack/pack.lua" <<'LUA'
return { id = "tiny", version = 1, steps = { "one.lua" } }
LUA
cat >"$dir/pack/one.lua" <<'LUA'
return step { id = "one", title = "One", fields = { text { id = "a", label = "A", help = "Say A." } } }
LUA
expect 1 "$EVALWIZ" --pack "$dir/pack" glossary
test "$(cat "$dir/err")" = "evalwiz: the pack tiny has no glossary" || fail "no glossary: $(cat "$dir/err")"
