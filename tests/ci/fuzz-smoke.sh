#!/bin/sh
# fuzz-smoke.sh: the CI smoke run of the fuzzers: build every harness in
# tests/fuzz/ with clang, ASan, UBSan and libFuzzer (make fuzz-build, in
# build-ci/fuzz unless FUZZ_DIR is set), replay every kept crash input, then
# run each harness for FUZZ_SMOKE_SECONDS (20) from its seed corpus.  Run
# from a configured source tree.  A crash leaves its input in
# FUZZ_DIR/crash-HARNESS-*: keep it in tests/fuzz/regress-HARNESS/ with the
# fix.  A CI stage (tests/ci/stages.sh).
set -eu
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SMOKE_SECONDS:-20}
dir=${FUZZ_DIR:-$PWD/build-ci/fuzz}
if ! command -v clang >/dev/null 2>&1; then
	echo "fuzz-smoke: clang is not installed (./quickstart ci installs it); skipping" >&2
	exit 77
fi
[ -f Makefile ] || { echo "fuzz-smoke: run ./configure first" >&2; exit 1; }
mkdir -p "$dir"
rc=0
make --no-print-directory fuzz FUZZ_SECONDS="$seconds" FUZZ_DIR="$dir" >"$dir/smoke.out" 2>&1 || rc=$?
# the harness lines, libFuzzer's closing line of each run, and any crash
grep -E '^(  FUZZLD|fuzz-[a-z-]+:)|^Done [0-9]+ runs|ERROR: |SUMMARY: |^==[0-9]+==|Test unit written' "$dir/smoke.out" || true
if [ $rc -ne 0 ]; then
	tail -60 "$dir/smoke.out"
	ls "$dir"/crash-* 2>/dev/null | sed 's/^/fuzz-smoke: crash input: /'
	echo "fuzz-smoke: FAILED (whole output: $dir/smoke.out)" >&2
	exit 1
fi
echo "fuzz-smoke: $(grep -c '^Done [0-9]* runs' "$dir/smoke.out") runs of ${seconds}s, no crash ($(grep -o 'FUZZ_HARNESSES = .*' Makefile | sed 's/FUZZ_HARNESSES = //'))"
