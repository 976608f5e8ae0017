#!/bin/sh
# The numbers in the demo plan's golden files are not witnessed by the
# golden files alone: each computed one (the MDES, the number to recruit,
# the costs) is what evalwiz calc gives for the demo plan's inputs, and
# every other number is typed in the demo plan or listed as fixed
# (tests/golden/numbers, checked by tests/golden/check-numbers.py).  The
# calculators' own tests pin calc to published figures.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it runs tests/golden/check-numbers.py"
python3 "$top_srcdir/tests/golden/check-numbers.py" "$EVALWIZ" "$top_srcdir" "$top_srcdir/tests/golden" >result ||
	{ cat result >&2; fail "the golden files' numbers disagree with the calculators (above)"; }
cat result
