#!/bin/sh
# valgrind.sh [TEST...]: runs the command-line tests with evalwiz under
# valgrind memcheck (--error-exitcode=99 --leak-check=full): any invalid
# read or write, use of uninitialised memory or definite leak fails the
# test that met it.  Run from a built tree (after make check).
#
# By default every tests/cli/test-*.sh except test-sandbox.sh, whose point
# is that hostile code is stopped within seconds: valgrind's slowdown (20 to
# 50 times) breaks that bound, and the sandbox runs clean under ASan/UBSan;
# test-bench-smoke.sh, which checks the benchmark's terminal driver sees
# a first frame from --help within its wait, which valgrind's start-up misses;
# and test-pack-rules.sh, some 300 runs of set and check on the pack's rules
# (Lua's work, not new C paths; 20 to 50 times slower it would be most of
# the stage's time); and the tests whose time goes into LaTeX and
# LibreOffice rather than evalwiz's C code (test-render-visual, test-render-pdf,
# test-render-pdf-fonts, test-render-tex): their C paths are the other
# pandoc formats', which stay in, and ASan/UBSan run them in full.
# Time limits in the other tests are stretched with EVALWIZ_TIMEOUT.
# Tests run JOBS at a time (the processors), the slowest first; a CI stage
# (tests/ci/stages.sh).  VALGRIND_KEEP=1 keeps the work folder (wrapper, logs)
# and VALGRIND_SH_TRACE=1 runs each test with sh -x, to read a failure.
set -eu
top_srcdir=$(cd "$(dirname "$0")/../.." && pwd)

# valgrind.sh --one TEST: one test, for the parallel run below
if [ "${1:-}" = --one ]; then
	name=$(basename "$2")
	rc=0
	t0=$(date +%s)
	$VALGRIND_TEST_SHELL ${VALGRIND_SH_TRACE:+-x} "$2" >"$VALGRIND_WORK/$name.log" 2>&1 || rc=$?
	echo $rc >"$VALGRIND_WORK/$name.rc"
	secs=$(($(date +%s) - t0))
	case $rc in
	0) echo "PASS: $name (${secs} s)" ;;
	77) echo "SKIP: $name (${secs} s)" ;;
	*) echo "FAIL: $name (exit $rc, ${secs} s)" ;;
	esac
	exit 0
fi
top_builddir=${top_builddir:-$(pwd)}
real="$top_builddir/evalwiz"
[ -x "$real" ] || { echo "valgrind.sh: no $real; run make first" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed" >&2; exit 77; }

work=$(mktemp -d)
# the two-user tests run the wrapper as another user: it must reach it
chmod 0755 "$work"
trap '[ -n "${VALGRIND_KEEP:-}" ] || rm -rf "$work"' EXIT
# valgrind by its full path: some tests run evalwiz with a PATH of their own
valgrind=$(command -v valgrind)
cat >"$work/evalwiz" <<WRAP
#!/bin/sh
exec "$valgrind" -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect --suppressions="$top_srcdir/tests/ci/valgrind.supp" \
    "$real" "\$@"
WRAP
chmod +x "$work/evalwiz"

if [ $# -eq 0 ]; then
	# test-bad-input is by far the slowest: first, so the others fill in beside it
	set -- "$top_srcdir/tests/cli/test-bad-input.sh" \
	    $(ls "$top_srcdir"/tests/cli/test-*.sh | grep -v -e '/test-sandbox\.sh$' -e '/test-bench-smoke\.sh$' \
	        -e '/test-pack-rules\.sh$' -e '/test-bad-input\.sh$' \
	        -e '/test-render-visual\.sh$' -e '/test-render-pdf\.sh$' -e '/test-render-pdf-fonts\.sh$' \
	        -e '/test-render-tex\.sh$')
fi
EVALWIZ="$work/evalwiz" top_srcdir="$top_srcdir" top_builddir="$top_builddir" \
    EVALWIZ_DATADIR="$top_srcdir" LC_ALL=C.UTF-8 TMUX_BIN=${TMUX_BIN:-$(command -v tmux || true)} \
    EVALWIZ_TIMEOUT=600 EVALWIZ_SCRIPT_SECONDS=60 BAD_INPUT_ONE_PER_TYPE=1
export EVALWIZ top_srcdir top_builddir EVALWIZ_DATADIR LC_ALL TMUX_BIN EVALWIZ_TIMEOUT EVALWIZ_SCRIPT_SECONDS
# test-bad-input's wrong-type answers: one field of each type, not all ~100
export BAD_INPUT_ONE_PER_TYPE
# test-lock-race: a few rounds of three takers (the suite runs 100; under
# valgrind the race's window is wide anyway, and each round is three starts)
LOCK_RACE_ROUNDS=${LOCK_RACE_ROUNDS:-5}
# test-link-swap: 10 saves against the swapping link, not the suite's 400
# (each a valgrind start of some seconds; the race is the suite's to catch)
LINK_SWAP_SAVES=${LINK_SWAP_SAVES:-10}
export LOCK_RACE_ROUNDS LINK_SWAP_SAVES
unset EVALWIZ_PACK
# the shell make check uses (SH_LOG_COMPILER = $(SHELL), bash where configure found it)
test_shell=$(command -v bash || echo sh)
VALGRIND_WORK=$work VALGRIND_TEST_SHELL=$test_shell
export VALGRIND_WORK VALGRIND_TEST_SHELL
printf '%s\n' "$@" | xargs -P "${JOBS:-$(nproc 2>/dev/null || echo 2)}" -I{} sh "$top_srcdir/tests/ci/valgrind.sh" --one {}
failed=0 passed=0 skipped=0
for t in "$@"; do
	name=$(basename "$t")
	rc=$(cat "$work/$name.rc" 2>/dev/null || echo "no result")
	case $rc in
	0) passed=$((passed + 1)) ;;
	77)
		skipped=$((skipped + 1))
		# as make check would leave it, for skips.sh to read
		mkdir -p "$work/skips"
		echo ':test-result: SKIP' >"$work/skips/$name.trs"
		{ cat "$work/$name.log"; echo "SKIP ${t#"$top_srcdir"/} (exit status: 77)"; } >"$work/skips/$name.log"
		;;
	*)
		echo "FAIL: $name (exit $rc):"
		sed 's/^/    /' "$work/$name.log" | tail -40
		failed=$((failed + 1))
		;;
	esac
done
if [ $skipped -gt 0 ]; then
	sh "$top_srcdir/tests/ci/skips.sh" --check "$top_srcdir/tests/ci/allowed-skips" "$work/skips" >"$work/skips.out" ||
		failed=$((failed + 1))
	sed 's/^/skipped: /' "$work/skips.out"
fi
echo "valgrind: $passed passed, $failed failed, $skipped skipped under memcheck"
[ $failed -eq 0 ] || { echo "valgrind: FAILED" >&2; exit 1; }
