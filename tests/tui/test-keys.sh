#!/bin/sh
# Search, undo, bracketed paste and the external editor.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Keys test" >/dev/null 2>&1
cat > "$work/editor" <<'EOS'
#!/bin/sh
printf 'Written in the editor.\n' >> "$1"
EOS
chmod +x "$work/editor"

start 100 50 "env EDITOR='$work/editor' VISUAL= '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"

# search jumps to the question in another step; Ctrl-F goes to the next hit
keys /
wait_for "Search:"
text "measures"
keys Enter
wait_for "Step 2: Lists and tables"
wait_for "hit 1 of"
keys C-f
wait_for "hit 1 of 1"
keys /
text "zzznothing"
keys Enter
wait_for "is not in any question"

# undo: Ctrl-Z takes back the last word typed
keys C-g
wait_for "Go to step"
text "1"
keys Enter
wait_for "Step 1: Basics"
keys Enter
text "Hello there"
keys C-z
wait_gone "Hello there"
wait_for "Hello"
keys Enter
wait_file "$work/plan.yaml" "name: Hello$" 10

# a question appearing above the one being edited (after an autosave
# while typing) leaves the edit where it is
keys Enter C-u
text "show early"
# autosave: a pause in typing saves the field still being edited
wait_file "$work/plan.yaml" "name: show early$" 10
wait_for "Shown before the name"
text " now"
keys Enter
wait_file "$work/plan.yaml" "name: show early now$" 10
keys C-z
wait_file "$work/plan.yaml" "name: Hello$" 10

# bracketed paste into long text: newlines kept, not taken as keys
keys Tab Enter
printf 'Pasted line one\nPasted line two\n' > "$work/paste"
T load-buffer "$work/paste"
T paste-buffer -p -t w
wait_for "pasted"
wait_for "Pasted line two"
# the paste is one undo step
keys C-z
wait_gone "Pasted line one"
T paste-buffer -p -t w
wait_for "Pasted line two"

# the external editor (Ctrl-E on long text) appends its line
keys C-e
wait_for "Written in the editor."
wait_for "taken back from the editor"
keys Escape

# whole-field undo outside editing: a choice made, then taken back
keys Tab Tab 2
wait_for "Why home visits?"
keys C-z
wait_for 'undone: the answer to "Main setting"'
wait_gone "Why home visits?"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.setting 2>/dev/null || true)" "" "choice undone"
story=$(answer basics.story)
expect_eq "$story" "Pasted line one
Pasted line two
Written in the editor." "paste and editor"
echo ok
