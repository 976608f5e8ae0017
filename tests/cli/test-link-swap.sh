#!/bin/sh
# A plan kept as one's own symbolic link in a shared, group-writable folder
# that is not sticky: another member of the group swaps it, again and
# again, with a link of theirs to another of the victim's files
# (renameat2 RENAME_EXCHANGE in a loop).  No save ever writes that file:
# the link is checked and read through one descriptor, and the file it
# names replaced within the folder opened then.  Before, the owner was
# checked with lstat and the link then resolved with realpath, and the
# swap won within a few saves.  (issue 21, item 1)
set -eu
. "$top_srcdir/tests/cli/lib.sh"
need_other_user
command -v "${CC:-cc}" >/dev/null || skip_test "no C compiler to build the link swapper"

saves=${LINK_SWAP_SAVES:-400}
mkdir shared private
chgrp "$SHARED_GID" shared
chmod 0775 shared	# group-writable, not sticky
"$EVALWIZ" new private/plan.yaml --title Mine 2>/dev/null
printf 'alias ls="echo victim secret"\n' > private/bashrc
cp private/bashrc bashrc.before
chmod 755 private
ln -s ../private/plan.yaml shared/plan.yaml
as_other ln -s ../private/bashrc shared/swap.yaml

cat > swap.c <<'C'
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int
main(int argc, char **argv)
{
	int i;

	if (argc != 4)
		return 2;
	while (access(argv[3], F_OK) != 0)
		for (i = 0; i < 1000; i++)
			renameat2(AT_FDCWD, argv[1], AT_FDCWD, argv[2], RENAME_EXCHANGE);
	return 0;
}
C
"${CC:-cc}" -o swap swap.c || skip_test "cannot build the link swapper (renameat2 needs glibc 2.28)"
as_other ./swap shared/plan.yaml shared/swap.yaml stop &
swapper=$!
# the victim names the plan through a long path (shared/../ many times):
# realpath looks at each part in turn, which widened the old code's window
long=$(i=0; while [ $i -lt 350 ]; do printf 'shared/../'; i=$((i + 1)); done)shared/plan.yaml
i=0 refused=0
while [ $i -lt $saves ]; do
	i=$((i + 1))
	if ! "$EVALWIZ" set "$long" "follow_up.months=$((i % 50 + 1))" 2>err; then
		refused=$((refused + 1))
	fi
	cmp -s private/bashrc bashrc.before || break
done
touch stop
wait $swapper || true
cmp -s private/bashrc bashrc.before || fail "save $i of $saves wrote through the other user's link into private/bashrc: $(head -c 200 private/bashrc)"
# the victim's own link still works when nobody swaps it
if [ "$(stat -c %u shared/plan.yaml)" != "$(id -u)" ]; then
	mv shared/plan.yaml shared/t
	mv shared/swap.yaml shared/plan.yaml
	mv shared/t shared/swap.yaml
fi
run "$EVALWIZ" set shared/plan.yaml follow_up.months=9
expect_rc 0
has private/plan.yaml "months: 9"
echo "$saves saves during the swapping: $refused refused, none wrote through the other user's link"
