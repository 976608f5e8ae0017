#!/bin/sh
# --pack ID looks the id up on the pack path only: a folder of that name in
# the current folder (which another user may have planted in a shared one)
# is not taken for it; a folder is taken only when the argument has a '/'.
# (issue 21, item 14)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

for id in eif-maturity-matrix eif-10-steps; do
	mkdir "$id"
	cp -R "$PACK"/. "$id"/
	run "$EVALWIZ" --pack "$id" steps
	expect_rc 0
	lacks out 'Test pack'
	has out "($id, version "
	run "$EVALWIZ" --pack "./$id" steps
	expect_rc 0
	has out '^Test pack (test-pack, version 2)$'
	# a new plan made with --pack ID names the installed pack
	run "$EVALWIZ" --pack "$id" new "p-$id.yaml"
	expect_rc 0
	has "p-$id.yaml" "^  id: $id\$"
done
