#!/bin/sh
# The git diff driver and the textconv filter of doc/diffs.md, taken from the
# page itself and run by git: git diff, git log -p and git show describe a
# plan's changes in words (issue 19, item 3: the page passed "$1" "$4"),
# git log -p and git show with --ext-diff.
. "$top_srcdir/tests/cli/lib.sh"
command -v git >/dev/null 2>&1 || { echo "git is not installed: cannot run the git diff driver" >&2; exit 77; }
doc="$top_srcdir/doc/diffs.md"
# evalwiz on PATH, as the page assumes; git's configuration in a private HOME
mkdir bin home
ln -s "$EVALWIZ" bin/evalwiz
PATH="$dir/bin:$PATH"
HOME="$dir/home"
export PATH HOME
unset GIT_CONFIG_GLOBAL GIT_DIR || true
git config --global user.name Test
git config --global user.email test@example.invalid

# the driver, exactly as the page writes it
cmd=$(grep '^git config --global diff.evalwiz.command ' "$doc")
test -n "$cmd" || fail "doc/diffs.md has no diff.evalwiz.command line"
sh -c "$cmd"
git init -q repo
cd repo
printf '*.plan.yaml diff=evalwiz\n' > .gitattributes
cp "$top_srcdir/examples/demo-plan.yaml" family.plan.yaml
git add .gitattributes family.plan.yaml
git commit -q -m "the plan"
evalwiz set family.plan.yaml follow_up.months=24 2>/dev/null
run git diff
expect_rc 0
contains out "changed: "
contains out "(follow_up.months)"
contains out "was: 18"
contains out "now: 24"
if grep -q "cannot open" out err; then fail "the driver passed the wrong arguments"; fi
git commit -q -am "a longer follow-up"
run git log -p --ext-diff -1
expect_rc 0
contains out "now: 24"
run git show --ext-diff HEAD
contains out "was: 18"
# --no-ext-diff still shows the YAML
run git diff --no-ext-diff HEAD~1 HEAD
contains out "+    months: 24"

# the textconv filter instead
git config --global --unset diff.evalwiz.command
conv=$(grep '^git config --global diff.evalwiz.textconv ' "$doc")
test -n "$conv" || fail "doc/diffs.md has no diff.evalwiz.textconv line"
sh -c "$conv"
run git diff HEAD~1 HEAD
expect_rc 0
contains out "+    now: 24"
