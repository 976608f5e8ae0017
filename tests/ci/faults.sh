#!/bin/sh
# faults.sh [BUILD_DIR]: the CI run of the fault tests, in a build with
# fault injection (default build-ci/faults): the kill -9 loop for
# FAULT_ROUNDS rounds (200 unless set; CI=true), the recovery tests, the
# saves that fail on open, write, a full disk, fsync and rename, and a
# cmark-gfm library that is not there.  After each kill the plan must parse
# and hold every committed edit.  A CI stage (tests/ci/stages.sh).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$src/build-ci/faults"}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
. "$src/tests/ci/lib.sh"
tests="tests/faults/test-kill9.sh tests/faults/test-recover.sh tests/cli/test-faults.sh"

ci_configure "$src" "$build" --enable-fault-injection --enable-werror
make -j"$jobs" >/dev/null
find . -name '*.trs' -exec rm -f {} +
echo 0 >check.rc
# the test lines as they come, the whole output in check.out
{
	CI=true FAULT_ROUNDS=${FAULT_ROUNDS:-200} make check TESTS="$tests" 2>&1 || echo $? >check.rc
} | tee check.out | grep --line-buffered -E '^(PASS|FAIL|ERROR|XPASS|SKIP):' || true
rc=$(cat check.rc)
grep -h '^ok: ' tests/faults/test-kill9.log || true
CI_NO_SKIP="tests/faults/test-kill9 tests/faults/test-recover tests/cli/test-faults" ci_show_failures || rc=1
ci_check_skips "$src" || rc=1
echo "faults: $(ci_count) with fault injection, ${FAULT_ROUNDS:-200} kill -9 rounds ($(pwd))"
[ $rc -eq 0 ] || { echo "faults: FAILED" >&2; exit 1; }
