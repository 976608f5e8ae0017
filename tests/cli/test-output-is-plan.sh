#!/bin/sh
# render -o never writes over the plan it renders, its recovery file or
# its lock: not by its name, another name (./, a hard link), a link to it,
# nor a link to the recovery file or lock that does not exist yet.  Exit
# 73, the message says which file it is, and the plan is byte for byte as
# it was.  (issue 21, item 2; the wizard's F9: tests/tui/test-export-plan.sh)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

"$EVALWIZ" new p.yaml --title P 2>/dev/null
"$EVALWIZ" set p.yaml follow_up.months=8 2>/dev/null
before=$(cksum <p.yaml)
ln p.yaml hard.yaml
ln -s p.yaml link.md
ln -s p.yaml.recover rlink.md
ln -s "$dir/p.yaml.lock" llink.md
mkdir sub
ln -s ../p.yaml sub/up.md

refused() {	# OUT WHAT
	run "$EVALWIZ" render p.yaml -f md -o "$1"
	expect_rc 73
	has err "^evalwiz: cannot write $1: it is $2"
	[ "$(cksum <p.yaml)" = "$before" ] || fail "-o $1: the plan was changed"
	[ ! -e p.yaml.recover ] || fail "-o $1: a recovery file was written"
	[ ! -e p.yaml.lock ] || fail "-o $1: a lock was written"
}
refused p.yaml "the plan itself"
refused ./p.yaml "the plan itself"
refused "$dir/p.yaml" "the plan itself"
refused hard.yaml "the plan itself"
refused link.md "the plan itself"
refused sub/up.md "the plan itself"
refused p.yaml.recover "the plan's recovery file"
refused rlink.md "the plan's recovery file"
refused p.yaml.lock "the plan's lock"
refused llink.md "the plan's lock"
# the files exist: still refused, and left alone
printf 'user: x\n' > p.yaml.lock
printf '{"seq":1}\n' > p.yaml.recover
for out in p.yaml.lock llink.md p.yaml.recover rlink.md; do
	lb=$(cksum <p.yaml.lock) rb=$(cksum <p.yaml.recover)
	run "$EVALWIZ" render p.yaml -f md -o "$out"
	expect_rc 73
	[ "$(cksum <p.yaml.lock)" = "$lb" ] && [ "$(cksum <p.yaml.recover)" = "$rb" ] || fail "-o $out: changed"
done
rm -f p.yaml.lock p.yaml.recover
# the links are still links
[ -L link.md ] && [ -L rlink.md ] && [ -L llink.md ] || fail "a link was replaced"

# a name that only begins like the plan's is fine
run "$EVALWIZ" render p.yaml -o p.yaml.md
expect_rc 0
has p.yaml.md "^# P"
[ "$(cksum <p.yaml)" = "$before" ] || fail "the plan was changed"
