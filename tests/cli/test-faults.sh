#!/bin/sh
# Saves under faults (needs ./configure --enable-fault-injection, as CI's
# faults and sanitizers stages have; skipped otherwise, as config.h says):
# whatever fails, the old plan stays whole and byte-identical, no temporary
# file or lock is left, the message says what happened, and the exit code
# is 74 (input/output error) or 73 (cannot create).  A real failed save,
# without fault injection: tests/cli/test-save-fails.sh.
set -eu
if ! grep -q '^#define EVALWIZ_FAULT_INJECTION 1' "$top_builddir/config.h"; then
	echo "skipped: evalwiz was configured without --enable-fault-injection (CI's faults stage runs this test)" >&2
	exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0
fail() {
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}

plan="$dir/plan.yaml"
"$EVALWIZ" new "$plan" --title "Faults" 2>/dev/null
"$EVALWIZ" set "$plan" opening.intervention="Family Foundations" follow_up.months=18
before=$(cksum <"$plan")

# fault  exit  message (after "evalwiz: cannot save PLAN: " or "cannot create ...")
while read -r fault want msg; do
	rc=0
	EVALWIZ_FAULT=$fault "$EVALWIZ" set "$plan" opening.intervention=Changed follow_up.months=24 \
	    >"$dir/out" 2>"$dir/err" || rc=$?
	[ $rc -eq "$want" ] || fail "$fault: exit $rc, want $want: $(cat "$dir/err")"
	case "$(cat "$dir/err")" in
	"evalwiz: cannot save $plan: "*"$msg"*) ;;
	*) fail "$fault: want 'cannot save $plan: ...$msg', got: $(cat "$dir/err")" ;;
	esac
	[ "$(cksum <"$plan")" = "$before" ] || fail "$fault: the plan changed"
	[ "$(ls -A "$dir")" = "$(printf 'err\nout\nplan.yaml')" ] || fail "$fault: files left behind: $(ls -A "$dir")"
	test "$("$EVALWIZ" get "$plan" opening.intervention)" = "Family Foundations" ||
		fail "$fault: the old answer cannot be read back"
done <<'LIST'
open 73 cannot create a file in
readonly 73 the file system is read-only
write 74 Input/output error
enospc 74 the disk is full; free some space and save again
fsync 74 flushing to disk failed
rename 74 renaming the new copy into place failed
LIST

# After the fault, the next save works.
"$EVALWIZ" set "$plan" follow_up.months=24
test "$("$EVALWIZ" get "$plan" follow_up.months)" = 24 || fail "the save after the faults did not happen"

# A new plan under a fault: nothing is left where it would have been.
for fault in open write enospc fsync rename; do
	rc=0
	EVALWIZ_FAULT=$fault "$EVALWIZ" new "$dir/new.yaml" --title New >"$dir/out" 2>"$dir/err" || rc=$?
	[ $rc -eq 73 ] || [ $rc -eq 74 ] || fail "new under $fault: exit $rc: $(cat "$dir/err")"
	grep -q "^evalwiz: cannot " "$dir/err" || fail "new under $fault: $(cat "$dir/err")"
	[ ! -e "$dir/new.yaml" ] || fail "new under $fault: left $dir/new.yaml"
	rm -f "$dir/out" "$dir/err"
	[ "$(ls -A "$dir")" = plan.yaml ] || fail "new under $fault: files left behind: $(ls -A "$dir")"
done

# cmark-gfm not there at all (EVALWIZ_FAULT=cmark asks the loader for a
# name no library has): HTML and LaTeX stop with exit 69 naming the
# library and the Debian packages, writing nothing; Markdown still renders.
# (A broken copy of the library, without fault injection: test-render-cmark.sh.)
demo=$top_srcdir/examples/demo-plan.yaml
for f in html tex; do
	rc=0
	EVALWIZ_FAULT=cmark "$EVALWIZ" render "$demo" -o "$dir/missing.$f" 2>"$dir/err" || rc=$?
	[ $rc -eq 69 ] || fail "cmark missing, $f: exit $rc, want 69: $(cat "$dir/err")"
	[ "$(head -n 1 "$dir/err")" = 'evalwiz: cannot load cmark-gfm, which HTML and LaTeX need: libcmark-gfm-evalwiz-test-missing.so.0: cannot open shared object file: No such file or directory' ] ||
		fail "cmark missing, $f: the message: $(cat "$dir/err")"
	sed -n 2p "$dir/err" | grep -qx '  On Debian or Ubuntu: sudo apt-get install libcmark-gfm[0-9][^ ]* libcmark-gfm-extensions[0-9][^ ]*' ||
		fail "cmark missing, $f: the packages: $(cat "$dir/err")"
	[ ! -e "$dir/missing.$f" ] || fail "cmark missing: missing.$f was written"
done
rc=0
EVALWIZ_FAULT=cmark "$EVALWIZ" render "$demo" -o "$dir/plan.md" 2>"$dir/err" || rc=$?
[ $rc -eq 0 ] || fail "cmark missing, md: exit $rc, want 0: $(cat "$dir/err")"
grep -q '^## ' "$dir/plan.md" || fail "cmark missing, md: no Markdown headings in: $(head -5 "$dir/plan.md")"

# libzip not there (EVALWIZ_FAULT=zip): review import names the library
# before it reads the file; opened only when needed, so the rest runs.
printf 'not a zip' >"$dir/back.docx"
rc=0
EVALWIZ_FAULT=zip "$EVALWIZ" review import "$dir/plan.yaml" "$dir/back.docx" 2>"$dir/err" || rc=$?
[ $rc -eq 69 ] || fail "libzip missing: review import exit $rc, want 69"
head -n 1 "$dir/err" | grep -q '^evalwiz: cannot load libzip\.so\.[0-9]*, which review import needs: libzip-evalwiz-test-missing\.so\.[0-9]*: ' ||
	fail "libzip missing: the message: $(cat "$dir/err")"

# expat not there (EVALWIZ_FAULT=expat): the same, naming libexpat1.
rc=0
EVALWIZ_FAULT=expat "$EVALWIZ" review import "$dir/plan.yaml" "$dir/back.docx" 2>"$dir/err" || rc=$?
[ $rc -eq 69 ] || fail "expat missing: review import exit $rc, want 69"
head -n 1 "$dir/err" | grep -q '^evalwiz: cannot load libexpat\.so\.[0-9]*, which review import needs: libexpat-evalwiz-test-missing\.so\.[0-9]*: ' ||
	fail "expat missing: the message: $(cat "$dir/err")"
sed -n 2p "$dir/err" | grep -qx '  On Debian or Ubuntu: sudo apt-get install libexpat1' ||
	fail "expat missing: the package: $(cat "$dir/err")"
rm -f "$dir/back.docx" "$dir/err"

# libRmath not there (EVALWIZ_FAULT=rmath): a power calculation stops with
# exit 69 naming r-mathlib; what does not need it still runs, and check
# reports the computed values it could not work out instead of failing.
rc=0
EVALWIZ_FAULT=rmath "$EVALWIZ" calc mdes --design ira --n 400 >"$dir/out" 2>"$dir/err" || rc=$?
[ $rc -eq 69 ] || fail "libRmath missing: calc mdes exit $rc, want 69: $(cat "$dir/err")"
head -n 1 "$dir/err" | grep -q '^evalwiz: cannot load libRmath\.so\.[0-9]*, which the power and sample size calculators need: ' ||
	fail "libRmath missing: the message: $(cat "$dir/err")"
sed -n 2p "$dir/err" | grep -qx '  On Debian or Ubuntu: sudo apt-get install r-mathlib' ||
	fail "libRmath missing: the package: $(cat "$dir/err")"
EVALWIZ_FAULT=rmath "$EVALWIZ" calc cost "$demo" >"$dir/out" 2>"$dir/err" ||
	fail "libRmath missing: calc cost failed: $(cat "$dir/err")"
rc=0
EVALWIZ_FAULT=rmath "$EVALWIZ" check "$demo" >"$dir/out" 2>"$dir/err" || rc=$?
grep -q 'attempt to\|internal error' "$dir/err" "$dir/out" && fail "libRmath missing: check: $(cat "$dir/err" "$dir/out")"
rm -f "$dir/out" "$dir/err"

[ $fails -eq 0 ] || { echo "$fails failures" >&2; exit 1; }
