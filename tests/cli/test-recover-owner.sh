#!/bin/sh
# A recovery file another user put beside my plan (a shared folder, sticky
# or not) is never replayed: not with --recover, not when Enter answers
# the prompt; it is named with its owner and left where it is, and the
# plan is untouched.  One of my own that others may write to (mode 0666)
# or that has a second name is only restored when I say yes: Enter says
# no, and --recover alone does not restore it.  (issue 21, item 5)
set -eu
. "$top_srcdir/tests/cli/lib.sh"
need_other_user

chmod 1777 "$dir"
"$EVALWIZ" new plan.yaml --title Mine 2>/dev/null
"$EVALWIZ" set plan.yaml follow_up.months=8 2>/dev/null
before=$(cksum <plan.yaml)
planted() {	# the other user writes PLAN.recover: an edit to the title
	rm -f plan.yaml.recover plan.yaml.recover.old
	as_other sh -c 'umask 077; printf "%s\n" "{\"seq\":1,\"time\":1.5,\"at\":\"x\",\"title\":\"Planted by another user\",\"was\":\"Mine\"}" > plan.yaml.recover'
	[ "$(stat -c %u plan.yaml.recover)" = "$OTHER_UID" ] || fail "the test could not plant the file"
}
planted
run "$EVALWIZ" wizard --plain --recover plan.yaml </dev/null
has err "plan.yaml.recover belongs to another user (uid $OTHER_UID), not you: its edits are never restored"
[ "$(cksum <plan.yaml)" = "$before" ] || fail "--recover replayed another user's recovery file"
[ -e plan.yaml.recover ] || fail "another user's file was removed or moved"
printf '\n' > enter
run "$EVALWIZ" wizard --plain plan.yaml <enter
[ "$(cksum <plan.yaml)" = "$before" ] || fail "Enter replayed another user's recovery file"
printf 'y\n' > yes
# (no question is asked: the y answers the plan's first question)
run "$EVALWIZ" wizard --plain plan.yaml <yes
lacks plan.yaml "Planted"
lacks err "^evalwiz: restored"
before=$(cksum <plan.yaml)

# the other way round: the other user's plan, a file of root's (the
# planter) beside it
mkdir theirs
chown "$OTHER_UID" theirs
as_other "$EVALWIZ" new theirs/p.yaml --title Theirs 2>/dev/null
tb=$(cksum <theirs/p.yaml)
printf '%s\n' '{"seq":1,"time":1.5,"at":"x","title":"Planted by root","was":"Theirs"}' > theirs/p.yaml.recover
chmod 666 theirs/p.yaml.recover
run as_other "$EVALWIZ" wizard --plain --recover theirs/p.yaml </dev/null
has err "theirs/p.yaml.recover belongs to another user (root), not you"
[ "$(cksum <theirs/p.yaml)" = "$tb" ] || fail "the other user's plan took root's recovery file"

# my own file, but others may write to it: --recover does not restore it,
# Enter says no, y restores
mine() {
	rm -f plan.yaml.recover plan.yaml.recover.old
	printf '%s\n' '{"seq":1,"time":1.5,"at":"x","title":"Mine, restored","was":"Mine"}' > plan.yaml.recover
	chmod 666 plan.yaml.recover
}
mine
run "$EVALWIZ" wizard --plain --recover plan.yaml </dev/null
has err "others may write to it (its mode is 0666)"
[ "$(cksum <plan.yaml)" = "$before" ] || fail "--recover restored a file others may write to"
mine
run "$EVALWIZ" wizard --plain plan.yaml <enter
has err "Restore them all the same? \[y/N\]"
[ "$(cksum <plan.yaml)" = "$before" ] || fail "Enter restored a file others may write to"
grep -q "Mine, restored" plan.yaml.recover.old || fail "the declined edits were not kept"
mine
ln plan.yaml.recover second-name
chmod 600 plan.yaml.recover
run "$EVALWIZ" wizard --plain plan.yaml <enter
has err "it has 2 names (hard links)"
[ "$(cksum <plan.yaml)" = "$before" ] || fail "Enter restored a file with two names"
rm second-name
mine
run "$EVALWIZ" wizard --plain plan.yaml <yes
has err "restored 1 edit"
[ "$("$EVALWIZ" get plan.yaml meta.title 2>/dev/null || true)" = "Mine, restored" ] || grep -q "title: Mine, restored" plan.yaml ||
	fail "y did not restore my own edits"
