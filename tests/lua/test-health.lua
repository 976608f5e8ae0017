-- The plan health check: EIF's six pitfalls, each pass, warn, fail or n/a,
-- judged by the pack's design rules (wizard/rules.lua) on the real
-- calculator.  Every rule has a committing and a clean case below; the
-- issue's misses and false alarms each have theirs.
-- the default pack's modules (wizard/health.lua, rules.lua), as the pack loads them
local default_pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")
local health = require("evalwiz.pack").module(default_pack, "health")
local power = require("evalwiz.power")

local function by_id(list)
  local t = {}
  for _, r in ipairs(list) do t[r.id] = r end
  return t
end

local GOOD = {
  stage = 6, randomise = "yes", unit = "individual", design = "individual_rct", n = 400, effect = 0.3,
  attrition = 10, differential_attrition = 2, itt = "yes", measures_validated = "yes", followup_months = 12,
}

local function with(extra)
  local f = {}
  for k, v in pairs(GOOD) do f[k] = v end
  for k, v in pairs(extra) do if v == "nil" then f[k] = nil else f[k] = v end end
  return by_id(health.check(f))
end

test("six checks in EIF's order with id, title, status and reason", function()
  local list = health.check(GOOD)
  eq(#list, 6)
  local order = {}
  for _, r in ipairs(list) do
    order[#order + 1] = r.id
    ok(r.title ~= "" and r.reason ~= "", r.id)
    eq(getmetatable(r).__order, { "id", "title", "status", "reason" })
  end
  eq(order, { "comparison_group", "attrition", "exclusions", "measures", "sample_size", "follow_up" })
  eq(getmetatable(list).__kind, "seq")
end)

test("a well-planned trial passes every check", function()
  for id, r in pairs(with({})) do eq(r.status, "pass", id .. ": " .. r.reason) end
end)

-- Each rule: a plan that commits the pitfall and one that does not.  The
-- facts are those of GOOD with the changes given; status and a pattern of
-- the reason for both.
local RULES = {
  -- 1. comparison group
  { "pre-post has no comparison group", "comparison_group",
    { design = "pre_post" }, "warn", "Level 2 at most",
    { design = "individual_rct" }, "pass", "random allocation of families" },
  { "a time series needs a comparison series", "comparison_group",
    { design = "its", randomise = "no", comparison = "none", timeseries = 24 }, "warn", "without a comparison series",
    { design = "its", randomise = "no", comparison = "natural", timeseries = 24 }, "pass", "the trend before the start" },
  { "an RCT without random allocation fails (the design question's finding)", "comparison_group",
    { design = "individual_rct", randomise = "no" }, "fail", "cannot decide at random who gets the service",
    { design = "individual_rct", randomise = "yes" }, "pass", "random allocation" },
  { "a cluster trial that allocates individuals fails", "comparison_group",
    { design = "cluster_rct", unit = "individual" }, "fail", "allocates whole groups",
    { design = "cluster_rct", unit = "cluster", clusters = 40, cluster_size = 10, icc = 0.05 }, "pass", "random allocation of groups" },
  { "an individual trial of whole groups fails", "comparison_group",
    { design = "individual_rct", unit = "cluster" }, "fail", "use a cluster randomised trial",
    { design = "individual_rct", unit = "individual" }, "pass", "random allocation of families" },
  { "difference-in-differences with no comparison group fails", "comparison_group",
    { design = "did", randomise = "no", comparison = "none" }, "fail", "needs a comparison group",
    { design = "did", randomise = "no", comparison = "natural" }, "pass", "followed from before the start" },
  { "a phased roll-out is a difference-in-differences' comparison", "comparison_group",
    { design = "did", randomise = "no", comparison = "none", rollout = "all" }, "fail", "needs a comparison group",
    { design = "did", randomise = "no", comparison = "none", rollout = "phased" }, "pass", "followed from before the start" },
  { "matching on an earlier cohort stays at Level 2, whatever the design is called", "comparison_group",
    { design = "matched", randomise = "no", comparison = "historical" }, "warn", "earlier cohort.*Level 2 at most",
    { design = "matched", randomise = "no", comparison = "matched" }, "pass", "a matched comparison group" },
  { "a discontinuity design needs a cut-off", "comparison_group",
    { design = "rdd", randomise = "no", cutoff = "no", comparison = "none" }, "fail", "strict cut%-off",
    { design = "rdd", randomise = "no", cutoff = "yes", comparison = "none" }, "pass", "just the other side of the eligibility cut%-off" },
  { "one area against another is not estimable", "comparison_group",
    { design = "did", randomise = "no", unit = "cluster", comparison = "natural", clusters = 2, cluster_size = 300, icc = 0.05 }, "fail", "Not estimable",
    { design = "did", randomise = "no", unit = "cluster", comparison = "natural", clusters = 40, cluster_size = 50, icc = 0.05 }, "pass", "followed from before the start" },
  { "no design and no comparison group", "comparison_group",
    { design = "nil", randomise = "no", comparison = "none" }, "warn", "no comparison group",
    { design = "nil", randomise = "no", comparison = "waitlist" }, "pass", "waiting list" },
  { "no design and an earlier cohort", "comparison_group",
    { design = "nil", randomise = "no", comparison = "historical" }, "warn", "earlier cohort",
    { design = "nil", randomise = "no", comparison = "natural" }, "pass", "comparable group" },
  -- 2. attrition
  { "drop-out not stated", "attrition",
    { attrition = "nil" }, "warn", "not stated",
    { attrition = 10 }, "pass", "acceptable" },
  { "high drop-out", "attrition",
    { attrition = 25 }, "warn", "25%% expected drop%-out is high.*about 134 for every 100",
    { attrition = 20 }, "pass", "acceptable" },
  { "drop-out differing between groups", "attrition",
    { differential_attrition = 6 }, "warn", "by 6 points",
    { differential_attrition = 5 }, "pass", "differing by 5 points" },
  { "whole groups withdrawing", "attrition",
    { design = "cluster_rct", unit = "cluster", clusters = 40, cluster_size = 10, icc = 0.05, cluster_dropout = 20 }, "warn", "20%% of the groups may withdraw",
    { design = "cluster_rct", unit = "cluster", clusters = 40, cluster_size = 10, icc = 0.05, cluster_dropout = 5 }, "pass", "acceptable" },
  { "a time series of routine aggregate data has no drop-out (no false alarm)", "attrition",
    { design = "individual_rct", attrition = "nil" }, "warn", "not stated",
    { design = "its", randomise = "no", comparison = "natural", timeseries = 24, attrition = "nil" }, "na", "recruits no one" },
  -- 3. exclusions
  { "completers only", "exclusions",
    { itt = "no" }, "warn", "completers",
    { itt = "yes" }, "pass", "intention to treat" },
  { "intention to treat not stated", "exclusions",
    { itt = "nil" }, "warn", "Not stated",
    { itt = "yes" }, "pass", "intention to treat" },
  { "a time series of routine aggregate data allocates no one (no false alarm)", "exclusions",
    { design = "individual_rct", itt = "nil" }, "warn", "Not stated",
    { design = "its", randomise = "no", comparison = "none", timeseries = 24, itt = "nil" }, "na", "no one is allocated" },
  -- 4. measures
  { "a measure not validated", "measures",
    { measures_validated = "no" }, "warn", "not validated",
    { measures_validated = "yes" }, "pass", "valid and reliable" },
  { "a measure partly validated", "measures",
    { measures_validated = "partly" }, "warn", "partly",
    { measures_validated = "validated" }, "pass", "valid and reliable" },
  { "validation not stated", "measures",
    { measures_validated = "nil" }, "warn", "Not stated",
    { measures_validated = true }, "pass", "valid and reliable" },
  -- 5. sample size
  { "too small for the expected effect", "sample_size",
    { n = 300, attrition = 0 }, "warn", "0%.32 standard deviations, larger than the 0%.30",
    { n = 400, attrition = 0 }, "pass", "0%.28 standard deviations" },
  { "no expected effect and a large MDES", "sample_size",
    { effect = "nil", n = 150 }, "warn", "many services have smaller effects",
    { effect = "nil", n = 400, attrition = 0 }, "pass", "0%.28" },
  { "a pilot-sized trial", "sample_size",
    { n = 40, effect = 1 }, "warn", "pilot trial",
    { n = 400 }, "pass", "reliably detect" },
  { "few clusters in a randomised trial: balance the draw", "sample_size",
    { design = "cluster_rct", unit = "cluster", clusters = 8, cluster_size = 50, icc = 0.05, effect = 0.5 }, "warn", "before the draw",
    { design = "cluster_rct", unit = "cluster", clusters = 60, cluster_size = 20, icc = 0.05 }, "pass", "reliably detect" },
  { "few areas compared without randomising: add comparison areas", "sample_size",
    { design = "did", randomise = "no", comparison = "natural", unit = "cluster", clusters = 8, cluster_size = 100, icc = 0.02, cluster_autocorrelation = 0.8 }, "warn", "add comparison areas",
    { design = "did", randomise = "no", comparison = "natural", unit = "cluster", clusters = 40, cluster_size = 100, icc = 0.02, cluster_autocorrelation = 0.8 }, "pass", "reliably detect" },
  { "one area against another cannot be powered", "sample_size",
    { design = "did", randomise = "no", comparison = "natural", unit = "cluster", clusters = 2, cluster_size = 800, icc = 0.02 }, "fail", "Not estimable",
    { design = "did", randomise = "no", comparison = "natural", n = 400 }, "pass", "reliably detect" },
  { "a discontinuity design carries its design effect (the issue's RDD case)", "sample_size",
    { design = "rdd", randomise = "no", cutoff = "yes", n = 450, attrition = 0, effect = 0.3 }, "warn", "0%.44 standard deviations, larger than the 0%.30",
    { design = "rdd", randomise = "no", cutoff = "yes", n = 1600, effect = 0.3 }, "pass", "design effect 2%.75" },
  { "group delivery adds clustering", "sample_size",
    { n = 360, attrition = 20, r2 = 0.4, group_size = 10, group_icc = 0.05 }, "warn", "partially nested",
    { n = 360, attrition = 20, r2 = 0.4 }, "pass", "0%.26" },
  { "a yes-or-no outcome: the change expected against the change detectable", "sample_size",
    { outcome = "binary", p0 = 0.3, p1 = 0.22, n = 300 }, "warn", "likely to miss a real effect",
    { outcome = "binary", p0 = 0.3, p1 = 0.2, n = 700 }, "pass", "the change you expect" },
  { "a time series is judged in its own units", "sample_size",
    { design = "its", randomise = "no", comparison = "none", timeseries = 24, points_after = "nil" }, "na", "give the points after the start",
    { design = "its", randomise = "no", comparison = "none", timeseries = 24, points_after = 12 }, "na", "not against an effect size on children" },
  { "no sample yet", "sample_size",
    { n = "nil" }, "warn", "No sample size",
    { n = 1000 }, "pass", "reliably detect" },
  -- 6. follow-up
  { "no long-term follow-up", "follow_up",
    { followup_months = "nil" }, "warn", "No long%-term follow%-up",
    { followup_months = 24 }, "pass", "24 months" },
  { "a follow-up under 12 months", "follow_up",
    { followup_months = 11 }, "warn", "11 months",
    { followup_months = 12 }, "pass", "12 months" },
  { "an earlier rigorous study's 12-month effect counts", "follow_up",
    { followup_months = 6, prior_level = 3, prior_12_months = "no" }, "warn", "6 months",
    { followup_months = 6, prior_level = 3, prior_12_months = "yes" }, "pass", "earlier rigorous study already showed" },
  { "a follow-up after the waiting list gets the service has no comparison group", "follow_up",
    { followup_months = 18, comparison = "waitlist", deferral_months = 9, programme_months = 3 }, "warn", "no comparison group is left",
    { followup_months = 18, comparison = "waitlist", deferral_months = 24, programme_months = 3 }, "pass", "long enough to show a lasting effect" },
  { "a follow-up not offered for Level 4", "follow_up",
    { followup_months = 18, level4_claim = "no" }, "warn", "does not offer the follow%-up",
    { followup_months = 18, level4_claim = "yes" }, "pass", "long enough to show a lasting effect" },
  { "a before-and-after study has no follow-up to plan", "follow_up",
    { design = "individual_rct", followup_months = "nil" }, "warn", "No long%-term",
    { design = "pre_post", followup_months = "nil" }, "na", "cannot reach Level 4" },
}

test("every rule: a plan that commits the pitfall and one that does not", function()
  for i, r in ipairs(RULES) do
    local name, id = r[1], r[2]
    local bad = with(r[3])[id]
    eq(bad.status, r[4], string.format("rule %d (%s), committing: %s", i, name, bad.reason))
    matches(bad.reason, r[5], string.format("rule %d (%s), committing", i, name))
    local good = with(r[6])[id]
    eq(good.status, r[7], string.format("rule %d (%s), clean: %s", i, name, good.reason))
    matches(good.reason, r[8], string.format("rule %d (%s), clean", i, name))
  end
end)

test("the figures are the calculator's", function()
  -- the RDD case: 450 families, Schochet's design effect
  local r = with({ design = "rdd", randomise = "no", cutoff = "yes", n = 450, attrition = 0, effect = 0.3 }).sample_size
  matches(r.reason, string.format("%.2f", power.reported_mdes(power.mdes({ design = "rdd", n = 450 }))))
  -- the demo's trial delivered in groups: partially nested
  r = with({ n = 360, attrition = 20, r2 = 0.4, group_size = 10, group_icc = 0.05 }).sample_size
  matches(r.reason, string.format("%.2f", power.mdes({ design = "pn", n = 288, group_size = 10, icc = 0.05, r2 = 0.4 }).mdes))
  -- no design chosen: an individual trial is assumed
  eq(with({ design = "nil", n = 1000 }).sample_size.status, "pass")
end)

test("before the feasibility study is done, everything is n/a", function()
  for id, r in pairs(with({ stage = 3, design = "nil" })) do
    eq(r.status, "na", id)
    matches(r.reason, "step 3")
  end
  for id, r in pairs(with({ design = "feasibility" })) do eq(r.status, "na", id) end
  eq(with({ stage = 3 }).comparison_group.status, "pass", "a design chosen early is still checked")
  eq(with({ design = "made_up" }).comparison_group.status, "pass", "an unknown design is ignored")
end)

test("the text form has a heading and one line per pitfall", function()
  local t = health.format_text(health.check({ design = "pre_post", n = 30 }))
  matches(t, "^Plan health check")
  matches(t, "\n  warn  A robust comparison group: ")
  matches(t, "\n  n/a   Long%-term follow%-up: ")
  t = health.format_text(health.check({ design = "individual_rct", randomise = "no", n = 300 }))
  matches(t, "\n  FAIL  A robust comparison group: ")
  for line in t:gmatch("[^\n]+") do ok(#line <= 80, "too long: " .. line) end
end)

test("the pitfalls' list (what the checks file shows without running a check) is the check's order and titles", function()
  for _, facts in ipairs({ {}, GOOD }) do
    local got = health.check(facts)
    eq(#got, #health.PITFALLS, "six pitfalls")
    for i, r in ipairs(got) do
      eq(r.id, health.PITFALLS[i].id, "pitfall " .. i)
      eq(r.title, health.PITFALLS[i].title, "pitfall " .. i .. " title")
    end
  end
  -- and the pack's health checks are those, in that order
  local n = 0
  for _, c in ipairs(default_pack.checks) do
    if c.kind == "health" then
      n = n + 1
      eq(c.id, health.PITFALLS[n].id, "check " .. n)
      eq(c.title, health.PITFALLS[n].title, "check " .. n .. " title")
    end
  end
  eq(n, #health.PITFALLS, "health checks")
end)
