#!/bin/sh
# --help and --version everywhere, unknown options and commands, and the
# form of error messages.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

version=$(sed -n 's/^AC_INIT(\[evalwiz\], \[\([^]]*\)\].*/\1/p' "$top_srcdir/configure.ac")
[ -n "$version" ] || fail "no version in configure.ac"

for opt in --version -V; do
	run "$EVALWIZ" $opt
	expect_rc 0
	expect_out "evalwiz $version"
done
for cmd in new get set check steps; do
	run "$EVALWIZ" $cmd --version
	expect_rc 0
	expect_out "evalwiz $version"
	for opt in --help -h; do
		run "$EVALWIZ" $cmd $opt
		expect_rc 0
		head -n 1 out | grep -q "^Usage: evalwiz $cmd " || fail "$cmd $opt: $(head -n 1 out)"
		[ ! -s err ] || fail "$cmd $opt wrote to stderr"
	done
	# unknown options: a usage error naming the option, and where to look
	run "$EVALWIZ" $cmd --no-such-option
	expect_rc 64
	head -n 1 err | grep -Fqx "evalwiz: unknown option --no-such-option" || fail "$cmd: $(cat err)"
	contains err "Try 'evalwiz $cmd --help'."
done

# every command in evalwiz --help: its help is made from its table entry
# (usage, help, one line for each option, -h last) and fits 80 columns (the
# usage line aside; calc's table of designs is its own and wider)
"$EVALWIZ" --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p' >commands
[ "$(wc -l <commands)" -ge 15 ] || fail "evalwiz --help lists $(wc -l <commands) commands"
while read -r cmd; do
	run "$EVALWIZ" $cmd --help
	expect_rc 0
	head -n 1 out | grep -q "^Usage: evalwiz $cmd" || fail "$cmd --help: $(head -n 1 out)"
	grep -q "^  -h, --help  *show this help\$" out || fail "$cmd --help does not list -h, --help"
	[ "$cmd" = calc ] ||
		awk -v c="$cmd" '!/^Usage: / && length($0) > 80 { print c " --help: a line of " length($0) " columns: " $0; bad = 1 } END { exit bad }' out ||
		fail "$cmd --help is wider than 80 columns"
	run "$EVALWIZ" $cmd --bogus-option
	# (diff's usage errors are exit 2, as diff(1)'s)
	if [ "$cmd" = diff ]; then expect_rc 2; else expect_rc 64; fi
	head -n 1 err | grep -Fqx "evalwiz: unknown option --bogus-option" || fail "$cmd: $(cat err)"
done <commands
# an option's values are checked from its entry, the same way everywhere
for cmd in check steps glossary packs advise; do
	run "$EVALWIZ" $cmd --format xml
	expect_rc 64
	head -n 1 err | grep -q "^evalwiz: unknown format xml: use text" || fail "$cmd --format xml: $(cat err)"
done
# an option that may be given once (calc's) says so
run "$EVALWIZ" calc mdes --design ira --n 10 --n 20
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: --n given twice" || fail "$(cat err)"
# a command with words under it names them
run "$EVALWIZ" pack
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: pack what? new or lint" || fail "$(cat err)"
run "$EVALWIZ" pack frob
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: unknown pack command frob: use new or lint" || fail "$(cat err)"
run "$EVALWIZ" pack lint --help
expect_rc 0
head -n 1 out | grep -q "^Usage: evalwiz pack lint DIR" || fail "$(head -n 1 out)"

run "$EVALWIZ" --help
expect_rc 0
contains out "       evalwiz [OPTION]... COMMAND [ARG]..."
for cmd in new get set check steps; do
	grep -q "^  $cmd " out || fail "--help does not list $cmd"
done
contains out "--pack DIR|ID"
contains out "Exit status: 0 success, 1 problems found, 64 usage, 65 bad data, 66 no input,"

run "$EVALWIZ" --no-such-option
expect_rc 64
expect_err "evalwiz: unknown option --no-such-option
Try 'evalwiz --help'."

# the wizard's own options come before the plan without the word wizard,
# every one of them (--yes, -y as well as --plain); one near them is not one
run "$EVALWIZ" --yes --plain yes-plan.yaml </dev/null
expect_rc 0
[ -f yes-plan.yaml ] || fail "evalwiz --yes --plain did not create yes-plan.yaml"
run "$EVALWIZ" --yess yes-plan.yaml
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: unknown option --yess" || fail "$(cat err)"
run "$EVALWIZ" --plainly yes-plan.yaml
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: unknown option --plainly" || fail "$(cat err)"

# a mistyped command is not taken for the name of a new plan
run "$EVALWIZ" rendr --help
expect_rc 64
expect_err "evalwiz: 'rendr' is not an evalwiz command; did you mean 'render'?
To open a plan file of that name, write ./rendr
Try 'evalwiz --help' for the list of commands."
[ ! -e rendr ] || fail "a plan named rendr was created"
run "$EVALWIZ" chekc plan.yaml
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: 'chekc' is not an evalwiz command; did you mean 'check'?" || fail "$(cat err)"
# but a word far from every command, or an existing file, is still a plan
run "$EVALWIZ" --plain zebra </dev/null
expect_rc 0
# (zebra.yaml: a name without an extension gets one, as in the wizard)
[ -f zebra.yaml ] || fail "evalwiz zebra did not create the plan zebra.yaml"
[ ! -e zebra ] || fail "evalwiz zebra created a plan file without an extension"
: >rendr
run "$EVALWIZ" --plain rendr </dev/null
expect_rc 65
contains err "evalwiz: rendr:1:1: this is not an evalwiz plan"

run "$EVALWIZ" --pack
expect_rc 64
expect_err "evalwiz: --pack needs a value
Try 'evalwiz --help'."

run "$EVALWIZ" check p.yaml --format
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: option --format needs a value" || fail "$(cat err)"

run "$EVALWIZ" steps --format xml
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: unknown format xml: use text, yaml or json" || fail "$(cat err)"

# every message on stderr starts with "evalwiz: ", lower case, no full stop
run "$EVALWIZ" get nosuch.yaml basics.name
expect_rc 66
expect_err "evalwiz: nosuch.yaml does not exist; create it with 'evalwiz new nosuch.yaml'"

# stdout write errors are reported, not ignored
if [ -w /dev/full ]; then
	set +e
	"$EVALWIZ" steps >/dev/full 2>err
	rc=$?
	set -e
	expect_rc 74
	contains err "evalwiz: cannot write the output: "
fi
