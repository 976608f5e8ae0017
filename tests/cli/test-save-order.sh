#!/bin/sh
# Every save is durable, checked at the system-call level under strace:
# the new text is written to a temporary file in the same folder, flushed
# to disk (fsync), renamed onto the file, and then the folder is flushed.
# For new, set, fill, the plain wizard's save and render -o; and each record
# of the recovery file is flushed before the next one.  (The fault
# hooks sit in front of these calls, so only a trace of the real calls can
# tell that one is missing; tests/cli/save-order.py reads the trace.)
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v strace >/dev/null 2>&1 || skip_test "strace is not installed (apt-get install strace); it shows the system calls of a save"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it reads strace's log"
# the built program itself (under valgrind.sh, $EVALWIZ is a wrapper script)
bin=$top_builddir/evalwiz
strace -o probe.trace true 2>probe.err || skip_test "strace cannot trace a program here: $(head -n 1 probe.err)"

calls=open,openat,creat,write,pwrite64,writev,pwritev,pwritev2,fsync,fdatasync,close,rename,renameat,renameat2,link,linkat,unlink,unlinkat
# traced FILE CMD...: runs evalwiz with the test pack under strace, then
# checks that FILE (in this folder) was saved in the durable order.
traced() {
	file=$1
	shift
	# LeakSanitizer cannot run under ptrace (a sanitizer build aborts): the
	# traced run leaves leaks to the same commands untraced in the suite
	run env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -o trace -y -qq -e trace=$calls "$bin" --pack "$PACK" "$@"
	expect_rc 0
	python3 "$top_srcdir/tests/cli/save-order.py" trace "$dir" "$file" >order ||
		{ cat order >&2; fail "$file was not saved in the durable order (evalwiz $*)"; }
	cat order
}

traced plan.yaml new plan.yaml --title "Saved with care"
traced plan.yaml set plan.yaml basics.name=Ada basics.count=3
printf 'answers:\n  basics:\n    story: From a file\n' >answers.yaml
traced plan.yaml fill plan.yaml --answers answers.yaml
printf '0.5\n' >typed	# the first question not answered: the ratio
traced plan.yaml wizard --plain plan.yaml <typed
# the plain wizard first keeps the answer in the recovery file, flushed
python3 "$top_srcdir/tests/cli/save-order.py" --journal trace "$dir" plan.yaml.recover >order ||
	{ cat order >&2; fail "the recovery file's records were not flushed to disk"; }
cat order
traced report.md render plan.yaml -o report.md
