-- Version 3 of the mig pack (tests/cli/test-migrate.sh): version 2's moves,
-- then version 3 renames the options of a choice, of a multi and of a
-- records column, and renames place to venue.
return {
  id = "mig", version = 3, title = "Migrating", steps = { "s.lua" },
  migrations = {
    [2] = {
      rename = { ["s.design"] = "s.approach" },
      split = {
        ["s.where_when"] = function(old)
          local place, date = old:match("^(.-)%s*;%s*(.*)$")
          return { ["s.place"] = place or old, ["s.start"] = date }
        end,
      },
      retire = { "s.old_note" },
    },
    [3] = {
      rename = { ["s.place"] = "s.venue" },
      values = {
        ["s.kind"] = { group = "group_based", one = "one_to_one" },
        ["s.audience"] = { mums = "parents", dads = "parents" },
        ["s.sessions.mode"] = { f2f = "in_person" },
      },
    },
  },
}
