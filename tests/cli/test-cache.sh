#!/bin/sh
# The cache of compiled pack files ($XDG_CACHE_HOME/evalwiz): made on the
# first load, used while each file's text is the same, made again when the
# text changes or an entry is damaged, and not used at all when the folder
# or an entry could be someone else's (mode, owner, links).
# A hit writes nothing, a miss replaces the entry by a rename, so an entry's
# inode says which happened.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

XDG_CACHE_HOME="$dir/cache"
export XDG_CACHE_HOME
unset EVALWIZ_NO_CACHE || true
c="$XDG_CACHE_HOME/evalwiz"
cp -R "$top_srcdir/tests/tui/pack" p
sp() { run "$EVALWIZ" --pack "$dir/p" steps; }
entries() { ls "$c" | grep -c '^chunk-' || true; }
inodes() { ls -i "$c" | sort -k2 | awk '{ print $1 }' | tr '\n' ' '; }

# ---- a miss: the folder is made for the user alone, one entry per file
sp
expect_rc 0
cp out want-steps
[ "$(stat -c %a "$c")" = 700 ] || fail "cache folder mode $(stat -c %a "$c")"
[ "$(entries)" = 4 ] || fail "$(entries) entries, not 4 (pack.lua, two step files and the pack's stamp)"
for f in "$c"/chunk-*; do
	[ "$(stat -c %a "$f")" = 600 ] || fail "$f mode $(stat -c %a "$f")"
done
before=$(inodes)

# ---- a hit: the same answer, nothing written
sp
expect_rc 0
cmp -s want-steps out || fail "steps differ on a hit"
[ "$(inodes)" = "$before" ] || fail "a hit wrote the cache"

# ---- the stamp of a pack that passed every check: while its files are the
# same, the constructors skip their checks; a mistake only they catch is
# reported as soon as a file changes, at its line, on every load, and pack
# lint checks all even with a stamp
cp p/01-basics.lua basics-good
sed 's/label = "Describe the problem"/lable = "Describe the problem"/' basics-good > p/01-basics.lua
for i in 1 2; do
	sp
	expect_rc 78
	contains err "p/01-basics.lua:11:"
	contains err 'unknown setting lable (did you mean "label"?)'
done
cp basics-good p/01-basics.lua
sp
expect_rc 0
cmp -s want-steps out || fail "steps differ with the file back"
run "$EVALWIZ" pack lint "$dir/p"
cp out lint-stamped
rm -f "$c"/chunk-*
run "$EVALWIZ" pack lint "$dir/p"
cmp -s lint-stamped out || fail "pack lint differs with a stamp"
sp
before=$(inodes)
sp
[ "$(inodes)" = "$before" ] || fail "a hit wrote the cache"

# ---- the text changes: the new text is what runs, and its entry is new
sed 's/Name of the service/Name of the scheme/' p/01-basics.lua > b.lua
mv b.lua p/01-basics.lua
sp
expect_rc 0
contains out "Name of the scheme"
[ "$(inodes)" != "$before" ] || fail "a changed file did not replace its entry"
[ "$(entries)" = 4 ] || fail "$(entries) entries after an edit, not 4"
cp out want-steps
before=$(inodes)
sp
[ "$(inodes)" = "$before" ] || fail "the edited file's new entry was not used"

# ---- a damaged entry (one byte in its middle, then one cut short) is not
# used: the same answer, the entry made again
big=$(ls -S "$c" | head -n 1)
cp "$c/$big" good-entry
size=$(wc -c < "$c/$big")
printf 'X' | dd of="$c/$big" bs=1 seek=$((size - 40)) conv=notrunc 2>/dev/null
cmp -s good-entry "$c/$big" && fail "the entry was not damaged"
sp
expect_rc 0
cmp -s want-steps out || fail "steps differ after damage"
cmp -s good-entry "$c/$big" || fail "the damaged entry was not made again"
head -c $((size / 2)) good-entry > "$c/$big"
sp
expect_rc 0
cmp -s want-steps out || fail "steps differ after a cut"
cmp -s good-entry "$c/$big" || fail "the cut entry was not made again"

# ---- an entry others may write is not trusted: replaced, mode 600 again
chmod 666 "$c/$big"
ino=$(ls -i "$c/$big" | awk '{ print $1 }')
sp
expect_rc 0
[ "$(stat -c %a "$c/$big")" = 600 ] || fail "a group-writable entry was kept"
[ "$(ls -i "$c/$big" | awk '{ print $1 }')" != "$ino" ] || fail "a group-writable entry was used"

# ---- someone else's entry (needs root to make one)
if [ "$(id -u)" = 0 ]; then
	chown 12345 "$c/$big"
	sp
	expect_rc 0
	cmp -s want-steps out || fail "steps differ with a foreign entry"
	[ "$(stat -c %u "$c/$big")" = 0 ] || fail "someone else's entry was kept"
fi

# ---- a folder others can enter, or a link, is not used at all
rm -f "$c"/chunk-*
chmod 755 "$c"
sp
expect_rc 0
cmp -s want-steps out || fail "steps differ without the cache"
[ "$(entries)" = 0 ] || fail "a 755 folder was used"
chmod 700 "$c"
mv "$c" "$dir/real"
ln -s "$dir/real" "$c"
sp
expect_rc 0
[ "$(ls "$dir/real" | grep -c '^chunk-' || true)" = 0 ] || fail "a linked folder was used"
rm "$c"
mv "$dir/real" "$c"

# ---- past 256 entries the first write removes the oldest written (and
# temporary files a crash left), down to 192; the pack's other two and its stamp come after
i=0
while [ "$i" -lt 300 ]; do : > "$c/chunk-old$i"; i=$((i + 1)); done
: > "$c/chunk-0123456789abcdef.999.tmp"
touch -t 202001010000 "$c"/chunk-old*
touch -t 201901010000 "$c"/chunk-*.tmp
rm -f "$c/$big"
sp
expect_rc 0
[ "$(entries)" = 195 ] || fail "$(entries) entries after pruning, not 195"
[ -e "$c/$big" ] || fail "the new entry was pruned"
[ ! -e "$c/chunk-0123456789abcdef.999.tmp" ] || fail "an old temporary file was kept"
[ "$(ls "$c" | grep -c '^chunk-old' || true)" = 191 ] || fail "not the oldest were removed"

# ---- EVALWIZ_NO_CACHE turns it off
rm -rf "$XDG_CACHE_HOME"
EVALWIZ_NO_CACHE=1 run "$EVALWIZ" --pack "$dir/p" steps
expect_rc 0
[ ! -e "$XDG_CACHE_HOME" ] || fail "EVALWIZ_NO_CACHE made the cache"

# ---- errors from a cached file say the same as from its text: file:line
cat > p/02-lists.lua <<'EOF'
local nothing = nil
-- the next line raises an error while the pack loads
return step { id = nothing.field }
EOF
sp
expect_rc 78
cp err err-miss
contains err "p/02-lists.lua:3:"
before=$(inodes)
sp
expect_rc 78
[ "$(inodes)" = "$before" ] || fail "the broken file's entry was not used"
cmp -s err-miss err || { diff -u err-miss err >&2 || true; fail "the message differs on a hit"; }

# ---- a file that is not text is refused as before, and never cached
printf '\033Lua\124\000' > p/02-lists.lua
sp
expect_rc 78
contains err "attempt to load a binary chunk"
sp
contains err "attempt to load a binary chunk"
