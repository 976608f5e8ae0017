#!/bin/sh
# sanitizers.sh: builds evalwiz with AddressSanitizer and UBSan in a
# separate build folder and runs the whole test suite there.  For CI; not
# part of make check.  Usage: tests/ci/sanitizers.sh [BUILD_DIR]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$src/build-sanitizers"}
jobs=${JOBS:-2}

mkdir -p "$build"
build=$(cd "$build" && pwd)
# A source tree configured in place cannot host a separate build: build a
# copy of its files (as they are now, committed or not) instead.
if [ -f "$src/config.status" ]; then
	rm -rf "$build/source"
	mkdir "$build/source"
	(cd "$src" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$build/source")
	src="$build/source"
	(cd "$src" && autoreconf -fi)
fi
[ -x "$src/configure" ] || (cd "$src" && autoreconf -fi)
cd "$build"
"$src/configure" --enable-sanitizers --enable-werror CFLAGS="${CFLAGS:--O1 -g}"
make -j"$jobs"
# Leaks are errors too; a failing test prints its log.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
	make -j"$jobs" check || {
	for log in $(find . -name '*.log' ! -name config.log ! -name test-suite.log); do
		if grep -q '^FAIL\|^ERROR' "${log%.log}.trs" 2>/dev/null; then
			echo "==> $log"
			cat "$log"
		fi
	done
	exit 1
}
