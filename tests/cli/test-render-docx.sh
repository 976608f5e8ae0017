#!/bin/sh
# With pandoc installed, the demo plan becomes a Word file and an ODT file
# (zip containers with the document inside).  Skipped without pandoc.
set -eu
command -v pandoc >/dev/null 2>&1 || { echo "pandoc is not installed: skipped"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
demo=$top_srcdir/examples/demo-plan.yaml
"$EVALWIZ" render "$demo" -o "$dir/plan.docx" 2>/dev/null
"$EVALWIZ" render "$demo" -f odt -o "$dir/plan.odt" 2>/dev/null
test "$(head -c 2 "$dir/plan.docx")" = PK
test "$(head -c 2 "$dir/plan.odt")" = PK
if command -v unzip >/dev/null 2>&1; then
	unzip -p "$dir/plan.docx" word/document.xml | grep -q 'Heading'
	unzip -p "$dir/plan.docx" word/document.xml | grep -q '<w:tbl>'
fi
