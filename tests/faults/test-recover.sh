#!/bin/sh
# The recovery file: private (0600) whatever the umask, offered back when a
# plan opens (plain mode and the wizard), --recover, declining keeps
# PLAN.recover.old, a torn last line is dropped, edits to answers that
# changed since are not offered (judged by content, not by the file's time),
# --read-only leaves it alone, a clean exit removes it, and a save that
# really fails (a file-size limit) keeps the edit in it.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

plan="$work/plan.yaml"
E() { "$EVALWIZ" --pack "$pack" "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
E new "$plan" --title "Recovery" >/dev/null 2>&1
rec() {	# rec FIELD JSON-VALUE [JSON-WAS]: one record as the wizard writes it
  printf '{"seq":1,"time":4000000000.5,"at":"2099-01-01T00:00:00Z","step":"basics","field":"%s","value":%s%s}\n' \
    "$1" "$2" "${3:+,\"was\":$3}" >>"$plan.recover"
}

# --recover in plain mode: restored, saved, file gone; a torn line is dropped
rec name '"Restored name"'
rec children 7
printf '{"seq":3,"time":4000000001,"step":"basics","field":"story","val' >>"$plan.recover"
E wizard --plain --recover "$plan" </dev/null >/dev/null 2>"$work/err"
grep -q "restored 2 edits from $plan.recover" "$work/err" || fail "no restore message: $(cat "$work/err")"
[ "$(E get "$plan" basics.name)" = "Restored name" ] || fail "name not restored"
[ "$(E get "$plan" basics.children)" = 7 ] || fail "children not restored"
if E get "$plan" basics.story >/dev/null 2>&1; then fail "the torn record was applied"; fi
[ ! -e "$plan.recover" ] || fail "the recovery file stayed after a saved restore"

# the prompt: declining keeps the edits in PLAN.recover.old, the plan untouched
rec name '"Declined name"' '"Restored name"'
printf 'n\n' | E wizard --plain "$plan" >/dev/null 2>"$work/err"
grep -q "holds 1 edit that $plan does not have" "$work/err" || fail "no offer: $(cat "$work/err")"
grep -q "not restored; the edits are kept in $plan.recover.old" "$work/err" || fail "no kept message: $(cat "$work/err")"
[ "$(E get "$plan" basics.name)" = "Restored name" ] || fail "a declined edit was applied"
grep -q "Declined name" "$plan.recover.old" || fail "the declined edit is not in PLAN.recover.old"
[ ! -e "$plan.recover" ] || fail "the declined recovery file is still in place"

# accepting (Enter) restores
rec name '"Accepted name"' '"Restored name"'
printf '\n' | E wizard --plain "$plan" >/dev/null 2>"$work/err"
[ "$(E get "$plan" basics.name)" = "Accepted name" ] || fail "the accepted edit was not applied: $(cat "$work/err")"

# --read-only: says so, applies and moves nothing
rec name '"Not while read-only"' '"Accepted name"'
E wizard --plain --read-only "$plan" </dev/null >/dev/null 2>"$work/err"
grep -q "holds 1 unsaved edit" "$work/err" || fail "no read-only note: $(cat "$work/err")"
[ -e "$plan.recover" ] || fail "--read-only moved the recovery file"
[ "$(E get "$plan" basics.name)" = "Accepted name" ] || fail "--read-only applied an edit"
rm "$plan.recover"

# an edit to an answer that changed since is not offered (another session
# saved over it), nor one the plan already has
rec name '"Stale"' '"Older"'
rm -f "$plan.recover.old"
E wizard --plain --recover "$plan" </dev/null >/dev/null 2>"$work/err"
grep -q "held edits to answers that have changed since; moved to $plan.recover.old" "$work/err" || fail "no stale note: $(cat "$work/err")"
[ "$(E get "$plan" basics.name)" = "Accepted name" ] || fail "a stale edit was applied"
rec name '"Accepted name"' '"Older"'
rm -f "$plan.recover.old"
E wizard --plain --recover "$plan" </dev/null >/dev/null 2>"$work/err"
grep -q "held no edits the plan does not have; moved to $plan.recover.old" "$work/err" || fail "no note: $(cat "$work/err")"

# a session killed with edits in its journal, then a save by another
# command (which takes over the dead lock): the edits are still offered,
# whatever the file times say (issue 21, item 3)
rm -f "$plan.recover.old"
rec name '"Typed before the kill"' '"Accepted name"'
E set "$plan" basics.children=9 2>/dev/null
[ -e "$plan.recover" ] || fail "set removed the recovery file"
E wizard --plain --recover "$plan" </dev/null >/dev/null 2>"$work/err"
grep -q "restored 1 edit from $plan.recover" "$work/err" || fail "edits lost after another save: $(cat "$work/err")"
[ "$(E get "$plan" basics.name)" = "Typed before the kill" ] || fail "the journalled edit was not restored"
[ "$(E get "$plan" basics.children)" = 9 ] || fail "the other save's answer was lost"
# the same with the dead session's lock still there (set takes it over)
# and the plan's time in the future (clock skew on a network folder), a
# record's time far in the past: the edit is judged by content, not time
rec name '"Typed before a skewed save"' '"Typed before the kill"'
sed -i 's/"time":4000000000.5/"time":1000.5/' "$plan.recover"
sh -c 'exit 0' &
dead=$!
wait $dead || true
printf 'user: %s\nhost: %s\npid: %s\nsince: 1\n' "$(id -un)" "$(hostname)" "$dead" >"$plan.lock"
E set "$plan" basics.children=10 2>"$work/err"
grep -q "took over the lock" "$work/err" || fail "the dead lock was not taken over: $(cat "$work/err")"
touch -d "2099-01-01 00:00" "$plan"
printf '\n' | E wizard --plain "$plan" >/dev/null 2>"$work/err"
grep -q "holds 1 edit that $plan does not have" "$work/err" || fail "edits not offered after skew: $(cat "$work/err")"
[ "$(E get "$plan" basics.name)" = "Typed before a skewed save" ] || fail "the edit was dropped after a skewed save"
[ "$(E get "$plan" basics.children)" = 10 ] || fail "the other save's answer was lost"

# plain mode journals each answer before it saves, and a clean end removes the file
# (no file left after a session that saved everything)
# (it asks the first question not answered yet: the story, ended by an empty line)
printf 'Plain answer\n\n' | E wizard --plain "$plan" >/dev/null 2>&1
[ "$(E get "$plan" basics.story)" = "Plain answer" ] || fail "plain answer not saved"
[ ! -e "$plan.recover" ] || fail "plain mode left its recovery file after a clean end"

# the wizard: an edit is in the recovery file at once, mode 0600 whatever
# the umask; the one-line question before the screen restores; ^Q removes it
start 80 24 "umask 000; '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter C-u
text "Typed in the wizard"
keys Enter
wait_file "$plan.recover" "Typed in the wizard"
mode=$(stat -c %a "$plan.recover")
[ "$mode" = 600 ] || fail "the recovery file has mode $mode, not 600"
pid=$(wizard_pid)
kill -9 "$pid"
wait_for "EXIT=137"
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "restore them? [Y/n]"
keys Enter
wait_for "Step 1: Basics"
[ "$(E get "$plan" basics.name)" = "Typed in the wizard" ] || fail "the wizard did not restore the edit"
keys Tab Tab Enter C-u
text "55"
keys Enter
wait_file "$plan.recover" '"field":"children","value":55,'
keys C-q
wait_for "EXIT=0"
[ ! -e "$plan.recover" ] || fail "a clean exit left the recovery file"
[ "$(E get "$plan" basics.children)" = 55 ] || fail "the second edit was not saved"

# SIGINT (kill -INT, as ^C is a key in the wizard) saves and exits
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter C-u
text "Before SIGINT"
wait_for "Before SIGINT"
kill -INT "$(wizard_pid)"
wait_for "EXIT=130"
[ "$(E get "$plan" basics.name)" = "Before SIGINT" ] || fail "not saved on SIGINT"
[ ! -e "$plan.recover" ] || fail "SIGINT left the recovery file after saving"

# SIGTSTP suspends (the shell gets the terminal back), SIGCONT redraws;
# set -m: a job of its own, as in a login shell (an orphaned process group
# ignores SIGTSTP, rightly: nobody would continue it)
start 80 24 "set -m; '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter C-u
text "Typed before the stop"
wait_for "Typed before the stop"
pid=$(wizard_pid)
kill -TSTP "$pid"
i=0
while [ "$(ps -o stat= -p "$pid" | cut -c1)" != T ] && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
[ "$(ps -o stat= -p "$pid" | cut -c1)" = T ] || fail "SIGTSTP did not stop the wizard"
wait_gone "Step 1: Basics"	# the terminal was given back before the stop
wait_for "EXIT=148"	# the shell saw its job stop (128 + SIGTSTP)
# (a shell's fg would continue it in the foreground, as test-waitkey.sh does;
# here, continued in the background, SIGTERM must still save and end it)
kill -TERM "$pid"
kill -CONT "$pid"
# (it ends as a zombie: the pane's shell is busy with its sleep)
alive() { st=$(ps -o stat= -p "$pid" || true); [ -n "$st" ] && [ "${st%"${st#?}"}" != Z ]; }
i=0
while alive && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
if alive; then
  kill -9 "$pid"
  fail "SIGTERM after SIGCONT did not end the stopped wizard (state $st)"
fi
[ "$(E get "$plan" basics.name)" = "Typed before the stop" ] || fail "not saved on SIGTERM after a stop"
# A save that really fails, in every build: files limited to one block
# (ulimit -f 1, SIGXFSZ ignored, so the write fails with EFBIG) and a plan
# bigger than that.  The edit stays in the recovery file, the message says
# so, and the next start restores it.
long=$(awk 'BEGIN { for (i = 0; i < 60; i++) printf "A story long enough to pass the limit. " }')
E set "$plan" basics.story="$long"
[ "$(wc -c <"$plan")" -gt 2048 ] || fail "the plan is too small to pass the file-size limit"
start 80 24 "ulimit -f 1; trap '' XFSZ; '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter C-u
text "Kept through a failed save"
keys Enter C-s
wait_for "not saved (edits kept in the recovery file, will retry): cannot save plan.yaml"
grep -q "Kept through a failed save" "$plan.recover" || fail "the failed save lost the recovery file"
[ "$(E get "$plan" basics.name)" = "Typed before the stop" ] || fail "the plan changed although its save failed"
kill -9 "$(wizard_pid)"
wait_for "EXIT=137"
E wizard --plain --recover "$plan" </dev/null >/dev/null 2>&1
[ "$(E get "$plan" basics.name)" = "Kept through a failed save" ] || fail "the edit was lost after a failed save"
echo ok
