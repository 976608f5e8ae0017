-- A table with a yes/no column (tests/cli/test-yesno-cells.sh): a "no" in a
-- cell is an answer, never a blank.
return { id = "yesno-table", version = 1, title = "Yes and no in a table", steps = { "s.lua" } }
