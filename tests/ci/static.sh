#!/bin/sh
# static.sh: cppcheck and clang-tidy over src/, clean or failing.  Run from
# a configured source tree (clang-tidy needs config.h).  The configuration is
# checked in: .clang-tidy and tests/ci/cppcheck-suppressions.txt.
set -eu
cd "$(dirname "$0")/../.."
[ -f config.h ] || { echo "static.sh: run ./configure first (config.h is needed)" >&2; exit 1; }
status=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

echo "== cppcheck"
cppcheck --enable=warning,style,performance,portability --std=c11 --inline-suppr --quiet \
    --error-exitcode=1 --suppressions-list=tests/ci/cppcheck-suppressions.txt \
    -I src -I . -DHAVE_CONFIG_H src/ || status=1

echo "== clang-tidy"
flags="-std=c11 -DHAVE_CONFIG_H -I. -Isrc $(pkg-config --cflags lua5.4 yaml-0.1 libRmath ncursesw libcmark-gfm libzip expat 2>/dev/null || true)"
# shellcheck disable=SC2086
clang-tidy --quiet $(find src -name '*.c' | sort) -- $flags \
    -DEVALWIZ_SRCDIR="\"$PWD\"" -DEVALWIZ_BUILDDIR="\"$PWD\"" -DEVALWIZ_PKGDATADIR='"/usr/local/share/evalwiz"' \
    >"$out" 2>&1 || status=1
grep -E 'warning:|error:' "$out" && status=1

[ $status -eq 0 ] && echo "static.sh: clean"
exit $status
