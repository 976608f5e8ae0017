#!/bin/sh
# The range, type and required rules of every number, date, choice and
# yes/no question of the default pack (and of its tables' columns), as
# evalwiz steps --format json declares them, hold through set and check:
# tests/cli/pack-rules.py reads the pack and tries each rule, so a question
# the pack gains is covered without a change here.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it runs tests/cli/pack-rules.py"
python3 "$top_srcdir/tests/cli/pack-rules.py" "$EVALWIZ" "$dir" >result || { cat result >&2; fail "a rule of the default pack does not hold (above)"; }
cat result
