#!/bin/sh
# cmark-gfm is opened with dlopen, not linked: the program does not need it
# to start, HTML (with its tables extension) and LaTeX still come out, and
# calc (libRmath) works.  A broken copy of the library found first (through
# LD_LIBRARY_PATH) makes HTML and LaTeX stop with exit 69 (EX_UNAVAILABLE)
# naming the library and the Debian packages, writing nothing, while
# Markdown still renders.  (A library that is not there at all, acted out
# with fault injection: tests/cli/test-faults.sh.)
set -eu
. "$top_srcdir/tests/cli/lib.sh"
demo=$top_srcdir/examples/demo-plan.yaml

# not among the libraries the program asks the loader for at start
# (the built program itself: under valgrind.sh, $EVALWIZ is a wrapper script)
bin=$top_builddir/evalwiz
command -v objdump >/dev/null 2>&1 || skip_test "objdump is not installed (apt-get install binutils); it reads the libraries the program needs"
objdump -p "$bin" >needed || fail "objdump cannot read $bin"
grep -q 'NEEDED' needed || fail "no NEEDED entries in objdump's output"
if grep -q 'NEEDED.*libcmark' needed; then fail "evalwiz is linked with cmark-gfm: $(grep libcmark needed)"; fi

run "$EVALWIZ" render "$demo" -o plan.html
expect_rc 0
has plan.html '<table>'	# the tables extension was loaded
has plan.html '<h2'
run "$EVALWIZ" render "$demo" -o plan.tex
expect_rc 0
has plan.tex '\\begin{document}'
has plan.tex '\\section'
run "$EVALWIZ" calc mdes --design ira --n 400
expect_rc 0
grep -q '^  MDES  *0\.281 standard deviations$' out || fail "calc: $(cat out)"


# A broken copy of cmark-gfm, found before the real one: its name is the
# soname configure found (config.h), its contents are not a library.
soname=$(sed -n 's/^#define CMARK_SONAME "\(.*\)"$/\1/p' "$top_builddir/config.h")
[ -n "$soname" ] || fail "no CMARK_SONAME in $top_builddir/config.h"
mkdir broken
printf 'not a shared library, only text long enough to be read as one\n%.0s' 1 2 3 >"broken/$soname"
run env LD_LIBRARY_PATH="$dir/broken" "$EVALWIZ" render "$demo" -o missing.html
expect_rc 69
head -n 1 err >first
has_line first "evalwiz: cannot load cmark-gfm, which HTML and LaTeX need: $dir/broken/$soname: .*"
sed -n 2p err >second
has_line second '  On Debian or Ubuntu: sudo apt-get install libcmark-gfm[0-9][^ ]* libcmark-gfm-extensions[0-9][^ ]*'
[ ! -e missing.html ] || fail "missing.html was written without cmark-gfm"
run env LD_LIBRARY_PATH="$dir/broken" "$EVALWIZ" render "$demo" -o missing.tex
expect_rc 69
[ ! -e missing.tex ] || fail "missing.tex was written without cmark-gfm"
# Markdown needs no cmark
run env LD_LIBRARY_PATH="$dir/broken" "$EVALWIZ" render "$demo" -o plan.md
expect_rc 0
has plan.md '^## '
