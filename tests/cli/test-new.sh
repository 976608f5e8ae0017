#!/bin/sh
# evalwiz new: creates a plan for the pack, never overwrites, exit codes.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

umask 022
run ew new plan.yaml
expect_rc 0
expect_err "evalwiz: created plan.yaml; open it with 'evalwiz plan.yaml'"
expect_file plan.yaml "evalwiz: 1
pack:
  id: test-pack
  version: 2
meta:
  title: plan
  created: 2026-01-01T00:00:00Z
  updated: 2026-01-01T00:00:00Z
  id: ID
answers: {}"
[ "$(stat -c %a plan.yaml)" = 644 ] || fail "mode $(stat -c %a plan.yaml)"
# the title is the file name without its extension (as the wizard and
# plain mode name a plan they create), and each plan gets its own random id
id1=$(sed -n 's/^  id: \([0-9a-f]\{32\}\)$/\1/p' plan.yaml)
[ ${#id1} = 32 ] || fail "no 32-digit meta.id in plan.yaml"

run ew new --title "Family Foundations: 'yes' plan" titled.yaml
expect_rc 0
contains titled.yaml "  title: 'Family Foundations: ''yes'' plan'"
id2=$(sed -n 's/^  id: \([0-9a-f]\{32\}\)$/\1/p' titled.yaml)
[ ${#id2} = 32 ] && [ "$id1" != "$id2" ] || fail "two plans, ids '$id1' and '$id2'"
run ew get titled.yaml basics.name
expect_rc 1

# the default pack
run "$EVALWIZ" new default.yaml
expect_rc 0
contains default.yaml "  id: eif-10-steps"

# never overwrites, and leaves the file alone
cp plan.yaml before.yaml
run ew new plan.yaml
expect_rc 73
expect_err "evalwiz: plan.yaml already exists; 'evalwiz new' never overwrites a plan (open it with 'evalwiz plan.yaml')"
cmp -s plan.yaml before.yaml || fail "new changed an existing plan"
ln -s nowhere dangling.yaml
run ew new dangling.yaml
expect_rc 73

# a folder that is not there
run ew new no/such/folder/plan.yaml
expect_rc 73
contains err "evalwiz: cannot save no/such/folder/plan.yaml: cannot create a file in no/such/folder: "
[ ! -e no ] || fail "created a folder"

# usage errors
run ew new
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: which plan file should I create?" || fail "$(cat err)"
run ew new a.yaml b.yaml
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: give one plan file" || fail "$(cat err)"
[ ! -e a.yaml ] || fail "created a.yaml on a usage error"

# a pack with a mistake: a configuration error naming the file and line
run "$EVALWIZ" --pack "$top_srcdir/tests/data/packs/bad-syntax" new bad.yaml
expect_rc 78
grep -q "^evalwiz: .*bad-syntax/01-a.lua:3: '}' expected" err || fail "$(cat err)"
[ ! -e bad.yaml ] || fail "created a plan with a broken pack"

# a read-only folder (permissions do not bind root)
if [ "$(id -u)" != 0 ]; then
	mkdir ro && chmod 555 ro
	run ew new ro/plan.yaml
	expect_rc 73
	contains err "permission denied"
fi
