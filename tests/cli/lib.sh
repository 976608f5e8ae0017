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
cd "$dir"

fail() {
	echo "FAIL: $*" >&2
	exit 1
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
	sed -E 's/^  id: [0-9a-f]{32}$/  id: ID/' "$1" > got
	if ! cmp -s want got; then diff -u want got >&2 || true; fail "$1 differs"; fi
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
