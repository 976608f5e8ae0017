-- Layering (extends, extend_step) and migrations between pack versions.
local pack = require("evalwiz.pack")
local core = require("evalwiz.core")
local packs = srcdir .. "/tests/data/packs"
local function resolve(id)
  if id == "layer-base" then return packs .. "/layer-base", "layer-base" end
end

test("an extending pack adds a step where it says and changes the base's step", function()
  local p = pack.load(packs .. "/layer-child", "layer-child", resolve)
  eq(p.id, "layer-child")
  eq(p.base.id, "layer-base")
  eq(#p.steps, 3)
  eq(p.steps[1].id, "alpha")
  eq(p.steps[2].id, "middle")
  eq(p.steps[3].id, "beta")
  local alpha = p.by_id.alpha
  eq(alpha.title, "Alpha, changed")
  local ids = {}
  for _, f in ipairs(alpha.fields) do ids[#ids + 1] = f.id end
  eq(table.concat(ids, ","), "one,count,three")
  eq(alpha.by_id.one.help, "First, with new help.")
  eq(alpha.by_id.one.label, "One (renamed)")
  eq(alpha.by_id.three.type, "textarea")
  eq(alpha.by_id.two, nil)
  eq(p.by_id.beta.prerequisites[1], "alpha")
  eq(p.by_id.middle.added, true)
  eq(p.by_id.beta.added, nil)
  eq(alpha.by_id.count.added, true)
  eq(alpha.by_id.one.added, nil)
end)

test("extends names a pack that cannot be found", function()
  fails(function() pack.load(packs .. "/layer-child", "layer-child", function() return nil end) end,
    'layer%-child/pack.lua:%d*:? ?extends "layer%-base", but there is no such pack installed')
end)

test("extend_step that names a missing field says which fields there are", function()
  local function r(id) if id == "layer-base" then return packs .. "/layer-base", "layer-base" end end
  fails(function() pack.load(packs .. "/layer-broken", "layer-broken", r) end,
    'layer%-broken/bad.lua: extend_step "alpha": remove "nope", but the step has no such field; its fields are: one, two, three')
end)

test("the default pack can be extended through core's resolver", function()
  local r = core.resolver({ default = srcdir .. "/wizard", default_id = "eif-10-steps", search = { packs } })
  local dir, display = r("eif-10-steps")
  eq(display, "wizard")
  eq(dir, srcdir .. "/wizard")
  eq(select(1, r("layer-base")), packs .. "/layer-base")
  eq(r("../etc"), nil)
  eq(r("no-such-pack"), nil)
end)

test("opening a version 1 plan with version 2 renames, splits and retires answers", function()
  core.load_pack(packs .. "/mig-v2", "mig-v2")
  local res = core.open({ evalwiz = 1, pack = { id = "mig", version = 1 },
    answers = { s = { design = "A trial", where_when = "Leeds; 2027-01-05", old_note = "gone" } } }, {}, "p.yaml")
  eq(res.migrated_from, 1)
  eq(res.notes[1], 'moved the answers to version 2 of the pack mig: s.design is now s.approach; '
    .. 's.where_when was split into s.place and s.start; s.old_note was retired (its answer was "gone")')
  eq(core.get("s.approach").value, "A trial")
  eq(core.get("s.place").value, "Leeds")
  eq(core.get("s.start").value, "2027-01-05")
  local doc = core.document("2026-01-01T00:00:00Z")
  eq(doc.pack.version, 2)
  eq(doc.answers.s.design, nil)
  eq(doc.answers.s.old_note, nil)
end)

test("a plan already at the pack's version is not migrated", function()
  core.load_pack(packs .. "/mig-v2", "mig-v2")
  local res = core.open({ evalwiz = 1, pack = { id = "mig", version = 2 }, answers = { s = { approach = "x" } } }, {}, "p.yaml")
  eq(res.migrated_from, nil)
  eq(#res.notes, 0)
end)

test("migrations are checked when the pack loads", function()
  fails(function() pack.check_migrations({ [5] = {} }, 2, "p/pack.lua") end, "from 2 to 2")
  fails(function() pack.check_migrations({ [2] = { move = {} } }, 2, "p/pack.lua") end, "unknown setting move")
  fails(function() pack.check_migrations({ [2] = { rename = { a = "b.c" } } }, 2, "p/pack.lua") end, "rename maps")
end)

test("reload_pack loads the pack again with the same base packs and keeps the answers", function()
  local bases = { search = { packs } }
  core.load_pack(packs .. "/layer-child", "layer-child", bases)
  core.new_plan("T", "2026-01-01T00:00:00Z")
  core.set("middle.kind", "b")
  local info = core.reload_pack()
  eq(info.id, "layer-child")
  eq(info.steps, 3)
  eq(core.get("middle.kind").value, "b")
end)
