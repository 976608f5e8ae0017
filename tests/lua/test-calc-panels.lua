-- The calculator panels of the default pack (steps 5, 6 and 9) and the
-- computed fields they feed, on the demo plan with one answer changed at a
-- time: every design the impact step offers shows what it detects in the
-- units it has, with the figures of the calculator (checked against R in
-- test-designs.lua) and of econ (test-econ.lua).
local core = require("evalwiz.core")
local power = require("evalwiz.power")
local econ = require("evalwiz.econ")

local function open_demo()
  core.load_pack(srcdir .. "/wizard", "wizard")
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  core.open(doc, {}, "demo-plan.yaml")
  return doc
end

local function panel(step, id)
  for _, p in ipairs(core.panels(step)) do if p.id == id then return p.text end end
  error("no panel " .. step .. "." .. id)
end

local function f2(x) return string.format("%.2f", x) end

test("the impact panel, design by design", function()
  local doc = open_demo()
  local i = doc.answers.impact
  -- the demo: 320 of 400 analysed, R2 0.4, in the blueprint's groups of 10
  -- (a partially nested trial; the group ICC of 0.05 assumed when the team
  -- gives none: the demo gives 0.05 with its source, so it is taken out here)
  i.group_icc = nil
  local pn = power.mdes({ design = "pn", n = 320, group_size = 10, icc = 0.05, r2 = 0.4 }).mdes
  local t = panel("impact", "mdes")
  matches(t, "partially nested trial")
  matches(t, "an ICC of 0%.05 between families in one group assumed")
  matches(t, "MDES%) is " .. f2(pn))
  matches(t, "Delivering in groups adds 21%% to the MDES")
  matches(t, "You expect 0%.30: the study should be able to detect it")
  near(core.get("impact.mdes").value, pn, 1e-9)
  -- the 360 it planned before are too small once the groups are allowed for
  i.participants = 360
  matches(panel("impact", "mdes"), "under%-powered; it would need about 309 participants analysed")
  -- delivered one to one: individual random assignment
  doc.answers.blueprint.delivery_mode = "one_to_one"
  local ira = power.mdes({ design = "ira", n = 288, r2 = 0.4 }).mdes
  matches(panel("impact", "mdes"), "PowerUp! formula for individual random assignment")
  near(core.get("impact.mdes").value, ira, 1e-9)
  -- the group ICC, when the team gives it
  doc.answers.blueprint.delivery_mode = "group"
  i.group_icc = 0.1
  near(core.get("impact.mdes").value, power.mdes({ design = "pn", n = 288, group_size = 10, icc = 0.1, r2 = 0.4 }).mdes, 1e-9)
  i.participants, i.group_icc = 400, nil
  -- a regression discontinuity carries its design effect, in the panel and in impact.mdes
  i.design, i.cutoff_share = "rdd", 30
  local rdd = power.mdes({ design = "rdd", n = 320, p = 0.3, r2 = 0.4 }).mdes
  matches(panel("impact", "mdes"), "design effect 2%.36")
  near(core.get("impact.mdes").value, rdd, 1e-9)
  -- matching: the assumed design effect, then the stated one
  i.design = "matched"
  matches(panel("impact", "mdes"), "design effect 1%.5, Kish 1965")
  i.matching_deff = 1.2
  near(core.get("impact.mdes").value, power.mdes({ design = "matched", n = 320, r2 = 0.4, deff = 1.2 }).mdes, 1e-9)
  -- a cluster trial with unequal sizes and withdrawing clusters
  i.design, i.unit, i.clusters, i.cluster_size, i.icc, i.cluster_size_cv, i.cluster_dropout = "cluster_rct", "cluster", 20, 15, 0.1, 0.5, 10
  t = panel("impact", "mdes")
  matches(t, "^18 clusters of 12 families analysed %(after 20%% drop%-out and 10%% of clusters withdrawing%)")
  matches(t, "coefficient of variation of 0%.5")
  matches(t, "If the ICC is different: ICC 0%.05: 0%.%d%d; ICC 0%.10: 0%.%d%d; ICC 0%.20: 0%.%d%d%.")
  near(core.get("impact.mdes").value,
    power.mdes({ design = "cra2", clusters = 18, cluster_size = 12, icc = 0.1, cv = 0.5, r2_1 = 0.4, r2_2 = 0.4 }).mdes, 1e-9)
  -- a stepped wedge, with the parallel trial beside it
  i.design, i.steps, i.cluster_size_cv, i.cluster_dropout = "stepped_wedge", 4, nil, nil
  t = panel("impact", "mdes")
  matches(t, "Hussey & Hughes stepped%-wedge calculation, 4 steps")
  matches(t, "A parallel cluster trial measuring the same families once would detect")
  -- one area against one: not estimable
  i.design, i.clusters = "did", 2
  t = panel("impact", "mdes")
  matches(t, "Not estimable: with 1 area%(s%) with the programme and 1 without")
  eq(core.get("impact.mdes").value, nil, "no MDES for a design that cannot be estimated")
  -- a time series: in its own units, never compared with an effect size
  i.design, i.unit, i.points_after, i.autocorrelation = "its", "individual", 18, 0.3
  t = panel("impact", "mdes")
  matches(t, "standard deviations of the series' own ups and downs")
  ok(not t:find("You expect"), "no comparison with the expected effect")
  eq(core.get("impact.mdes").value, nil)
  -- a binary outcome: the change detectable against the change expected
  i.design, i.outcome_type, i.baseline_rate, i.target_rate = "individual_rct", "binary", 30, 22
  t = panel("impact", "mdes")
  matches(t, "from 30%.0%% down to %d+%.%d%%")
  matches(t, "smaller than it can detect")
  -- a small trial is a pilot
  i.outcome_type, i.participants = "continuous", 40
  doc.answers.blueprint.delivery_mode = "one_to_one"
  matches(panel("impact", "mdes"), "At this size the study is a pilot trial")
end)

test("the impact design question reads the same rules as the health check", function()
  local doc = open_demo()
  local i = doc.answers.impact
  i.randomise = false
  local problems = core.check()
  local found
  for _, p in ipairs(problems.problems or problems) do
    if type(p) == "table" and p.path == "impact.design" then found = p end
  end
  ok(found, "the design question is flagged")
  matches(found.message, "cannot decide at random who gets the service")
end)

test("the value-for-money panel and the steady-state cost", function()
  local doc = open_demo()
  local v = doc.answers.value_for_money
  local t = panel("value_for_money", "costs")
  matches(t, "Cost per family starting: £1,332 in a first year")
  matches(t, "In a steady year: £1,206 a family, the set%-up costs spread over 5 years %(£1,172 a family for running costs alone%)")
  local want = econ.costs(v.cost_items, { participants = 60, life = 5 }).per_participant_steady
  near(core.get("value_for_money.cost_per_family_steady").value, want, 1e-9)
  v.usual_support_cost, v.qaly_gain, v.qaly_years, v.benefit_per_sd, v.benefit_years = 300, 0.02, 3, 800, 4
  t = panel("value_for_money", "costs")
  matches(t, "Extra cost over usual support %(£300 a family%): £906 a family")
  local q = econ.qalys({ 0.02, 0.02, 0.02 })
  matches(t, string.format("QALYs gained per family: %.3f", q))
  matches(t, "per QALY gained")
  matches(t, "Break%-even: an effect of 0%.%d%d standard deviations")
  v.costs_price_year, v.future_inflation = 2022, 2
  t = panel("value_for_money", "costs")
  matches(t, "Unit costs in 2022 prices, shown in 2027 prices")
  near(core.get("value_for_money.cost_per_family_steady").value,
    econ.costs(v.cost_items, { participants = 60, life = 5, from_year = 2022, to_year = 2027, inflation = 0.02 }).per_participant_steady, 1e-9)
end)

test("the pilot panel leads with precision", function()
  open_demo()
  local t = panel("pilot_outcome", "pilot_power")
  matches(t, "^A pilot of 60 families is planned for what it tells the trial, not for an effect")
  matches(t, "retention is good to plus or minus 10 points")
  matches(t, "the upper 80%% limit")
  matches(t, "a pilot is not judged by this figure")
end)
