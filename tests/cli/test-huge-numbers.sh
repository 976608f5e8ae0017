#!/bin/sh
# Numbers too big for an integer (1e308) given to calc and advise get the
# program's own answer or a message saying what is allowed, never an
# internal error from evalwiz's Lua (a stack-style message, exit 70).
# (issue 21, item 15, in part)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

run "$EVALWIZ" calc mdes --design ira --n 1e308
expect_rc 0
has out "sample *1e+308"
run "$EVALWIZ" advise --fact n=1e308
expect_rc 65
expect_err 'evalwiz: n: "1e308" is not allowed; use a whole number of at least 2'
for f in out err; do
	lacks "$f" '\.lua:[0-9]'
	lacks "$f" 'attempt to'
	lacks "$f" 'bad argument'
done
