#!/bin/sh
# Welsh (issue 19, Translations): the demo plan rendered with --lang cy has
# Welsh headings, questions and options; the locale chooses the language;
# a plan started with --lang records it (meta.lang) and renders in it; a
# language the pack lacks falls back to its first with a warning; pack lint
# --untranslated lists what is left.
. "$top_srcdir/tests/cli/lib.sh"
demo="$top_srcdir/examples/demo-plan.yaml"

run "$EVALWIZ" --lang cy render "$demo" -o -
expect_rc 0
has_exact out "## Crynodeb o'r ymyriad"
has_exact out "### Theori newid"
has_exact out "### Model rhesymeg"
has_exact out "- **Sefydliad:** Northbridge Borough Council, Children's Services"
has out "^\*\*Pa broblem mae'r gwasanaeth yn mynd i'r afael â hi?\*\* Around 1 in 8 children"
# an option's label, in Welsh
has_exact out "**I bwy mae'r gwasanaeth yn cael ei gynnig?** dynodedig: arwyddion cynnar o'r broblem"
# the answers are the team's own words, untouched
contains out "Family Foundations is a 12-week group programme"
lacks out "^## Intervention summary"
# the step table's headings and statuses
has_exact out "| Cam | Teitl | Beth mae'n arwain ato | Statws |"
has out "^| 1 | Theori newid | .* | wedi'i wneud |$"

# the same plan in English: nothing of the Welsh
run "$EVALWIZ" render "$demo" -o -
expect_rc 0
has_exact out "## Intervention summary"
lacks out "Theori newid"

# the locale chooses it (LANGUAGE before LC_ALL, LC_MESSAGES and LANG)
LANGUAGE=cy "$EVALWIZ" steps > steps-cy
has steps-cy "^ 1. Theori newid \[theory_of_change\]"
LANGUAGE= LC_ALL= LC_MESSAGES= LANG=cy_GB.UTF-8 "$EVALWIZ" steps > steps-lang
has steps-lang "^Deg cam EIF i werthuso (eif-10-steps"
LANGUAGE= LC_ALL= LC_MESSAGES= LANG=C.UTF-8 "$EVALWIZ" steps > steps-c
has steps-c "^EIF ten steps to evaluation"

# a plan started in Welsh records it; render uses it with no --lang
"$EVALWIZ" --lang cy new p.yaml --title Cynllun 2>/dev/null
has_exact p.yaml "  lang: cy"
run "$EVALWIZ" render p.yaml -o -
expect_rc 0
has_exact out "- **Sefydliad:** *Heb ei ateb eto*"
has_exact out "## Heb ei ateb eto"
has out "^Cwestiynau sydd heb eu hateb eto: [0-9]*\.$"
# --lang wins over the plan's
run "$EVALWIZ" --lang en render p.yaml -o -
has_exact out "- **Organisation:** *Not yet answered*"

# a language the pack does not have: its first, with a warning
run "$EVALWIZ" --lang fr steps
expect_rc 0
contains err "evalwiz: warning: the step pack eif-10-steps has no fr translation (it has en, cy); using en"
has out "^EIF ten steps to evaluation"

# nothing is left to translate: titles, questions, options, help,
# guidance, columns, the glossary and the diagram are all in Welsh
run "$EVALWIZ" pack lint "$top_srcdir/wizard" --untranslated cy
expect_rc 0
lacks out "untranslated"
# a question's help, a table column's help and a step's guidance in Welsh
LANGUAGE=cy "$EVALWIZ" steps --format json > steps-cy.json
grep -q "Disgrifiwch yr anhawster y mae plant neu deuluoedd yn ei wynebu" steps-cy.json ||
	fail "the help of theory_of_change.problem is not in Welsh"
# the glossary: Welsh terms and definitions, found by the English term too
run "$EVALWIZ" --lang cy glossary attrition
expect_rc 0
has out "^Ymadael (Attrition, "
contains out "Cyfranogwyr sy'n cael eu colli rhwng dechrau astudiaeth"
run "$EVALWIZ" --lang cy glossary "theori newid"
expect_rc 0
has out "^Theori newid "
run "$EVALWIZ" pack lint "$top_srcdir/wizard"
expect_rc 0
run "$EVALWIZ" pack lint "$top_srcdir/wizard" --untranslated fr
expect_rc 1
contains out "pack.lua:1: languages does not name fr (the pack has en, cy): add it, and the file lang/fr.lua"
