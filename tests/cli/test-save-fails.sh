#!/bin/sh
# A save that really fails, in every build, without fault injection: files
# are limited to one block (ulimit -f 1, with SIGXFSZ ignored, so a write
# past the limit fails with EFBIG) and the plan is bigger than that.
# set, fill, render -o and the plain wizard exit 74 (EX_IOERR) naming the
# file; the plan, or the old document, stays byte for byte; no temporary
# file or lock is left; the plain wizard keeps the answer in PLAN.recover;
# and the next save without the limit works.  (Failures of open, fsync and
# rename, injected: test-faults.sh; the wizard's failed save:
# tests/faults/test-recover.sh.)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

# limited CMD...: run (lib.sh) with files limited to one block (512 bytes
# in dash, 1024 in bash) and SIGXFSZ ignored, which exec keeps.
limited() {
	run sh -c 'ulimit -f 1 && trap "" XFSZ && exec "$@"' limited "$@"
}

# same_files NAME...: the folder holds exactly these names (besides the
# files lib.sh's assertions use): no temporary file, lock or recovery file
# was left.
same_files() {
	printf '%s\n' "$@" | sort >want-files
	ls -A | grep -v -x -e want-files -e got-files -e out -e err -e want -e problems | sort >got-files
	cmp -s want-files got-files || { diff -u want-files got-files >&2 || true; fail "the folder holds other files than expected"; }
	rm -f want-files got-files
}

# A plan of the test pack (lib.sh's ew) of some 3 KB: one long answer.
ew new plan.yaml --title "Too big to save" 2>/dev/null
long=$(awk 'BEGIN { for (i = 0; i < 60; i++) printf "The service is described at length here. " }')
ew set plan.yaml basics.story="$long" basics.count=18
size=$(wc -c <plan.yaml)
[ "$size" -gt 2048 ] || fail "the plan is $size bytes, too small to pass the limit"
cp plan.yaml before.yaml

# set: the answer is refused with the reason, exit 74, nothing changed
limited "$EVALWIZ" --pack "$PACK" set plan.yaml basics.count=24
expect_rc 74
head -n 1 err >first
has first '^evalwiz: cannot save plan\.yaml: .'
cmp -s plan.yaml before.yaml || fail "set: the plan changed although the save failed"
same_files plan.yaml before.yaml first
run ew get plan.yaml basics.count
expect_out 18

# fill: the same
cat >answers.yaml <<'YAML'
answers:
  basics:
    count: 30
YAML
limited "$EVALWIZ" --pack "$PACK" fill plan.yaml --answers answers.yaml
expect_rc 74
head -n 1 err >first
has first '^evalwiz: cannot save plan\.yaml: .'
cmp -s plan.yaml before.yaml || fail "fill: the plan changed although the save failed"
same_files plan.yaml before.yaml first answers.yaml

# render -o: the old document stays, no part of the new one is left
echo "the old document" >report.md
limited "$EVALWIZ" render "$top_srcdir/examples/demo-plan.yaml" -o report.md
expect_rc 74
head -n 1 err >first
has first '^evalwiz: cannot save report\.md: .'
expect_file report.md "the old document"
same_files plan.yaml before.yaml first answers.yaml report.md

# the plain wizard: the answer is kept in the recovery file, exit 74
limited sh -c 'printf "A name typed in plain mode\n" | "$0" --pack "$1" wizard --plain plan.yaml' "$EVALWIZ" "$PACK"
expect_rc 74
has err '^evalwiz: cannot save plan\.yaml: .'
has err "^evalwiz: your answers are kept in plan\.yaml\.recover; open the plan again to restore them$"
cmp -s plan.yaml before.yaml || fail "plain wizard: the plan changed although the save failed"
has plan.yaml.recover '"field":"name","value":"A name typed in plain mode"'
same_files plan.yaml before.yaml first answers.yaml report.md plan.yaml.recover
# without the limit the next start puts the answer back and saves it
run ew wizard --plain --recover plan.yaml </dev/null
expect_rc 0
run ew get plan.yaml basics.name
expect_out "A name typed in plain mode"
[ ! -e plan.yaml.recover ] || fail "the recovery file stayed after its edits were saved"

# without the limit, saves work again
run ew set plan.yaml basics.count=24
expect_rc 0
run ew get plan.yaml basics.count
expect_out 24
