#!/bin/sh
# cmark-gfm is opened with dlopen, not linked: the program does not need it
# to start, HTML (with its tables extension) and LaTeX still come out, and
# calc (libRmath) works.  In a build with --enable-fault-injection,
# EVALWIZ_FAULT=cmark acts out a missing library: HTML and LaTeX then stop
# with exit 69 (EX_UNAVAILABLE) naming the library and the Debian packages,
# writing nothing, while Markdown still renders.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
demo=$top_srcdir/examples/demo-plan.yaml

# not among the libraries the program asks the loader for at start
# (the built program itself: under valgrind.sh, $EVALWIZ is a wrapper script)
bin=$top_builddir/evalwiz
if command -v objdump >/dev/null 2>&1; then
	objdump -p "$bin" >needed || fail "objdump cannot read $bin"
	grep -q 'NEEDED' needed || fail "no NEEDED entries in objdump's output"
	if grep -q 'NEEDED.*libcmark' needed; then fail "evalwiz is linked with cmark-gfm: $(grep libcmark needed)"; fi
fi

run "$EVALWIZ" render "$demo" -o plan.html
expect_rc 0
grep -q '<table>' plan.html || fail "no table in the HTML: the tables extension was not loaded"
grep -q '<h2' plan.html || fail "no headings in the HTML"
run "$EVALWIZ" render "$demo" -o plan.tex
expect_rc 0
grep -q '\\begin{document}' plan.tex || fail "no LaTeX document"
grep -q '\\section' plan.tex || fail "no sections in the LaTeX"
run "$EVALWIZ" calc mdes --design ira --n 400
expect_rc 0
grep -q '^  MDES  *0\.281 standard deviations$' out || fail "calc: $(cat out)"

run env EVALWIZ_FAULT=cmark "$EVALWIZ" render "$demo" -o missing.html
if [ "$rc" -eq 0 ]; then
	echo "note: built without --enable-fault-injection: the missing-library case is not tested here (tests/ci/faults.sh does)"
	exit 0
fi
expect_rc 69
head -n 1 err >first
grep -qx 'evalwiz: cannot load cmark-gfm, which HTML and LaTeX need: libcmark-gfm-evalwiz-test-missing.so.0: cannot open shared object file: No such file or directory' first ||
	fail "message: $(cat err)"
sed -n 2p err | grep -qx '  On Debian or Ubuntu: sudo apt-get install libcmark-gfm[0-9][^ ]* libcmark-gfm-extensions[0-9][^ ]*' ||
	fail "packages: $(cat err)"
test ! -e missing.html || fail "a file was written"
run env EVALWIZ_FAULT=cmark "$EVALWIZ" render "$demo" -o missing.tex
expect_rc 69
test ! -e missing.tex || fail "a file was written"
# Markdown needs no cmark
run env EVALWIZ_FAULT=cmark "$EVALWIZ" render "$demo" -o plan.md
expect_rc 0
grep -q '^## ' plan.md || fail "no Markdown headings"
