#!/bin/sh
# A named pipe or a device where evalwiz expects a file (another user can
# plant one in a shared folder) never holds it: the plan, PLAN.lock,
# PLAN.recover, a pack's pack.lua and step files, a template and a partial
# as a FIFO or a link to /dev/zero are refused at once with a message
# naming the file, never read (issue 21, item 9).  Each command runs under
# a time limit: before, each of these blocked for ever or spun.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v timeout >/dev/null || skip_test "timeout (coreutils) is not installed"

# quick RC CMD...: runs CMD (10 s at most: a hang is exit 124)
quick() {
	want=$1
	shift
	run timeout -k 2 10 "$@"
	[ "$rc" != 124 ] && [ "$rc" != 137 ] || fail "hung: $*"
	expect_rc "$want"
}

"$EVALWIZ" new plan.yaml --title P 2>/dev/null
"$EVALWIZ" set plan.yaml follow_up.months=8 2>/dev/null
before=$(cksum <plan.yaml)

# the plan itself
mkfifo fifo.yaml
quick 65 "$EVALWIZ" check fifo.yaml
has err "fifo.yaml is not a regular file (it is a named pipe)"
quick 65 "$EVALWIZ" get fifo.yaml follow_up.months
quick 65 "$EVALWIZ" set fifo.yaml follow_up.months=9
[ -p fifo.yaml ] || fail "the pipe was replaced"
rm -f fifo.yaml.lock
ln -s /dev/zero zero.yaml
quick 65 "$EVALWIZ" check zero.yaml
has err "zero.yaml is not a regular file (it is a device)"

# PLAN.lock: a pipe, a link to /dev/zero
mkfifo plan.yaml.lock
quick 73 "$EVALWIZ" set plan.yaml follow_up.months=9
has err "plan.yaml.lock is not a regular file, not a lock evalwiz made; remove it if no one is editing the plan"
[ -p plan.yaml.lock ] || fail "the planted lock was removed"
rm plan.yaml.lock
ln -s /dev/zero plan.yaml.lock
quick 73 "$EVALWIZ" set plan.yaml follow_up.months=9
has err "plan.yaml.lock is a symbolic link, not a lock evalwiz made"
rm plan.yaml.lock
[ "$(cksum <plan.yaml)" = "$before" ] || fail "the plan was changed under a planted lock"

# PLAN.recover: a pipe, a link to /dev/zero
for kind in fifo zero; do
	if [ $kind = fifo ]; then mkfifo plan.yaml.recover; else ln -s /dev/zero plan.yaml.recover; fi
	quick 0 "$EVALWIZ" wizard --plain --recover plan.yaml </dev/null
	has err "plan.yaml.recover"
	quick 0 "$EVALWIZ" set plan.yaml follow_up.months=9
	[ -p plan.yaml.recover ] || [ -L plan.yaml.recover ] || fail "the planted recovery file ($kind) was replaced"
	rm plan.yaml.recover
	"$EVALWIZ" set plan.yaml follow_up.months=8 2>/dev/null
done

# a pack's files
cp -R "$PACK" pack
mv pack/pack.lua pack.lua.real
mkfifo pack/pack.lua
quick 78 "$EVALWIZ" --pack ./pack check plan.yaml
has err "pack.lua"
rm pack/pack.lua
mv pack.lua.real pack/pack.lua
rm pack/01-basics.lua
mkfifo pack/01-basics.lua
quick 78 "$EVALWIZ" --pack ./pack new other.yaml
has err "01-basics.lua"

# a template and a partial
mkdir -p t/partials
mkfifo t/x.yaml
quick 65 "$EVALWIZ" --templates t render plan.yaml -t x -o out.md
has err "x.yaml"
rm t/x.yaml
printf 'id: x\ntitle: X\nsections:\n  - body: |\n      {%% include "p" %%}\n' > t/x.yaml
mkfifo t/partials/p.yaml
quick 65 "$EVALWIZ" --templates t render plan.yaml -t x -o out.md
has err "p.yaml"
[ "$(cksum <plan.yaml)" = "$before" ] || fail "the plan was changed"
