#!/bin/sh
# embed.sh OUT FILE...: writes OUT, a C file that holds each FILE's bytes
# as `const char asset_NAME[]` (NUL-terminated, so usable as a string)
# and `const size_t asset_NAME_len`, NAME being the file's name with
# every character that is not a letter or digit made '_'
# (assets/report.css: asset_report_css).  Portable: sh, od and awk only.
# The declarations are in assets.h, written by hand.
#
# An .xml file is written one element a line for people, and embedded as
# the one line the reader expects: whole-line <!-- comments --> dropped,
# and each line's leading white space and line end, except the line end
# after the XML declaration; the result ends with one line end.
set -eu
out=$1
shift
{
	echo "/* Made by src/render/embed.sh from src/render/assets: do not edit. */"
	echo "#include <stddef.h>"
	echo "#include \"render/assets.h\""
	for f in "$@"; do
		[ -r "$f" ] || { echo "embed.sh: cannot read $f" >&2; exit 1; }
		name=asset_$(basename "$f" | sed 's/[^A-Za-z0-9]/_/g')
		echo
		echo "const char $name[] = {"
		case $f in
		*.xml) awk '
			/^[ \t]*<!--.*-->[ \t]*$/ { next }
			{ sub(/^[ \t]+/, ""); printf "%s", $0; if ($0 ~ /\?>$/) printf "\n" }
			END { printf "\n" }' "$f" ;;
		*) cat "$f" ;;
		esac | od -An -v -tx1 | awk -v name="$name" '
			{ line = "\t"; for (i = 1; i <= NF; i++) line = line "0x" $i ","; print line; n += NF }
			END { print "\t0"; print "};"; printf "const size_t %s_len = %d;\n", name, n }'
	done
} >"$out.tmp"
mv -f "$out.tmp" "$out"
