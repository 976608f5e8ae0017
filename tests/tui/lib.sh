# lib.sh: drives the wizard in a private tmux server for the tests in tests/tui.
# Sourced by each test after `set -eu`.  Waits poll the screen with a
# timeout; no fixed sleep is ever an assertion.

TMUX_BIN=${TMUX_BIN:-$(command -v tmux || true)}
if [ -z "$TMUX_BIN" ] || ! [ -x "$TMUX_BIN" ]; then
  echo "skipped: tmux is not installed (apt-get install tmux); the wizard tests drive it" >&2
  exit 77
fi
: "${EVALWIZ:?}"
: "${top_srcdir:?}"

# Under bash (make check's shell), a command that stops the test through
# set -e says which one it was, so no test fails without a word.
if [ -n "${BASH_VERSION:-}" ]; then
  set -E
  trap 'lib_rc=$?; case $- in *e*) echo "FAIL: line $LINENO of ${0##*/}: this command failed (exit $lib_rc): $BASH_COMMAND" ;; esac' ERR
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/evalwiz-tui.XXXXXX")
sock="$work/tmux.0.sock"
nsock=0
unset TMUX
T() { "$TMUX_BIN" -S "$sock" "$@"; }
cleanup() {
  for s in "$work"/tmux.*.sock; do
    [ -S "$s" ] && "$TMUX_BIN" -S "$s" kill-server 2>/dev/null || true
  done
  # a wizard told to hang up may still be saving: try again for a moment
  i=0
  while ! rm -rf "$work" 2>/dev/null && [ "$i" -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
  return 0
}
trap cleanup EXIT

export EVALWIZ_DATADIR="$top_srcdir"
# the pack's texts in its own language whatever the locale (test-welsh.sh asks for cy)
export LANGUAGE=en
export XDG_STATE_HOME="$work/state"
export HOME="$work"
pack="$top_srcdir/tests/tui/pack"

# start WIDTH HEIGHT COMMAND...: runs the command in a new session "w";
# when it ends, the session shows EXIT=code.  Each start opens a plan at
# its first step: where the last session left it is forgotten, unless
# KEEP_PLACE=1 (tests/tui/test-leave.sh tests that).
start() {
  w=$1 h=$2
  shift 2
  [ "${KEEP_PLACE:-0}" = 1 ] || rm -f "$XDG_STATE_HOME/evalwiz/places"
  # a fresh server each time: a killed one may still hold its socket
  nsock=$((nsock + 1))
  sock="$work/tmux.$nsock.sock"
  T -f /dev/null new-session -d -s w -x "$w" -y "$h" \
    "cd '$work' && $* ; echo EXIT=\$?; sleep 600"
  T set-option -t w status off >/dev/null
}

# wizard_pid: the process id of the program started by start (the pane's
# shell runs it as its child), never another test's wizard run alongside.
wizard_pid() { pgrep -n -P "$(T display -p -t w '#{pane_pid}')"; }

screen() { T capture-pane -p -t w; }
# The same with lines the terminal wrapped joined again (a shell message
# after a long path can wrap in the middle of the text waited for).
screen_joined() { T capture-pane -p -J -t w; }

# wait_for TEXT [SECONDS]: until the screen shows TEXT.
wait_for() {
  want=$1 limit=${2:-10} i=0
  while [ "$i" -lt $((limit * 20)) ]; do
    if screen_joined | grep -F -q -- "$want"; then return 0; fi
    sleep 0.05
    i=$((i + 1))
  done
  echo "FAIL: the screen never showed: $want"
  echo "---- screen:"
  screen
  echo "----"
  exit 1
}

# wait_gone TEXT [SECONDS]: until the screen no longer shows TEXT.
wait_gone() {
  want=$1 limit=${2:-10} i=0
  while [ "$i" -lt $((limit * 20)) ]; do
    if ! screen | grep -F -q -- "$want"; then return 0; fi
    sleep 0.05
    i=$((i + 1))
  done
  echo "FAIL: the screen still shows: $want"
  screen
  exit 1
}

# wait_file FILE PATTERN [SECONDS]: until grep finds PATTERN in FILE.
wait_file() {
  f=$1 pat=$2 limit=${3:-10} i=0
  while [ "$i" -lt $((limit * 20)) ]; do
    if [ -f "$f" ] && grep -q -- "$pat" "$f"; then return 0; fi
    sleep 0.05
    i=$((i + 1))
  done
  echo "FAIL: $f never held: $pat"
  cat "$f" 2>/dev/null || true
  exit 1
}

keys() { T send-keys -t w "$@"; }
text() { T send-keys -t w -l "$1"; }

# answer STEP.FIELD: the stored answer, as evalwiz get prints it.
answer() { "$EVALWIZ" --pack "$pack" get "$work/plan.yaml" "$1"; }

# wait_answer STEP.FIELD WANT WHAT: saves (Ctrl-S), then waits until the
# plan holds WANT there (the save runs in the background), failing as WHAT.
wait_answer() {
  keys C-s
  i=0
  while [ "$(answer "$1" 2>/dev/null || true)" != "$2" ] && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  expect_eq "$(answer "$1" 2>/dev/null || true)" "$2" "$3"
}

expect_eq() {
  if [ "$1" != "$2" ]; then
    echo "FAIL: $3: expected [$2], got [$1]"
    screen
    exit 1
  fi
}

# click X Y: a left click at column X, row Y (from 0), as an xterm sends it.
click() {
  m() { printf '\033[M%b%b%b' "\\0$(printf %o $((32 + $1)))" "\\0$(printf %o $((33 + $2)))" "\\0$(printf %o $((33 + $3)))"; }
  T send-keys -t w -l "$(m 0 "$1" "$2")$(m 3 "$1" "$2")"
}

# row_of TEXT: the screen row (from 0) where TEXT first appears.
row_of() { screen | grep -n -F -m1 -- "$1" | cut -d: -f1 | awk '{ print $1 - 1 }'; }
