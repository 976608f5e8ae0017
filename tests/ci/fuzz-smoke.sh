#!/bin/sh
# fuzz-smoke.sh: the CI smoke run of the fuzzers: build them (make
# fuzz-build), replay every kept crash input, then run each harness for
# about 20 seconds from its seed corpus.  Run from a configured build tree.
# A crash leaves its input in fuzz-build/crash-*: add it to
# tests/fuzz/regress-HARNESS/ with the fix.
#
# The template engine's harness (fuzz-template) is to come with the engine:
# add "template" to FUZZ_HARNESSES in Makefile.am, tests/fuzz/fuzz-template.c
# and tests/fuzz/corpus-template/.
set -eu
seconds=${FUZZ_SMOKE_SECONDS:-20}
if ! command -v clang >/dev/null 2>&1; then
	echo "fuzz-smoke: clang is not installed; skipping" >&2
	exit 77
fi
make fuzz FUZZ_SECONDS="$seconds"
