#!/bin/sh
# Notes printed when a plan opens (a migration, a recovery file, the first
# save's backup) are shown inside the wizard, not printed to a terminal the
# screen then covers; the recovery question is asked on the screen; plain
# mode and non-terminal use keep standard error.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

packs="$top_srcdir/tests/data/packs"
E1() { "$EVALWIZ" --pack "$packs/mig-v1" "$@"; }
E1 new "$work/p.yaml" --title M >/dev/null 2>&1
E1 set "$work/p.yaml" 's.design=A trial' 's.where_when=Leeds; 2027-01-05' >/dev/null
# an old recovery file too: two notes, so they come in a box
printf '{"seq":1,"time":1.0,"at":"1970-01-01T00:00:01Z","step":"s","field":"approach","value":"x"}\n' > "$work/p.yaml.recover"

start 80 24 "'$EVALWIZ' --pack '$packs/mig-v2' p.yaml 2>'$work/err'"
wait_for "Opening p.yaml"
wait_for "moved the answers to version 2 of the pack mig"
wait_for "held edits to answers that have changed since"
wait_for "Space or Esc closes"
keys Space
wait_gone "Space or Esc closes"
wait_for "Every required question is answered"
# the key that closed the box did nothing else
keys C-s
wait_for "the plan as it was before the migration is kept in p.yaml.v1.bak"
keys C-q
wait_for "EXIT=0"
test -e "$work/p.yaml.v1.bak"
# standard error that is not a terminal still gets them, for a log
grep -q "note: moved the answers to version 2" "$work/err" || { echo "FAIL: the log lost the note"; cat "$work/err"; exit 1; }

# one short note: on the message line
rm -f "$work/p.yaml.recover.old"
printf '{"seq":1,"time":1.0,"at":"1970-01-01T00:00:01Z","step":"s","field":"approach","value":"x"}\n' > "$work/p.yaml.recover"
mv "$work/p.yaml" "$work/q.yaml"
mv "$work/p.yaml.recover" "$work/q.yaml.recover"
start 120 24 "'$EVALWIZ' --pack '$packs/mig-v2' q.yaml"
wait_for "note: q.yaml.recover held edits to answers that have changed since; moved to q.yaml.recover.old"
keys C-q
wait_for "EXIT=0"

# the recovery question on the screen: n keeps the edits in .recover.old
printf '{"seq":1,"time":4000000000.5,"at":"2099-01-01T00:00:00Z","step":"s","field":"place","value":"Hull","was":"Leeds"}\n' > "$work/q.yaml.recover"
rm -f "$work/q.yaml.recover.old"
start 80 24 "'$EVALWIZ' --pack '$packs/mig-v2' q.yaml"
wait_for "Unsaved edits from an earlier session"
wait_for "restore them? [Y/n]"
keys n
wait_for "not restored; the edits are kept in q.yaml.recover.old"
keys C-q
wait_for "EXIT=0"
grep -q Hull "$work/q.yaml.recover.old"
expect_eq "$("$EVALWIZ" --pack "$packs/mig-v2" get "$work/q.yaml" s.place)" "Leeds" "declined edit"

# and y restores, saying so
printf '{"seq":1,"time":4000000000.5,"at":"2099-01-01T00:00:00Z","step":"s","field":"place","value":"Hull","was":"Leeds"}\n' > "$work/q.yaml.recover"
start 80 24 "'$EVALWIZ' --pack '$packs/mig-v2' q.yaml"
wait_for "restore them? [Y/n]"
keys y
wait_for "restored 1 edit from q.yaml.recover"
keys C-q
wait_for "EXIT=0"
expect_eq "$("$EVALWIZ" --pack "$packs/mig-v2" get "$work/q.yaml" s.place)" "Hull" "restored edit"
echo ok
