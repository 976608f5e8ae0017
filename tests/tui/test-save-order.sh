#!/bin/sh
# The wizard's saves are durable, as the commands' are
# (tests/cli/test-save-order.sh): under strace, an answer typed and saved
# with ^S goes to the recovery file, flushed, then the plan is written to a
# temporary file in its folder, flushed, renamed into place and the folder
# flushed; and the same for the save when ^Q quits.  The wizard saves in a
# child process (so that a key never waits for a save): strace -f follows it.
set -eu
. "$top_srcdir/tests/tui/lib.sh"
skip() { echo "skipped: $*" >&2; exit 77; }
command -v strace >/dev/null 2>&1 || skip "strace is not installed (apt-get install strace); it shows the system calls of a save"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed; it reads strace's log"
strace -o "$work/probe.trace" true 2>"$work/probe.err" || skip "strace cannot trace a program here: $(head -n 1 "$work/probe.err")"
# the built program itself (under valgrind.sh, $EVALWIZ is a wrapper script)
bin=$top_builddir/evalwiz
calls=open,openat,creat,write,pwrite64,writev,pwritev,pwritev2,fsync,fdatasync,close,rename,renameat,renameat2,link,linkat,unlink,unlinkat
order() {
  python3 "$top_srcdir/tests/cli/save-order.py" "$@" || { echo "FAIL: $1 $2: not in the durable order (above)"; exit 1; }
}

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Saved with care" >/dev/null 2>&1
# LeakSanitizer cannot run under ptrace (a sanitizer build aborts): the
# traced run leaves leaks to the wizard's untraced tests
start 80 24 "env ASAN_OPTIONS='${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0' strace -f -o '$work/save.trace' -y -qq -e trace=$calls '$bin' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter C-u
text "Saved by the wizard"
keys Enter C-s
# ^S says so (a save by itself after a pause says nothing), and the plan
# on disk holds the answer before the wizard ends
wait_for "saved plan.yaml"
[ "$(answer basics.name)" = "Saved by the wizard" ] || { echo "FAIL: ^S did not save the answer"; exit 1; }
# a second answer, saved by ^Q
keys Tab Tab Enter C-u
text "55"
keys Enter C-q
wait_for "EXIT=0"
[ "$(answer basics.name)" = "Saved by the wizard" ] || { echo "FAIL: the answer was not saved"; exit 1; }
[ "$(answer basics.children)" = 55 ] || { echo "FAIL: the second answer was not saved"; exit 1; }
# (the plan's renames: the wizard also keeps where it was left and its
# recent plans, in its state folder)
n=$(grep -E '^([0-9]+ +)?rename' "$work/save.trace" | grep -c 'plan\.yaml")' || true)
[ "$n" -eq 2 ] || { echo "FAIL: expected 2 saves (^S and ^Q), the trace has $n renames"; exit 1; }
order --journal "$work/save.trace" "$work" plan.yaml.recover
order "$work/save.trace" "$work" plan.yaml
echo ok
