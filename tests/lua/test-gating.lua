-- gating.lua: opening a step whose earlier steps are incomplete names them
-- (a warning, never a block); steps ticked as done in the opening count.
local pack_mod = require("evalwiz.pack")
local plan = require("evalwiz.plan")
local gating = require("evalwiz.gating")
local core = require("evalwiz.core")

local pack = pack_mod.load(srcdir .. "/wizard", "wizard")

local function demo()
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  return plan.adopt(doc, {}, "demo-plan.yaml")
end

local function ids(list)
  local out = {}
  for _, m in ipairs(list) do out[#out + 1] = m.id end
  return out
end

test("prerequisites are followed through, in pack order", function()
  eq(gating.prerequisites(pack, "opening"), {})
  eq(gating.prerequisites(pack, "logic_model"), { "opening", "theory_of_change" })
  eq(gating.prerequisites(pack, "impact"),
    { "opening", "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome" })
  eq(gating.prerequisites(pack, "quality_assurance"),
    { "opening", "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome", "impact",
      "replication", "value_for_money" })
end)

test("an empty plan: every earlier step is missing, with a warning", function()
  local doc = plan.adopt({ evalwiz = 1, answers = {} }, {}, "e.yaml")
  local missing, msg = gating.missing(pack, doc, "blueprint")
  eq(ids(missing), { "opening", "theory_of_change", "logic_model" })
  eq(missing[2].status, "not_started")
  eq(missing[2].number, 1)
  eq(msg, "Blueprint builds on earlier steps that are not complete: 0. About this plan (not started); "
    .. "1. Theory of change (not started); 2. Logic model (not started). You can carry on; answers here may change once those steps are done.")
  local none, nomsg = gating.missing(pack, doc, "opening")
  eq(#none, 0)
  eq(nomsg, nil)
end)

test("the complete demo plan has nothing missing", function()
  for _, s in ipairs(pack.steps) do
    local missing, msg = gating.missing(pack, demo(), s.id)
    eq(#missing, 0, s.id)
    eq(msg, nil, s.id)
  end
end)

test("an incomplete step is named with its status", function()
  local doc = demo()
  doc.answers.process_study.sample = nil
  local missing = gating.missing(pack, doc, "impact")
  eq(ids(missing), { "process_study" })
  eq(missing[1].status, "in_progress")
  doc.answers.pilot_outcome.measures[1].timepoints = nil
  missing = gating.missing(pack, doc, "impact")
  eq(ids(missing), { "process_study", "pilot_outcome" })
  eq(missing[2].status, "problems")
  -- a later step does not depend on steps after it
  eq(#gating.missing(pack, doc, "blueprint"), 0)
end)

test("steps ticked as done in the opening count as done", function()
  local doc = demo()
  doc.answers.logic_model = nil
  eq(ids(gating.missing(pack, doc, "blueprint")), {})
  doc.answers.opening.steps_done = { "theory_of_change" }
  eq(ids(gating.missing(pack, doc, "blueprint")), { "logic_model" })
end)

test("the prerequisites panel renders the same warning from the answer view", function()
  local doc = demo()
  doc.answers.blueprint = nil
  doc.answers.opening.steps_done = nil
  local panel = pack.by_id.process_study.panels[1]
  eq(panel.id, "prerequisites")
  matches(panel.render(plan.view(doc)), "^Implementation and process study builds on earlier steps that are not complete: 3%. Blueprint %(not started%)")
  eq(pack.by_id.process_study.panels[1].render(plan.view(demo())), "")
end)

test("core.gating reports for the open plan and refuses an unknown step", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open({ evalwiz = 1, answers = {} }, {}, "p.yaml")
  local g = core.gating("theory_of_change")
  eq(g.step, "theory_of_change")
  eq(ids(g.missing), { "opening" })
  matches(g.message, "About this plan %(not started%)")
  fails(function() core.gating("nosuch") end, 'no step "nosuch"')
end)

test("gating never blocks: answers can be set in a step whose earlier steps are empty", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open({ evalwiz = 1, answers = {} }, {}, "p.yaml")
  ok(core.gating("impact").message, "a warning is given")
  core.set("impact.design", "individual_rct")
  eq(core.get("impact.design").value, "individual_rct")
end)
