#!/bin/sh
# Inputs of the wrong shape get a message naming the file and line, never
# an internal error, and bounded time and memory: a pack's glossary setting
# or file of the wrong shape (exit 78); a NUL inside an answer, which get
# prints escaped rather than stopping at it; and a recovery file too big to
# restore (63 MB, or more than 20,000 edits), refused before it is read
# and moved aside.  (issue 21, item 15)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

# the glossary setting in pack.lua: a file name, not a table or a path out
cp -R "$PACK" pk
for g in '{ "a", "b" }' '{ term = 5 }' '"../escape.lua"' '42'; do
	sed "s|^  steps = |  glossary = $g,\n  steps = |" "$PACK/pack.lua" >pk/pack.lua
	run "$EVALWIZ" --pack ./pk glossary
	expect_rc 78
	expect_err "evalwiz: ./pk/pack.lua:7: glossary must name the glossary's file in the pack's folder, like glossary = \"glossary.lua\" (the file returns the list of terms)"
done
# the glossary file's entries
sed 's|^  steps = |  glossary = "g.lua",\n  steps = |' "$PACK/pack.lua" >pk/pack.lua
check_entry() {
	printf -- '-- a glossary\nreturn %s\n' "$1" >pk/g.lua
	run "$EVALWIZ" --pack ./pk glossary
	expect_rc 78
	expect_err "evalwiz: ./pk/g.lua:2: $2 (each entry: { term = \"...\", aliases = { \"...\" }, definition = \"...\" })"
}
check_entry '{ { term = 3 } }' 'entry 1 needs a term'
check_entry '{ "Attrition" }' 'entry 1 needs a term'
check_entry '{ { term = "x", definition = {} } }' '"x" needs a definition'
check_entry '{ { term = "x", definition = "d", aliases = { 5 } } }' '"x": aliases must be a list of words'
check_entry '{ { term = "x", definition = "d", aliases = "y" } }' '"x": aliases must be a list'
printf -- '-- a glossary\nreturn "terms"\n' >pk/g.lua
run "$EVALWIZ" --pack ./pk glossary
expect_rc 78
expect_err 'evalwiz: ./pk/g.lua:2: the glossary must return a list of terms'
for f in out err; do
	lacks "$f" 'evalwiz/[a-z]*\.lua:[0-9]'
	lacks "$f" 'attempt to'
done

# a NUL in an answer: get prints it escaped, and what follows it
"$EVALWIZ" --pack "$PACK" new nul.yaml 2>/dev/null
"$EVALWIZ" --pack "$PACK" set nul.yaml basics.name=placeholder
sed -i 's/name: placeholder/name: "before\\0after\\x1b[31m"/' nul.yaml
run "$EVALWIZ" --pack "$PACK" get nul.yaml basics.name
expect_rc 0
expect_out 'before\x00after\x1b[31m'
run "$EVALWIZ" --pack "$PACK" get nul.yaml basics.name basics.story
expect_rc 0
has_exact out 'basics.name: before\x00after\x1b[31m'

# a recovery file too big to restore: refused at once, moved aside
"$EVALWIZ" --pack "$PACK" new big.yaml 2>/dev/null
truncate -s 63M big.yaml.recover
chmod 600 big.yaml.recover
run "$EVALWIZ" --pack "$PACK" wizard --plain --recover big.yaml </dev/null
expect_rc 0
has err '^evalwiz: warning: big.yaml.recover is 63 MB, more than a recovery file may hold to be restored (16 MB, 20000 edits): its edits are not restored; it is moved to big.yaml.recover.too-big: look at it, then remove it$'
[ -f big.yaml.recover.too-big ] || fail "the big recovery file was not moved aside"
rm big.yaml.recover.too-big
# more edits than that, each small (2 MB): the same
awk 'BEGIN { for (i = 1; i <= 20001; i++) printf "{\"seq\":%d,\"time\":%d,\"step\":\"basics\",\"field\":\"name\",\"value\":\"v%d\"}\n", i, 4000000000 + i, i }' >big.yaml.recover
chmod 600 big.yaml.recover
start=$(date +%s)
run "$EVALWIZ" --pack "$PACK" wizard --plain --recover big.yaml </dev/null
expect_rc 0
has err '^evalwiz: warning: big.yaml.recover holds 20001 edits, more than a recovery file may hold to be restored'
[ $(($(date +%s) - start)) -lt 10 ] || fail "refusing the recovery file took 10 seconds or more"
[ -f big.yaml.recover.too-big ] || fail "the long recovery file was not moved aside"
