#!/bin/sh
# run.sh: renders every template in every format for the demo plan, the
# hard plan (tests/data/render/hard-plan.yaml) and an empty plan into one
# folder, makes PNG pages of every PDF (and of every Word and ODT file,
# through LibreOffice where it is installed) for a person to look at, and
# runs the automatic checks (check.py) on the same renders.  The big plan
# (tests/data/render/big-model-plan.yaml, 20 items in every band of its
# logic model) is rendered with the logic-model template only.
#
#   tests/visual/run.sh [OUTDIR]        (make visual: OUTDIR is visual/)
#
# PLANS, TEMPLATES and FORMATS (space-separated) narrow the run; the cheap
# subset in make check (tests/cli/test-render-visual.sh) uses them.
# EVALWIZ names the program (default ./evalwiz); LIBREOFFICE=no leaves
# LibreOffice out (its pictures and the checks on its PDFs).  Exit 0 when every check
# passes, 1 when one fails, 69 when pandoc, pdftoppm or python3 is missing.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-visual}
EVALWIZ=${EVALWIZ:-$top/evalwiz}
PLANS=${PLANS:-demo hard empty big}
FORMATS=${FORMATS:-md html tex txt docx odt pdf csv dot}
for tool in pandoc pdftoppm pdftotext pdffonts python3; do
	command -v $tool >/dev/null 2>&1 || { echo "run.sh: $tool is not installed" >&2; exit 69; }
done
mkdir -p "$out/plans" "$out/err" "$out/png"
rm -f "$out"/*.* "$out"/err/* "$out"/png/*.png
rm -rf "$out/lo"
TEMPLATES=${TEMPLATES:-$("$EVALWIZ" templates | awk '/^[a-z]/ { print $1 }')}
"$EVALWIZ" steps --format json > "$out/steps.json"

for plan in $PLANS; do
	case $plan in
	demo) cp "$top/examples/demo-plan.yaml" "$out/plans/demo.yaml" ;;
	hard) cp "$top/tests/data/render/hard-plan.yaml" "$out/plans/hard.yaml" ;;
	big) cp "$top/tests/data/render/big-model-plan.yaml" "$out/plans/big.yaml" ;;
	empty) rm -f "$out/plans/empty.yaml"; "$EVALWIZ" new "$out/plans/empty.yaml" --title "Empty plan" 2>/dev/null ;;
	*) echo "run.sh: no plan called $plan (demo, hard, empty or big)" >&2; exit 64 ;;
	esac
done

# the formats a template writes: its kind's, and dot for the logic model
formats_of() {
	kind=$("$EVALWIZ" templates | awk -v t="$1" '$1 == t { print $2 }')
	case $kind in
	csv) echo csv ;;
	text) echo txt ;;
	*) echo md html tex docx odt pdf; [ "$1" != logic-model ] || echo dot ;;
	esac
}

failed=0
for plan in $PLANS; do
	for t in $TEMPLATES; do
		[ "$plan" != big ] || [ "$t" = logic-model ] || continue
		for f in $(formats_of "$t"); do
			case " $FORMATS " in *" $f "*) ;; *) continue ;; esac
			name=$plan-$t.$f
			if ! "$EVALWIZ" render "$out/plans/$plan.yaml" -t "$t" -o "$out/$name" 2>"$out/err/$name.err"; then
				echo "FAIL: $name: evalwiz render failed: $(tail -1 "$out/err/$name.err")"
				failed=1
			fi
		done
	done
done

# pictures: PDFs directly, Word and ODT through LibreOffice's PDF export
if [ "${LIBREOFFICE:-yes}" != no ] && command -v soffice >/dev/null 2>&1; then
	set -- "$out"/*.docx "$out"/*.odt
	docs=""
	for f in "$@"; do [ -f "$f" ] && docs="$docs $f"; done
	if [ -n "$docs" ]; then
		mkdir -p "$out/lo"
		for f in $docs; do
			b=$(basename "$f"); cp "$f" "$out/lo/${b%.*}-${b##*.}.${b##*.}"
		done
		(cd "$out/lo" && soffice -env:UserInstallation="file://$PWD/profile" --headless \
			--convert-to pdf ./*.docx ./*.odt >/dev/null 2>&1) || echo "note: LibreOffice could not convert every file"
		rm -rf "$out/lo/profile" "$out"/lo/*.docx "$out"/lo/*.odt
	fi
else
	echo "note: without LibreOffice, Word and ODT files are checked from their XML, without pictures"
fi
for f in "$out"/*.pdf "$out"/lo/*.pdf; do
	[ -f "$f" ] || continue
	b=$(basename "$f" .pdf)
	case $f in */lo/*) ;; *) b=$b-pdf ;; esac
	pdftoppm -r 70 -png "$f" "$out/png/$b"
done
if command -v dot >/dev/null 2>&1; then
	for f in "$out"/*.dot; do
		[ -f "$f" ] && dot -Tpng -Gdpi=70 "$f" -o "$out/png/$(basename "$f" .dot)-dot.png"
	done
fi

python3 "$top/tests/visual/check.py" "$out" || failed=1
echo "pages: $out/png ($(ls "$out/png" | wc -l) pictures)"
exit $failed
