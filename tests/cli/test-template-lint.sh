#!/bin/sh
# evalwiz template lint DIR: the shipped templates pass; mistakes a render
# of the demo plan never meets (a name or a question in a branch no plan
# takes, a partial reading a name it is not given, a pack that is not
# installed) are found, each at FILE:LINE:COL with the name meant.
. "$top_srcdir/tests/cli/lib.sh"
run "$EVALWIZ" template lint "$top_srcdir/templates"
expect_rc 0
test ! -s out || fail "the shipped templates have problems: $(cat out)"
# a pack's own templates, checked against it
run "$EVALWIZ" --pack "$top_srcdir/tests/data/packs/hooks" template lint "$top_srcdir/tests/data/packs/hooks/templates"
expect_rc 0
cp -R "$top_srcdir/tests/data/templates-lint" t
run "$EVALWIZ" template lint t
expect_rc 1
expect_out 't/misspelt.yaml:9:7: titel is not defined (did you mean "title"?)
t/misspelt.yaml:9:27: the pack eif-10-steps has no question theory_of_change.probem (did you mean "theory_of_change.problem"?)
t/misspelt.yaml:10:19: the pack eif-10-steps has no question impact.mdse (did you mean "impact.mdes"?)
t/other-pack.yaml:3:7: pack: no-such-pack is not an installed pack, so the template was not tried; install it, or lint with --pack
t/partials/loose.yaml:4:3: headline is not defined (did you mean "heading"?)'
expect_err "evalwiz: t: 5 problems"
# a mistake a render meets is named with the plan and format that met it
printf 'id: late\ntitle: Late\npack: eif-10-steps\nsections:\n  - body: "{{ #get(\\"opening.intervention\\") }} {{ x .. nothing }}"\n' > t/late.yaml
run "$EVALWIZ" template lint t
expect_rc 1
contains out "t/late.yaml:5:12: attempt to get length of a nil value (rendering an empty plan as md)"
contains out "t/late.yaml:5:47: x is not defined"
contains out "t/late.yaml:5:47: nothing is not defined"
# a template for another pack is checked against that pack
printf 'id: hk\ntitle: H\npack: hooks\nsections:\n  - body: "{{ show(\\"money.totl\\") }}"\n' > h.yaml
mkdir h
mv h.yaml h/
mkdir -p xdg/evalwiz/packs
ln -s "$top_srcdir/tests/data/packs/hooks" xdg/evalwiz/packs/hooks
run env XDG_DATA_HOME="$dir/xdg" "$EVALWIZ" template lint h
expect_rc 1
expect_out 'h/h.yaml:5:12: the pack hooks has no question money.totl (did you mean "money.total"?) (rendering an empty plan as md)'
# usage
run "$EVALWIZ" template lint
expect_rc 64
run "$EVALWIZ" template lint nowhere
expect_rc 66
expect_err "evalwiz: nowhere is not a folder; give the folder that holds the templates"
run "$EVALWIZ" template
expect_rc 64
