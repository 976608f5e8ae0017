#!/bin/sh
# A plan changed on disk while plain mode has it open (a git pull between
# two answers) is never overwritten: the next save writes this session's
# version to PLAN.mine-STAMP, says so, and stops with exit 75; the plan
# keeps what the pull brought.  A plan only touched, or rewritten with the
# same bytes, is no change.  (issue 21, item 11; the wizard:
# tests/tui/test-changed-on-disk.sh)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

"$EVALWIZ" --pack "$PACK" new plan.yaml >/dev/null 2>&1
mkfifo in
# plain_start: plain mode reading the fifo; plain_answer TEXT: one line to it
plain_start() {
	"$EVALWIZ" --pack "$PACK" wizard --plain plan.yaml <in >out 2>err &
	pid=$!
	exec 3>in
}

wait_get() {
	i=0
	while [ "$("$EVALWIZ" --pack "$PACK" get plan.yaml "$1" 2>/dev/null || true)" != "$2" ] && [ "$i" -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ "$("$EVALWIZ" --pack "$PACK" get plan.yaml "$1" 2>/dev/null || true)" = "$2" ] || fail "the plan never held $1 = $2"
}

plain_start
echo "First answer" >&3
wait_get basics.name "First answer"
# touched, and the same bytes renamed into place: no change, saves go on
touch -d '2030-01-01' plan.yaml
cp plan.yaml same.yaml && mv same.yaml plan.yaml
printf 'A story\n\n' >&3
wait_get basics.story "A story"
if ls plan.yaml.mine-* 2>/dev/null; then fail "a touched plan made a mine file"; fi

# changed on disk between two answers: not overwritten
sed 's/^    name: First answer$/    name: Pulled name/' plan.yaml >pulled.yaml
mv pulled.yaml plan.yaml
cp plan.yaml theirs.yaml
echo 7 >&3
exec 3>&-
set +e
wait "$pid"
rc=$?
set -e
expect_rc 75
cmp -s plan.yaml theirs.yaml || fail "the plan changed on disk was overwritten"
mine=$(ls plan.yaml.mine-*)
has err "^evalwiz: plan.yaml was changed on disk since evalwiz read it (by git pull or another program), so it was not overwritten; your version is in $mine\$"
[ "$("$EVALWIZ" --pack "$PACK" get "$mine" basics.name)" = "First answer" ] || fail "the mine file lacks the name"
[ "$("$EVALWIZ" --pack "$PACK" get "$mine" basics.count)" = "7" ] || fail "the mine file lacks the count"
[ "$("$EVALWIZ" --pack "$PACK" get plan.yaml basics.name)" = "Pulled name" ] || fail "the pulled name is gone"
[ ! -e plan.yaml.lock ] || fail "the lock was left"
