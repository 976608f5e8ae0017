-- Northbridge County Council: the default ten steps, with a step of its own
-- for data sharing and information governance, which the council's data
-- protection officer signs off before any family's data are collected.
-- It shows what an extending pack can do without copying the default pack:
-- a new step placed among the ten (numbered 4a), questions of the base pack
-- hidden (they move to the new step), a question relabelled and one shown
-- under another condition, a check of its own, a module its files share,
-- and a migration from its first version.
-- Install it with:
--   mkdir -p ~/.local/share/evalwiz/packs && cp -r . ~/.local/share/evalwiz/packs/county-ig
return {
  id = "county-ig",
  version = 2,
  title = "EIF ten steps, with Northbridge County's information governance",
  description = "For Northbridge County Council teams: the ten steps, and a step the data protection officer signs off before any data are collected.",
  extends = "eif-10-steps",
  steps = {
    "ig.lua",               -- the new step, after the implementation and process study
    "impact-changes.lua",   -- the impact step: its data protection questions hidden, two changed
  },
  checks = { "ig-checks.lua" },
  -- Version 2 put two answers in the information governance team's words:
  -- a plan written for version 1 moves on when it is opened (a backup kept).
  migrations = {
    [2] = {
      rename = { ["ig.sharing"] = "ig.data_shared" },
      values = { ["ig.lawful_basis"] = { task = "public_task", obligation = "legal_obligation" } },
    },
  },
}
