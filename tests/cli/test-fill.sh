#!/bin/sh
# evalwiz fill: answers merged from a partial plan, refusals reported with
# FILE:LINE:COL, only accepted answers saved; exit 0, 1 and 65.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pack="$top_srcdir/tests/data/packs/all-types"
cd "$dir"
cp "$top_srcdir/tests/data/fill-answers.yaml" ans.yaml
"$EVALWIZ" --pack "$pack" new p.yaml --title T 2>/dev/null
rc=0; "$EVALWIZ" --pack "$pack" fill p.yaml --answers ans.yaml 2>err || rc=$?
test "$rc" = 1
cat >want <<'WANT'
ans.yaml:5:13: basics.design: "maybe" is not one of the options: rct, qed, none
ans.yaml:6:14: basics.sources: "telepathy" is not one of the options: admin, survey, interviews
ans.yaml:8:12: basics.start: expected a date written YYYY-MM-DD, found "2027-02-30"
ans.yaml:9:16: basics.per_month: this field cannot be set: it is computed from other answers
ans.yaml:10:13: basics.nosuch: the step basics has no field "nosuch"
ans.yaml:16:5: ghost: the pack all-types has no step "ghost"
evalwiz: p.yaml: took 5 answers from ans.yaml and refused 6; only the accepted answers were saved
WANT
diff -u want err
# accepted answers are typed for their fields
test "$("$EVALWIZ" --pack "$pack" get p.yaml basics.name)" = "2024"
test "$("$EVALWIZ" --pack "$pack" get p.yaml basics.families)" = "120"
test "$("$EVALWIZ" --pack "$pack" get p.yaml basics.consent)" = "yes"
"$EVALWIZ" --pack "$pack" get p.yaml lists.measures | grep -q "items: 25"
# refused answers were left out
rc=0; "$EVALWIZ" --pack "$pack" get p.yaml basics.design >/dev/null 2>&1 || rc=$?
test "$rc" = 1
test ! -e p.yaml.lock
# everything accepted: exit 0; other answers are kept
printf 'answers:\n  basics:\n    design: rct\n    summary: |\n      two\n      lines\n' >good.yaml
"$EVALWIZ" --pack "$pack" fill p.yaml --answers good.yaml 2>err
test "$(cat err)" = "evalwiz: p.yaml: took 2 answers from good.yaml"
test "$("$EVALWIZ" --pack "$pack" get p.yaml basics.design)" = "rct"
test "$("$EVALWIZ" --pack "$pack" get p.yaml basics.families)" = "120"
# an unreadable answers file: 65, plan untouched
cp p.yaml before.yaml
rc=0; "$EVALWIZ" --pack "$pack" fill p.yaml --answers missing.yaml 2>err || rc=$?
test "$rc" = 65
grep -q "missing.yaml" err
printf 'answers: [oops\n' >bad.yaml
rc=0; "$EVALWIZ" --pack "$pack" fill p.yaml --answers bad.yaml 2>err || rc=$?
test "$rc" = 65
grep -q "^evalwiz: bad.yaml:" err
printf 'title: no answers here\n' >none.yaml
rc=0; "$EVALWIZ" --pack "$pack" fill p.yaml --answers none.yaml 2>err || rc=$?
test "$rc" = 65
cmp p.yaml before.yaml
# no --answers: a usage error
rc=0; "$EVALWIZ" --pack "$pack" fill p.yaml 2>/dev/null || rc=$?
test "$rc" = 64
