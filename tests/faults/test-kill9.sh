#!/bin/sh
# kill -9 at random moments while the wizard takes answers: after each kill
# the plan plus its recovery file (restored with --recover) must parse and
# hold every edit committed before the kill; only text not yet committed
# (typed but not confirmed with Enter or Tab) may be lost.
# Rounds: FAULT_ROUNDS, else 200 when CI=true, else 20 (make check).
set -eu
. "$top_srcdir/tests/tui/lib.sh"

if [ -n "${FAULT_ROUNDS:-}" ]; then rounds=$FAULT_ROUNDS
elif [ "${CI:-}" = true ]; then rounds=200
else rounds=20
fi

plan="$work/plan.yaml"
"$EVALWIZ" --pack "$pack" new "$plan" --title "Fault loop" >/dev/null 2>&1

rand() { od -An -N2 -tu2 /dev/urandom | tr -d ' '; }	# 0..65535
fail() {
  echo "FAIL: round $r: $*"
  echo "---- plan:"; cat "$plan" || true
  echo "---- recovery file:"; cat "$plan.recover" 2>/dev/null || echo "(none)"
  echo "---- wizard's errors:"; cat "$work/err" 2>/dev/null || true
  echo "---- wizard pid $wizard_pid; lock:"; cat "$plan.lock" 2>/dev/null || true; ps -e -o pid,ppid,stat,cmd | grep -v "ps -e" | grep evalwiz || true
  exit 1
}

# The plan must parse (evalwiz's own loader: exit 0, or 1 for "not answered");
# then the answers are read straight from the file (plain scalars here).
read_plan() {
  rc=0
  "$EVALWIZ" --pack "$pack" get "$plan" basics.name >/dev/null 2>"$work/get.err" || rc=$?
  [ "$rc" -le 1 ] || fail "the plan does not parse: $(cat "$work/get.err")"
  gn=$(sed -n 's/^    name: //p' "$plan")
  gs=$(sed -n 's/^    story: //p' "$plan")
  gc=$(sed -n 's/^    children: //p' "$plan")
}

# one pane, restarted in place each round; a shell runs the wizard and
# reaps it when it is killed (a zombie would still seem to hold the lock)
T -f /dev/null new-session -d -s w -x 100 -y 50 "sleep 600"
T set-option -t w status off >/dev/null

# wait until the screen shows TEXT (quick polls: rounds must be fast)
see() {
  i=0
  while ! screen | grep -F -q -- "$1"; do
    i=$((i + 1))
    [ "$i" -lt 1000 ] || fail "the screen never showed: $1"
    sleep 0.01
  done
}

wizard_pid=
run_wizard() {
  T respawn-pane -k -t w "cd '$work' && '$EVALWIZ' --pack '$pack' wizard --recover plan.yaml 2>'$work/err'; echo EXIT=\$?; sleep 600"
  see "Step 1: Basics"
  wizard_pid=$(pgrep -n -P "$(T display -p -t w '#{pane_pid}')")
}

kill9() {
  kill -9 "$wizard_pid" 2>/dev/null || true
  i=0
  while kill -0 "$wizard_pid" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -lt 1000 ] || fail "the wizard did not die"
    sleep 0.01
  done
}

# What the previous round allows: each field its old or its new value, in
# order (an edit kept means every edit before it was kept too); with
# exact=1 (the kill came after the screen showed all three) only the new.
old_name= old_story= old_children= n= s= c= exact=1
check_round() {
  if [ "$exact" = 1 ]; then
    [ "$gn" = "$n" ] || fail "name: expected [$n], got [$gn]"
    [ "$gs" = "$s" ] || fail "story: expected [$s], got [$gs]"
    [ "$gc" = "$c" ] || fail "children: expected [$c], got [$gc]"
    return 0
  fi
  case "$gn" in "$n"|"$old_name") ;; *) fail "name holds [$gn]: neither [$n] nor [$old_name]" ;; esac
  case "$gs" in "$s"|"$old_story") ;; *) fail "story holds [$gs]: neither [$s] nor [$old_story]" ;; esac
  case "$gc" in "$c"|"$old_children") ;; *) fail "children holds [$gc]: neither [$c] nor [$old_children]" ;; esac
  [ "$gs" != "$s" ] || [ "$gn" = "$n" ] || fail "the story was kept but the name typed before it was lost"
  [ "$gc" != "$c" ] || [ "$gs" = "$s" ] || fail "children was kept but the story typed before it was lost"
}

r=0
while [ "$r" -le "$rounds" ]; do
  if [ "$r" -gt 0 ] && [ $((r % 4)) = 2 ]; then
    # restore with plain mode this time, so the wizard below finds nothing
    "$EVALWIZ" --pack "$pack" wizard --plain --recover "$plan" </dev/null >/dev/null 2>"$work/plain.err" ||
      fail "plain mode --recover failed: $(cat "$work/plain.err")"
    [ ! -e "$plan.recover" ] || fail "plain mode left the recovery file after restoring: $(cat "$work/plain.err")"
  fi
  # the wizard restores the last round's edits (and saves) before its screen shows
  run_wizard
  read_plan
  [ "$r" = 0 ] || check_round
  [ ! -e "$plan.recover" ] || fail "the recovery file is still there after the restore was saved"
  [ "$r" -lt "$rounds" ] || break
  old_name=$gn old_story=$gs old_children=$gc
  r=$((r + 1))
  [ -z "${FAULT_VERBOSE:-}" ] || echo "round $r $(date +%s.%N)"

  n="name $r" s="story of round $r" c=$((1000 + r))
  keys Enter C-u; text "$n"; keys Enter Tab Enter C-u; text "$s"; keys Tab Enter C-u; text "$c"; keys Enter
  if [ $((r % 3)) -eq 0 ]; then
    # all three are committed once the screen shows them; then type text
    # that is never committed, and kill while it arrives
    exact=1
    see "$c children"
    see "Service: $n"
    keys BTab BTab Enter
    text " uncommitted"
    sleep "0.0$(($(rand) % 10))"
  else
    # kill at a random moment while the keys are being handled
    exact=0
    sleep "0.$(printf %03d $(($(rand) % 150)))"
  fi
  kill9
  # the file on disk parses whatever the moment of the kill
  read_plan
done
kill9
T kill-server 2>/dev/null || true
echo "ok: $rounds rounds"
