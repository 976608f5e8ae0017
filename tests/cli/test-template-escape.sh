#!/bin/sh
# A template's includes stay inside the template folders: a path (.., an
# absolute path, a folder) is refused where the include is written, and a
# partial or template that is a link to a file outside the template folders
# is refused when it is used, naming the template's file, line and column.
# Nothing outside is read into the document.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0
fail() {
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}
demo="$top_srcdir/examples/demo-plan.yaml"
mkdir -p "$dir/t/partials" "$dir/outside"
printf 'body: "SECRET from outside"\n' >"$dir/outside/evil.yaml"
printf 'id: stolen\ntitle: SECRET\nsections:\n  - body: "SECRET template"\n' >"$dir/outside/stolen.yaml"
ln -s ../../outside/evil.yaml "$dir/t/partials/evil.yaml"
ln -s ../outside/stolen.yaml "$dir/t/stolen.yaml"
# a link to a file in the pack folder: inside what evalwiz reads, but not a template folder
ln -s "$top_srcdir/wizard/pack.lua" "$dir/t/partials/packfile.yaml"
ln -s nowhere "$dir/t/partials/dangling.yaml"
printf 'body: "fine"\n' >"$dir/t/partials/fine.yaml"

# render template x whose line 6 includes $1; expect exit $2 and message $3
check() {
	printf 'id: x\ntitle: X\nsections:\n  - body: |\n      Line one\n      and {%% include "%s" %%}\n' "$1" >"$dir/t/x.yaml"
	rc=0
	"$EVALWIZ" --templates "$dir/t" render "$demo" -t x >"$dir/out" 2>"$dir/err" || rc=$?
	[ $rc -eq "$2" ] || fail "include $1: exit $rc, want $2: $(cat "$dir/err")"
	[ -z "$3" ] || grep -qxF "evalwiz: $3" "$dir/err" || fail "include $1: $(cat "$dir/err")"
	if grep -q SECRET "$dir/out" "$dir/err"; then fail "include $1: text from outside was read"; fi
}
check ../../etc/passwd 65 "$dir/t/x.yaml:6:11: {% include %} takes the name of a partial in the partials folder, not a path: \"../../etc/passwd\""
check /etc/passwd 65 "$dir/t/x.yaml:6:11: {% include %} takes the name of a partial in the partials folder, not a path: \"/etc/passwd\""
check ../outside/evil 65 "$dir/t/x.yaml:6:11: {% include %} takes the name of a partial in the partials folder, not a path: \"../outside/evil\""
check .. 65 "$dir/t/x.yaml:6:11: {% include %} takes the name of a partial in the partials folder, not a path: \"..\""
check evil 65 "$dir/t/x.yaml:6:11: cannot open $dir/t/partials/evil.yaml: it is a link to a file outside the template folders"
check packfile 65 "$dir/t/x.yaml:6:11: cannot open $dir/t/partials/packfile.yaml: it is a link to a file outside the template folders"
check dangling 65 "$dir/t/x.yaml:6:11: cannot open $dir/t/partials/dangling.yaml: No such file or directory"
# a partial inside the folder still works, and one from the default folder too
check fine 0 ""
grep -qx "and fine" "$dir/out" || fail "the partial inside the folder was not included: $(cat "$dir/out")"
check cover 0 ""
# a template that is itself a link out of the folder
rc=0
"$EVALWIZ" --templates "$dir/t" render "$demo" -t stolen >"$dir/out" 2>"$dir/err" || rc=$?
[ $rc -eq 65 ] || fail "a linked template: exit $rc, want 65"
grep -qxF "evalwiz: cannot open $dir/t/stolen.yaml: it is a link to a file outside the template folders" "$dir/err" ||
	fail "a linked template: $(cat "$dir/err")"
grep -q SECRET "$dir/out" && fail "a linked template was rendered"

[ $fails -eq 0 ] || { echo "$fails failures" >&2; exit 1; }
