-- Version 2: design is renamed, where_when split in two, old_note retired.
return {
  id = "mig", version = 2, title = "Migrating", steps = { "s.lua" },
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
  },
}
