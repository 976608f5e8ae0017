-- facts.lua: the advisor's facts read from the default pack's field ids.
local plan = require("evalwiz.plan")
-- the default pack's facts (wizard/facts.lua), as the pack loads them
local default_pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")
local facts = require("evalwiz.pack").module(default_pack, "facts")

local function demo_view()
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  return plan.view(plan.adopt(doc, {}, "demo-plan.yaml"))
end

local fake_power = { mdes = function(args) return { mdes = 2.8 * math.sqrt((1 - (args.r2 or 0)) / (0.25 * args.n)) } end }

test("the demo plan gives the advisor's facts", function()
  local f = facts.from_plan(demo_view(), fake_power)
  eq(f.stage, 4)
  eq(f.randomise, "yes")
  eq(f.unit, "individual")
  eq(f.comparison, "waitlist")
  eq(f.cutoff, "yes")
  eq(f.rollout, "all")
  eq(f.timeseries, 24)
  eq(f.n, 400)
  eq(f.clusters, nil)
  eq(f.effect, 0.3)
  eq(f.followup_months, 18)
  eq(f.prior_level, 0)
  eq(f.attrition, 20)
  eq(f.differential_attrition, 5)
  eq(f.itt, "yes")
  eq(f.measures_validated, "yes")
  eq(f.design, "individual_rct")
  -- the blueprint's groups of 10 and the waiting list's deferral are facts too
  eq(f.group_size, 10)
  eq(f.deferral_months, 9)
  near(f.programme_months, 12 / (52 / 12), 1e-12)
  eq(f.level4_claim, "no")
  near(f.mdes, 2.8 * math.sqrt(0.6 / 80), 1e-9, "mdes on 320 analysed")
end)

test("an empty plan gives no facts", function()
  local f = facts.from_plan(plan.view(plan.adopt({ evalwiz = 1, answers = {} }, {}, "e.yaml")), fake_power)
  eq(next(f), nil)
end)

test("cluster facts, the cut-off from the theory of change, and prior levels", function()
  local f = facts.from_plan({
    opening = { steps_done = { "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome" }, prior_level = "l2" },
    theory_of_change = { eligibility_score = false },
    impact = { design = "cluster_rct", unit = "cluster", clusters = 20, cluster_size = 15, icc = 0.1, randomise = false },
  }, nil)
  eq(f.stage, 6)
  eq(f.prior_level, 2)
  eq(f.cutoff, "no")
  eq(f.randomise, "no")
  eq(f.clusters, 20)
  eq(f.cluster_size, 15)
  eq(f.icc, 0.1)
  -- step 1's answer stands over a step 6 answer left from before step 1 was answered
  eq(facts.from_plan({ theory_of_change = { eligibility_score = true }, impact = { cutoff = false } }).cutoff, "yes")
  -- step 6 asks only when step 1 did not
  eq(facts.from_plan({ impact = { cutoff = true } }).cutoff, "yes")
  local all = facts.from_plan({ opening = { steps_done = facts.STEPS } })
  eq(all.stage, 10)
  -- EIF's plus ratings count at their level; NL2 and NE reach none
  for v, want in pairs({ l2plus = 2, l3plus = 3, l4plus = 4, nl2 = 0, ne = 0 }) do
    eq(facts.from_plan({ opening = { prior_level = v } }).prior_level, want, v)
  end
end)

test("a waiting list's deferral is a fact only for a waiting list", function()
  local f = facts.from_plan({
    blueprint = { duration_weeks = 12 },
    impact = { design = "individual_rct", comparison = "waitlist", deferral_months = 9 },
    follow_up = { months = 18, level4_claim = false },
  })
  eq(f.deferral_months, 9)
  eq(f.level4_claim, "no")
  local other = facts.from_plan({ impact = { comparison = "matched", deferral_months = 9 }, follow_up = { months = 18 } })
  eq(other.deferral_months, nil, "a hidden answer of another comparison is not a fact")
end)
