#!/bin/sh
# faults.sh: the CI run of the fault loop: kill -9 the wizard at random
# moments for FAULT_ROUNDS rounds (200 unless set) and check after each
# that the plan parses and holds every committed edit.  Run from a built
# tree (after make); skips (77) without tmux.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
: "${FAULT_ROUNDS:=200}"
export FAULT_ROUNDS
EVALWIZ=${EVALWIZ:-$top/evalwiz}
top_srcdir=${top_srcdir:-$top}
EVALWIZ_DATADIR=${EVALWIZ_DATADIR:-$top_srcdir}
LC_ALL=C.UTF-8
export EVALWIZ top_srcdir EVALWIZ_DATADIR LC_ALL
exec sh "$top_srcdir/tests/faults/test-kill9.sh"
