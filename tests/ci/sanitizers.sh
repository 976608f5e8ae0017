#!/bin/sh
# sanitizers.sh [BUILD_DIR]: builds evalwiz with AddressSanitizer and UBSan
# (and fault injection, so the failed-save tests run too) in a separate
# build folder (default build-ci/sanitizers) and runs the whole test suite
# there, leaks counting as errors.  A CI stage (tests/ci/stages.sh); not part
# of make check.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$src/build-ci/sanitizers"}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
. "$src/tests/ci/lib.sh"

ci_configure "$src" "$build" --enable-sanitizers --enable-fault-injection --enable-werror CFLAGS="${CFLAGS:--O1 -g}"
make -j"$jobs" >/dev/null
find . -name '*.trs' -exec rm -f {} +
# The long fault loop is the faults stage's; here the suite's 20 rounds.
echo 0 >check.rc
# the test lines as they come, the whole output in check.out
{
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
	FAULT_ROUNDS=${FAULT_ROUNDS:-20} \
		make -j"$jobs" check 2>&1 || echo $? >check.rc
} | tee check.out | grep --line-buffered -E '^(PASS|FAIL|ERROR|XPASS|SKIP):' || true
rc=$(cat check.rc)
CI_NO_SKIP="tests/cli/test-faults" ci_show_failures || rc=1
ci_check_skips "$src" || rc=1
echo "sanitizers: $(ci_count) under ASan+UBSan ($(pwd))"
[ $rc -eq 0 ] || { echo "sanitizers: FAILED" >&2; exit 1; }
