#!/bin/sh
# static.sh: cppcheck and clang-tidy over src/, clean or failing.  Run from
# a configured source tree (clang-tidy needs config.h).  The configuration is
# checked in: .clang-tidy and tests/ci/cppcheck-suppressions.txt.
#
# cppcheck runs beside clang-tidy, and clang-tidy on JOBS processes (the
# processors) over ten files each: on CI's two cores the stage took 9 min
# 25 s one after the other.  Each part's output is kept apart and printed
# whole, so a warning reads as one block.
set -eu
cd "$(dirname "$0")/../.."

# static.sh --tidy FILE...: clang-tidy on some files, for the parallel run below
if [ "${1:-}" = --tidy ]; then
	shift
	# shellcheck disable=SC2086
	exec clang-tidy --quiet "$@" -- $STATIC_TIDY_FLAGS \
	    -DEVALWIZ_SRCDIR="\"$PWD\"" -DEVALWIZ_BUILDDIR="\"$PWD\"" -DEVALWIZ_PKGDATADIR='"/usr/local/share/evalwiz"' \
	    -DEVALWIZ_LOCALEDIR='"/usr/local/share/locale"'
fi

[ -f config.h ] || { echo "static.sh: run ./configure first (config.h is needed)" >&2; exit 1; }
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

cppcheck --enable=warning,style,performance,portability --std=c11 --inline-suppr --quiet \
    --error-exitcode=1 --suppressions-list=tests/ci/cppcheck-suppressions.txt \
    -I src -I . -DHAVE_CONFIG_H src/ >"$work/cppcheck" 2>&1 &
cppcheck_pid=$!

STATIC_TIDY_FLAGS="-std=c11 -DHAVE_CONFIG_H -I. -Isrc $(pkg-config --cflags lua5.4 yaml-0.1 libRmath ncursesw libcmark-gfm libzip expat 2>/dev/null || true)"
export STATIC_TIDY_FLAGS
tidy=0
find src -name '*.c' | sort | xargs -n 10 -P "$jobs" sh -c '
	out=$(mktemp "$0/tidy.XXXXXX")
	sh tests/ci/static.sh --tidy "$@" >"$out" 2>&1' "$work" || tidy=1

cppcheck_rc=0
wait "$cppcheck_pid" || cppcheck_rc=$?
echo "== cppcheck"
cat "$work/cppcheck"
[ "$cppcheck_rc" -eq 0 ] || status=1

echo "== clang-tidy"
cat "$work"/tidy.* 2>/dev/null >"$work/tidy-all" || true
# its notes ("48 warnings generated", the suppressed ones) only with a problem
if [ $tidy -ne 0 ] || grep -qE 'warning:|error:' "$work/tidy-all"; then
	cat "$work/tidy-all"
	status=1
fi

[ $status -eq 0 ] && echo "static.sh: clean"
exit $status
