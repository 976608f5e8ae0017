#!/bin/sh
# The gap mark is one mark, not words: document.lua puts <evalwiz:g/gap>
# and <evalwiz:y/gap> around the gap's text in the pack's language, and
# the HTML and pandoc's formats find the mark, never the English words.
# So a Welsh plan's gaps ("Heb ei ateb eto") stand out in HTML and Word as
# an English plan's do, and no mark is left in any format.  The Word part
# is skipped without pandoc and unzip (the HTML part always runs).
set -eu
. "$top_srcdir/tests/cli/lib.sh"

"$EVALWIZ" --lang cy new p.yaml --title Cynllun 2>/dev/null

# A draft (an empty plan): its note, its sections not started and its list
# of what is missing in Welsh, no English and no gap mark
"$EVALWIZ" render p.yaml -o d.md 2>/dev/null
contains d.md "**Drafft** — 0 o 104 cwestiwn wedi'u hateb hyd yma"
contains d.md "**Heb ddechrau eto (gweler “Beth sydd ar goll o hyd”):**"
contains d.md "## Beth sydd ar goll o hyd"
contains d.md "(9 cwestiwn)"
lacks d.md "Draft\|Not started\|What is still\|question\|Heb ei ateb eto"

# The full layout (--full), Markdown (no marks): the Welsh words in emphasis
"$EVALWIZ" render p.yaml --full -o p.md 2>/dev/null
contains p.md "*Heb ei ateb eto*"
lacks p.md "Not yet answered\|evalwiz:"

# HTML: the mark became the stylesheet's gap, around the Welsh words
"$EVALWIZ" render p.yaml --full -o p.html 2>/dev/null
contains p.html '<em class="gap">Heb ei ateb eto</em>'
lacks p.html "Not yet answered\|evalwiz:"

# the same for English, so the test sees both languages the same way
"$EVALWIZ" new e.yaml --title Plan 2>/dev/null
"$EVALWIZ" render e.yaml --full -o e.html 2>/dev/null
contains e.html '<em class="gap">Not yet answered</em>'

if command -v pandoc >/dev/null 2>&1 && command -v unzip >/dev/null 2>&1; then
	# Word: bold italic in the HTML's colour, around the Welsh words
	"$EVALWIZ" render p.yaml --full -o p.docx 2>/dev/null
	unzip -p p.docx word/document.xml > doc.xml
	contains doc.xml '<w:rPr><w:b/><w:i/><w:color w:val="A33B00"/></w:rPr><w:t xml:space="preserve">Heb ei ateb eto</w:t>'
	lacks doc.xml "Not yet answered\|evalwiz:"
fi
exit 0
