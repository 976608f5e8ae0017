#!/bin/sh
# check.sh: the CI stage for make check in the source tree as ./quickstart
# built it.  The kill -9 loop runs its suite's 20 rounds here even under
# CI=true; the faults stage runs the 200.  A CI stage (tests/ci/stages.sh).
set -eu
cd "$(dirname "$0")/../.."
. tests/ci/lib.sh
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
find tests -name '*.trs' -exec rm -f {} +
rc=0
FAULT_ROUNDS=${FAULT_ROUNDS:-20} make -j"$jobs" --no-print-directory check >check.out 2>&1 || rc=$?
grep -E '^(PASS|FAIL|ERROR|XPASS|SKIP):' check.out || true
[ $rc -eq 0 ] || tail -30 check.out
ci_show_failures || rc=1
echo "check: $(ci_count)"
[ $rc -eq 0 ] || { echo "check: FAILED" >&2; exit 1; }
