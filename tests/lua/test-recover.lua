-- ui.replay: the records of a recovery file put the answers back in order.
local core = require("evalwiz.core")
local ui = require("evalwiz.ui")
local plan = require("evalwiz.plan")

local function fresh()
  core.load_pack(srcdir .. "/tests/tui/pack", "pack")
  core.new_plan("T", "2026-01-01T00:00:00Z")
end

test("records replay in order: the last value of a field wins", function()
  fresh()
  local r = ui.replay({
    { seq = 1, step = "basics", field = "name", value = "First" },
    { seq = 2, step = "basics", field = "children", value = 12 },
    { seq = 3, step = "basics", field = "name", value = "Second" },
    { seq = 4, step = "lists", field = "outcomes", value = plan.seq({ "a", "b" }) },
    { seq = 5, title = "Restored title" },
  })
  eq(r.applied, 5)
  eq(r.skipped, 0)
  eq(core.get("basics.name").value, "Second")
  eq(core.get("basics.children").value, 12)
  eq(core.get("lists.outcomes").value[2], "b")
  eq(ui.screen(1).title, "Restored title")
end)

test("a record without a value clears the answer", function()
  fresh()
  ui.set("basics", "name", "Gone soon")
  ui.replay({ { seq = 1, step = "basics", field = "name" } })
  eq(ui.get_raw("basics", "name").value, nil)
end)

test("records for questions the pack does not have are skipped, not fatal", function()
  fresh()
  local r = ui.replay({
    { seq = 1, step = "nosuch", field = "x", value = 1 },
    { seq = 2, step = "basics", field = "nosuch", value = 1 },
    { seq = 3, step = "basics", field = "name", value = "Kept" },
  })
  eq(r.applied, 1)
  eq(r.skipped, 2)
  eq(core.get("basics.name").value, "Kept")
end)
