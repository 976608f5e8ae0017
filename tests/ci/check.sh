#!/bin/sh
# check.sh: the CI stage for make check in the source tree as ./quickstart
# built it.  The kill -9 loop runs its suite's 20 rounds here even under
# CI=true; the faults stage runs the 200.  A CI stage (tests/ci/stages.sh).
set -eu
cd "$(dirname "$0")/../.."
. tests/ci/lib.sh
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
find tests -name '*.trs' -exec rm -f {} +
echo 0 >check.rc
# the test lines as they come, the whole output in check.out
{
	FAULT_ROUNDS=${FAULT_ROUNDS:-20} make -j"$jobs" --no-print-directory check 2>&1 || echo $? >check.rc
} | tee check.out | grep --line-buffered -E '^(PASS|FAIL|ERROR|XPASS|SKIP):' || true
rc=$(cat check.rc)
[ $rc -eq 0 ] || tail -30 check.out
ci_show_failures || rc=1
ci_check_skips "$PWD" || rc=1
echo "check: $(ci_count)"
[ $rc -eq 0 ] || { echo "check: FAILED" >&2; exit 1; }
