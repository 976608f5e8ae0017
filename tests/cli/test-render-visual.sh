#!/bin/sh
# The cheap part of the visual checks (tests/visual/run.sh; make visual
# runs them all, with pictures): the hard plan's answers in Markdown, HTML,
# Word, ODT and one PDF, and an empty plan's plan document: nothing outside
# the PDF's page, no amount split, every font embedded, every character of
# the hard plan present, no field id or anchor in any document's text; and
# the 20-items-a-band logic model's pictures at full size in Word and ODT.
# Skipped without pandoc, lualatex, python3 or poppler-utils.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v lualatex >/dev/null 2>&1 || skip_test "lualatex is not installed (apt-get install texlive-luatex fonts-noto-core)"
command -v pdftoppm >/dev/null 2>&1 || skip_test "pdftoppm is not installed (apt-get install poppler-utils)"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed"
unset EVALWIZ_PDF_ENGINE
export EVALWIZ LIBREOFFICE=no
PLANS=hard TEMPLATES=answers FORMATS="md html docx odt pdf" sh "$top_srcdir/tests/visual/run.sh" hard > log 2>&1 ||
	fail "the hard plan's answers: $(cat log)"
grep -q '^check.py: 5 documents checked, 0 problems$' log || fail "not every document was checked: $(cat log)"
PLANS=empty TEMPLATES=plan FORMATS="md html docx odt" sh "$top_srcdir/tests/visual/run.sh" empty > log 2>&1 ||
	fail "the empty plan's document: $(cat log)"
grep -q '^check.py: 4 documents checked, 0 problems$' log || fail "not every document was checked: $(cat log)"
# a logic model of 20 items a band: Word and ODT place every part's picture
# at its own size (9-point text)
PLANS=big TEMPLATES=logic-model FORMATS="md html docx odt" sh "$top_srcdir/tests/visual/run.sh" big > log 2>&1 ||
	fail "the big logic model: $(cat log)"
grep -q '^check.py: 4 documents checked, 0 problems$' log || fail "not every document was checked: $(cat log)"
exit 0
