#!/bin/sh
# Nothing a plan, a pack, a template or a lock file holds can drive the
# terminal: escape codes (an OSC 52 clipboard write, a window title, CSI as
# U+009B, a carriage return) in answers, titles, labels, glossary entries,
# template titles and a lock's host reach standard output and standard
# error only as visible escapes (\x1b, \u009b), from get, diff (also
# --format md), steps, glossary, templates, pack lint, check, plain mode
# and the lock holder's message; a lock's user: line is not believed: the
# holder is the lock file's owner.  (issue 21, item 10)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

# raw FILE...: no control character but newline and tab, and no C1 control
raw_free() {
	for f in "$@"; do
		if LC_ALL=C grep -a -n -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$f" >bad; then
			echo "$f: raw control characters:" >&2
			od -c bad | head -n 10 >&2
			fail "$f: a control character reached the output ($what)"
		fi
	done
}
check_run() {	# WHAT CMD...: runs it, any exit, no raw controls in out or err
	what=$1
	shift
	run "$@"
	raw_free out err
}

# a pack whose titles, labels, options and glossary carry escapes
cp -R "$PACK" pack
cat > pack/pack.lua <<'LUA'
return {
  id = "test-pack",
  version = 2,
  title = "Evil\27]0;pwned\7 pack\194\155",
  description = "Moves the cursor\27[2J\r",
  steps = { "01-basics.lua", "02-more.lua" },
  glossary = "glossary.lua",
}
LUA
cat > pack/glossary.lua <<'LUA'
return {
  { term = "Clip\27]52;c;aGk=\7board", aliases = {}, definition = "Sets the clipboard\27]52;c;aGk=\7 \194\155 31m" },
}
LUA
sed -i 's/label = "Name"/label = "Name\\27]8;;http:\/\/evil.example\\27\\\\link\\27]8;;\\27\\\\"/' pack/01-basics.lua

"$EVALWIZ" --pack ./pack new p.yaml --title P 2>/dev/null
"$EVALWIZ" --pack ./pack set p.yaml basics.name=plain 2>/dev/null
# answers as a hand-edited plan may hold them
sed -i 's/^    name: plain$/    name: "x\\e]52;c;aGk=\\a y\\u009b31m z\\r!"/' p.yaml
grep -q 'name: "x' p.yaml || fail "the test could not edit the plan"
cp p.yaml q.yaml
"$EVALWIZ" --pack ./pack set q.yaml basics.name=other 2>/dev/null

check_run get "$EVALWIZ" --pack ./pack get p.yaml basics.name
has out 'x\\x1b]52;c;aGk=\\x07 y\\u009b31m z\\x0d!'
check_run "get all" "$EVALWIZ" --pack ./pack get p.yaml
check_run diff "$EVALWIZ" --pack ./pack diff p.yaml q.yaml
has out '\\x1b'
check_run "diff md" "$EVALWIZ" --pack ./pack diff --format md p.yaml q.yaml
check_run steps "$EVALWIZ" --pack ./pack steps
has out 'pwned'
check_run glossary "$EVALWIZ" --pack ./pack glossary
has out 'Clip\\x1b]52'
check_run "pack lint" "$EVALWIZ" pack lint ./pack
check_run check "$EVALWIZ" --pack ./pack check p.yaml
printf 'quit\n' > quit
check_run plain "$EVALWIZ" --pack ./pack wizard --plain p.yaml < quit
# render: a file or a pipe gets the document as it is; a terminal (here
# script(1)'s) gets it through the filter
if command -v script >/dev/null; then
	what="render md to a terminal"
	script -q -e -c "'$EVALWIZ' --pack ./pack render p.yaml -f md" /dev/null </dev/null >out 2>err || true
	has out 'pwned'
	raw_free err
	# (script's own output ends lines with \r: only the document's part is checked)
	tr -d '\r' <out >out.doc
	raw_free out.doc
fi

# a template whose title and description carry escapes
mkdir t
printf 'id: evil\ntitle: "T\\e]0;title\\a"\ndescription: "D\\u009b2J"\nkind: markdown\nsections:\n  - body: "x"\n' > t/evil.yaml
check_run templates "$EVALWIZ" --pack ./pack --templates t templates
has out 'T\\x1b]0;title\\x07'

# a lock whose text forges its user and carries escapes in its host
printf 'user: root-admin\033]0;x\007\nhost: far\033[2Jaway\npid: 1\nsince: 1\n' > p.yaml.lock
check_run "lock holder" "$EVALWIZ" --pack ./pack set p.yaml basics.ratio=1
expect_rc 75
has err "being edited by $(id -un) on far\\\\x1b\[2Jaway"
lacks err "root-admin"
rm p.yaml.lock

# an error message naming a file with escapes in its name
f=$(printf 'bad\033]0;x\007.yaml')
printf 'not: [a plan\n' > "$f"
check_run "error message" "$EVALWIZ" check "$f"
