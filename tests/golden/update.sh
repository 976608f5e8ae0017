#!/bin/sh
# update.sh [--text] [--numbers] [--add] [--dry-run]: renders every golden
# file again (tests/golden/render-all.sh) and shows how each one would
# change, then updates only what it may:
#   a change of layout only (spacing, line breaks, punctuation, markup: the
#   words and numbers a reader sees stay the same) is always taken;
#   a change of words needs --text;
#   a change of numbers needs --numbers, and is taken only if the new files'
#   numbers still agree with the calculators (tests/golden/check-numbers.py
#   and tests/golden/numbers: add or change the record of a new number there
#   first, from the calculators' own tests, not from the new golden);
#   a golden file added or no longer made needs --add.
# Anything refused is listed with the flag it needs, and the exit is 1.
# --dry-run shows and classifies, and changes nothing.  Read every
# difference before you pass a flag: a blind update makes the golden files
# agree with a bug.  Run from the build tree (EVALWIZ may name the binary).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
take_text= take_numbers= take_add= dry=
for a in "$@"; do
	case $a in
	--text) take_text=1 ;;
	--numbers) take_numbers=1 ;;
	--add) take_add=1 ;;
	--dry-run) dry=1 ;;
	-h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "update.sh: unknown option $a (--text, --numbers, --add, --dry-run)" >&2; exit 64 ;;
	esac
done
evalwiz=${EVALWIZ:-$(pwd)/evalwiz}
[ -x "$evalwiz" ] || evalwiz=$top/evalwiz
[ -x "$evalwiz" ] || { echo "update.sh: build evalwiz first (or set EVALWIZ)" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || { echo "update.sh: python3 is needed to tell layout from text and numbers" >&2; exit 69; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/new"
sh "$here/render-all.sh" "$evalwiz" "$top" "$work/new"

# the numbers of the new files must agree with the calculators before any
# change of a number is taken
numbers_ok=
if [ -n "$take_numbers" ]; then
	if python3 "$here/check-numbers.py" "$evalwiz" "$top" "$work/new" >"$work/numbers"; then
		numbers_ok=1
	fi
fi

taken= refused=
same=0
for f in "$work"/new/*; do
	name=$(basename "$f")
	old=$here/$name
	if [ ! -e "$old" ]; then
		echo "==== $name: a new golden file"
		if [ -n "$take_add" ]; then taken="$taken $name"; else refused="$refused $name(--add)"; fi
		continue
	fi
	kind=$(python3 "$here/classify.py" "$old" "$f")
	case $kind in same) same=$((same + 1)); continue ;; esac
	echo "==== $name: $(echo "$kind" | head -n 1) changed"
	echo "$kind" | sed 1d
	diff -u "$old" "$f" | sed "1s|.*|--- tests/golden/$name|; 2s|.*|+++ new $name|" || true
	case $(echo "$kind" | head -n 1) in
	layout) taken="$taken $name" ;;
	text) if [ -n "$take_text" ]; then taken="$taken $name"; else refused="$refused $name(--text)"; fi ;;
	numbers)
		if [ -z "$take_numbers" ]; then
			refused="$refused $name(--numbers)"
		elif [ -z "$numbers_ok" ]; then
			refused="$refused $name(numbers-disagree)"
		else
			taken="$taken $name"
		fi
		;;
	esac
done
for old in "$here"/demo-* "$here"/empty-*; do
	name=$(basename "$old")
	[ -e "$work/new/$name" ] && continue
	echo "==== $name: no longer made"
	if [ -n "$take_add" ]; then taken="$taken -$name"; else refused="$refused $name(--add)"; fi
done

echo "==== $same unchanged"
if [ -n "$taken" ]; then
	if [ -n "$dry" ]; then
		echo "would update:$taken"
	else
		for name in $taken; do
			case $name in
			-*) rm -f "$here/${name#-}" ;;
			*) cp "$work/new/$name" "$here/$name" ;;
			esac
		done
		echo "updated:$taken"
	fi
fi
if [ -n "$refused" ]; then
	echo "refused (each with what it needs):$refused"
	case $refused in *numbers-disagree*)
		echo "the new files' numbers disagree with the calculators:"
		cat "$work/numbers"
		;;
	esac
	echo "read the differences above; pass the flag only for changes you meant" >&2
	exit 1
fi
