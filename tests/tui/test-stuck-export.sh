#!/bin/sh
# A wizard stuck in a long call still ends on SIGTERM and SIGHUP (a
# shutdown, a dropped SSH connection), saving the answers typed before:
# here F9 waits on a pandoc that never finishes.  The signal ends pandoc's
# whole process group, the wizard saves and exits (143 for SIGTERM), and
# neither pandoc nor the lock is left behind.  (issue 21, item 6)
set -eu
. "$top_srcdir/tests/tui/lib.sh"

mkdir "$work/bin"
# a pandoc that hangs, and a child of its own that hangs too (as LaTeX would)
cat >"$work/bin/pandoc" <<EOS
#!/bin/sh
echo \$\$ >"$work/pandoc.pid"
sleep 300 &
echo \$! >"$work/child.pid"
wait
EOS
chmod +x "$work/bin/pandoc"
PATH="$work/bin:$PATH"
export PATH


gone() {
	for f in pandoc.pid child.pid; do
		p=$(cat "$work/$f")
		i=0
		while kill -0 "$p" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
		if kill -0 "$p" 2>/dev/null; then
			echo "FAIL: $1: the hung pandoc ($f) is still running"
			kill -9 "$p" 2>/dev/null || true
			exit 1
		fi
	done
}

# export_and_hang ANSWER: types ANSWER as a new plan's title, then starts
# a Word export that hangs
export_and_hang() {
	rm -f "$work/pandoc.pid" "$work/child.pid" "$work/plan.yaml"
	"$EVALWIZ" new "$work/plan.yaml" --title "" 2>/dev/null
	start 100 30 "'$EVALWIZ' plan.yaml"
	wait_for "Step 0"
	keys Enter
	text "$1"
	keys Enter
	wait_file "$work/plan.yaml.recover" "$1" 10
	keys F9
	wait_for "Export: which document?"
	keys Enter
	wait_for "which format?"
	keys 1
	wait_for "Write to:"
	keys C-u
	text "out.docx"
	keys Enter
	i=0
	while [ ! -s "$work/child.pid" ] && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
	[ -s "$work/child.pid" ] || { echo "FAIL: pandoc never started"; screen; exit 1; }
}

# SIGTERM: saves, exits 143 at once, ends pandoc
export_and_hang "Typed before the shutdown"
pid=$(wizard_pid)
kill -TERM "$pid"
wait_for "EXIT=143" 5
gone SIGTERM
expect_eq "$("$EVALWIZ" get "$work/plan.yaml" opening.plan_title)" "Typed before the shutdown" "saved on SIGTERM"
[ ! -e "$work/plan.yaml.lock" ] || { echo "FAIL: SIGTERM left the lock"; exit 1; }
[ ! -e "$work/out.docx" ] || { echo "FAIL: a stopped export wrote out.docx"; exit 1; }

# SIGHUP (the tmux session killed, as a dropped connection does)
export_and_hang "Typed before the line dropped"
pid=$(wizard_pid)
T kill-session -t w
i=0
while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
if kill -0 "$pid" 2>/dev/null; then
	echo "FAIL: the wizard did not end on SIGHUP"
	kill -9 "$pid"
	exit 1
fi
gone SIGHUP
expect_eq "$("$EVALWIZ" get "$work/plan.yaml" opening.plan_title)" "Typed before the line dropped" "saved on SIGHUP"
[ ! -e "$work/plan.yaml.lock" ] || { echo "FAIL: SIGHUP left the lock"; exit 1; }
echo ok
