#!/bin/sh
# The benchmark's pseudo-terminal driver works: one start-up of a program that
# prints and exits, one of cat typed at, and the benchmark's start-up measure
# on this build (measured, or reported as not measured).  No timing checked.
set -eu
command -v python3 >/dev/null 2>&1 || { echo "skipped: python3 is not installed; bench/run is a Python program" >&2; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
run="$top_srcdir/bench/run"

# a first frame is read from the terminal and the exit status comes back
# (a slow start, e.g. under the sanitizers, may see the typed keys too)
python3 "$run" --smoke "$EVALWIZ" --help > "$dir/help.out"
grep -q '^frame [1-9][0-9]* bytes; keys [0-9]* bytes; exit 0; first frame yes$' "$dir/help.out" ||
  { cat "$dir/help.out"; exit 1; }

# keys reach the program: the terminal echoes "hello", cat repeats it, ^D ends it
python3 "$run" --smoke cat > "$dir/cat.out"
grep -q '^frame 0 bytes; keys [1-9][0-9]* bytes; exit 0; first frame no$' "$dir/cat.out" ||
  { cat "$dir/cat.out"; exit 1; }

# the start-up measure, once, against this build: a row either way, and the JSON
python3 "$run" --evalwiz "$EVALWIZ" --only startup --runs 1 --no-compare -q \
  --json "$dir/r.json" > "$dir/table.out"
grep -q '^start-up   evalwiz' "$dir/table.out" || { cat "$dir/table.out"; exit 1; }
if "$EVALWIZ" wizard --help >/dev/null 2>&1; then
  grep -q '"key": "startup_ms"' "$dir/r.json"
else
  grep -q 'not measured: the wizard is not in this build' "$dir/table.out"
fi
grep -q '"cores"' "$dir/r.json"

# a bad binary is a clear error, not a traceback
rc=0
python3 "$run" --evalwiz "$dir/nothing" --json "$dir/x.json" 2> "$dir/err" || rc=$?
test "$rc" = 66
test "$(cat "$dir/err")" = "bench/run: $dir/nothing is not an executable; build first or give --evalwiz"
