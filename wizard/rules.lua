-- rules.lua: the default pack's design rules, declared once and read by the
-- design advisor (advise.lua), the plan health check (health.lua), the
-- facts (facts.lua) and the impact step's questions and panel
-- (06-impact.lua): what each design is, what it needs, the highest EIF
-- level it can support and why not more, how its sample is worked out, and
-- what it must be warned about.  doc/advisor.md gives every rule its source.
--
-- Facts are the advisor's (advise.FACTS; facts.lua reads them from a plan):
-- stage, randomise, unit, comparison, cutoff, rollout, timeseries, n,
-- clusters, cluster_size, icc, effect, followup_months, prior_level,
-- prior_12_months, and the calculator's: outcome, p0, p1, rate0, rate1,
-- sites, group_size, group_icc, cv, steps, cutoff_share, points_after,
-- autocorrelation, deff, r, r2, alpha, power, attrition and cluster_dropout
-- (both in percent, as the plan asks them).
local M = {}

-- Thresholds, named so that a methodologist can find and change them.  The
-- brief does not confirm EIF numbers for any of them (2.3: "do not hard-code
-- EIF-specific numbers"); each is a stated default.
M.FEASIBILITY_STAGE = 4      -- stage is the first step not done: 4 or less means the feasibility study is not done
M.PILOT_STAGE = 5            -- the pilot impact study is step 5
M.MIN_CLUSTERS = 20          -- fewer groups than this: chance imbalance and fragile statistics (brief 5.1, 5.4.5)
M.MIN_AREAS_EACH_SIDE = 2    -- fewer areas than this on either side: the effect is confounded with one area's shocks
M.ITS_MIN_POINTS = 8         -- an interrupted time series needs a long run before the start (brief 5.1: 8-12)
M.TREND_POINTS = 3           -- earlier points needed to see whether two groups moved in parallel
M.LONG_TERM_MONTHS = 12      -- Level 4 needs a child outcome improved for a year or more (brief 2.1)
M.RIGOROUS_LEVEL = 3         -- a rigorous study supports Level 3; a second, with a lasting outcome, Level 4
M.PREPOST_R = 0.5            -- assumed correlation of before and after scores (brief 5.4.4)
M.DEFAULT_ICC = 0.10         -- assumed when a cluster design has no ICC (brief 5.4.3: 0.05-0.20)
M.DEFAULT_GROUP_ICC = 0.05   -- assumed between families who share a programme group, when none is given [K]
M.MATCHING_DEFF = 1.5        -- assumed design effect of matching or weighting when none is given [K]
M.SMALL_SAMPLE_MDES = 0.4    -- the brief's flag for a small sample (2.3, pitfall 5)
M.PILOT_MDES = 0.8           -- a study that can only detect a "large" effect (Cohen 1988) is a pilot [I]
M.PILOT_N = 70               -- fewer analysed than an external pilot needs to estimate an SD (Teare et al. 2014: 35 a group)
M.ATTRITION_HIGH = 20        -- percent of participants lost by the outcome measure [K]
M.DIFFERENTIAL_HIGH = 5      -- percentage points more lost from one group than the other [K]
M.CLUSTER_DROPOUT_HIGH = 10  -- percent of groups expected to withdraw [K]

-- ---- the designs ---------------------------------------------------------------
-- strength follows the Maryland Scientific Methods Scale (brief 2.2, 5.1):
-- randomised 5, regression discontinuity 4, difference-in-differences,
-- matching and a time series with a comparison series 3, before and after 1.

M.DESIGNS = {
  { id = "feasibility", name = "Feasibility study first (implementation and process study)", strength = 0, ceiling = 0,
    well_run = "with progression criteria set in advance",
    threats = {
      "It does not measure impact on children, so on its own it supports no evidence level.",
      "Set progression criteria in advance (recruitment, retention, fidelity), or the go/no-go decision becomes a matter of opinion.",
    } },
  { id = "individual_rct", name = "Individual randomised controlled trial (RCT)", strength = 5, ceiling = 3,
    randomised = true, allocates = "individual",
    comparison = "random allocation of families",
    well_run = "with low and even drop-out, everyone analysed in the group they were allocated to, and validated measures",
    threats = {
      "Contamination: families in the control group may pick up the programme from participants or from shared practitioners.",
      "Drop-out, especially if more families leave one group than the other.",
      "Everyone allocated must be analysed in the group they were allocated to (intention to treat), completers or not.",
      "Control families who know they missed out may lose heart or drop out; a waiting list or a usual-service offer helps.",
    } },
  { id = "cluster_rct", name = "Cluster randomised controlled trial", strength = 5, ceiling = 3,
    randomised = true, allocates = "cluster", clustered = true,
    comparison = "random allocation of groups",
    well_run = "with low and even drop-out, everyone analysed in the group they were allocated to, and validated measures",
    threats = {
      "Families in the same group resemble each other (the ICC), so power depends mainly on the number of groups, not families.",
      "Recruit and consent the groups, and ideally the families, before the draw; otherwise who joins can differ between arms.",
      "Whole groups may withdraw after the draw; say how many you expect and keep them in the analysis if you can.",
      "The analysis must allow for the clustering (analyse at the level of allocation or use a multilevel model).",
    } },
  { id = "stepped_wedge", name = "Stepped-wedge trial (randomised phased roll-out)", strength = 5, ceiling = 3,
    randomised = true, allocates = "cluster", clustered = true,
    comparison = "a random order of start for the groups",
    well_run = "with the groups starting in the drawn order, time allowed for in the analysis, and validated measures",
    threats = {
      "Outcomes that drift over time get mixed up with the roll-out unless the analysis allows for time.",
      "It runs longer than a parallel trial, and every step must start on schedule.",
      "Groups that delay or refuse their start date break the random order.",
    } },
  { id = "rdd", name = "Regression discontinuity design", strength = 4, ceiling = 3,
    comparison = "families just the other side of the eligibility cut-off",
    well_run = "with the cut-off applied strictly, enough families near it, and validated measures",
    threats = {
      "The effect is only estimated for families near the cut-off score, not for everyone.",
      "It needs about 2.75 times the sample of a trial when the cut-off is in the middle of the scores (Schochet 2008).",
      "If staff nudge scores so that families just qualify, the design fails: the cut-off must be applied strictly and consistently.",
    } },
  { id = "did", name = "Difference-in-differences", strength = 3, ceiling = 3, needs_comparison = true,
    comparison = "a comparison group followed from before the start",
    well_run = "with the groups shown to be moving in parallel before the start, low drop-out and validated measures",
    threats = {
      "It assumes both groups would have changed in the same way without the service (parallel trends).",
      "Anything else that changes for only one group at the same time (a new service, a policy) will look like an effect.",
      "The make-up of the groups must stay stable over the period.",
    } },
  { id = "matched", name = "Matched comparison group (for example propensity score matching)", strength = 3, ceiling = 3,
    needs_comparison = true,
    comparison = "a matched comparison group",
    well_run = "with the groups shown to be alike before the start (baseline equivalence), low drop-out and validated measures",
    threats = {
      "Matching balances only what was measured; families who choose or are chosen for the service may differ in ways no record shows.",
      "Some participants may have no good match (lack of common support) and have to be left out; weighting costs precision.",
      "Show that the groups were alike before the service started (baseline equivalence), or the claim falls to Level 2.",
    } },
  { id = "its", name = "Interrupted time series", strength = 3, ceiling = 3, aggregate = true,
    comparison = "the trend before the start, with a comparison series",
    well_run = "with a comparison series, a long stable run of data and no change in how the outcome is recorded",
    threats = {
      "Anything else that started at the same time will look like an effect; a comparison series guards against it.",
      "A change in how the outcome is recorded can mimic or hide an effect.",
      "Seasonal patterns and the natural up-and-down of the series must be allowed for.",
    } },
  { id = "pre_post", name = "Single-group before-and-after (pre-post) study", strength = 1, ceiling = 2,
    well_run = "with a validated measure and a statistical test of the change",
    threats = {
      "Children change as they grow, with or without the service (maturation).",
      "Families referred at a crisis point tend to improve anyway (regression to the mean).",
      "Other services or events at the same time can cause the change (history).",
      "It shows change, not cause: at most Level 2.",
    } },
}
local BY_ID = {}
for i, d in ipairs(M.DESIGNS) do d.order = i; BY_ID[d.id] = d end
M.BY_ID = BY_ID

function M.is_design(id) return type(id) == "string" and BY_ID[id] ~= nil end
function M.design(id) return BY_ID[id] end

-- The design's name in a sentence: "cluster randomised controlled trial".
function M.words(id)
  local d = BY_ID[id]
  if not d then return tostring(id) end
  return (d.name:gsub(" %(.*%)$", ""):lower())
end

-- What each design needs from the facts.
M.NEEDS = {
  individual_rct = "the freedom to decide by lot which families get the service, for a service given family by family",
  cluster_rct = "the freedom to decide by lot which groups get the service",
  stepped_wedge = "drawing lots for the order in which groups start a phased roll-out",
  rdd = "eligibility decided by a score with a strict cut-off",
  did = "a comparison group measured before and after, or a phased roll-out",
  matched = "records on similar families who did not get the service",
  its = string.format("at least %d earlier data points of the outcome", M.ITS_MIN_POINTS),
}

local LEVEL_NAME = { [0] = "below Level 2 (NL2)", [2] = "Level 2", [3] = "Level 3", [4] = "Level 4" }
function M.level_name(l) return LEVEL_NAME[l] or ("Level " .. tostring(l)) end

local function add(t, fmt, ...) t[#t + 1] = select("#", ...) > 0 and string.format(fmt, ...) or fmt end

-- ---- what the answers say against the design ------------------------------------
-- The findings the impact step's design question gives (its validator) and
-- the health check reads, from one list: { id, message, health = "fail"
-- (the design is not what its name says) or "warn", field = "error" or
-- "warning" (how the question shows it) }.  message is the question's text.

local COMPARISON_NEEDED = "this design needs a comparison group, but you said there is none; say who the comparison group would be"

function M.conflicts(design, f)
  local out = {}
  local d = BY_ID[design]
  if not d then return out end
  local function found(id, health, field, msg) out[#out + 1] = { id = id, health = health, field = field, message = msg } end
  if d.randomised and f.randomise == "no" then
    found("not_randomised", "fail", "error", "a randomised design needs random allocation, but you said you cannot decide at random who gets the service first")
  end
  if design == "individual_rct" and f.unit == "cluster" then
    found("unit", "fail", "error", "you chose whole groups as the unit of allocation: use a cluster randomised trial or a stepped-wedge trial")
  end
  if design == "cluster_rct" and f.unit == "individual" then
    found("unit", "fail", "error", "a cluster randomised trial allocates whole groups: answer \"whole groups (clusters)\" to the question about what you would allocate")
  end
  if design == "rdd" and f.cutoff == "no" then
    found("no_cutoff", "fail", "warning", "a regression discontinuity needs eligibility decided by a score with a strict cut-off, but you said eligibility is not decided that way")
  end
  -- a phased roll-out gives a difference-in-differences its comparison: the
  -- areas that start later
  local phased_did = design == "did" and f.rollout == "phased"
  if d.needs_comparison and f.comparison == "none" and not phased_did then
    found("no_comparison", "fail", "warning", COMPARISON_NEEDED)
  elseif d.randomised and f.comparison == "none" then
    found("no_comparison", "warn", "warning", COMPARISON_NEEDED)
  end
  if design == "its" and f.timeseries and f.timeseries < M.ITS_MIN_POINTS then
    found("short_series", "warn", "warning", string.format("an interrupted time series needs a long run of data before the start (at least %d points); you have %d",
      M.ITS_MIN_POINTS, f.timeseries))
  end
  return out
end

-- ---- the sample: the calculator's inputs for a design ---------------------------

local function num(v) if type(v) == "number" and v == v then return v end return nil end

local function kept(v, pct)
  pct = num(pct) or 0
  return v * (1 - pct / 100)
end

-- The people analysed and the groups kept after drop-out.
local function analysed(f)
  local n = num(f.n) and math.max(2, math.floor(kept(f.n, f.attrition))) or nil
  local clusters = num(f.clusters)
  if not clusters and num(f.n) and num(f.cluster_size) and f.cluster_size > 0 then
    -- the groups the participants make, when only their size is given
    clusters = math.floor(f.n / f.cluster_size)
  end
  local J = clusters and math.max(2, math.floor(kept(clusters, f.cluster_dropout))) or nil
  local m = num(f.cluster_size) and math.max(1, math.floor(kept(f.cluster_size, f.attrition))) or nil
  return n, J, m
end

local function words_list(t)
  if #t == 0 then return "" end
  return "; " .. table.concat(t, "; ")
end

-- The calculator's spec for design, the words for how it was worked out and
-- for the sample, or nil and why not.
-- the calculators whose p is the share of units allocated to the programme
local ALLOCATED = { ira = true, bira2 = true, cra2 = true, bcra3 = true, cra3 = true, pn = true }

function M.spec(design, f)
  local n, J, m = analysed(f)
  local s = { alpha = num(f.alpha) or 0.05, power = num(f.power) or 0.8, tails = 2 }
  local how, assumed = nil, {}
  local r2 = num(f.r2) or 0
  local outcome = f.outcome
  local sample
  local function icc()
    if num(f.icc) then return f.icc end
    assumed[#assumed + 1] = string.format("an ICC of %.2f assumed", M.DEFAULT_ICC)
    return M.DEFAULT_ICC
  end
  local function rates()
    if outcome == "binary" then
      if not num(f.p0) then return nil, "give the share of comparison families with the outcome" end
      s.outcome, s.p0 = "binary", f.p0
    elseif outcome == "count" then
      if not num(f.rate0) then return nil, "give the rate of events without the programme" end
      s.outcome, s.rate0 = "count", f.rate0
    end
    return true
  end
  local need_n = "enter the number of participants to see the smallest detectable effect"
  local need_j = "enter the number of clusters and the families per cluster to see the smallest detectable effect"
  local grouped = f.unit == "cluster"
  if design == "individual_rct" or (design == "matched" or design == "rdd") and not grouped then
    if not n then return nil, need_n end
    sample = string.format("%d participants analysed", n)
    local deff, deff_words = 1, nil
    if design == "matched" then
      deff = num(f.deff) or M.MATCHING_DEFF
      deff_words = num(f.deff) and string.format("design effect of matching %.2g, as stated", deff)
        or string.format("matching or weighting assumed to cost a third of the precision (design effect %.2g, Kish 1965)", deff)
    elseif design == "rdd" then
      local p = num(f.cutoff_share) or 0.5
      deff = calc.power.rdd_design_effect(p, "normal")
      deff_words = string.format("the discontinuity design effect %.2f of a normal score with %d%% on the service side (Schochet 2008)", deff, math.floor(p * 100 + 0.5))
    end
    if outcome == "binary" or outcome == "count" then
      local ok, why = rates()
      if not ok then return nil, why end
      s.n = math.max(2, math.floor(n / deff))
      if deff > 1 then assumed[#assumed + 1] = deff_words .. string.format(": counted as %d", s.n) end
      how = outcome == "binary" and "R's power.prop.test formula" or "Hayes & Bennett's formula for rates"
    elseif design == "individual_rct" and num(f.group_size) then
      s.design, s.n, s.group_size, s.r2 = "pn", n, f.group_size, r2
      if num(f.group_icc) then s.icc = f.group_icc
      else s.icc = M.DEFAULT_GROUP_ICC; assumed[#assumed + 1] = string.format("an ICC of %.2f between families in one group assumed", M.DEFAULT_GROUP_ICC) end
      how = string.format("partially nested trial, the programme given in groups of %s (Moerbeek & Wong 2008)", tostring(f.group_size))
    elseif design == "individual_rct" and num(f.sites) and f.sites >= 2 then
      s.design, s.sites, s.site_size, s.r2_1 = "bira2", math.floor(f.sites), n / math.floor(f.sites), r2
      how = string.format("PowerUp! formula for families randomised within %d sites", s.sites)
    elseif design == "individual_rct" then
      s.design, s.n, s.r2 = "ira", n, r2
      how = "PowerUp! formula for individual random assignment"
    elseif design == "matched" then
      s.design, s.n, s.r2, s.deff = "matched", n, r2, deff
      how = "PowerUp! formula for the effective sample"
      assumed[#assumed + 1] = deff_words
    else
      s.design, s.n, s.r2, s.p = "rdd", n, r2, num(f.cutoff_share) or 0.5
      how = "regression discontinuity"
      assumed[#assumed + 1] = deff_words
    end
  elseif design == "cluster_rct" or design == "stepped_wedge" or (design == "rdd" or design == "did" or design == "matched") and grouped then
    if not J or not m then return nil, need_j end
    local rho = icc()
    sample = string.format("%d clusters of %d families analysed", J, m)
    if outcome == "binary" and design == "cluster_rct" then
      local ok, why = rates()
      if not ok then return nil, why end
      s.design, s.clusters, s.cluster_size, s.icc, s.cv = "cra2", J, m, rho, num(f.cv) or 0
      how = "R's power.prop.test formula with the design effect of the groups"
    elseif outcome == "binary" or outcome == "count" then
      return nil, "evalwiz has no calculation for this outcome with this design; ask your academic partner"
    elseif design == "stepped_wedge" then
      local steps = num(f.steps)
      if not steps then return nil, "give the number of steps of the roll-out" end
      s.design, s.clusters, s.steps, s.cluster_size, s.icc = "sw", J, math.floor(steps), m / (math.floor(steps) + 1), rho
      how = string.format("Hussey & Hughes stepped-wedge calculation, %d steps, %.3g families per group in each of %d periods", s.steps, s.cluster_size, s.steps + 1)
    elseif design == "did" then
      s.design, s.clusters, s.cluster_size, s.icc, s.cv = "did", J, m, rho, num(f.cv) or 0
      s.cluster_autocorrelation = num(f.cluster_autocorrelation) or 0
      sample = string.format("%d areas of %d families", J, m)
      how = "difference-in-differences between areas (Teerenstra et al. 2012)"
      if s.cluster_autocorrelation == 0 then assumed[#assumed + 1] = "areas' differences assumed not to persist over time, the cautious case" end
    elseif design == "matched" then
      s.design, s.clusters, s.cluster_size, s.icc, s.cv, s.r2_1, s.r2_2 = "matched", J, m, rho, num(f.cv) or 0, r2, r2
      s.deff = num(f.deff) or M.MATCHING_DEFF
      sample = string.format("%d areas of %d families", J, m)
      how = "matched groups analysed as a cluster comparison"
      assumed[#assumed + 1] = num(f.deff) and string.format("design effect of matching %.2g, as stated", s.deff)
        or string.format("matching or weighting assumed to cost a third of the precision (design effect %.2g, Kish 1965)", s.deff)
    elseif design == "rdd" then
      s.design, s.clusters, s.cluster_size, s.icc, s.cv, s.r2_1, s.r2_2 = "rdd", J, m, rho, num(f.cv) or 0, r2, r2
      s.p = num(f.cutoff_share) or 0.5
      how = "regression discontinuity of whole groups (Schochet 2008)"
    elseif num(f.sites) and f.sites >= 2 and J % math.floor(f.sites) == 0 then
      s.design, s.sites, s.clusters, s.cluster_size, s.icc2, s.r2_1, s.r2_2 = "bcra3", math.floor(f.sites), J // math.floor(f.sites), m, rho, r2, r2
      how = string.format("PowerUp! formula for groups randomised within %d sites", s.sites)
    else
      s.design, s.clusters, s.cluster_size, s.icc, s.cv, s.r2_1, s.r2_2 = "cra2", J, m, rho, num(f.cv) or 0, r2, r2
      how = "PowerUp! formula for cluster random assignment"
    end
    if num(f.cv) and f.cv > 0 and s.cv then assumed[#assumed + 1] = string.format("group sizes varying with a coefficient of variation of %g", f.cv) end
  elseif design == "did" then
    if not n then return nil, need_n end
    if outcome == "binary" or outcome == "count" then
      return nil, "evalwiz has no calculation for this outcome with this design; ask your academic partner"
    end
    s.design, s.n, s.r = "did", n, num(f.r) or M.PREPOST_R
    sample = string.format("%d participants analysed", n)
    how = string.format("difference-in-differences of families followed from before to after, their scores correlated %.2g", s.r)
  elseif design == "its" then
    local before, after = num(f.timeseries), num(f.points_after)
    if not before or not after then return nil, "enter the number of time points before and after the start to see the smallest detectable change" end
    s.design, s.points_before, s.points_after = "its", math.floor(before), math.floor(after)
    s.autocorrelation = num(f.autocorrelation) or 0
    s.comparison_series = (f.comparison == "natural" or f.comparison == "matched") and "yes" or "no"
    sample = string.format("%d points before and %d after the start", s.points_before, s.points_after)
    how = "segmented regression of the series"
    if s.autocorrelation == 0 then assumed[#assumed + 1] = "no autocorrelation between neighbouring points assumed" end
  elseif design == "pre_post" then
    if not n then return nil, need_n end
    s.design, s.n, s.r = "prepost", n, num(f.r) or M.PREPOST_R
    sample = string.format("%d participants analysed", n)
    how = string.format("exact paired-test calculation, before-after correlation %.2g", s.r)
  else
    return nil, "no sample-size calculation applies"
  end
  -- a randomised trial's allocation ratio (impact.allocation_ratio) is the
  -- calculators' p; designs that set p themselves (the cut-off share) keep it
  if num(f.allocation_share) and s.p == nil and ALLOCATED[s.design] then
    s.p = f.allocation_share
    if f.allocation_share ~= 0.5 then
      assumed[#assumed + 1] = string.format("%d%% of families allocated to the programme", math.floor(f.allocation_share * 100 + 0.5))
    end
  end
  local lost = {}
  if design ~= "its" then
    if num(f.attrition) then lost[#lost + 1] = string.format("%g%% drop-out", f.attrition) end
    if num(f.cluster_dropout) and f.cluster_dropout > 0 then lost[#lost + 1] = string.format("%g%% of clusters withdrawing", f.cluster_dropout) end
  end
  if #lost > 0 then sample = sample .. " (after " .. table.concat(lost, " and ") .. ")" end
  return s, how .. words_list(assumed), sample
end

-- What the design can detect for the facts:
--   { mdes, how, sample, units = "sd" | "noise" | "rate", comparable, res,
--     spec, detectable (binary and count: the rate in the expected
--     direction) } or { not_estimable = message }, or nil and why not.
-- mdes is power.reported_mdes: the exact figure where PowerUp's is too small.
function M.power(design, f, power)
  power = power or (calc and calc.power)
  if not power or not power.mdes then return nil, "the power calculator is not available in this build" end
  local spec, how, sample = M.spec(design, f)
  if not spec then return nil, how end
  local res, err = power.mdes(spec)
  if not res then
    if type(err) == "string" and err:find("^not estimable") then return { not_estimable = err, how = how, sample = sample, spec = spec } end
    -- too few units to leave a degree of freedom: the effect cannot be
    -- separated from the differences between them
    if type(err) == "string" and err:find("^[%w_]+ is too small") then
      return { not_estimable = "not estimable: " .. err, how = how, sample = sample, spec = spec }
    end
    return nil, err
  end
  local out = { res = res, how = how, sample = sample, spec = spec, units = "sd", comparable = true }
  if spec.outcome then
    out.units, out.comparable = "rate", false
    local target = spec.outcome == "binary" and f.p1 or f.rate1
    local base = spec.outcome == "binary" and f.p0 or f.rate0
    local side = (num(target) and target > base) and res.increase or res.decrease
    if side then out.detectable = side.p1 or side.rate1 end
    return out
  end
  out.mdes = power.reported_mdes and power.reported_mdes(res) or res.mdes
  if design == "its" then out.units, out.comparable = "noise", false end
  if design == "pre_post" then out.change = true end
  return out
end

-- The sample the design needs for the expected effect: count and words.
function M.needed(design, f, power)
  power = power or (calc and calc.power)
  local spec = M.spec(design, f)
  if not spec or not power or not power.sample then return nil end
  local key
  if spec.outcome then
    if spec.outcome == "binary" then if not num(f.p1) then return nil end spec.p1 = f.p1
    else if not num(f.rate1) then return nil end spec.rate1 = f.rate1 end
    key = spec.design == "cra2" and "clusters" or "n"
  else
    if not num(f.effect) or spec.design == "its" then return nil end
    spec.mdes = f.effect
    if spec.design == "bira2" then
      -- people, not sites: with fixed site effects the sites barely matter
      spec.design, spec.n, spec.r2 = "ira", math.floor(spec.sites * spec.site_size), spec.r2_1
      spec.sites, spec.site_size, spec.r2_1 = nil, nil, nil
    end
    key = ({ cra2 = "clusters", sw = "clusters", bcra3 = "sites", did = spec.clusters and "clusters" or "n",
      rdd = spec.clusters and "clusters" or "n", matched = spec.clusters and "clusters" or "n" })[spec.design] or "n"
  end
  spec[key] = nil
  local ok, res = pcall(power.sample, spec)
  if not ok or type(res) ~= "table" or type(res[key]) ~= "number" then return nil end
  local words = ({ clusters = "groups", sites = "sites", n = spec.design == "prepost" and "pairs" or "participants" })[key]
  return res[key], words
end

-- ---- the highest level --------------------------------------------------------

-- The highest EIF level the design can support for these facts, and why
-- not more: { level, reasons = {...} }.  p is M.power's result, if any.
function M.ceiling(design, f, p)
  local d = BY_ID[design]
  local why = {}
  if not d then return { level = 0, reasons = why } end
  local lvl = d.ceiling
  if design == "its" and f.comparison ~= "natural" and f.comparison ~= "matched" then
    lvl = 2
    add(why, "An interrupted time series with no comparison series cannot rule out other changes at the same time, so it supports Level 2 at most.")
  end
  if not d.randomised and design ~= "rdd" and design ~= "its" and design ~= "pre_post" and f.comparison == "historical" then
    lvl = math.min(lvl, 2)
    add(why, "The comparison group is an earlier cohort: families then lived through different times (other services, policies, recording), and no matching removes change over time, so it supports Level 2 at most.")
  end
  for _, c in ipairs(M.conflicts(design, f)) do
    if c.health == "fail" then
      lvl = math.min(lvl, 2)
      add(why, "As the answers stand the design is not what its name says (%s), so it supports Level 2 at most.", c.message)
      break
    end
  end
  if p and p.not_estimable then
    lvl = 0
    add(why, "Not estimable: %s.", (p.not_estimable:gsub("^not estimable: ", "")))
  elseif M.pilot_sized(design, f, p) then
    lvl = math.min(lvl, 2)
    add(why, "%s", M.pilot_words(p))
  end
  return { level = lvl, reasons = why }
end

-- A study so small that it is a pilot: it can only detect a large effect,
-- or it analyses fewer people than a pilot needs to estimate the SD the
-- main study is planned with.  A before-and-after study is a pilot anyway.
function M.pilot_sized(design, f, p)
  if design == "pre_post" or design == "feasibility" or not p or p.not_estimable then return false end
  if p.comparable and p.mdes and p.mdes > M.PILOT_MDES then return true end
  local spec = p.spec
  return spec ~= nil and spec.n ~= nil and spec.design ~= "did" and spec.n < M.PILOT_N
end

function M.pilot_words(p)
  local can = p and p.mdes and p.comparable and string.format(" it can only detect effects of %.2f standard deviations or more, and", p.mdes) or ""
  return string.format("At this size it is a pilot trial:%s with %s it cannot estimate an effect precisely; use it to test recruitment, retention and the measures against progression criteria. It supports Level 2 at most.",
    can, p and p.sample or "so few families")
end

-- Whether Level 4 is within reach once this study shows a positive effect:
-- multiple rigorous evaluations (an earlier one at Level 3 or more) and a
-- child outcome improved for a year or more, in this study or the earlier
-- one (brief 2.1).  Returns true, or false and what is missing.
-- The follow-up's months after allocation, and whether a waiting list is
-- offered the programme before it (so no comparison group is left).
function M.followup_after_deferral(f)
  if not (f.deferral_months and f.followup_months) then return false end
  local at = (f.programme_months or 0) + f.followup_months
  return at > f.deferral_months, at
end

function M.level4(f)
  local prior = f.prior_level or 0
  local lost, at = M.followup_after_deferral(f)
  local long = (f.followup_months and f.followup_months >= M.LONG_TERM_MONTHS and not lost and f.level4_claim ~= "no")
  local earlier_long = f.prior_12_months == "yes" and prior >= M.RIGOROUS_LEVEL
  if prior >= M.RIGOROUS_LEVEL and (long or earlier_long) then
    if long then
      return true, string.format("an earlier rigorous study (%s) and an outcome measured %s months after the service", M.level_name(math.min(prior, 4)), tostring(f.followup_months))
    end
    return true, "an earlier rigorous study that showed an outcome lasting 12 months or more"
  end
  local missing = {}
  if prior < M.RIGOROUS_LEVEL then add(missing, "a second rigorous study (this would be the first)") end
  if not long and not earlier_long then
    if lost and f.followup_months >= M.LONG_TERM_MONTHS then
      add(missing, "an outcome still improved %d months or more after the service against a comparison group (the follow-up is about %d months after allocation, but the waiting list is offered the service at %s months)",
        M.LONG_TERM_MONTHS, math.floor(at + 0.5), tostring(f.deferral_months))
    elseif f.level4_claim == "no" and f.followup_months and f.followup_months >= M.LONG_TERM_MONTHS then
      add(missing, "an outcome still improved %d months or more after the service (the plan does not offer its follow-up for Level 4)", M.LONG_TERM_MONTHS)
    elseif f.followup_months then
      add(missing, "an outcome still improved %d months or more after the service (your follow-up is %s months)", M.LONG_TERM_MONTHS, tostring(f.followup_months))
    else
      add(missing, "an outcome still improved %d months or more after the service (no follow-up given)", M.LONG_TERM_MONTHS)
    end
  end
  return false, table.concat(missing, " and ")
end

-- ---- warnings both the advisor and the health check give ------------------------

-- Too few groups, worded for what the design does with them (a clause that
-- starts in lower case); nil when there are enough.
function M.few_clusters(design, f)
  local J = num(f.clusters)
  if not J or f.unit ~= "cluster" or J >= M.MIN_CLUSTERS then return nil end
  local d = BY_ID[design]
  local randomised = d and d.randomised or (design == nil and f.randomise == "yes")
  if randomised then
    return string.format("with %d groups, chance alone can leave the arms unlike each other, and the statistics for so few groups are fragile; aim for at least %d, or pair or stratify the groups before the draw.",
      J, M.MIN_CLUSTERS)
  end
  return string.format("with %d areas or groups compared, differences between them that have nothing to do with the service can look like an effect, and there are too few to tell; add comparison areas, choose ones that resembled yours before the start, and check their trends over several earlier points.",
    J)
end

-- True when the design draws on routine aggregate data (counts for an area
-- over time), so no family is recruited, lost or analysed as allocated.
function M.aggregate(design) return BY_ID[design] and BY_ID[design].aggregate or false end

-- The words for the comparison a design uses.
function M.comparison_words(design) return BY_ID[design] and BY_ID[design].comparison end

return M
