-- The advisor's 50 what-if cases (issue 18): each with the whole ranking,
-- the highest level the plan can support and the exact set of warnings, as
-- a methodologist would give them.  The cases cover the disagreements the
-- issue lists (an earlier cohort, a strict cut-off beside matching, one area
-- against one, trials of 40 and 16, the stepped wedge, an earlier study's
-- 12-month effect, the pre-post MDES beside between-group designs) and the
-- rest of the decision guide (brief 5.2), on the real calculator.
--
-- Why the rankings are what they are (doc/advisor.md, "Ranking"): the
-- feasibility study first while it is not done; then the highest level a
-- design can support; then the strength of its causal claim on the Maryland
-- scale with the situation's points (which never cross a tier); then
-- designs large enough for the expected effect.  A design that cannot be
-- estimated supports no level and comes last.
local default_pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")
local advise = require("evalwiz.pack").module(default_pack, "advise")

local CASES = {
  { "the demo: a waiting list and a lottery, 360 families",
    facts = { stage = 6, randomise = "yes", unit = "individual", comparison = "waitlist", n = 360, effect = 0.3, attrition = 20, cutoff = "yes", timeseries = 24, r2 = 0.4 },
    ranking = { "individual_rct", "rdd", "its", "pre_post" }, level = 3, warnings = {} },
  { "an earlier cohort: matching cannot remove change over time (Level 2)",
    facts = { stage = 6, randomise = "no", comparison = "historical", n = 400, effect = 0.3 },
    ranking = { "matched", "pre_post" }, level = 2, warnings = { "underpowered" } },
  { "a plan that chose matching on an earlier cohort: Level 2",
    facts = { stage = 6, randomise = "no", comparison = "historical", n = 400, effect = 0.3, design = "matched" },
    ranking = { "matched", "pre_post" }, level = 2, warnings = { "underpowered" } },
  { "a strict cut-off and 12 earlier points, n 800: the discontinuity first",
    facts = { stage = 6, randomise = "no", cutoff = "yes", timeseries = 12, comparison = "matched", n = 800, effect = 0.3 },
    ranking = { "rdd", "matched", "did", "its", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "one area against one: difference-in-differences not estimable",
    facts = { stage = 6, randomise = "no", unit = "cluster", clusters = 2, cluster_size = 350, icc = 0.05, comparison = "natural", effect = 0.3 },
    ranking = { "pre_post", "did", "matched" }, level = 2, warnings = { "few_clusters" } },
  { "a plan that chose one area against one",
    facts = { stage = 6, randomise = "no", unit = "cluster", clusters = 2, cluster_size = 350, icc = 0.05, comparison = "natural", effect = 0.3, design = "did" },
    ranking = { "pre_post", "did", "matched" }, level = 0, warnings = { "few_clusters", "not_estimable" } },
  { "a trial of 40 families is a pilot",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 40, effect = 0.3 },
    ranking = { "individual_rct", "pre_post" }, level = 2, warnings = { "pilot_size" } },
  { "a trial of 16 families is a pilot",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 16, effect = 0.5 },
    ranking = { "individual_rct", "pre_post" }, level = 2, warnings = { "pilot_size" } },
  { "a stepped wedge, calculated, beside a parallel trial",
    facts = { stage = 6, randomise = "yes", unit = "cluster", rollout = "phased", clusters = 12, cluster_size = 30, icc = 0.05, steps = 4, effect = 0.3 },
    ranking = { "stepped_wedge", "cluster_rct", "pre_post" }, level = 3, warnings = { "few_clusters", "underpowered" } },
  { "an earlier Level 3 study with a 12-month effect counts toward Level 4",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 400, effect = 0.3, prior_level = 3, prior_12_months = "yes", followup_months = 6 },
    ranking = { "individual_rct", "pre_post" }, level = 4, warnings = {} },
  { "an earlier Level 3 study without a lasting effect and a short follow-up: Level 3",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 400, effect = 0.3, prior_level = 3, prior_12_months = "no", followup_months = 6 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = {} },
  { "an earlier Level 3 study and a 12-month follow-up: Level 4",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 400, effect = 0.3, prior_level = 3, followup_months = 12 },
    ranking = { "individual_rct", "pre_post" }, level = 4, warnings = {} },
  { "nothing but a before-and-after study",
    facts = { stage = 6, randomise = "no", comparison = "none", cutoff = "no", rollout = "all", timeseries = 0, n = 60, effect = 0.4 },
    ranking = { "pre_post" }, level = 2, warnings = {} },
  { "a natural comparison group of families",
    facts = { stage = 6, randomise = "no", comparison = "natural", n = 300, effect = 0.3, timeseries = 4 },
    ranking = { "did", "matched", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "ten areas compared, not randomised",
    facts = { stage = 6, randomise = "no", unit = "cluster", comparison = "natural", clusters = 10, cluster_size = 40, icc = 0.05, effect = 0.3 },
    ranking = { "did", "matched", "pre_post" }, level = 3, warnings = { "few_clusters", "underpowered" } },
  { "a cluster trial of 20 groups",
    facts = { stage = 6, randomise = "yes", unit = "cluster", clusters = 20, cluster_size = 15, icc = 0.05, effect = 0.3 },
    ranking = { "cluster_rct", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "a cluster trial of 8 groups",
    facts = { stage = 6, randomise = "yes", unit = "cluster", clusters = 8, cluster_size = 20, icc = 0.05, effect = 0.3 },
    ranking = { "cluster_rct", "pre_post" }, level = 3, warnings = { "few_clusters", "underpowered" } },
  { "a lottery and a cut-off: the trial first",
    facts = { stage = 6, randomise = "yes", unit = "individual", cutoff = "yes", n = 500, effect = 0.3 },
    ranking = { "individual_rct", "rdd", "pre_post" }, level = 3, warnings = {} },
  { "only a cut-off, n 1,500",
    facts = { stage = 6, randomise = "no", cutoff = "yes", n = 1500, effect = 0.25 },
    ranking = { "rdd", "pre_post" }, level = 3, warnings = {} },
  { "families below the cut-off as the comparison",
    facts = { stage = 6, randomise = "no", comparison = "below_cutoff", n = 1000, effect = 0.3 },
    ranking = { "rdd", "pre_post" }, level = 3, warnings = {} },
  { "a long series with a comparison series",
    facts = { stage = 6, randomise = "no", comparison = "natural", timeseries = 24, points_after = 12, n = 600, effect = 0.3 },
    ranking = { "did", "matched", "its", "pre_post" }, level = 3, warnings = {} },
  { "a long series and nothing else",
    facts = { stage = 6, randomise = "no", comparison = "none", timeseries = 36, points_after = 24 },
    ranking = { "its", "pre_post" }, level = 2, warnings = {} },
  { "a phased roll-out without a lottery",
    facts = { stage = 6, randomise = "no", rollout = "phased", comparison = "none", n = 400, effect = 0.3, timeseries = 6 },
    ranking = { "did", "pre_post" }, level = 3, warnings = {} },
  { "a waiting list not decided by lot",
    facts = { stage = 6, randomise = "no", comparison = "waitlist", n = 200, effect = 0.4 },
    ranking = { "matched", "did", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "randomisation not yet known",
    facts = { stage = 6, unit = "individual", n = 300, effect = 0.3 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "the unit of allocation not yet known",
    facts = { stage = 6, randomise = "yes", n = 300, effect = 0.3 },
    ranking = { "individual_rct", "cluster_rct", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "step 3: the feasibility study first",
    facts = { stage = 3, randomise = "yes", unit = "individual", n = 300, effect = 0.3 },
    ranking = { "feasibility", "individual_rct", "pre_post" }, level = 3, warnings = { "premature", "underpowered" } },
  { "step 5 with nothing stronger: the pilot",
    facts = { stage = 5, randomise = "no", comparison = "none", n = 50 },
    ranking = { "pre_post" }, level = 2, warnings = {} },
  { "a yes-or-no outcome the sample can detect",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 600, outcome = "binary", p0 = 0.3, p1 = 0.2 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = {} },
  { "a yes-or-no outcome too small a change",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 300, outcome = "binary", p0 = 0.3, p1 = 0.22 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "the demo delivered in groups of 10: under-powered",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 360, group_size = 10, group_icc = 0.05, effect = 0.3, attrition = 20, r2 = 0.4 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "matching with a stated design effect of 2",
    facts = { stage = 6, randomise = "no", comparison = "matched", n = 400, effect = 0.3, deff = 2 },
    ranking = { "matched", "did", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "difference-in-differences of 200 families",
    facts = { stage = 6, randomise = "no", comparison = "natural", n = 200, effect = 0.4, timeseries = 6 },
    ranking = { "did", "matched", "pre_post" }, level = 3, warnings = {} },
  { "groups randomised within 4 sites",
    facts = { stage = 6, randomise = "yes", unit = "cluster", clusters = 24, cluster_size = 15, icc = 0.05, sites = 4, effect = 0.3 },
    ranking = { "cluster_rct", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "families randomised within 5 sites",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 400, sites = 5, effect = 0.3 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = {} },
  { "groups of unequal size",
    facts = { stage = 6, randomise = "yes", unit = "cluster", clusters = 30, cluster_size = 20, icc = 0.05, cv = 0.6, effect = 0.3 },
    ranking = { "cluster_rct", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "an earlier cohort and a long series: the series first",
    facts = { stage = 6, randomise = "no", comparison = "historical", timeseries = 10, n = 300 },
    ranking = { "its", "matched", "pre_post" }, level = 2, warnings = {} },
  { "matched areas",
    facts = { stage = 6, randomise = "no", unit = "cluster", comparison = "matched", clusters = 30, cluster_size = 20, icc = 0.05, effect = 0.3 },
    ranking = { "matched", "did", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "groups assigned by a cut-off",
    facts = { stage = 6, randomise = "no", unit = "cluster", cutoff = "yes", clusters = 60, cluster_size = 20, icc = 0.1, effect = 0.4 },
    ranking = { "rdd", "pre_post" }, level = 3, warnings = { "underpowered" } },
  { "a plan's RCT with no lottery",
    facts = { stage = 6, randomise = "no", unit = "individual", comparison = "none", n = 300, design = "individual_rct" },
    ranking = { "pre_post" }, level = 2, warnings = { "design_unsupported" } },
  { "a plan's difference-in-differences with no comparison group",
    facts = { stage = 6, randomise = "no", comparison = "none", n = 300, design = "did" },
    ranking = { "pre_post" }, level = 2, warnings = { "design_unsupported" } },
  { "a plan's discontinuity design needs no other comparison group",
    facts = { stage = 6, randomise = "no", cutoff = "yes", comparison = "none", n = 2000, effect = 0.3, design = "rdd" },
    ranking = { "rdd", "pre_post" }, level = 3, warnings = {} },
  { "a plan's time series without a comparison series",
    facts = { stage = 6, randomise = "no", comparison = "none", timeseries = 24, points_after = 12, design = "its" },
    ranking = { "its", "pre_post" }, level = 2, warnings = {} },
  { "a plan's before-and-after study when a trial is possible",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 200, design = "pre_post" },
    ranking = { "individual_rct", "pre_post" }, level = 2, warnings = { "stronger_design" } },
  { "a plan's cluster trial of 2 groups",
    facts = { stage = 6, randomise = "yes", unit = "cluster", clusters = 2, cluster_size = 100, icc = 0.05, design = "cluster_rct" },
    ranking = { "pre_post", "cluster_rct" }, level = 0, warnings = { "few_clusters", "not_estimable" } },
  { "no expected effect given",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 100 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = {} },
  { "a series with no points after the start yet",
    facts = { stage = 6, randomise = "no", comparison = "none", timeseries = 30 },
    ranking = { "its", "pre_post" }, level = 2, warnings = {} },
  { "a stepped wedge with no steps given yet",
    facts = { stage = 6, randomise = "yes", unit = "cluster", rollout = "phased", clusters = 20, cluster_size = 20, icc = 0.05, effect = 0.3 },
    ranking = { "stepped_wedge", "cluster_rct", "pre_post" }, level = 3, warnings = {} },
  { "an earlier study found not effective",
    facts = { stage = 6, randomise = "yes", unit = "individual", n = 400, effect = 0.3, prior_level = 0, followup_months = 12 },
    ranking = { "individual_rct", "pre_post" }, level = 3, warnings = {} },
  { "a stepped wedge with large clusters",
    facts = { stage = 6, randomise = "yes", unit = "cluster", rollout = "phased", clusters = 12, cluster_size = 100, icc = 0.05, steps = 4, effect = 0.3 },
    ranking = { "stepped_wedge", "cluster_rct", "pre_post" }, level = 3, warnings = { "few_clusters" } },
}

local function ids(a)
  local out = {}
  for _, d in ipairs(a.designs) do out[#out + 1] = d.design end
  return out
end

local function warning_ids(a)
  local out = {}
  for _, w in ipairs(a.warnings) do out[#out + 1] = w.id end
  table.sort(out)
  return out
end

test("50 what-if cases: the whole ranking, the level and the warnings", function()
  eq(#CASES, 50, "fifty cases")
  for i, c in ipairs(CASES) do
    local a = advise.advise(c.facts)
    local what = string.format("case %d (%s)", i, c[1])
    eq(ids(a), c.ranking, what .. ": ranking")
    eq(a.max_level, c.level, what .. ": level")
    eq(warning_ids(a), c.warnings, what .. ": warnings")
  end
end)

local function case(name)
  for _, c in ipairs(CASES) do if c[1] == name then return advise.advise(c.facts) end end
  error("no case " .. name)
end

local function find(a, id)
  for _, d in ipairs(a.designs) do if d.design == id then return d end end
end

local function joined(list) return table.concat(list, "\n") end

test("what the disagreements of the issue now say", function()
  -- an earlier cohort: Level 2, and why
  local a = case("an earlier cohort: matching cannot remove change over time (Level 2)")
  matches(a.max_level_reason, "earlier cohort")
  matches(a.max_level_reason, "no matching removes change over time")
  -- the discontinuity's MDES carries Schochet's design effect, matching its own
  a = case("a strict cut-off and 12 earlier points, n 800: the discontinuity first")
  near(find(a, "rdd").mdes, 0.329, 0.0005, "RDD n 800")
  matches(joined(find(a, "rdd").threats), "design effect 2%.75")
  matches(joined(find(a, "matched").reasons), "design effect 1%.5")
  -- one area against one: no Level 3, no individual MDES, no "before the draw"
  a = case("one area against one: difference-in-differences not estimable")
  eq(find(a, "did").mdes, nil, "no MDES for a design that cannot be estimated")
  ok(find(a, "did").not_estimable, "marked not estimable")
  matches(joined(find(a, "did").threats), "cannot be told apart from a change that hit one area alone")
  local few
  for _, w in ipairs(a.warnings) do if w.id == "few_clusters" then few = w.message end end
  ok(not few:find("draw"), "no advice about the draw for a design with no draw")
  matches(few, "areas or groups compared")
  -- a randomised trial's few-clusters advice is about the draw
  a = case("a cluster trial of 8 groups")
  for _, w in ipairs(a.warnings) do if w.id == "few_clusters" then few = w.message end end
  matches(few, "before the draw")
  -- trials of 40 and 16 are pilots
  for _, name in ipairs({ "a trial of 40 families is a pilot", "a trial of 16 families is a pilot" }) do
    a = case(name)
    matches(a.max_level_reason, "pilot trial")
    matches(joined(a.designs[1].threats), "pilot trial")
  end
  -- the stepped wedge is calculated, with one comparison made one way
  a = case("a stepped wedge, calculated, beside a parallel trial")
  near(find(a, "stepped_wedge").mdes, 0.468, 0.0005, "Hussey & Hughes")
  local r = joined(find(a, "stepped_wedge").reasons)
  matches(r, "worked out the same way")
  matches(r, "the parallel trial needs fewer groups")
  ok(not joined(find(a, "cluster_rct").reasons):find("fewer"), "no second, contrary sentence")
  a = case("a stepped wedge with large clusters")
  matches(joined(find(a, "stepped_wedge").reasons), "the stepped wedge needs fewer groups")
  -- an earlier study's 12-month effect counts toward Level 4
  a = case("an earlier Level 3 study with a 12-month effect counts toward Level 4")
  matches(a.max_level_reason, "earlier rigorous study that showed an outcome lasting 12 months")
  -- the pre-post MDES is not a reason beside the between-group designs
  a = case("the demo: a waiting list and a lottery, 360 families")
  ok(not joined(find(a, "pre_post").reasons):find("standard deviations"), "no pre-post figure beside the trial")
  eq(find(a, "pre_post").mdes, nil)
  -- but it is shown, as change, when the pilot is all there is
  a = case("nothing but a before-and-after study")
  matches(joined(a.designs[1].reasons), "the smallest change %(not impact%)")
end)
