# lib.sh: shared by the CLI tests (sourced): a private folder, the test
# pack, and assertions that print what differed.
dir=$(mktemp -d)
trap 'chmod -R u+w "$dir" 2>/dev/null; rm -rf "$dir"' EXIT
PACK="$top_srcdir/tests/data/packs/good"
SOURCE_DATE_EPOCH=1767225600	# 2026-01-01T00:00:00Z
export SOURCE_DATE_EPOCH
TZ=UTC0
export TZ
unset EVALWIZ_PACK XDG_DATA_HOME || true
# the pack's texts in its own language whatever the machine's locale says
# (i18n.lua reads LANGUAGE first); a test of another language says so
LANGUAGE=en
export LANGUAGE
cd "$dir"

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# Under bash (make check's shell), a command that stops the test through
# set -e says which one it was, so no test fails without a word.
if [ -n "${BASH_VERSION:-}" ]; then
	set -E
	trap 'lib_rc=$?; case $- in *e*) echo "FAIL: line $LINENO of ${0##*/}: this command failed (exit $lib_rc): $BASH_COMMAND" >&2 ;; esac' ERR
fi

# skip_test REASON: this test cannot run here; automake counts it as a SKIP
# (exit 77), and ./quickstart check and CI list the reason
# (tests/ci/skips.sh reads the "skipped: " line).
skip_test() {
	echo "skipped: $*" >&2
	exit 77
}

# have_fault_injection: evalwiz was configured with --enable-fault-injection
# (read from config.h, never guessed from how the program behaves).
have_fault_injection() {
	grep -q '^#define EVALWIZ_FAULT_INJECTION 1' "$top_builddir/config.h"
}

# run CMD...: runs the command, keeping its exit code in $rc, its output in
# out and err (files), never stopping the test.
run() {
	set +e
	"$@" >out 2>err
	rc=$?
	set -e
}

# expect_rc N: the last run exited N.
expect_rc() {
	if [ "$rc" != "$1" ]; then
		echo "stdout:" >&2; cat out >&2; echo "stderr:" >&2; cat err >&2
		fail "expected exit $1, got $rc"
	fi
}

# expect_out TEXT / expect_err TEXT: the whole of stdout / stderr.
expect_out() {
	printf '%s\n' "$1" > want
	if ! cmp -s want out; then diff -u want out >&2 || true; fail "stdout differs"; fi
}
expect_err() {
	printf '%s\n' "$1" > want
	if ! cmp -s want err; then diff -u want err >&2 || true; fail "stderr differs"; fi
}

# expect_file FILE TEXT: the whole file.  A plan's random meta.id (32
# hexadecimal digits) is compared as the word ID.
expect_file() {
	printf '%s\n' "$2" > want
	sed -E 's/^  id: [0-9a-f]{32}$/  id: ID/' "$1" > want.got
	if ! cmp -s want want.got; then diff -u want want.got >&2 || true; fail "$1 differs"; fi
	rm -f want.got
}

# has FILE REGEX / has_line FILE REGEX: a line of the file matches the
# basic regular expression (has_line: the whole line).  lacks FILE REGEX:
# no line does.  On failure they say what was expected and show what the
# file has: the lines sharing the pattern's longest plain word, or its start.
# has_exact FILE TEXT: a line is exactly TEXT (no pattern).
has() {
	grep -q -e "$2" "$1" || near_miss "$1" "expected a line matching: $2"
}
has_line() {
	grep -q -x -e "$2" "$1" || near_miss "$1" "expected a whole line matching: $2"
}
has_exact() {
	grep -q -x -F -e "$2" "$1" || near_miss "$1" "expected the whole line: $2"
}
lacks() {
	if grep -q -e "$2" "$1"; then
		echo "$1: lines matching the pattern:" >&2
		grep -n -e "$2" "$1" | head -n 10 >&2
		fail "$1: expected no line matching: $2"
	fi
}
near_miss() {
	nm_key=$(printf '%s\n' "$2" | sed 's/^expected [a-z ]*: //' | tr -c 'A-Za-z0-9 \n' '\n' |
	    awk '{ if (length($0) > length(k)) k = $0 } END { print k }')
	if [ -n "$nm_key" ] && grep -n -F -- "$nm_key" "$1" >near-miss 2>/dev/null; then
		echo "$1: its lines with \"$nm_key\":" >&2
	else
		echo "$1 begins ($(wc -l <"$1" 2>/dev/null || echo no) lines in all):" >&2
		head -n 20 "$1" >near-miss 2>/dev/null || echo "(cannot read it)" >near-miss
	fi
	head -n 10 near-miss >&2
	rm -f near-miss
	fail "$1: $2"
}

# is_pdf FILE: the file is a PDF (it begins %PDF-).
is_pdf() {
	[ "$(head -c 5 "$1" 2>/dev/null)" = %PDF- ] ||
		fail "$1: expected a PDF (beginning %PDF-), got: $(head -c 60 "$1" 2>/dev/null | tr -c '[:print:]' '.')"
}

# contains FILE TEXT: a fixed string appears in the file.
contains() {
	grep -F -q -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not contain: $2"; }
}

ew() {
	"$EVALWIZ" --pack "$PACK" "$@"
}

# expect_problems TEXT: the problem lines of a check (stdout up to the first
# blank line; advice such as the health check may follow it).
expect_problems() {
	sed '/^$/,$d' out > problems
	printf '%s\n' "$1" > want
	if ! cmp -s want problems; then diff -u want problems >&2 || true; fail "problem lines differ"; fi
}

# expect_json_problems TEXT: check --format json up to the end of its
# "problems" list (keys added after it, like "health", are not compared).
expect_json_problems() {
	sed -n '1,/^  \],\{0,1\}$/p' out | sed '$s/,$//' > problems
	printf '%s\n' "$1" > want
	if ! cmp -s want problems; then diff -u want problems >&2 || true; fail "json problems differ"; fi
}

# Two users on one server (issue 21): need_other_user skips the test
# unless it runs as root (as CI does), which may act as a second user;
# as_other CMD... runs CMD as that user (uid 12345, who is also in the
# shared group 12346), with a home of its own.  No account is made: the
# ids need none.
OTHER_UID=12345
SHARED_GID=12346
need_other_user() {
	[ "$(id -u)" -eq 0 ] || skip_test "needs root, to act as a second user (CI runs as root)"
	command -v setpriv >/dev/null || skip_test "setpriv (util-linux) is not installed"
	chmod 755 "$dir"
	mkdir -p "$dir/other-home"
	chown "$OTHER_UID:$OTHER_UID" "$dir/other-home"
}
as_other() {
	env HOME="$dir/other-home" XDG_CACHE_HOME="$dir/other-home/cache" XDG_STATE_HOME="$dir/other-home/state" \
	    USER=other LOGNAME=other \
	    setpriv --reuid="$OTHER_UID" --regid="$OTHER_UID" --groups="$SHARED_GID" -- "$@"
}
