#!/bin/sh
# evalwiz set: typed and checked, all or nothing, --file, YAML flow lists and
# records, unknown answers kept, mode kept, the lock.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

ew new plan.yaml 2>/dev/null

run ew set plan.yaml basics.name=Ada basics.count=12 basics.ratio=0.5 basics.ready=yes \
	basics.start=2026-03-01 basics.colour=blue basics.tags=a,c
expect_rc 0
[ ! -s out ] || fail "set printed: $(cat out)"
[ ! -s err ] || fail "set complained: $(cat err)"
id1=$(sed -n 's/^  id: \([0-9a-f]\{32\}\)$/\1/p' plan.yaml)
run ew set plan.yaml 'more.items=[first item, "second, with a comma", 3]' \
	'more.people=[{who: Ann, age: 40, lead: yes}, {who: Bob}]'
expect_rc 0
expect_file plan.yaml "evalwiz: 1
pack:
  id: test-pack
  version: 2
meta:
  title: plan
  created: 2026-01-01T00:00:00Z
  updated: 2026-01-01T00:00:00Z
  id: ID
answers:
  basics:
    name: Ada
    count: 12
    ratio: 0.5
    colour: blue
    tags:
    - a
    - c
    ready: true
    start: 2026-03-01
  more:
    items:
    - first item
    - second, with a comma
    - '3'
    people:
    - who: Ann
      age: 40
      lead: true
    - who: Bob"

# refusals name the field and what it expects; nothing is saved
cp plan.yaml before.yaml
run ew set plan.yaml basics.count=abc
expect_rc 65
expect_err 'evalwiz: basics.count: expected a whole number from 0 to 100, got "abc"
evalwiz: nothing was saved; plan.yaml is unchanged'
run ew set plan.yaml basics.colour=purple
expect_rc 65
head -n 1 err | grep -Fqx 'evalwiz: basics.colour: "purple" is not one of the options: red, green, blue' || fail "$(cat err)"
run ew set plan.yaml basics.ready=perhaps
expect_rc 65
head -n 1 err | grep -Fqx 'evalwiz: basics.ready: expected yes or no, got "perhaps"' || fail "$(cat err)"
# a date as people write it is read day first; one that is no date is refused
run ew set plan.yaml basics.start=31/13/2026
expect_rc 65
run ew set plan.yaml 'more.items=not a list'
expect_rc 65
head -n 1 err | grep -Fqx 'evalwiz: more.items: expected a list in YAML flow syntax, like [first item, second item]' || fail "$(cat err)"
run ew set plan.yaml 'more.people=[{who: Cy, age: old}]'
expect_rc 65
head -n 1 err | grep -Fqx 'evalwiz: more.people: row 1, age: expected a whole number, got "old"' || fail "$(cat err)"
run ew set plan.yaml more.total=3
expect_rc 65
head -n 1 err | grep -Fqx 'evalwiz: more.total: this field cannot be set: it is computed from other answers' || fail "$(cat err)"
# all or nothing: good values before and after a bad one are not saved either
run ew set plan.yaml basics.name=Changed basics.count=1000 basics.story=changed
expect_rc 65
cmp -s plan.yaml before.yaml || fail "a refused set changed the plan"
# text that is not UTF-8
run ew set plan.yaml "basics.name=$(printf 'caf\351')"
expect_rc 65
head -n 1 err | grep -Fqx 'evalwiz: basics.name: the value is not valid UTF-8 text (byte 4)' || fail "$(cat err)"
cmp -s plan.yaml before.yaml || fail "a refused set changed the plan"

# numbers and dates as people write them are read and stored normalised
run ew set plan.yaml "basics.start=1 Sept 2027" basics.ratio=25% basics.count=1,0
expect_rc 65
run ew set plan.yaml "basics.start=1 Sept 2027" basics.ratio=25%
expect_rc 0
grep -q "^    start: 2027-09-01$" plan.yaml || fail "the date as written: $(cat plan.yaml)"
grep -q "^    ratio: 25$" plan.yaml || fail "the percentage: $(cat plan.yaml)"
run ew set plan.yaml basics.start=2026-03-01 basics.ratio=0.5
expect_rc 0

# usage errors
run ew set plan.yaml
expect_rc 64
run ew set plan.yaml basics.name
expect_rc 64
head -n 1 err | grep -Fqx 'evalwiz: basics.name is not STEP.FIELD=VALUE' || fail "$(cat err)"
run ew set plan.yaml nosuch.field=1
expect_rc 65
run ew set missing.yaml basics.name=x
expect_rc 66
expect_err "evalwiz: missing.yaml does not exist; create it with 'evalwiz new missing.yaml'"
[ ! -e missing.yaml.lock ] || fail "left a lock beside a missing plan"

# --file, multi-line text kept as a literal block; '-' is standard input
printf 'The first line.\nThe second: with a colon.\n' > story.txt
run ew set plan.yaml --file basics.story=story.txt
expect_rc 0
contains plan.yaml "    story: |
      The first line.
      The second: with a colon."
run ew get plan.yaml basics.story
expect_out "The first line.
The second: with a colon."
printf '[from, stdin]' | ew set plan.yaml --file more.items=-
run ew get plan.yaml more.items
expect_out "- from
- stdin"
printf 'a\000b' > nul.txt
run ew set plan.yaml --file basics.story=nul.txt
expect_rc 66
expect_err "evalwiz: nul.txt contains a NUL byte; it is not a text file"
set +e
printf 'a\000b' | ew set plan.yaml --file basics.story=- 2>err
rc=$?
set -e
expect_rc 66
expect_err "evalwiz: standard input contains a NUL byte; it is not a text file"
run ew set plan.yaml --file basics.story=nosuch.txt
expect_rc 66
contains err "evalwiz: cannot open nosuch.txt: No such file or directory"
run ew set plan.yaml --file basics.story
expect_rc 64

# an empty value clears the answer
run ew set plan.yaml basics.ratio=
expect_rc 0
run ew get plan.yaml basics.ratio
expect_rc 1

# answers the pack does not know survive, in place, with the rest of the file
cat > other.yaml <<'YAML'
evalwiz: 1
pack:
  id: test-pack
  version: 1
  from: an older copy
meta:
  title: Other
  owner: someone
answers:
  basics:
    name: Old
    zz_newer_field: kept
  a_newer_step:
    notes: |
      kept whole
    flag: false
top_extra: kept
YAML
run ew set other.yaml basics.name=New
expect_rc 0
expect_file other.yaml "evalwiz: 1
pack:
  id: test-pack
  version: 2
  from: an older copy
meta:
  title: Other
  updated: 2026-01-01T00:00:00Z
  id: ID
  owner: someone
answers:
  basics:
    name: New
    zz_newer_field: kept
  a_newer_step:
    flag: false
    notes: |
      kept whole
top_extra: kept"

# a plan keeps its id from save to save
[ "$(sed -n 's/^  id: \([0-9a-f]\{32\}\)$/\1/p' plan.yaml)" = "$id1" ] || fail "the plan's id changed"

# the file's permissions are kept across saves
chmod 600 plan.yaml
ew set plan.yaml basics.name=Private
[ "$(stat -c %a plan.yaml)" = 600 ] || fail "mode became $(stat -c %a plan.yaml)"
chmod 640 plan.yaml
ew set plan.yaml basics.name=Shared
[ "$(stat -c %a plan.yaml)" = 640 ] || fail "mode became $(stat -c %a plan.yaml)"
# a link is followed, and stays a link
ln -s plan.yaml link.yaml
ew set link.yaml basics.name=Linked
[ -L link.yaml ] || fail "the link was replaced"
run ew get plan.yaml basics.name
expect_out "Linked"
[ ! -e plan.yaml.lock ] || fail "the lock was left behind"

# the lock: held by a live process (this shell), set exits 75
host=$(hostname 2>/dev/null || uname -n)
cp plan.yaml before.yaml
printf 'user: someone\nhost: %s\npid: %s\nsince: 1767225600\n' "$host" "$$" > plan.yaml.lock
run ew set plan.yaml basics.name=Blocked
expect_rc 75
expect_err "evalwiz: plan.yaml is being edited by $(id -un) on $host (process $$) since 2026-01-01 00:00; try again when they have finished"
cmp -s plan.yaml before.yaml || fail "a locked plan was changed"
[ -e plan.yaml.lock ] || fail "someone else's lock was removed"
# a lock left by a dead process on this host is taken over with a notice
printf 'user: someone\nhost: %s\npid: 99999999\nsince: 1767225600\n' "$host" > plan.yaml.lock
run ew set plan.yaml basics.name=Unblocked
expect_rc 0
grep -q "^evalwiz: note: took over the lock left by $(id -un) on $host (process 99999999) since .* (that process has ended)\$" err ||
	fail "$(cat err)"
[ ! -e plan.yaml.lock ] || fail "the lock was not released"
run ew get plan.yaml basics.name
expect_out "Unblocked"

# A save that fails (only in a build with --enable-fault-injection): the
# old file stays whole, the reason is given, and the lock is released.
if grep -q '^#define EVALWIZ_FAULT_INJECTION 1' "$top_builddir/config.h"; then
	cp plan.yaml before.yaml
	for fault in enospc write fsync rename open; do
		EVALWIZ_FAULT=$fault run ew set plan.yaml basics.name=Lost
		case $fault in
		open) expect_rc 73 ;;
		*) expect_rc 74 ;;
		esac
		grep -q "^evalwiz: cannot save plan.yaml: " err || fail "$fault: $(cat err)"
		cmp -s plan.yaml before.yaml || fail "$fault: the plan changed"
		[ ! -e plan.yaml.lock ] || fail "$fault: the lock was left behind"
		[ "$(ls -A | grep -c '^\.plan\.yaml\.')" = 0 ] || fail "$fault: a temporary file was left"
	done
	EVALWIZ_FAULT=enospc run ew set plan.yaml basics.name=Lost
	expect_err "evalwiz: cannot save plan.yaml: the disk is full; free some space and save again"
fi
