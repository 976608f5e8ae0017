-- The session the C side drives: pack loading, set with typing, the ordered document.
local core = require("evalwiz.core")

test("the default pack loads with its steps in order", function()
  local info = core.load_pack(srcdir .. "/wizard", "wizard")
  eq(info.id, "eif-10-steps")
  local d = core.describe()
  eq(d.steps[1].id, "opening")
  eq(d.steps[#d.steps].id, "quality_assurance")
end)

test("set types a number and refuses text", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.new_plan("T", "2026-01-01T00:00:00Z")
  core.set("follow_up.months", "18")
  eq(core.get("follow_up.months").value, 18)
  fails(function() core.set("follow_up.months", "abc") end, 'follow_up.months: expected a whole number')
  fails(function() core.set("nosuch.field", "x") end, 'no step "nosuch"')
end)

test("the document keeps known fields in pack order and unknown steps", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open({ evalwiz = 1, answers = { zzz = { a = "kept" }, follow_up = { months = 12 }, opening = { intervention = "X" } } }, {}, "p.yaml")
  local doc = core.document("2026-01-01T00:00:00Z")
  local order = getmetatable(doc.answers).__order
  eq(order[1], "opening")
  eq(doc.answers.zzz.a, "kept")
end)
