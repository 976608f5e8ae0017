-- The design advisor: every rule of the decision guide, each ceiling, each
-- warning, the ranking, the power figures and the parsing of facts.
-- the default pack's advisor (wizard/advise.lua), as the pack loads it
local default_pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")
local advise = require("evalwiz.pack").module(default_pack, "advise")

-- The advisor works its figures out with the real calculator (evalwiz.power,
-- checked against PowerUpR and R in test-power.lua and test-designs.lua).
local power = require("evalwiz.power")

local function ids(a)
  local out = {}
  for _, d in ipairs(a.designs) do out[#out + 1] = d.design end
  return out
end

local function top(facts) return advise.advise(facts).designs[1].design end

local function find(a, id)
  for _, d in ipairs(a.designs) do if d.design == id then return d end end
end

local function has_warning(a, id)
  for _, w in ipairs(a.warnings) do if w.id == id then return w end end
end

local function joined(list) return table.concat(list, "\n") end

-- ---- each design can come first -----------------------------------------

test("individual RCT when families can be allocated by lot", function()
  eq(top({ stage = 6, randomise = "yes", unit = "individual" }), "individual_rct")
  local a = advise.advise({ stage = 6, randomise = "yes", unit = "individual", comparison = "waitlist" })
  matches(joined(a.designs[1].reasons), "waiting list")
end)

test("cluster RCT when the service goes to whole groups", function()
  eq(top({ stage = 6, randomise = "yes", unit = "cluster" }), "cluster_rct")
  local a = advise.advise({ stage = 6, randomise = "yes", unit = "cluster" })
  eq(find(a, "individual_rct"), nil, "individuals cannot be randomised when groups receive it")
end)

test("stepped wedge when groups must all get it and the roll-out is staggered", function()
  local a = advise.advise({ stage = 6, randomise = "yes", unit = "cluster", rollout = "phased" })
  eq(ids(a)[1], "stepped_wedge")
  eq(ids(a)[2], "cluster_rct", "a parallel cluster trial is the next choice")
  matches(joined(find(a, "cluster_rct").reasons), "parallel cluster trial")
end)

test("phased start for families makes a delayed-start individual trial, not a stepped wedge", function()
  local a = advise.advise({ randomise = "yes", unit = "individual", rollout = "phased" })
  eq(ids(a)[1], "individual_rct")
  eq(find(a, "stepped_wedge"), nil)
  matches(joined(a.designs[1].reasons), "delayed%-start")
end)

test("regression discontinuity when a strict cut-off decides eligibility", function()
  eq(top({ stage = 6, randomise = "no", cutoff = "yes" }), "rdd")
  local a = advise.advise({ randomise = "yes", unit = "individual", cutoff = "yes" })
  eq(ids(a)[1], "individual_rct", "a trial beats a discontinuity design")
  eq(ids(a)[2], "rdd")
  matches(joined(find(a, "rdd").reasons), "fallback")
end)

test("difference-in-differences with a natural comparison group", function()
  local a = advise.advise({ stage = 6, randomise = "no", comparison = "natural" })
  eq(ids(a)[1], "did")
  eq(ids(a)[2], "matched", "matching is offered to strengthen it")
  matches(joined(find(a, "did").threats), "earlier data points", "no pre-period to check parallel trends")
  local b = advise.advise({ randomise = "no", comparison = "natural", timeseries = advise.TREND_POINTS })
  ok(not joined(find(b, "did").threats):find("earlier data points"), "enough pre-period points: no trend threat")
end)

test("matched comparison when records describe similar non-participants", function()
  local a = advise.advise({ stage = 6, randomise = "no", comparison = "matched" })
  eq(ids(a)[1], "matched")
  eq(ids(a)[2], "did")
end)

test("a non-random waiting list gives a matched comparison and a hint to randomise", function()
  local a = advise.advise({ randomise = "no", comparison = "waitlist" })
  eq(ids(a)[1], "matched")
  matches(joined(a.designs[1].reasons), "decided by lot")
  eq(find(a, "individual_rct"), nil, "the team said it cannot randomise")
end)

test("a historical cohort is a weaker matched comparison", function()
  local a = advise.advise({ randomise = "no", comparison = "historical" })
  eq(ids(a)[1], "matched")
  matches(joined(a.designs[1].threats), "a group followed at the same time is much stronger")
  eq(a.max_level, 2, "no matching removes change over time")
  local b = advise.advise({ randomise = "no", comparison = "matched" })
  ok(find(b, "matched").reasons[1] ~= a.designs[1].reasons[1])
end)

test("a phased roll-out without randomising offers later starters as a comparison", function()
  local a = advise.advise({ randomise = "no", rollout = "phased", comparison = "none" })
  eq(ids(a)[1], "did")
  matches(joined(a.designs[1].reasons), "stepped%-wedge")
end)

test("interrupted time series with a long run of routine data", function()
  eq(top({ stage = 6, randomise = "no", comparison = "none", timeseries = advise.ITS_MIN_POINTS }), "its")
  eq(top({ stage = 6, randomise = "no", comparison = "none", timeseries = advise.ITS_MIN_POINTS - 1 }), "pre_post")
  local a = advise.advise({ randomise = "no", comparison = "none", timeseries = 3 })
  matches(joined(a.designs[1].reasons), "with 8 or more, an interrupted time series")
end)

test("pre-post when nothing stronger is possible", function()
  local a = advise.advise({ stage = 6, randomise = "no", comparison = "none", cutoff = "no", rollout = "all", timeseries = 0 })
  eq(ids(a), { "pre_post" })
  matches(joined(a.designs[1].reasons), "what is possible")
  matches(joined(a.designs[1].threats), "regression to the mean")
end)

test("pre-post is always the last fallback after stronger designs", function()
  local a = advise.advise({ randomise = "yes", unit = "individual" })
  eq(ids(a)[#a.designs], "pre_post")
  matches(joined(a.designs[#a.designs].reasons), "fallback")
end)

test("at step 5 the pre-post pilot is named as EIF's usual study", function()
  local a = advise.advise({ stage = 5, randomise = "no", comparison = "none" })
  matches(joined(find(a, "pre_post").reasons), "step 5")
end)

test("feasibility comes first while the feasibility study is not done", function()
  for _, stage in ipairs({ 1, 2, 3, 4 }) do
    local a = advise.advise({ stage = stage, randomise = "yes", unit = "individual" })
    eq(ids(a)[1], "feasibility", "stage " .. stage)
    eq(ids(a)[2], "individual_rct", "the impact designs follow for later")
  end
  eq(top({ stage = 5, randomise = "yes", unit = "individual" }), "individual_rct")
  eq(find(advise.advise({ stage = 6 }), "feasibility"), nil)
end)

test("with nothing known, a trial is offered first with what is missing said", function()
  local a = advise.advise({})
  eq(ids(a)[1], "individual_rct")
  matches(joined(a.designs[1].reasons), "not said whether you can")
  ok(find(a, "cluster_rct"), "a cluster trial is offered when the unit is unknown")
  eq(#a.warnings, 0)
end)

-- ---- ceilings --------------------------------------------------------------

test("a pre-post design caps the plan at Level 2", function()
  local a = advise.advise({ randomise = "no", comparison = "none", prior_level = 3, followup_months = 24 })
  eq(a.max_level, 2)
  matches(a.max_level_reason, "at most Level 2")
  matches(a.max_level_reason, "cannot add to it", "prior Level 3 is higher than the design")
  eq(find(a, "pre_post").level, 2)
end)

test("a rigorous design supports Level 3", function()
  for _, facts in ipairs({
    { randomise = "yes", unit = "individual" },
    { randomise = "yes", unit = "cluster" },
    { randomise = "yes", unit = "cluster", rollout = "phased" },
    { randomise = "no", cutoff = "yes" },
    { randomise = "no", comparison = "natural" },
    { randomise = "no", comparison = "matched" },
  }) do
    local a = advise.advise(facts)
    eq(a.max_level, 3, a.designs[1].design)
    eq(a.designs[1].level, 3)
    matches(a.max_level_reason, "supports Level 3")
  end
end)

test("an interrupted time series without a comparison series caps at Level 2", function()
  local a = advise.advise({ randomise = "no", comparison = "none", timeseries = 24 })
  eq(a.designs[1].design, "its")
  eq(a.max_level, 2)
  matches(a.max_level_reason, "comparison series")
  local b = advise.advise({ randomise = "no", comparison = "natural", timeseries = 24 })
  eq(find(b, "its").level, 3)
end)

test("Level 4 needs a second rigorous study and an outcome lasting 12 months or more", function()
  local base = { randomise = "yes", unit = "individual" }
  local function with(extra)
    local f = {}
    for k, v in pairs(base) do f[k] = v end
    for k, v in pairs(extra) do f[k] = v end
    return advise.advise(f)
  end
  local a = with({ prior_level = 3, followup_months = 12 })
  eq(a.max_level, 4)
  matches(a.max_level_reason, "Level 4")
  local b = with({ prior_level = 3, followup_months = 6 })
  eq(b.max_level, 3)
  matches(b.max_level_reason, "your follow%-up is 6 months")
  local c = with({ prior_level = 2, followup_months = 24 })
  eq(c.max_level, 3)
  matches(c.max_level_reason, "second rigorous study")
  local d = with({ prior_level = 3 })
  eq(d.max_level, 3)
  matches(d.max_level_reason, "no follow%-up given")
  eq(with({ prior_level = 4, followup_months = 12 }).max_level, 4)
end)

test("while premature, the level is for the best design later", function()
  local a = advise.advise({ stage = 2, randomise = "yes", unit = "individual" })
  eq(a.max_level, 3)
  matches(a.max_level_reason, "feasibility study comes first")
end)

-- ---- warnings ------------------------------------------------------------

test("premature while the feasibility study is not done", function()
  local w = has_warning(advise.advise({ stage = 3 }), "premature")
  ok(w, "a premature warning at step 3")
  matches(w.message, "step 3")
  ok(has_warning(advise.advise({ stage = 4 }), "premature"), "step 4 is the feasibility study itself")
  ok(not has_warning(advise.advise({ stage = 5 }), "premature"))
  ok(not has_warning(advise.advise({}), "premature"), "no stage, no warning")
end)

test("under-powered when the smallest detectable effect exceeds the expected one", function()
  local a = advise.advise({ randomise = "yes", unit = "individual", n = 100, effect = 0.3 })
  local w = has_warning(a, "underpowered")
  ok(w, "100 families cannot detect 0.3")
  matches(w.message, "0%.57")
  -- the smallest n with MDES 0.3 or less (PowerUpR's mrss.ira1r1 rounds 350.6 to 351)
  eq(power.sample({ design = "ira", mdes = 0.3 }).n, 351)
  matches(w.message, "about 351 participants analysed")
  matches(joined(a.designs[1].threats), "PowerUp! formula for individual random assignment")
  local b = advise.advise({ randomise = "yes", unit = "individual", n = 400, effect = 0.3 })
  ok(not has_warning(b, "underpowered"), "400 families can")
  matches(joined(b.designs[1].reasons), "no larger than the 0%.30 you expect")
end)

test("without an expected effect, a large MDES is a threat but not a warning", function()
  local a = advise.advise({ randomise = "yes", unit = "individual", n = 100 })
  ok(not has_warning(a, "underpowered"))
  matches(joined(a.designs[1].threats), "say what effect you expect")
end)

test("under-powered cluster trial counts groups, not families", function()
  local a = advise.advise({ randomise = "yes", unit = "cluster", clusters = 20, cluster_size = 25, icc = 0.1, effect = 0.3 })
  local w = has_warning(a, "underpowered")
  ok(w)
  matches(w.message, "about 50 groups analysed")
  matches(joined(a.designs[1].threats), "20 clusters of 25 families")
end)

test("too few clusters below the threshold", function()
  local a = advise.advise({ randomise = "yes", unit = "cluster", clusters = advise.MIN_CLUSTERS - 1 })
  local w = has_warning(a, "few_clusters")
  ok(w)
  matches(w.message, "at least " .. advise.MIN_CLUSTERS)
  ok(not has_warning(advise.advise({ randomise = "yes", unit = "cluster", clusters = advise.MIN_CLUSTERS }), "few_clusters"))
  ok(not has_warning(advise.advise({ unit = "individual", clusters = 3 }), "few_clusters"))
end)

test("bad facts from a plan are ignored with a warning", function()
  local a = advise.advise({ randomise = "perhaps", n = 100 })
  local w = has_warning(a, "ignored_fact")
  ok(w)
  matches(w.message, "randomise")
  eq(a.facts.randomise, nil)
  eq(a.facts.n, 100)
end)

-- ---- power ---------------------------------------------------------------

test("the advisor's MDES is the calculator's, with the design's own adjustments", function()
  -- brief 5.4.5 example 1 (n = 200), PowerUpR mdes.ira1r1(n = 200)
  near(advise.mdes_for("individual_rct", { n = 200 }), 0.398166, 1e-5)
  -- example 5 (J = 20, n = 25, rho = .10): PowerUpR mdes.cra2r2
  near(advise.mdes_for("cluster_rct", { clusters = 20, cluster_size = 25, icc = 0.1 }), 0.488666, 1e-5)
  -- the groups from n / cluster size, and the default ICC when none is given
  near(advise.mdes_for("cluster_rct", { n = 500, cluster_size = 25 }), 0.488666, 1e-5)
  local _, how = advise.mdes_for("cluster_rct", { n = 500, cluster_size = 25 })
  matches(how, "an ICC of 0%.10 assumed")
  -- the exact paired test, r = 0.5 (test-power.lua: 0.4542569 at n 40)
  near(advise.mdes_for("pre_post", { n = 40 }), 0.4542569, 1e-5)
  -- the discontinuity: Schochet's design effect 2.75 on n 200, df n - 3
  near(advise.mdes_for("rdd", { n = 200 }), power.mdes({ design = "rdd", n = 200 }).mdes, 1e-12)
  ok(advise.mdes_for("rdd", { n = 200 }) > 1.6 * advise.mdes_for("individual_rct", { n = 200 }), "about sqrt(2.75) times a trial's")
  -- matching: the assumed design effect, or the one given
  near(advise.mdes_for("matched", { n = 200 }), power.mdes({ design = "matched", n = 200, deff = advise.MATCHING_DEFF }).mdes, 1e-12)
  near(advise.mdes_for("matched", { n = 200, deff = 1.2 }), power.mdes({ design = "matched", n = 200, deff = 1.2 }).mdes, 1e-12)
  -- a time series is in units of its own noise: no MDES to compare with an effect
  eq(advise.mdes_for("its", { timeseries = 24, points_after = 12 }), nil, "not comparable with effect sizes")
  eq(advise.mdes_for("individual_rct", {}), nil)
  -- drop-out and covariates are the plan's
  near(advise.mdes_for("individual_rct", { n = 360, attrition = 20, r2 = 0.4 }), power.mdes({ design = "ira", n = 288, r2 = 0.4 }).mdes, 1e-12)
end)

test("another calculator can stand in, and without one there is no figure", function()
  local calls = {}
  advise.set_power({
    mdes = function(spec)
      calls[#calls + 1] = spec
      if spec.design == "ira" then return { design = "ira", mdes = 0.398 } end
      return nil, "n is too small"
    end,
  })
  local v, how = advise.mdes_for("individual_rct", { n = 200 })
  eq(v, 0.398)
  matches(how, "PowerUp!")
  eq(calls[1], { design = "ira", n = 200, r2 = 0, alpha = 0.05, power = 0.8, tails = 2 })
  eq(advise.mdes_for("pre_post", { n = 40 }), nil, "a refusal gives no figure")
  advise.set_power(nil)
  eq(advise.mdes_for("individual_rct", { n = 200 }), nil, "no calculator, no figure")
  advise.set_power(power)
end)

-- ---- ranking -------------------------------------------------------------

test("designs are ranked by strength when several fit", function()
  local a = advise.advise({ randomise = "yes", unit = "individual", cutoff = "yes", comparison = "natural", timeseries = 12 })
  eq(ids(a), { "individual_rct", "rdd", "did", "matched", "its", "pre_post" })
end)

test("an under-powered discontinuity design stays above a weaker design, saying why", function()
  -- a stronger design is not put below a weaker one for its sample: the
  -- threat says it is too small and how many it would need
  local a = advise.advise({ randomise = "no", cutoff = "yes", comparison = "natural", n = 400, effect = 0.3 })
  eq(ids(a), { "rdd", "did", "matched", "pre_post" })
  ok(find(a, "rdd").threats[1]:find("Too small"), "the RDD says it is too small")
  matches(find(a, "rdd").threats[1], "you would need about %d+ participants analysed")
  -- between designs of the same strength, one large enough comes first
  local b = advise.advise({ randomise = "yes", unit = "cluster", rollout = "phased", clusters = 12, cluster_size = 100, icc = 0.05, steps = 4, effect = 0.3 })
  eq(ids(b)[1], "stepped_wedge")
end)

test("every design id in the output is in the catalogue", function()
  local known = {}
  for _, d in ipairs(advise.CATALOGUE) do known[d.id] = true end
  for _, id in ipairs({ "individual_rct", "cluster_rct", "stepped_wedge", "rdd", "did", "matched", "its", "pre_post", "feasibility" }) do
    ok(known[id], id)
  end
end)

-- ---- facts ---------------------------------------------------------------

test("facts from the command line are checked and typed", function()
  local f = advise.parse_facts({ "stage=6", "randomise=Yes", "n=200", "icc=0.05", "prior_level=l3", "effect= 0.25" })
  eq(f.stage, 6)
  eq(math.type(f.stage), "integer")
  eq(f.randomise, "yes")
  eq(f.icc, 0.05)
  eq(f.prior_level, 3)
  eq(f.effect, 0.25)
end)

test("an unknown fact is a usage error naming the facts", function()
  local f, msg, kind = advise.parse_facts({ "colour=red" })
  eq(f, nil)
  eq(kind, "usage")
  matches(msg, 'unknown fact "colour"')
  matches(msg, "stage, randomise, unit")
  local _, msg2, kind2 = advise.parse_facts({ "stage" })
  eq(kind2, "usage")
  matches(msg2, "KEY=VALUE")
end)

test("a bad value is a data error naming the key and what it takes", function()
  local cases = {
    { "randomise=maybe", 'randomise: "maybe" is not allowed; use yes or no' },
    { "comparison=other", "use none, waitlist, matched, natural, historical or below_cutoff" },
    { "stage=11", "stage: \"11\" is not allowed; use a whole number from 1 to 10" },
    { "n=1.5", "a whole number of at least 2" },
    { "icc=1", "a number from 0 and below 1" },
    { "effect=0", "a number above 0 to 5" },
    { "prior_level=1", "use 0, 2, 3 or 4" },
    { "followup_months=-3", "at least 0" },
    { "clusters=abc", "clusters:" },
  }
  for _, c in ipairs(cases) do
    local f, msg, kind = advise.parse_facts({ c[1] })
    eq(f, nil, c[1])
    eq(kind, "data", c[1])
    ok(msg:find(c[2], 1, true), c[1] .. ": " .. msg)
  end
end)

test("typed plan values are accepted: booleans for yes/no, numbers", function()
  eq(advise.check_fact("randomise", true), "yes")
  eq(advise.check_fact("cutoff", false), "no")
  eq(advise.check_fact("prior_level", 2), 2)
  eq(advise.check_fact("timeseries", 12.0), 12)
  eq(advise.check_fact("unit", true), nil)
end)

-- ---- output --------------------------------------------------------------

test("the advice keeps its key order and marks its lists", function()
  local a = advise.advise({ randomise = "no", comparison = "none" })
  eq(getmetatable(a).__order, { "designs", "max_level", "max_level_reason", "warnings", "facts" })
  eq(getmetatable(a.warnings).__kind, "seq", "an empty warning list stays a list")
  eq(getmetatable(a.designs[1].reasons).__kind, "seq")
  eq(getmetatable(a.designs[1]).__order[1], "design")
end)

test("the text form lists designs, the level and the warnings", function()
  local t = advise.format_text(advise.advise({ stage = 2, randomise = "yes", unit = "individual" }))
  matches(t, "^Designs that fit, best first:")
  matches(t, "\n1%. Feasibility study first")
  matches(t, "Highest evidence level this plan can support: Level 3")
  matches(t, "Warnings:\n   %- Premature")
  for line in t:gmatch("[^\n]+") do
    ok(#line <= 90, "line too long: " .. line)
  end
end)

-- ---- the session: facts from a plan ---------------------------------------

local core = require("evalwiz.core")

local PLAN = {
  evalwiz = 1,
  answers = {
    opening = { steps_done = { "theory_of_change", "logic_model", "blueprint" }, prior_level = "l3" },
    theory_of_change = { eligibility_score = true },
    impact = { randomise = false, unit = "individual", comparison = "natural", participants = 300,
      effect_size = 0.25, timeseries_points = 4, rollout = "all", design = "did", attrition = 10, itt = true },
    follow_up = { months = 24 },
  },
}

test("the plan's facts come from the facts file the pack declares", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open(PLAN, {}, "p.yaml")
  local f = core.plan_facts()
  eq(f.stage, 4, "the first step not done is the process study")
  eq(f.prior_level, 3)
  eq(f.randomise, "no")
  eq(f.cutoff, "yes", "from the theory of change when the impact step does not say")
  eq(f.n, 300)
  eq(f.effect, 0.25)
  eq(f.timeseries, 4)
  eq(f.followup_months, 24)
  eq(f.design, "did")
  eq(f.itt, "yes")
end)

test("a pack without an advisor says so (exit 69), and has no facts", function()
  core.load_pack(srcdir .. "/tests/data/packs/good", "good")
  core.open({ evalwiz = 1, answers = {} }, {}, "p.yaml")
  local r = core.advise({}, true)
  eq(r.status, 69)
  matches(r.message, "^the pack test%-pack has no design advisor$")
  eq(core.plan_facts(), {})
  eq(core.health().items, {})
  eq(core.health().text, "")
end)

test("core.advise uses the plan's facts, and --fact values override them", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open(PLAN, {}, "p.yaml")
  local r = core.advise({}, true)
  eq(r.status, 0)
  eq(r.advice.designs[1].design, "feasibility", "stage 4 from steps_done")
  eq(r.advice.designs[2].design, "rdd", "the cut-off from the theory of change")
  matches(r.text, "^Designs that fit")
  local r2 = core.advise({ "stage=6", "cutoff=no" }, true)
  eq(r2.advice.designs[1].design, "did")
  eq(r2.advice.max_level, 4, "prior Level 3 and a 24-month follow-up")
  local r3 = core.advise({ "stage=6" }, false)
  eq(r3.advice.facts.n, nil, "without the plan, only the given facts")
  eq(core.advise({ "nope=1" }, false).status, 64)
  eq(core.advise({ "n=x" }, false).status, 65)
end)

test("core.health and core.glossary_terms", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open(PLAN, {}, "p.yaml")
  local h = core.health()
  eq(#h.items, 6)
  eq(h.items[1].id, "comparison_group")
  eq(h.items[1].status, "pass", "a chosen design is checked even before the feasibility study")
  matches(h.text, "^Plan health check")
  local t = core.glossary_terms("Will you analyse by ITT? Say how you keep attrition low.")
  eq(#t, 2)
  eq(t[1].term, "Intention to treat")
  eq(t[2].term, "Attrition")
  eq(getmetatable(core.glossary_terms("")).__kind, "seq")
end)

-- ---- a plan that has chosen its design ----------------------------------------

test("a chosen design sets the level, and a stronger possible design is pointed out", function()
  local a = advise.advise({ randomise = "yes", unit = "individual", comparison = "none", design = "pre_post" })
  eq(a.max_level, 2, "the plan's own design decides what it can support")
  matches(a.max_level_reason, "^The plan's design is the single%-group")
  local w = has_warning(a, "stronger_design")
  ok(w)
  matches(w.message, "could support Level 3")
  eq(a.designs[1].design, "individual_rct", "the ranking is unchanged")
  eq(a.facts.design, "pre_post")
end)

test("a chosen design of equal strength raises no warning", function()
  local a = advise.advise({ randomise = "no", comparison = "natural", design = "matched" })
  eq(a.max_level, 3)
  eq(#a.warnings, 0)
end)

test("a chosen design the answers do not support is flagged", function()
  local a = advise.advise({ randomise = "no", comparison = "none", design = "individual_rct" })
  local w = has_warning(a, "design_unsupported")
  ok(w)
  matches(w.message, "cannot decide at random who gets the service")
  eq(a.max_level, 2, "judged on the chosen design: without a lottery it is no randomised trial")
  local b = advise.advise({ randomise = "no", comparison = "none", timeseries = 2, design = "its" })
  ok(has_warning(b, "design_unsupported"))
  eq(b.max_level, 2, "a time series without a comparison series")
  ok(not has_warning(advise.advise({ design = "nonsense" }), "design_unsupported"), "an unknown design is ignored")
  eq(advise.advise({ design = "feasibility", randomise = "yes", unit = "individual" }).max_level, 3,
    "feasibility as the design: judged on the best impact design")
end)

test("the under-powered warning is about the chosen design", function()
  local a = advise.advise({ randomise = "yes", unit = "individual", n = 60, effect = 0.5, design = "pre_post" })
  ok(not has_warning(a, "underpowered"), "a pre-post of 60 can detect change of 0.5")
  local b = advise.advise({ randomise = "yes", unit = "individual", n = 60, effect = 0.5 })
  ok(has_warning(b, "pilot_size"), "a trial of 60 is a pilot")
  local c = advise.advise({ randomise = "yes", unit = "individual", n = 100, effect = 0.5 })
  ok(has_warning(c, "underpowered"), "a trial of 100 cannot detect 0.5")
end)

test("the chosen design is judged with the plan's own sample, covariates and drop-out", function()
  -- the demo: 360 families, 20% lost, baseline measures explain 40%
  local a = advise.advise({ randomise = "yes", unit = "individual", n = 360, attrition = 20, r2 = 0.4, effect = 0.3, design = "individual_rct" })
  ok(not has_warning(a, "underpowered"), "0.26 with covariates after drop-out is enough")
  matches(joined(a.designs[1].reasons), "288 participants analysed %(after 20%% drop%-out%)")
  local b = advise.advise({ randomise = "yes", unit = "individual", n = 300, effect = 0.3, design = "individual_rct" })
  ok(has_warning(b, "underpowered"), "without covariates, 300 cannot detect 0.3 (0.32)")
  -- delivered in groups, the same trial is too small
  local c = advise.advise({ randomise = "yes", unit = "individual", n = 360, attrition = 20, r2 = 0.4, effect = 0.3,
    group_size = 10, group_icc = 0.05, design = "individual_rct" })
  ok(has_warning(c, "underpowered"), "group delivery adds to the MDES")
  matches(joined(c.designs[1].threats), "partially nested")
end)

test("the sample needed is the calculator's", function()
  local a = advise.advise({ randomise = "yes", unit = "individual", n = 100, effect = 0.3 })
  matches(has_warning(a, "underpowered").message, "about 351 participants analysed")
  local b = advise.advise({ randomise = "yes", unit = "cluster", clusters = 20, cluster_size = 25, icc = 0.1, effect = 0.2 })
  -- the smallest J with PowerUp's cra2 MDES at most 0.2
  local need = power.sample({ design = "cra2", mdes = 0.2, cluster_size = 25, icc = 0.1, r2_1 = 0, r2_2 = 0, cv = 0 }).clusters
  matches(has_warning(b, "underpowered").message, string.format("about %d groups analysed", need))
end)

test("Level 4 needs a comparison group at the follow-up", function()
  -- the waiting list offered the service at 9 months: a follow-up 18 months
  -- after a 3-month programme (21 months after allocation) has none
  local base = { randomise = "yes", unit = "individual", n = 400, prior_level = 3, followup_months = 18,
    comparison = "waitlist", programme_months = 3 }
  local f = {}
  for k, v in pairs(base) do f[k] = v end
  f.deferral_months = 9
  local a = advise.advise(f)
  eq(a.max_level, 3)
  matches(a.max_level_reason, "against a comparison group %(the follow%-up is about 21 months after allocation, but the waiting list is offered the service at 9 months%)")
  f.deferral_months = 24
  eq(advise.advise(f).max_level, 4, "the waiting list kept until after the follow-up")
  f.level4_claim = "no"
  local b = advise.advise(f)
  eq(b.max_level, 3, "the plan does not offer its follow-up for Level 4")
  matches(b.max_level_reason, "does not offer its follow%-up for Level 4")
end)
