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
has_exact out "## Beth sydd ar goll o hyd"
run "$EVALWIZ" render p.yaml --full -o -
expect_rc 0
has_exact out "- **Sefydliad:** *Heb ei ateb eto*"
has_exact out "## Heb ei ateb eto"
has out "^Cwestiynau sydd heb eu hateb eto: [0-9]*\.$"
# --lang wins over the plan's
run "$EVALWIZ" --lang en render p.yaml --full -o -
has_exact out "- **Organisation:** *Not yet answered*"
run "$EVALWIZ" --lang en render p.yaml -o -
has_exact out "## What is still missing"

# the whole demo plan with meta.lang: cy: everything the plan template
# prints itself is Welsh (headings, labels, table column heads, fixed
# rows, sentences with numbers in them, yes and no, units, the health
# check); only the team's own answers stay as they wrote them
sed 's/^meta:$/meta:\n  lang: cy/' "$demo" > cy.yaml
has_exact cy.yaml "  lang: cy"
run "$EVALWIZ" render cy.yaml -o cy.md
expect_rc 0
has_exact cy.md "| Gwiriad | Canlyniad | Pam |"
has_exact cy.md "| Grŵp cymharu cadarn | yn pasio | Mae'r gymhariaeth yn dod o dyrannu teuluoedd ar hap; dangoswch fod y grwpiau'n debyg cyn y dechrau. |"
has cy.md "^| Dilyniant tymor hir | rhybudd | Mae canlyniadau'n cael eu mesur 18 mis ar ôl y gwasanaeth"
has cy.md "^\*\*Gwiriadau cysondeb:\*\* cymharwyd yr atebion sy'n disgrifio'r un peth mewn mannau gwahanol mewn [0-9]* ffordd, ac maen nhw'n cytuno\.$"
has cy.md "^\*Pam:\* Early conduct problems"
has_exact cy.md "**Economaidd:** cost a chanlyniadau o safbwynt y sector cyhoeddus, yn erbyn cymorth arferol, dros 5 blynedd."
has_exact cy.md "| Canlyniad | Rôl | Mesur | Pryd (misoedd ar ôl y dechrau) | Wedi'i ddilysu ar gyfer y boblogaeth hon |"
has cy.md "^| Fewer child behaviour problems at home | prif | .* | 9 mis | Ie |$"
has cy.md "^| Less harsh parenting | eilaidd | gweler yr amserlen | gweler yr amserlen | |$"
has_exact cy.md "| Rhagdybiaeth | Gwerth | Beth mae'n ei olygu |"
has_exact cy.md "| Pŵer | 80% | y siawns o ganfod gwir effaith o'r maint hwnnw |"
has_exact cy.md "Mae recriwtio 400 teulu a cholli 20% cyn y prif ganlyniad yn gadael tua 320 i'w dadansoddi; cyfrifir yr effaith leiaf y gellir ei chanfod ar gyfer y 320 hynny."
has_exact cy.md "**O ble daw'r rhifau:**"
has_exact cy.md "| Eitem | Categori | Nifer | Cost uned | Cost | Sefydlu neu gylchol |"
has_exact cy.md "| **Cyfanswm** | | | | **£79,918.00** | |"
has cy.md "^\*\*Cyfanswm y gost:\*\* £79,918.00, neu £1,331.97 ar gyfer pob un o'r 60 teulu sy'n dechrau\.$"
has_exact cy.md "| Risg | Beth mae'r cynllun yn ei wneud yn ei gylch |"
has cy.md "^| Recruitment is slower than planned (tebygolrwydd canolig) | "
has_exact cy.md "| Carreg filltir | Pryd |"
has_exact cy.md "| Mesur y prif ganlyniad | 9 mis ar ôl dyrannu pob teulu |"
has_exact cy.md "| Dilyniant tymor hir | 18 mis ar ôl i'r rhaglen ddod i ben |"
has_exact cy.md "| Carreg filltir | Dechrau | Diwedd |"
has cy.md "^- \*\*Dyddiad:\*\* [0-9]* \(Ionawr\|Chwefror\|Mawrth\|Ebrill\|Mai\|Mehefin\|Gorffennaf\|Awst\|Medi\|Hydref\|Tachwedd\|Rhagfyr\) [0-9]*$"
has cy.md "^\*\*A allech chi benderfynu ar hap pwy sy'n cael y gwasanaeth gyntaf?\*\* Ie$"
# none of the template's English is left
for english in "Not yet answered" "*Why:*" "| Check | Result" "| Assumption |" "| Item |" "| Risk |" \
	"| Milestone |" "see the schedule" "(likelihood" "months after each family" "Where the numbers come from" \
	"Recruiting " "from the perspective of" "| pass |" "| warning |" " Yes$" " No$" "A robust comparison group"; do
	lacks cy.md "$english"
done
# the changes since the version sent and the response to review, in Welsh
sed 's/^meta:$/meta:\n  id: 0123456789abcdef0123456789abcdef/' cy.yaml > cyv.yaml
EVALWIZ_AUTHOR="Priya Shah" "$EVALWIZ" review send cyv.yaml -o cyv1.md >/dev/null 2>&1 || fail "review send (version 1)"
printf -- '- question: theory_of_change.problem\n  comment: O ble daw 1 o bob 8?\n  author: Dr Ada Partner\n- question: general\n  comment: Da iawn.\n' > cyr.yaml
"$EVALWIZ" review import cyv.yaml cyr.yaml >/dev/null 2>&1 || fail "review import"
EVALWIZ_AUTHOR="Priya Shah" "$EVALWIZ" review reply cyv.yaml 1 "O'r asesiad anghenion." >/dev/null 2>&1 || fail "review reply"
"$EVALWIZ" set cyv.yaml "theory_of_change.problem=Tua 1 o bob 8 plentyn." >/dev/null 2>&1 || fail "set"
printf 'answers:\n  logic_model:\n    inputs:\n    - Dau ymarferydd\n' > cypart.yaml
"$EVALWIZ" fill cyv.yaml --answers cypart.yaml >/dev/null 2>&1 || fail "fill"
run "$EVALWIZ" render cyv.yaml -f md -o cyv.md
expect_rc 0
has_exact cyv.md "## Newidiadau ers fersiwn 1"
has cyv.md "^Beth a newidiodd yn y cynllun, ateb wrth ateb, ers fersiwn 1 (a anfonwyd [0-9-]*)\.$"
has cyv.md "^- Pa broblem mae'r gwasanaeth yn mynd i'r afael â hi?: newidiwyd$"
has_exact cyv.md "  - nawr: Tua 1 o bob 8 plentyn."
has cyv.md "^  - cynt: "
has cyv.md "^  - tynnwyd eitem 1: "
has_exact cyv.md "  - ychwanegwyd eitem 1: Dau ymarferydd"
has_exact cyv.md "## Ymateb i'r adolygiad"
has_exact cyv.md "| # | Cwestiwn | Sylw | Ateb | Beth a newidiodd |"
has cyv.md "^| 1 | .* | Wedi'i ateb; yn dal ar agor; mae'r ateb wedi newid ers fersiwn 1 |$"
has cyv.md "^| 2 | Cyffredinol | Da iawn\. |  *| Yn dal ar agor |$"
for english in "Changes since" "What changed in the plan" ": changed$" "  - was:" "  - now:" "item 1 removed" \
	"Response to review" "still open" "Still open" "the answer has changed" "| General |"; do
	lacks cyv.md "$english"
done

# and in English, the same plan as before
run "$EVALWIZ" --lang en render cy.yaml -o en.md
has_exact en.md "| Check | Result | Why |"
has_exact en.md "| Milestone | When |"
has_exact en.md "| Primary outcome measured | 9 months after each family's allocation |"

# check: the health check's and the consistency checks' titles and headings,
# and the health check's reasons
run "$EVALWIZ" check cy.yaml
expect_rc 0
has_exact out "Gwiriad iechyd y cynllun (chwe magl gyffredin EIF):"
has out "^  yn pasio Grŵp cymharu cadarn: Mae'r gymhariaeth yn dod o dyrannu"
has out "^  rhybudd  Dilyniant tymor hir: "
lacks out "^  pass "
has_exact out "Gwiriadau cysondeb (atebion y mae'n rhaid iddynt gytuno):"
has out "^  yn pasio Mae meintiau'r sampl yn cytuno: Mae 400 teulu'n cael eu recriwtio$"
# the design advisor's headings and verdicts
run "$EVALWIZ" --lang cy advise cy.yaml
expect_rc 0
has_exact out "Cynlluniau astudiaeth sy'n addas, y gorau yn gyntaf:"
has_exact out "   [individual_rct] yn cefnogi hyd at: Lefel 3"
has_exact out "   Pam:"
has_exact out "Y lefel tystiolaeth uchaf y gall y cynllun hwn ei chefnogi: Lefel 3"
lacks out "supports at most"
lacks out "Designs that fit"
lacks out "families are recruited"
# an option's help in Welsh
LANGUAGE=cy "$EVALWIZ" steps --format json > steps-cy2.json
grep -q "Yn cymharu teuluoedd ychydig uwchlaw ac ychydig islaw sgôr torri cymhwysedd llym" steps-cy2.json ||
	fail "the help of the option impact.design rdd is not in Welsh"

# plain mode's own words through gettext (po/cy.po), when built with NLS
if grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h"; then
	printf '?\nquit\n' | LANGUAGE=cy "$EVALWIZ" --plain cy.yaml > plain.out 2>&1 || fail "plain mode in Welsh failed"
	has plain.out "^modd plaen evalwiz: Family Foundations evaluation plan, [0-9]* cwestiwn mewn 11 cam\.$"
	has_exact plain.out "Mae pob ateb yn cael ei gadw cyn gynted ag y byddwch chi'n ei roi."
	has plain.out "^Cwestiwn [0-9]* o [0-9]*: "
	has plain.out "^Wedi'i gadw fel [a-z_]*\.[a-z_]*\.$"
	has_exact plain.out "Wedi'i gadw. Hwyl fawr."
	lacks plain.out "^Question [0-9]"
fi

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
