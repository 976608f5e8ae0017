#!/bin/sh
# Long lists: a screen carries at most 200 of a table's rows, a list's items
# or a question's options (ui.WINDOW), the wizard asks for the part about
# the cursor as it moves (ui.window), and nothing shows that the rest is
# not there: row 481 of 500 is shown, edited and saved like row 1, item
# 450 likewise, and a choice of 500 options shows the one chosen, the
# 450th, and the 480th is picked.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

lp="$work/lp"
mkdir "$lp"
cat >"$lp/pack.lua" <<'LUA'
return { id = "long-lists", version = 1, title = "Long lists", steps = { "01-long.lua" } }
LUA
cat >"$lp/01-long.lua" <<'LUA'
return step {
  id = "long", number = 1, title = "Long lists", level = "L1", purpose = "Lists longer than a screen carries.",
  fields = {
    choice { id = "pick", label = "The one picked", options = function(a)
      local o = {}
      for _, n in ipairs(a.long.names or {}) do o[#o + 1] = { value = n, label = "Label " .. n } end
      return o
    end },
    list { id = "names", label = "Names" },
    records { id = "rows", label = "Rows", columns = {
      text { id = "name", label = "Name" },
      text { id = "note", label = "Note" },
      choice { id = "who", label = "Who", options = function(a)
        local o = {}
        for _, n in ipairs(a.long.names or {}) do o[#o + 1] = { value = n, label = "Label " .. n } end
        return o
      end },
    } },
  },
}
LUA
awk 'BEGIN {
  print "evalwiz: 1"; print "pack: {id: long-lists, version: 1}"; print "meta: {title: Long}"
  print "answers:"; print "  long:"; print "    pick: item-450"; print "    names:"
  for (i = 1; i <= 500; i++) printf "      - item-%03d\n", i
  print "    rows:"
  for (i = 1; i <= 500; i++) printf "      - {name: row-%03d, note: note %d, who: item-007}\n", i, i
}' >"$work/plan.yaml"
get() { "$EVALWIZ" --pack "$lp" get "$work/plan.yaml" "$1"; }

start 100 30 "'$EVALWIZ' --pack '$lp' plan.yaml"
wait_for "Step 1: Long lists"
# the choice shows its option although it is not in the first 200
wait_for "Label item-450"
# and picks the 480th among them
keys Enter
keys -N 30 Down
wait_for "Label item-480"
keys Enter
# the list: item 450, edited (Enter opens a new item at the end; Up goes
# to the last item, Home to the first)
keys Tab Enter Up Home
keys -N 449 Down
wait_for "item-449"
keys Enter C-u
text "item four hundred and fifty"
keys Enter
wait_for "item four hundred and fifty"
keys Escape
# the table: row 481, its first cell edited (Tab comes to its first cell)
keys Tab
keys -N 480 Down
wait_for "row-481"
# a choice cell shows its option's label, looked up among 500 options
wait_for "Label item-007"
keys Enter C-u
text "row four hundred and eighty-one"
keys Enter
wait_for "row four hundred and eighty-one"
keys Escape C-q
wait_for "EXIT=0"
[ "$(get long.pick)" = item-480 ] || { echo "FAIL: the choice is $(get long.pick), not item-480"; exit 1; }
[ "$(get long.names | sed -n 450p)" = "- item four hundred and fifty" ] || { echo "FAIL: item 450: $(get long.names | sed -n 450p)"; exit 1; }
[ "$(get long.names | sed -n 451p)" = "- item-451" ] || { echo "FAIL: item 451 changed"; exit 1; }
get long.rows | grep -q "^- name: row four hundred and eighty-one$" || { echo "FAIL: row 481 was not saved"; get long.rows | sed -n '/row-480/,+4p'; exit 1; }
get long.rows | grep -q "^- name: row-482$" || { echo "FAIL: row 482 changed"; exit 1; }
[ "$(get long.rows | grep -c '^- name:')" = 500 ] || { echo "FAIL: the table no longer has 500 rows"; exit 1; }
echo ok
