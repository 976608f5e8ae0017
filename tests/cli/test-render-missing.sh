#!/bin/sh
# Without the programs a format needs, render says which Debian package to
# install and exits 69 (EX_UNAVAILABLE), writing nothing; without dot the
# HTML carries the text diagram.  PATH is stripped to a folder holding only
# what each case allows.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
demo=$top_srcdir/examples/demo-plan.yaml
mkdir empty

for f in docx odt pdf; do
	run env PATH="$dir/empty" "$EVALWIZ" render "$demo" -o "plan.$f"
	expect_rc 69
	grep -qx "evalwiz: cannot write $f: pandoc is not installed; install the Debian package pandoc (apt-get install pandoc), or render to md, html or tex" err ||
		fail "message: $(cat err)"
	test ! -e "plan.$f"
done

# no dot: the HTML still renders, with the text diagram
run env PATH="$dir/empty" "$EVALWIZ" render "$demo" -o plan.html
expect_rc 0
grep -q '<pre class="diagram">' plan.html
if grep -q '<svg' plan.html; then fail "an SVG without dot"; fi

# pandoc but no LaTeX: name the TeX Live packages (needs the real pandoc)
pandoc=$(command -v pandoc 2>/dev/null || true)
if [ -n "$pandoc" ]; then
	mkdir only-pandoc
	ln -s "$pandoc" only-pandoc/pandoc
	run env PATH="$dir/only-pandoc" "$EVALWIZ" render "$demo" -o plan.pdf
	expect_rc 69
	grep -qx 'evalwiz: cannot write pdf: pandoc needs pdfLaTeX to make a PDF; install the Debian packages texlive-latex-recommended and lmodern (apt-get install --no-install-recommends texlive-latex-recommended lmodern), or render to html and print it' err ||
		fail "message: $(cat err)"
	test ! -e plan.pdf
	# and docx still works without dot, with the box diagram
	run env PATH="$dir/only-pandoc" "$EVALWIZ" render "$demo" -o plan.docx
	expect_rc 0
	test "$(head -c 2 plan.docx)" = PK
fi
