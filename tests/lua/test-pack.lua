-- The default step pack: it loads, every question is documented, and every
-- pack function runs on an empty plan and on the demo plan.
local pack_mod = require("evalwiz.pack")
local plan = require("evalwiz.plan")
local core = require("evalwiz.core")
local api_mod = require("evalwiz.api")

local pack = pack_mod.load(srcdir .. "/wizard", "wizard")

local function demo()
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  return plan.adopt(doc, {}, "demo-plan.yaml")
end

local function empty()
  return plan.adopt({ evalwiz = 1, answers = {} }, {}, "empty.yaml")
end

-- every field and records column, with its step
local function each_field(fn)
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do
      fn(s, f, nil)
      for _, c in ipairs(f.columns or {}) do fn(s, c, f) end
    end
  end
end

test("the pack loads with its eleven steps in order", function()
  local want = { "opening", "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome",
    "impact", "follow_up", "replication", "value_for_money", "quality_assurance" }
  eq(#pack.steps, #want, "steps")
  for i, id in ipairs(want) do
    eq(pack.steps[i].id, id, "step " .. i)
    eq(pack.steps[i].number, i - 1, id .. " number")
  end
end)

test("every step has a purpose, guidance, a level and known prerequisites", function()
  for i, s in ipairs(pack.steps) do
    ok(type(s.purpose) == "string" and #s.purpose > 20, s.id .. " purpose")
    ok(type(s.guidance) == "string" and #s.guidance > 100, s.id .. " guidance")
    ok(s.level ~= nil, s.id .. " level")
    if i > 1 then ok(#s.prerequisites > 0, s.id .. " prerequisites") end
    for _, p in ipairs(s.prerequisites) do
      ok(pack.by_id[p].index < s.index, s.id .. ": prerequisite " .. p .. " comes earlier")
    end
  end
end)

test("every question has a label, help and an example; every option has help", function()
  each_field(function(s, f, parent)
    local where = s.id .. "." .. (parent and (parent.id .. ".") or "") .. f.id
    ok(f.id:match("^[a-z][a-z0-9_]*$"), where .. " id is lower_snake")
    ok(type(f.help) == "string" and #f.help > 10, where .. " help")
    if f.type ~= "note" then ok(type(f.label) == "string" and f.label ~= "", where .. " label") end
    if f.type ~= "note" and f.type ~= "computed" then ok(f.example ~= nil, where .. " example") end
    if type(f.options) == "table" then
      for _, o in ipairs(f.options) do
        ok(type(o.help) == "string" and o.help ~= "", where .. " option " .. o.value .. " help")
      end
    end
  end)
end)

test("step and field ids are unique", function()
  local steps = {}
  for _, s in ipairs(pack.steps) do
    ok(not steps[s.id], "step " .. s.id .. " once")
    steps[s.id] = true
    local seen = {}
    for _, f in ipairs(s.fields) do
      ok(not seen[f.id], s.id .. "." .. f.id .. " once")
      seen[f.id] = true
    end
  end
end)

test("the impact step has the fields the advisor and health check read", function()
  local i = pack.by_id.impact.by_id
  for _, id in ipairs({ "design", "randomise", "unit", "comparison", "cutoff", "rollout", "timeseries_points",
    "participants", "clusters", "cluster_size", "icc", "effect_size", "alpha", "power", "r2", "attrition",
    "differential_attrition", "itt", "primary_outcome", "secondary_outcomes", "analysis", "missing_data",
    "preregistration", "evaluator_independence", "ethics", "lawful_basis", "dpia", "data_sharing_agreements",
    "measures_validated", "mdes" }) do
    ok(i[id], "impact." .. id)
  end
  local designs = {}
  for _, o in ipairs(i.design.options) do designs[#designs + 1] = o.value end
  eq(designs, { "individual_rct", "cluster_rct", "stepped_wedge", "rdd", "did", "matched", "its", "pre_post" })
  eq(i.randomise.type, "yesno")
  eq(i.itt.type, "yesno")
  local v = pack.by_id.value_for_money.by_id
  eq(v.discount_rate.default, 3.5)
  local cols = {}
  for _, c in ipairs(v.cost_items.columns) do cols[#cols + 1] = c.id end
  eq(cols, { "item", "category", "quantity", "unit_cost", "low", "high", "kind" })
end)

-- Runs every when, options, validate, compute and panel of the pack on doc,
-- and checks what each returns has the shape the engine expects.  On the
-- demo plan, which answers everything, every computed field has a value.
local function run_all(doc, label)
  local view = plan.view(doc)
  local ran = { when = 0, options = 0, compute = 0, validate = 0, panel = 0 }
  local function call(fn, what, kind, ...)
    local okay, res = pcall(fn, ...)
    ok(okay, label .. ": " .. what .. " raised " .. tostring(res))
    ran[kind] = ran[kind] + 1
    return res
  end
  each_field(function(s, f, parent)
    local where = s.id .. "." .. (parent and (parent.id .. ".") or "") .. f.id
    if f.when then
      local v = call(f.when, where .. " when", "when", view)
      ok(v == nil or type(v) == "boolean", label .. ": " .. where .. " when gives true or false, not " .. tostring(v))
    end
    if type(f.options) == "function" then
      call(f.options, where .. " options", "options", view)
      local opts, err = plan.options(f, view)
      ok(err == nil and #opts > 0, label .. ": " .. where .. " options give a list: " .. tostring(err))
      local seen = {}
      for i, o in ipairs(opts or {}) do
        ok(type(o.value) == "string" and o.value ~= "" and type(o.label) == "string",
          label .. ": " .. where .. " option " .. i .. " has a value and a label")
        ok(not seen[o.value], label .. ": " .. where .. " option " .. tostring(o.value) .. " offered once")
        seen[o.value] = true
      end
    end
    if f.compute then
      local v = call(f.compute, where .. " compute", "compute", view)
      ok(v == nil or type(v) == "number" or type(v) == "string",
        label .. ": " .. where .. " computes a number or text, not " .. type(v))
      if label == "demo plan" then ok(v ~= nil, "demo plan: " .. where .. " computes a value") end
    end
    if f.validate and not parent then
      local v = (doc.answers[s.id] or {})[f.id]
      local d = demo().answers[s.id]
      v = v or (d and d[f.id])
      if v ~= nil then
        local r = call(f.validate, where .. " validate", "validate", v, view)
        ok(r == nil or type(r) == "string" or (type(r) == "table" and type(r.message) == "string"),
          label .. ": " .. where .. " validate gives nothing, a message or a warning, not " .. tostring(r))
      end
    end
  end)
  for _, s in ipairs(pack.steps) do
    for _, p in ipairs(s.panels) do
      local res = call(p.render, "panel " .. s.id .. "." .. p.id, "panel", view)
      -- text, or { text, warnings } (core.panels)
      ok(type(res) == "string" or (type(res) == "table" and type(res.text) == "string"
        and (res.warnings == nil or type(res.warnings) == "table")),
        label .. ": panel " .. s.id .. "." .. p.id .. " returns text")
    end
  end
  -- none of the kinds went untried
  for kind, n in pairs(ran) do ok(n > 0, label .. ": no " .. kind .. " function was run") end
end

test("every pack function runs on an empty plan", function()
  run_all(empty(), "empty plan")
end)

test("every pack function runs on the demo plan", function()
  run_all(demo(), "demo plan")
end)

test("the demo plan is complete: every step complete, no errors, nothing missing", function()
  local doc = demo()
  local view = plan.view(doc)
  for _, p in ipairs(plan.check(pack, doc)) do
    ok(p.kind == "warning", "demo plan problem: " .. p.path .. ": " .. p.message)
  end
  for _, s in ipairs(pack.steps) do
    eq(plan.step_status(s, doc, view), "complete", s.id .. " status")
  end
end)

test("later steps pick outcomes and activities named earlier", function()
  local view = plan.view(demo())
  local opts = plan.options(pack.by_id.impact.by_id.primary_outcome, view)
  eq(opts[1].value, "Fewer child behaviour problems at home")
  local names = {}
  for _, o in ipairs(opts) do names[o.value] = true end
  ok(names["Better school readiness"], "logic model outcomes offered")
  local acts = plan.options(pack.by_id.logic_model.by_id.outputs.columns[2], view)
  eq(acts[1].value, "Weekly parent group sessions")
  -- nothing named yet: a placeholder explains what to do
  local none = plan.options(pack.by_id.impact.by_id.primary_outcome, plan.view(empty()))
  eq(#none, 1)
  eq(none[1].value, "not_named_yet")
end)

test("cluster questions show only for cluster designs", function()
  local f = pack.by_id.impact.by_id
  local doc = empty()
  doc.answers.impact = { design = "individual_rct", unit = "individual" }
  ok(not plan.visible(f.clusters, plan.view(doc)), "hidden for an individual trial")
  doc.answers.impact = { design = "cluster_rct" }
  ok(plan.visible(f.icc, plan.view(doc)), "shown for a cluster trial")
  doc.answers.impact = { design = "stepped_wedge" }
  ok(plan.visible(f.cluster_size, plan.view(doc)), "shown for a stepped wedge")
  doc.answers.impact = { unit = "cluster" }
  ok(plan.visible(f.clusters, plan.view(doc)), "shown when groups are allocated")
end)

test("the blueprint's dosage and the opening's stage are computed", function()
  local view = plan.view(demo())
  eq(pack.by_id.blueprint.by_id.dosage.compute(view), "12 sessions of 120 minutes, weekly, over 12 weeks (24 hours in all)")
  eq(pack.by_id.opening.by_id.stage.compute(view), 4)
  eq(pack.by_id.value_for_money.by_id.total_cost.compute(view), 79918.0)
end)

test("panels: the cost panel adds up the cost items; every step after the first warns about earlier steps", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  core.open(doc, {}, "demo-plan.yaml")
  local panels = core.panels("value_for_money")
  local text
  for _, p in ipairs(panels) do if p.id == "costs" then text = p.text end end
  matches(text, "Total cost: £79,918 %(set%-up £9,600, recurrent £70,318%)", "cost panel")
  matches(text, "Cost per family starting: £1,332", "per participant")
  matches(text, "Cost per family completing: £1,776", "per completer")
  for _, s in ipairs(pack.steps) do
    if s.id ~= "opening" then eq(s.panels[1].id, "prerequisites", s.id .. " first panel") end
  end
  local impact, by = core.panels("impact"), {}
  for _, p in ipairs(impact) do by[p.id] = p.text end
  ok(by.mdes, "the impact step has the power panel")
  -- the design advisor's summary is the pack's own panel, not the engine's
  matches(by.design_advice, "^1%. Feasibility study first", "the advisor's best design first")
  matches(by.design_advice, "Highest level this plan can support: Level ", "the level it can support")
end)

-- The problems plan.check reports for the demo plan after change(doc).
local function problems_after(change)
  local doc = demo()
  change(doc.answers)
  local out = {}
  -- the first problem of each question: its own validator's, before any
  -- consistency check that also reports there
  for _, p in ipairs(plan.check(pack, doc)) do out[p.path] = out[p.path] or p end
  return out
end

test("the validators fire from the step files", function()
  local p = problems_after(function(a) a.theory_of_change.primary_outcome = "Number of sessions delivered" end)
  eq(p["theory_of_change.primary_outcome"].kind, "warning")
  p = problems_after(function(a) a.logic_model.outcomes[1].outcome = "Families reached" end)
  matches(p["logic_model.outcomes"].message, "sounds like an output")
  p = problems_after(function(a) a.pilot_outcome.measures[2].timepoints = nil end)
  eq(p["pilot_outcome.measures"].kind, "error")
  matches(p["pilot_outcome.measures"].message, "no timepoint for Parenting Scale")
  p = problems_after(function(a) a.impact.design = "pre_post"; a.impact.comparison = "none" end)
  eq(p["impact.target_level"].kind, "error")
  matches(p["impact.target_level"].message, "Level 2 at most")
  p = problems_after(function(a) a.pilot_outcome.claims = "The pilot will prove the programme works." end)
  eq(p["pilot_outcome.claims"].kind, "warning")
  p = problems_after(function(a) a.follow_up.months = 6; a.follow_up.level4_claim = true end)
  eq(p["follow_up.months"].kind, "error")
  matches(p["follow_up.months"].message, "cannot support Level 4")
  p = problems_after(function(a) a.follow_up.months = 6; a.follow_up.level4_claim = false end)
  eq(p["follow_up.months"], nil)
  p = problems_after(function(a) a.impact.attrition_plan = nil end)
  eq(p["impact.attrition"].kind, "error")
  eq(p["impact.attrition_plan"].kind, "missing")
  p = problems_after(function(a) a.impact.attrition = nil end)
  eq(p["impact.attrition"].kind, "missing")
  p = problems_after(function(a) a.impact.itt = false end)
  eq(p["impact.itt"].kind, "warning")
  p = problems_after(function(a) a.impact.randomise = false end)
  matches(p["impact.design"].message, "needs random allocation")
  p = problems_after(function(a) a.impact.design = "cluster_rct" end)
  matches(p["impact.design"].message, "allocates whole groups")
  p = problems_after(function(a) a.impact.comparison = "none" end)
  eq(p["impact.design"].kind, "warning")
  p = problems_after(function(a) a.pilot_outcome.measures[3].validated = "not_validated" end)
  eq(p["pilot_outcome.measures"].kind, "warning")
  p = problems_after(function(a) a.impact.measures_validated = false end)
  eq(p["impact.measures_validated"].kind, "warning")
  p = problems_after(function(a) a.replication.design = "pre_post" end)
  eq(p["replication.design"].kind, "error")
  p = problems_after(function(a) a.impact.primary_outcome = "Something never named" end)
  eq(p["impact.primary_outcome"].kind, "error")
end)

-- The calculators (lua/evalwiz/power.lua) are part of evalwiz: if they do
-- not load, this fails with their error.
test("with the calculators: the MDES, pilot and cost panels and impact.mdes", function()
  require("evalwiz.power")
  core.load_pack(srcdir .. "/wizard", "wizard")
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  core.open(doc, {}, "demo-plan.yaml")
  local function panel(step, id)
    for _, p in ipairs(core.panels(step)) do if p.id == id then return p.text end end
  end
  -- 400 recruited, 320 analysed, in programme groups of 10 (a partially nested trial)
  matches(panel("impact", "mdes"), "^320 participants analysed %(after 20%% drop%-out%)")
  matches(panel("impact", "mdes"), "%(MDES%) is 0%.29 standard deviations")
  matches(panel("impact", "mdes"), "You expect 0%.30: the study should be able to detect it")
  near(core.get("impact.mdes").value, 0.294, 0.01)
  matches(panel("pilot_outcome", "pilot_power"), "With 48 families measured before and after")
  matches(panel("value_for_money", "costs"), "Present value of costs over 5 years, discounted at 3%.5%%: £")
  local i = doc.answers.impact
  i.design, i.unit, i.clusters, i.cluster_size, i.icc = "cluster_rct", "cluster", 20, 15, 0.1
  matches(panel("impact", "mdes"), "If the ICC is different: ICC 0%.05: 0%.%d%d; ICC 0%.10: 0%.%d%d; ICC 0%.20: 0%.%d%d%.")
  matches(panel("impact", "mdes"), "^20 clusters of 12 families analysed")
  i.design = "its"
  matches(panel("impact", "mdes"), "number of time points")
end)

test("host.loadfile finds the line of a file's first return as the text scan does", function()
  -- the line of `return step {...}` (a tail call, whose errors lose it):
  -- pack.lua takes it from host.loadfile rather than reading the file again
  local function scan(text)
    local n = 1
    for line in string.gmatch(text .. "\n", "(.-)\n") do  -- the real one: the guard refuses long texts
      if line:match("^%s*return%f[%W]") then return n end
      n = n + 1
    end
    return false
  end
  local checked = 0
  local function each(dir)
    for _, name in ipairs(host.listdir(dir) or {}) do
      local path = dir .. "/" .. name
      if name:match("%.lua$") then
        local text = host.readtext(path)
        local fn, line = host.loadfile(path, name, {}, true)
        if text and fn then
          eq(line, scan(text), path)
          checked = checked + 1
        end
      elseif not name:match("%.") then
        each(path)
      end
    end
  end
  each(srcdir .. "/wizard")
  each(srcdir .. "/tests/data")
  ok(checked >= 40, "only " .. checked .. " files checked")
  local fn, line = host.loadfile(srcdir .. "/wizard/pack.lua", "pack.lua", {})
  ok(fn, "a chunk")
  eq(line, nil, "no line unless asked")
end)

test("no step claims Level 1; every step says what it leads to", function()
  for _, s in ipairs(pack.steps) do
    ok(s.level ~= "L1", s.id .. " is labelled L1, a level EIF no longer rates")
    ok(type(s.leads_to) == "string" and #s.leads_to > 20, s.id .. " leads_to")
  end
  eq(pack.by_id.pilot_outcome.title, "Pilot impact study")
end)

test("every glossary term a question names is in the glossary", function()
  local glossary = require("evalwiz.glossary")
  each_field(function(s, f, parent)
    for _, t in ipairs(f.terms or {}) do
      ok(glossary.find(pack, t), s.id .. "." .. (parent and (parent.id .. ".") or "") .. f.id .. ": no glossary term " .. t)
    end
  end)
end)

-- The required questions of a step that are shown for doc.
local function asked(doc, step_id)
  local view = plan.view(doc)
  local out = {}
  for _, f in ipairs(pack.by_id[step_id].fields) do
    if f.required and plan.visible(f, view) then out[f.id] = true end
  end
  return out
end

test("the protocol's questions appear only where they apply", function()
  local doc = empty()
  local a = asked(doc, "impact")
  ok(a.design and a.research_question, "the basic questions are asked of an empty plan")
  ok(not a.settings and not a.consent and not a.harms, "no trial questions before a design is chosen")
  doc.answers.impact = { design = "pre_post" }
  a = asked(doc, "impact")
  ok(a.settings and a.consent and a.harms and a.safeguarding and a.data_management, "every study: setting, consent, harms")
  ok(not a.blinding and not a.estimand and not a.framework, "a one-group study is not asked about blinding or an estimand")
  ok(not a.sequence_generation and not a.allocation_ratio, "nor about randomisation")
  doc.answers.impact = { design = "did" }
  a = asked(doc, "impact")
  ok(a.blinding and a.estimand and a.cace, "a comparison design is")
  ok(not a.sequence_generation and not a.concealment, "a non-randomised design is not asked about randomisation")
  doc.answers.impact = { design = "individual_rct", stratification = "simple", allocation_ratio = "equal" }
  a = asked(doc, "impact")
  ok(a.sequence_generation and a.concealment and a.randomiser and a.stratification, "a trial is")
  ok(not a.stratification_factors and not a.allocation_reason, "no factors for simple randomisation, no reason for equal groups")
  doc.answers.impact.stratification = "minimisation"
  doc.answers.impact.allocation_ratio = "two_to_one"
  a = asked(doc, "impact")
  ok(a.stratification_factors and a.allocation_reason, "factors for minimisation, a reason for unequal groups")
end)

test("each decision asks for the team's reason once it is made", function()
  local pairs_ = {
    { "theory_of_change", "primary_outcome", "Fewer child behaviour problems at home", "primary_outcome_why" },
    { "impact", "unit", "individual", "unit_reason" },
    { "impact", "comparison", "waitlist", "comparison_reason" },
    { "impact", "effect_size", 0.3, "effect_size_source" },
    { "impact", "r2", 0.4, "r2_source" },
    { "impact", "attrition", 20, "attrition_source" },
    { "impact", "primary_timepoint_months", 9, "timepoint_reason" },
    { "pilot_outcome", "design", "pre_post", "design_reason" },
    { "pilot_outcome", "participants", 60, "participants_reason" },
    { "follow_up", "months", 18, "months_reason" },
    { "replication", "design", "cluster_rct", "design_reason" },
    { "value_for_money", "type", "cost_consequence", "type_reason" },
    { "value_for_money", "perspective", "public_sector", "perspective_reason" },
    { "value_for_money", "comparator", "usual_support", "comparator_reason" },
    { "value_for_money", "horizon_years", 5, "horizon_reason" },
    { "value_for_money", "discount_rate", 1.5, "discount_reason" },
  }
  for _, c in ipairs(pairs_) do
    local step, field, value, reason = c[1], c[2], c[3], c[4]
    local doc = empty()
    ok(not asked(doc, step)[reason], step .. "." .. reason .. " waits for the decision")
    doc.answers[step] = { [field] = value }
    ok(asked(doc, step)[reason], step .. "." .. reason .. " is asked once " .. field .. " is answered")
  end
  -- the Green Book rate needs no reason of the team's
  local doc = empty()
  doc.answers.value_for_money = { discount_rate = 3.5 }
  ok(not asked(doc, "value_for_money").discount_reason, "3.5% needs no reason")
  -- the ICC's source is asked only where the ICC is
  doc.answers.impact = { design = "cluster_rct", icc = 0.05 }
  ok(asked(doc, "impact").icc_source, "icc_source for a cluster trial")
  -- group delivery with families allocated one by one asks about clustering
  doc.answers.impact = { design = "individual_rct", unit = "individual" }
  doc.answers.blueprint = { delivery_mode = "group" }
  ok(asked(doc, "impact").analysis_clustering, "group delivery asks whether the analysis allows for groups")
  doc.answers.impact.analysis_clustering = false
  ok(asked(doc, "impact").clustering_reason, "and why not, when it does not")
  doc.answers.blueprint = { delivery_mode = "one_to_one" }
  ok(not asked(doc, "impact").analysis_clustering, "not for one-to-one delivery")
end)

test("a parent-reported primary outcome asks what is done about the bias of knowing the group", function()
  local doc = empty()
  doc.answers.impact = { design = "individual_rct", primary_informant = "parent" }
  ok(asked(doc, "impact").informant_bias, "parent")
  doc.answers.impact.primary_informant = "teacher"
  ok(not asked(doc, "impact").informant_bias, "a teacher need not know")
end)

test("doc/pack-fields.md lists every question of the pack, step by step", function()
  local text = host.readtext(srcdir .. "/doc/pack-fields.md")
  ok(text, "doc/pack-fields.md")
  for _, s in ipairs(pack.steps) do
    local at = string.find(text, "\n## " .. s.id .. " (", 1, true)
    ok(at, "no section for " .. s.id)
    local stop = string.find(text, "\n## ", at + 4, true) or #text
    local section = string.sub(text, at, stop)
    for _, f in ipairs(s.fields) do
      ok(string.find(section, "\n| " .. f.id .. " |", 1, true), s.id .. "." .. f.id .. " is not in doc/pack-fields.md")
    end
  end
end)

test("the allocation ratio is the programme's share in the power calculation", function()
  if not pcall(require, "evalwiz.power") then return end
  core.load_pack(srcdir .. "/wizard", "wizard")
  -- delivered one to one, so that the trial is individual random assignment
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  doc.answers.blueprint.delivery_mode = "one_to_one"
  core.open(doc, {}, "demo-plan.yaml")
  local equal = core.get("impact.mdes").value
  doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  doc.answers.blueprint.delivery_mode = "one_to_one"
  doc.answers.impact.allocation_ratio = "two_to_one"
  core.open(doc, {}, "demo-plan.yaml")
  local unequal = core.get("impact.mdes").value
  -- 1 / (P (1 - P)): 4 at 1:1, 4.5 at 2:1, so the MDES grows by sqrt(4.5 / 4) (to within the df)
  near(unequal / equal, math.sqrt(4.5 / 4), 1e-3)
end)

-- The stamp (host.pack_stamp): a pack whose files passed every check is
-- loaded with the constructors' checks skipped; what it gives must be the
-- same pack, table for table (functions compared by kind only: each load
-- makes its own).
local function same(a, b, path, seen)
  if type(a) ~= type(b) then error(path .. ": " .. type(a) .. " against " .. type(b), 0) end
  if type(a) ~= "table" then
    if type(a) ~= "function" and a ~= b then error(path .. ": " .. tostring(a) .. " against " .. tostring(b), 0) end
    return
  end
  if seen[a] then
    if seen[a] ~= b then error(path .. ": a table seen before pairs with another", 0) end
    return
  end
  seen[a] = b
  for k, v in pairs(a) do
    if type(k) ~= "table" then same(v, rawget(b, k), path .. "." .. tostring(k), seen) end
  end
  for k in pairs(b) do
    if type(k) ~= "table" and rawget(a, k) == nil then error(path .. "." .. tostring(k) .. ": only in the second", 0) end
  end
end

local function with_stamp(answer, fn)
  local real = host.pack_stamp
  local asked, stored = 0, 0
  host.pack_stamp = function(_, files, store)
    ok(type(files) == "table" and #files > 0, "the stamp is of the pack's files")
    if store then stored = stored + 1 else asked = asked + 1 end
    return answer
  end
  local okay, res = pcall(fn)
  host.pack_stamp = real
  if not okay then error(res, 0) end
  return res, asked, stored
end

local function resolve_default(id)
  if id == "eif-10-steps" then return srcdir .. "/wizard", "wizard" end
end

test("a stamped pack loads as the same pack as a checked one (the default and the example packs)", function()
  for _, p in ipairs({ { srcdir .. "/wizard", "wizard" },
                       { srcdir .. "/examples/packs/youth-diversion", "youth-diversion" },
                       { srcdir .. "/examples/packs/county-ig", "county-ig" },
                       { srcdir .. "/tests/data/packs/all-types", "all-types" } }) do
    local checked = pack_mod.load(p[1], p[2], resolve_default, nil, true)
    local trusted, asked = with_stamp(true, function() return pack_mod.load(p[1], p[2], resolve_default) end)
    ok(asked > 0, p[2] .. ": the stamp was asked for")
    same(checked, trusted, p[2], {})
  end
end)

test("the stamp is written after a load that checked all, never for a pack with a mistake or one that extends", function()
  local _, asked, stored = with_stamp(false, function() return pack_mod.load(srcdir .. "/wizard", "wizard") end)
  eq(asked, 1, "asked")
  eq(stored, 1, "stored")
  _, asked, stored = with_stamp(false, function()
    return pack_mod.load(srcdir .. "/examples/packs/youth-diversion", "youth-diversion", resolve_default)
  end)
  eq(stored, 1, "only the base pack is stamped")
  -- pack lint (checked): the stamp is neither asked for nor written
  _, asked, stored = with_stamp(true, function() return pack_mod.load(srcdir .. "/wizard", "wizard", nil, nil, true) end)
  eq(asked + stored, 0, "a checked load leaves the stamp alone")
  -- a mistake is raised as before, and nothing is stamped
  local okay, err
  _, asked, stored = with_stamp(false, function()
    okay, err = pcall(pack_mod.load, srcdir .. "/tests/data/packs/bad-return", "bad-return", resolve_default)
    return true
  end)
  ok(not okay and type(err) == "string", "the broken pack fails")
  eq(stored, 0, "a pack that fails is not stamped")
  -- the constructors check again once the load is over
  ok(not pcall(api_mod.text, { id = "x", lable = "y" }), "checks after a stamped load")
end)
