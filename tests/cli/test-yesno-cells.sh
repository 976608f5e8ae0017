#!/bin/sh
# A yes/no answer of "no" in a table (a records column) shows as No in
# Markdown, HTML, get, the wizard's data and diff; it used to be blank,
# read as "nothing" by `row[c] or nil` (issue 19, item 7).
. "$top_srcdir/tests/cli/lib.sh"
yn() { "$EVALWIZ" --pack "$top_srcdir/tests/data/packs/yesno-table" "$@"; }
yn new y.yaml --title Y 2>/dev/null
yn set y.yaml 's.partners=[{name: Council, signed: no}, {name: Health, signed: yes}]'
run yn render y.yaml -t answers
expect_rc 0
contains out "| Council | No |"
contains out "| Health | Yes |"
run yn render y.yaml -t answers -f html
expect_rc 0
contains out "<td>No</td>"
run yn get y.yaml s --format json
contains out '"shown": "1. Partner: Council; Signed: no\n2. Partner: Health; Signed: yes"'
run yn export y.yaml --format csv
contains out '"[{""name"":""Council"",""signed"":false},{""name"":""Health"",""signed"":true}]"'
cp y.yaml y2.yaml
yn set y2.yaml 's.partners=[{name: Council, signed: yes}, {name: Health, signed: yes}]'
run yn diff y.yaml y2.yaml
expect_rc 1
contains out "      changed: Signed"
contains out "        was: no"
