-- advise.lua: the design advisor.  From a few facts about a team's situation
-- it ranks the impact designs that fit, gives the highest EIF evidence level
-- the plan can support, and warns about what would undermine it.  It follows
-- the brief (shared/EVALUATION-MODEL.md): the decision guide (5.2), the design
-- catalogue (5.1), the level ceilings (2.2) and the power formulas (5.4).
-- doc/advisor.md explains every rule and its source.
local M = {}

-- Thresholds, named so that a methodologist can find and change them.
-- The brief does not confirm EIF numbers for any of them (2.3: "do not
-- hard-code EIF-specific numbers"); each is a sensible default.
M.FEASIBILITY_STAGE = 4      -- the implementation and process (feasibility) study is step 4;
                             -- stage is the first step not yet done, so stage <= 4 means it is not done
M.PILOT_STAGE = 5            -- the pilot outcome study is step 5
M.MIN_CLUSTERS = 20          -- fewer clusters than this: chance imbalance, fragile statistics (5.1, 5.4.5)
M.ITS_MIN_POINTS = 8         -- an interrupted time series needs a long run before the start (5.1: 8-12 each side)
M.TREND_POINTS = 3           -- earlier points needed to see whether two groups moved in parallel
M.LONG_TERM_MONTHS = 12      -- Level 4 needs an outcome lasting a year or more (2.1)
M.RIGOROUS_LEVEL = 3         -- a rigorous study supports Level 3; a second one can bring Level 4
M.MULTIPLIER = 2.8           -- z(0.975) + z(0.80): alpha .05 two-tailed, power .80, large samples (5.4.1)
M.PREPOST_R = 0.5            -- assumed correlation between before and after scores (5.4.4)
M.DEFAULT_ICC = 0.10         -- assumed when a cluster design has no ICC (5.4.3 suggests 0.05-0.20)
M.RDD_SAMPLE_FACTOR = 2.75   -- a regression discontinuity needs 2.75-4 times a trial's sample [K]
M.SMALL_SAMPLE_MDES = 0.4    -- the brief's flag for a small sample (2.3, pitfall 5)
M.POWER_PENALTY = 15         -- ranking points lost by a design too small for the expected effect

-- The facts: what each one means and which values it takes.  The order is
-- the order of messages and of `evalwiz advise --help`.
M.FACTS = {
  { key = "stage", kind = "integer", min = 1, max = 10,
    help = "the step the team is at: the first of the ten not yet done (1-10)" },
  { key = "randomise", kind = "choice", values = { "yes", "no" },
    help = "can the team decide by lot who gets the service, or when" },
  { key = "unit", kind = "choice", values = { "individual", "cluster" },
    help = "is the service given to individuals or families, or to whole groups (schools, centres, teams)" },
  { key = "comparison", kind = "choice", values = { "none", "waitlist", "matched", "natural", "historical" },
    help = "the comparison group available" },
  { key = "cutoff", kind = "choice", values = { "yes", "no" },
    help = "is eligibility decided by a score with a strict threshold" },
  { key = "rollout", kind = "choice", values = { "phased", "all" },
    help = "does the service start in stages (phased) or everywhere at once (all)" },
  { key = "timeseries", kind = "integer", min = 0,
    help = "how many earlier data points of the outcome exist before the start" },
  { key = "n", kind = "integer", min = 2,
    help = "participants available for the study" },
  { key = "clusters", kind = "integer", min = 2,
    help = "groups (schools, centres, teams) available" },
  { key = "cluster_size", kind = "number", min = 1,
    help = "participants per group, on average" },
  { key = "icc", kind = "number", min = 0, max = 1, below_max = true,
    help = "intraclass correlation: the share of outcome variation between groups (0 up to 1)" },
  { key = "effect", kind = "number", min = 0, above_min = true, max = 5,
    help = "the expected effect size, in standard deviations (for example 0.3)" },
  { key = "followup_months", kind = "number", min = 0,
    help = "months from the end of the service to the last outcome measurement" },
  { key = "prior_level", kind = "choice", values = { "0", "2", "3", "4" }, numeric = true,
    aliases = { none = "0", nl2 = "0", l2 = "2", l3 = "3", l4 = "4" },
    help = "the EIF evidence level already reached (0 means below Level 2)" },
}
local FACT = {}
for _, f in ipairs(M.FACTS) do FACT[f.key] = f end

local SEQ = { __kind = "seq" }
local function seq(t) return setmetatable(t or {}, SEQ) end
local function ordered(t, order) return setmetatable(t, { __order = order }) end

local function fact_keys()
  local keys = {}
  for _, f in ipairs(M.FACTS) do keys[#keys + 1] = f.key end
  return table.concat(keys, ", ")
end

local function allowed(f)
  if f.kind == "choice" then
    local vals = f.values
    if #vals == 2 then return vals[1] .. " or " .. vals[2] end
    return table.concat(vals, ", ", 1, #vals - 1) .. " or " .. vals[#vals]
  end
  local what = f.kind == "integer" and "a whole number" or "a number"
  if f.min and f.max then
    local hi = f.below_max and ("below " .. f.max) or tostring(f.max)
    local lo = f.above_min and ("above " .. f.min) or ("from " .. f.min)
    return string.format("%s %s %s %s", what, lo, f.below_max and "and" or "to", hi)
  elseif f.min then
    return string.format("%s of at least %s", what, f.min)
  end
  return what
end

-- Checks one value for fact key.  Accepts text (from the command line) or a
-- typed value (from a plan: numbers, and booleans for yes/no facts).
-- Returns the value, or nil and a message naming the key and what it takes.
function M.check_fact(key, value)
  local f = FACT[key]
  if not f then
    return nil, string.format('unknown fact "%s": the facts are %s', tostring(key), fact_keys())
  end
  local function bad()
    local shown = type(value) == "string" and string.format('"%s"', value) or tostring(value)
    return nil, string.format("%s: %s is not allowed; use %s", key, shown, allowed(f))
  end
  if f.kind == "choice" then
    local v = value
    if type(v) == "boolean" and f.values[1] == "yes" then v = v and "yes" or "no" end
    if math.type(v) == "integer" or (type(v) == "number" and v == math.floor(v)) then
      v = string.format("%d", v)
    end
    if type(v) ~= "string" then return bad() end
    v = v:lower():match("^%s*(.-)%s*$")
    if f.aliases and f.aliases[v] then v = f.aliases[v] end
    for _, ok in ipairs(f.values) do
      if v == ok then return f.numeric and tonumber(v) or v end
    end
    return bad()
  end
  local v = value
  if type(v) == "string" then v = tonumber((v:match("^%s*(.-)%s*$"))) end
  if type(v) ~= "number" or v ~= v or v == math.huge or v == -math.huge then return bad() end
  if f.kind == "integer" then
    if v ~= math.floor(v) then return bad() end
    v = math.tointeger(v)
  end
  if f.min and (v < f.min or (f.above_min and v == f.min)) then return bad() end
  if f.max and (v > f.max or (f.below_max and v == f.max)) then return bad() end
  return v
end

-- Parses the command line's KEY=VALUE facts.  Returns the facts, or nil, a
-- message and "usage" (not KEY=VALUE, unknown key) or "data" (a bad value).
function M.parse_facts(list, into)
  local facts = into or {}
  for _, item in ipairs(list or {}) do
    local key, value = tostring(item):match("^%s*([^=]-)%s*=(.*)$")
    if not key or key == "" then
      return nil, string.format('a fact must be KEY=VALUE, not "%s"; the facts are %s', tostring(item), fact_keys()), "usage"
    end
    if not FACT[key] then
      local _, msg = M.check_fact(key, value)
      return nil, msg, "usage"
    end
    local v, err = M.check_fact(key, value)
    if v == nil then return nil, err, "data" end
    facts[key] = v
  end
  return facts
end

-- Keeps the facts that are known and valid; the rest become warnings.
-- Extra keys (the health check's attrition, itt, ...) are left alone.
function M.normalise(raw)
  local facts, problems = {}, {}
  for _, f in ipairs(M.FACTS) do
    local v = raw and raw[f.key]
    if v ~= nil and v ~= "" then
      local ok, err = M.check_fact(f.key, v)
      if ok == nil then problems[#problems + 1] = err else facts[f.key] = ok end
    end
  end
  return facts, problems
end

-- ---- power ---------------------------------------------------------------

local power = calc and calc.power or nil

-- For tests: use this power module (or none) instead of evalwiz.power.
function M.set_power(mod) power = mod end

-- Asks evalwiz.power (power.mdes{design = ira|cra2|prepost, ...}, see
-- doc/calculators.md) for an MDES; nil when it is absent or refuses.
local function from_power(spec)
  if not power or type(power.mdes) ~= "function" then return nil end
  local ok, res = pcall(power.mdes, spec)
  if not ok or type(res) ~= "table" then return nil end
  res = res.mdes
  if type(res) == "number" and res == res and res > 0 and res < math.huge then return res end
  return nil
end

local function cluster_sizes(f)
  local J, m = f.clusters, f.cluster_size
  if not J and m and f.n then J = math.floor(f.n / m) end
  if not m and J and f.n then m = f.n / J end
  return J, m
end

-- The minimum detectable effect size of a design for these facts:
-- returns mdes, the words for how it was worked out, or nil.
local function mdes_for(design, f)
  local mult = M.MULTIPLIER
  if design == "individual_rct" or design == "matched" or design == "did" or design == "rdd" then
    if not f.n or f.n < 4 then return nil end
    local v = from_power({ design = "ira", n = f.n })
    local how
    if v then
      how = "PowerUp! formula for individual random assignment (evalwiz.power)"
    else
      v = mult * math.sqrt(4 / f.n)
      how = string.format("large-sample approximation %.1f x sqrt(4/n), equal groups, no covariates", mult)
    end
    if design == "rdd" then
      v = v * math.sqrt(M.RDD_SAMPLE_FACTOR)
      how = how .. string.format(", times sqrt(%.2f) because a discontinuity design needs at least %.2f times a trial's sample",
        M.RDD_SAMPLE_FACTOR, M.RDD_SAMPLE_FACTOR)
    elseif design ~= "individual_rct" then
      how = how .. "; it assumes the comparison removes selection bias"
    end
    return v, how
  elseif design == "cluster_rct" or design == "stepped_wedge" then
    local J, m = cluster_sizes(f)
    if not J or not m or J < 4 then return nil end
    local icc, assumed = f.icc, ""
    if icc == nil then icc, assumed = M.DEFAULT_ICC, string.format(", assuming an ICC of %.2f", M.DEFAULT_ICC) end
    local v = from_power({ design = "cra2", clusters = math.tointeger(J) or math.floor(J), cluster_size = m, icc = icc })
    local how
    if v then
      how = "PowerUp! formula for cluster random assignment (evalwiz.power)" .. assumed
    else
      v = mult * math.sqrt(4 / J * (icc + (1 - icc) / m))
      how = string.format("large-sample approximation with the design effect, %.1f x sqrt(4 (1 + (m - 1) ICC) / (J m))%s", mult, assumed)
      if J < 30 then how = how .. "; with this few clusters the true figure is somewhat larger" end
    end
    if design == "stepped_wedge" then
      how = how .. "; treated as a parallel cluster trial, which is usually cautious for a stepped wedge"
    end
    return v, how
  elseif design == "pre_post" then
    if not f.n or f.n < 3 then return nil end
    local v = from_power({ design = "prepost", n = f.n, r = M.PREPOST_R })
    local how
    if v then
      how = string.format("exact paired-test calculation (evalwiz.power), before-after correlation %.1f", M.PREPOST_R)
    else
      v = mult * math.sqrt(2 * (1 - M.PREPOST_R) / f.n)
      how = string.format("large-sample approximation %.1f x sqrt(2 (1 - r) / n) with a before-after correlation r of %.1f", mult, M.PREPOST_R)
    end
    return v, how .. "; it measures change, not impact"
  end
  return nil
end
M.mdes_for = mdes_for

-- The sample (participants, or groups) needed for an effect: from
-- evalwiz.power's power.sample when present, else the large-sample formula.
local function needed_for(design, f, effect)
  if power and type(power.sample) == "function" then
    local spec
    if design == "cluster_rct" or design == "stepped_wedge" then
      local _, m = cluster_sizes(f)
      if m then spec = { design = "cra2", mdes = effect, cluster_size = m, icc = f.icc or M.DEFAULT_ICC } end
    elseif design == "pre_post" then
      spec = { design = "prepost", mdes = effect, r = M.PREPOST_R }
    elseif design ~= "rdd" then
      spec = { design = "ira", mdes = effect }
    end
    if spec then
      local ok, res = pcall(power.sample, spec)
      if ok and type(res) == "table" then
        if math.type(res.clusters) == "integer" then return res.clusters, "groups" end
        if math.type(res.n) == "integer" then return res.n, spec.design == "prepost" and "pairs" or "participants" end
      end
    end
  end
  local k = (M.MULTIPLIER / effect) ^ 2
  if design == "cluster_rct" or design == "stepped_wedge" then
    local _, m = cluster_sizes(f)
    local icc = f.icc or M.DEFAULT_ICC
    if not m then return nil end
    return math.ceil(4 * k * (icc + (1 - icc) / m)), "groups"
  elseif design == "pre_post" then
    return math.ceil(2 * (1 - M.PREPOST_R) * k), "participants"
  elseif design == "rdd" then
    return math.ceil(4 * k * M.RDD_SAMPLE_FACTOR), "participants"
  end
  return math.ceil(4 * k), "participants"
end

local function num(x)
  if math.type(x) == "integer" then return tostring(x) end
  local s = string.format("%.2f", x):gsub("0+$", ""):gsub("%.$", "")
  return s
end

-- An effect size always with two decimals (0.40, not 0.4).
local function sd(x) return string.format("%.2f", x) end

-- ---- the catalogue -------------------------------------------------------

-- name, ranking score, EIF ceiling (2.2) and the threats that always apply
-- (5.1, 5.2).  The score orders designs by how strongly they support a causal
-- claim (Maryland scale, 2.2); the rules below add or take away points.
local CATALOGUE = {
  { id = "feasibility", name = "Feasibility study first (implementation and process study)", score = 0, ceiling = 0,
    well_run = "with progression criteria set in advance",
    threats = {
      "It does not measure impact on children, so on its own it supports no evidence level.",
      "Set progression criteria in advance (recruitment, retention, fidelity), or the go/no-go decision becomes a matter of opinion.",
    } },
  { id = "individual_rct", name = "Individual randomised controlled trial (RCT)", score = 100, ceiling = 3,
    well_run = "with low and even drop-out, everyone analysed in the group they were allocated to, and validated measures",
    threats = {
      "Contamination: families in the control group may pick up the programme from participants or from shared practitioners.",
      "Drop-out, especially if more families leave one group than the other.",
      "Everyone allocated must be analysed in the group they were allocated to (intention to treat), completers or not.",
      "Control families who know they missed out may lose heart or drop out; a waiting list or a usual-service offer helps.",
    } },
  { id = "cluster_rct", name = "Cluster randomised controlled trial", score = 95, ceiling = 3,
    well_run = "with low and even drop-out, everyone analysed in the group they were allocated to, and validated measures",
    threats = {
      "Families in the same group resemble each other (the ICC), so power depends mainly on the number of groups, not families.",
      "Recruit and consent the groups, and ideally the families, before the draw; otherwise who joins can differ between arms.",
      "With few groups, the arms can differ by chance; balance the draw on key characteristics (stratify or pair).",
      "The analysis must allow for the clustering (analyse at the level of allocation or use a multilevel model).",
    } },
  { id = "stepped_wedge", name = "Stepped-wedge trial (randomised phased roll-out)", score = 90, ceiling = 3,
    well_run = "with the groups starting in the drawn order, time allowed for in the analysis, and validated measures",
    threats = {
      "Outcomes that drift over time get mixed up with the roll-out unless the analysis allows for time.",
      "It runs longer than a parallel trial, and every step must start on schedule.",
      "Groups that delay or refuse their start date break the random order.",
    } },
  { id = "rdd", name = "Regression discontinuity design", score = 80, ceiling = 3,
    well_run = "with the cut-off applied strictly, enough families near it, and validated measures",
    threats = {
      "The effect is only estimated for families near the cut-off score, not for everyone.",
      "It needs roughly three to four times the sample of a trial, with many families close to the cut-off.",
      "If staff nudge scores so that families just qualify, the design fails: the cut-off must be applied strictly and consistently.",
    } },
  { id = "did", name = "Difference-in-differences", score = 70, ceiling = 3,
    well_run = "with the groups shown to be moving in parallel before the start, low drop-out and validated measures",
    threats = {
      "It assumes both groups would have changed in the same way without the service (parallel trends).",
      "Anything else that changes for only one group at the same time (a new service, a policy) will look like an effect.",
      "The make-up of the groups must stay stable over the period.",
    } },
  { id = "matched", name = "Matched comparison group (for example propensity score matching)", score = 65, ceiling = 3,
    well_run = "with the groups shown to be alike before the start (baseline equivalence), low drop-out and validated measures",
    threats = {
      "Matching balances only what was measured; families who choose or are chosen for the service may differ in ways no record shows.",
      "Some participants may have no good match (lack of common support) and have to be left out.",
      "Show that the groups were alike before the service started (baseline equivalence), or the claim falls to Level 2.",
    } },
  { id = "its", name = "Interrupted time series", score = 60, ceiling = 3,
    well_run = "with a comparison series, a long stable run of data and no change in how the outcome is recorded",
    threats = {
      "Anything else that started at the same time will look like an effect; a comparison series guards against it.",
      "A change in how the outcome is recorded can mimic or hide an effect.",
      "Seasonal patterns and the natural up-and-down of the series must be allowed for.",
    } },
  { id = "pre_post", name = "Single-group before-and-after (pre-post) study", score = 20, ceiling = 2,
    well_run = "with a validated measure and a statistical test of the change",
    threats = {
      "Children change as they grow, with or without the service (maturation).",
      "Families referred at a crisis point tend to improve anyway (regression to the mean).",
      "Other services or events at the same time can cause the change (history).",
      "It shows change, not cause: at most Level 2.",
    } },
}
local BY_ID = {}
for i, d in ipairs(CATALOGUE) do d.order = i; BY_ID[d.id] = d end
M.CATALOGUE = CATALOGUE

-- What each design needs from the facts, for a plan that chose one they do
-- not support.
local NEEDS = {
  individual_rct = "the freedom to decide by lot which families get the service, for a service given family by family",
  cluster_rct = "the freedom to decide by lot which groups get the service",
  stepped_wedge = "drawing lots for the order in which groups start a phased roll-out",
  rdd = "eligibility decided by a score with a strict cut-off",
  did = "a comparison group measured before and after, or a phased roll-out",
  matched = "records on similar families who did not get the service",
  its = string.format("at least %d earlier data points of the outcome", M.ITS_MIN_POINTS),
}

function M.is_design(id)
  return type(id) == "string" and BY_ID[id] ~= nil
end

function M.design_name(id)
  return BY_ID[id] and BY_ID[id].name or id
end

local LEVEL_NAME = { [0] = "below Level 2 (NL2)", [2] = "Level 2", [3] = "Level 3", [4] = "Level 4" }
function M.level_name(l) return LEVEL_NAME[l] or ("Level " .. tostring(l)) end

-- ---- the rules -----------------------------------------------------------

-- Each candidate: { design, score, reasons, threats, ceiling }.
local function candidate(list, id)
  local d = BY_ID[id]
  local c = list[id]
  if not c then
    c = { design = id, score = d.score, reasons = {}, threats = {}, ceiling = d.ceiling, order = d.order }
    list[id] = c
  end
  return c
end

local function add(t, fmt, ...) t[#t + 1] = select("#", ...) > 0 and string.format(fmt, ...) or fmt end

-- Which designs the facts allow, with the reasons for each (5.2 questions 3-8).
local function candidates(f)
  local c = {}
  local randomise = f.randomise
  local cluster = f.unit == "cluster"
  local phased = f.rollout == "phased"
  local comp = f.comparison
  local series = f.timeseries or 0

  -- 1. Is it described and deliverable?  (5.2 question 1)
  if f.stage and f.stage <= M.FEASIBILITY_STAGE then
    local x = candidate(c, "feasibility")
    x.score = 1000
    add(x.reasons, "You are at step %d and the feasibility study is not done. EIF's journey checks that a service can be delivered (will families come and stay? can staff deliver it as designed? what does it cost?) before testing whether it works.", f.stage)
    add(x.reasons, "An impact study of a service that is still changing, or that families do not attend, wastes money and can wrongly label a good idea as ineffective.")
    add(x.reasons, "The designs listed after this one are for later, once steps 1 to 4 are done.")
  end

  -- 3. Can the team decide who gets it, or when?
  if randomise ~= "no" then
    local unknown = randomise == nil
    local why_random = "Deciding by lot who gets the service means the groups differ only by chance, so a difference in outcomes can be put down to the service: the strongest design (Maryland scale 5)."
    if not cluster then
      local x = candidate(c, "individual_rct")
      if unknown then
        add(x.reasons, "If you can decide by lot which families get the service first, this is the strongest option; you have not said whether you can.")
        x.score = x.score - 5
      else
        add(x.reasons, why_random)
      end
      if f.unit == "individual" then
        add(x.reasons, "The service is given family by family, so families themselves can be allocated.")
      else
        add(x.threats, "You have not said whether the service is given to families one by one or to whole groups; if to groups, a cluster trial is needed.")
      end
      if comp == "waitlist" then
        add(x.reasons, "You have a waiting list: families drawn to wait get the service later, which makes the draw fair and easy to explain.")
      end
      if phased then
        add(x.reasons, "A phased start lets the later families act as the control group while they wait (a delayed-start design).")
      end
    end
    if cluster or f.unit == nil then
      local x = candidate(c, "cluster_rct")
      if cluster then
        add(x.reasons, "The service is given to whole groups (or families in a group would share it), so the groups are allocated by lot rather than families; this also stops control families being exposed.")
        if not unknown then add(x.reasons, why_random) end
      else
        add(x.reasons, "If the service is delivered to whole groups (classes, centres, teams), allocate the groups by lot instead of families.")
        x.score = x.score - 10
      end
      if unknown then x.score = x.score - 5 end
    end
    if phased and cluster then
      local x = candidate(c, "stepped_wedge")
      add(x.reasons, "Every group gets the service in the end and the roll-out is staggered anyway: drawing lots for the order in which groups start turns the roll-out into a trial at little extra cost.")
      add(x.reasons, "No group is denied the service, which often makes it easier for managers and partners to agree.")
      x.score = BY_ID.cluster_rct.score + 3 - (unknown and 5 or 0)
      local y = candidate(c, "cluster_rct")
      add(y.reasons, "If the later groups can wait until the study ends, a parallel cluster trial (half start now, half later) is simpler and usually needs fewer groups than a stepped wedge.")
    end
  end

  -- 4-7. If not: a cut-off, a comparison group, rich records, a long series.
  if f.cutoff == "yes" then
    local x = candidate(c, "rdd")
    add(x.reasons, "Eligibility is decided by a score with a strict threshold, so families just above and just below it are alike except for the service: comparing them gives a credible estimate (Maryland scale 4).")
    if randomise == "yes" then
      add(x.reasons, "Because you can randomise, a trial is stronger; a discontinuity design is the fallback if the draw is not agreed.")
    end
  end

  if comp == "natural" then
    local x = candidate(c, "did")
    x.score = x.score + 10
    add(x.reasons, "There is a comparable group that does not get the service: comparing how each group changed from before to after removes differences that stay constant (Maryland scale 3).")
    local y = candidate(c, "matched")
    add(y.reasons, "Matching participants to similar families in the comparison group before comparing changes makes the comparison fairer; combined with difference-in-differences it is stronger than either alone.")
  elseif comp == "matched" then
    local x = candidate(c, "matched")
    x.score = x.score + 10
    add(x.reasons, "You have records on both participants and similar non-participants, so each participant can be compared with families who looked the same beforehand (Maryland scale 3).")
    local y = candidate(c, "did")
    add(y.reasons, "If the same outcome was recorded for both groups before the service, comparing their changes as well as their levels protects against differences that matching missed.")
  elseif comp == "waitlist" and randomise ~= "yes" then
    local x = candidate(c, "matched")
    x.score = x.score + 10
    add(x.reasons, "Families on the waiting list were referred for the same reasons, so they make a closer comparison than the general population; check that they resemble participants before the start.")
    add(x.reasons, "Families wait anyway: if the order could be decided by lot instead, this would become a randomised trial, the stronger design.")
    local y = candidate(c, "did")
    add(y.reasons, "Measuring waiting and participating families at the same two points and comparing their changes guards against differences that were there from the start.")
  elseif comp == "historical" then
    local x = candidate(c, "matched")
    x.score = x.score - 10
    add(x.reasons, "An earlier cohort of families (before the service existed) can be matched to participants on their records.")
    add(x.threats, "Families from an earlier period lived through different times (other services, policy, recording practice); historical comparisons are rarely convincing without a concurrent group.")
  end

  if phased and randomise ~= "yes" and comp ~= "natural" then
    local x = candidate(c, "did")
    add(x.reasons, "Because the roll-out is phased, areas or teams that start later can serve as the comparison for those that start first; if you drew lots for the order, this would become a stepped-wedge trial.")
  end

  if series >= M.ITS_MIN_POINTS then
    local x = candidate(c, "its")
    add(x.reasons, "You have %d earlier data points of the outcome, enough to see the trend before the start and whether its level or slope changed afterwards.", series)
    if comp == "natural" or comp == "matched" then
      add(x.reasons, "A comparison series from areas without the service protects against other changes at the same time.")
    else
      x.ceiling = 2
      add(x.threats, "Without a comparison series from places without the service, the brief caps this design at Level 2; add one if you can.")
    end
    if comp == "none" or comp == nil then x.score = x.score + 5 end
  end

  if comp ~= nil and comp ~= "none" and (c.did or c.matched) then
    local x = c.did
    if x and series < M.TREND_POINTS then
      add(x.threats, "With fewer than %d earlier data points you cannot check that the groups were moving in parallel before the start.", M.TREND_POINTS)
    end
  end

  -- 8. None of the above, or the fallback.
  local x = candidate(c, "pre_post")
  local rigorous = false
  for id in pairs(c) do if id ~= "pre_post" and id ~= "feasibility" then rigorous = true end end
  if not rigorous then
    add(x.reasons, "With no way to decide who gets the service, no comparison group, no cut-off score and no long run of routine data, a before-and-after study of participants is what is possible.")
    add(x.reasons, "Treat it as a pilot: it tests measures, recruitment and retention and supports at most Level 2; plan the stronger next step (a comparison group or a trial).")
  else
    add(x.reasons, "Only as a fallback: it shows whether outcomes move, not whether the service moved them.")
  end
  if series > 0 and series < M.ITS_MIN_POINTS and (comp == "none" or comp == nil) then
    add(x.reasons, "You have %d earlier data points; with %d or more, an interrupted time series would be possible.", series, M.ITS_MIN_POINTS)
  end
  if f.stage == M.PILOT_STAGE then
    add(x.reasons, "You are at step 5, where a before-and-after pilot is EIF's usual study: cheap, a test of the measures and recruitment, and a check on whether a costly impact evaluation is worth it.")
  end
  return c
end

-- ---- power, ceilings and warnings ----------------------------------------

local function apply_power(c, f, own)
  local mdes, how = mdes_for(c.design, f)
  if own then mdes, how = own, "from the plan's own power calculation" end
  if not mdes then return end
  c.mdes = mdes
  c.mdes_method = how
  local sample = (c.design == "cluster_rct" or c.design == "stepped_wedge")
    and string.format("%s groups", num((cluster_sizes(f)))) or string.format("%s participants", num(f.n))
  if f.effect then
    if mdes > f.effect then
      c.underpowered = true
      c.score = c.score - M.POWER_PENALTY
      local need, what = needed_for(c.design, f, f.effect)
      add(c.threats, "Too small: with %s the smallest effect this design can reliably detect is about %s standard deviations, larger than the %s you expect%s (%s).",
        sample, sd(mdes), sd(f.effect), need and string.format("; you would need about %d %s", need, what) or "", how)
    else
      add(c.reasons, "With %s the smallest effect this design can reliably detect is about %s standard deviations, no larger than the %s you expect (%s).",
        sample, sd(mdes), sd(f.effect), how)
    end
  elseif mdes > M.SMALL_SAMPLE_MDES then
    add(c.threats, "With %s the smallest effect this design can reliably detect is about %s standard deviations; many services have smaller effects than %s, so say what effect you expect (%s).",
      sample, sd(mdes), sd(M.SMALL_SAMPLE_MDES), how)
  else
    add(c.reasons, "With %s the smallest effect this design can reliably detect is about %s standard deviations (%s).", sample, sd(mdes), how)
  end
end

-- The highest level the best impact design supports, and why (2.1, 2.2).
local function ceiling(best, f)
  if not best then return 0, "No impact design fits these facts yet." end
  local d = BY_ID[best.design]
  local lvl = best.ceiling
  local parts = {}
  if best.design == "pre_post" then
    add(parts, "A before-and-after study with no comparison group can show that outcomes changed but not that the service caused it, so it supports at most Level 2 (preliminary evidence).")
  elseif best.design == "its" and lvl < M.RIGOROUS_LEVEL then
    add(parts, "An interrupted time series with no comparison series cannot rule out other changes at the same time, so the brief caps it at Level 2.")
  else
    add(parts, "A well-run %s is a rigorous design: %s, a positive result supports Level 3.", d.name:gsub(" %(.*%)$", ""):lower(), d.well_run)
    local prior = f.prior_level or 0
    local long = f.followup_months and f.followup_months >= M.LONG_TERM_MONTHS
    if prior >= M.RIGOROUS_LEVEL and long then
      lvl = 4
      add(parts, "You already have a rigorous study (Level %d) and plan to measure outcomes %s months after the service, so a second positive rigorous study with a lasting outcome supports Level 4.", prior, num(f.followup_months))
    else
      local missing = {}
      if prior < M.RIGOROUS_LEVEL then
        add(missing, "a second rigorous study (this would be the first)")
      end
      if not long then
        if f.followup_months then
          add(missing, "an outcome still improved %d months or more after the service (your follow-up is %s months)", M.LONG_TERM_MONTHS, num(f.followup_months))
        else
          add(missing, "an outcome still improved %d months or more after the service (no follow-up given)", M.LONG_TERM_MONTHS)
        end
      end
      add(parts, "Level 4 would also need %s.", table.concat(missing, " and "))
    end
  end
  if f.prior_level and f.prior_level > lvl then
    add(parts, "You already have evidence at %s; this design cannot add to it.", M.level_name(f.prior_level))
  end
  if f.stage and f.stage <= M.FEASIBILITY_STAGE then
    add(parts, "This is for later: the feasibility study comes first.")
  end
  return lvl, table.concat(parts, " ")
end

local function warning(list, id, fmt, ...)
  list[#list + 1] = ordered({ id = id, message = string.format(fmt, ...) }, { "id", "message" })
end

-- The advice for a table of facts (any may be missing).
function M.advise(raw)
  local f, problems = M.normalise(raw or {})
  local cands = candidates(f)
  local list = {}
  -- The plan's own MDES (its calculator, with its covariates and alpha)
  -- stands for the design it chose.
  local chosen = raw and raw.design
  if not M.is_design(chosen) or chosen == "feasibility" then chosen = nil end
  local own = raw and tonumber(raw.mdes)
  if own and (own <= 0 or own ~= own or own == math.huge) then own = nil end
  for id, c in pairs(cands) do
    apply_power(c, f, id == chosen and own or nil)
    list[#list + 1] = c
  end
  table.sort(list, function(a, b)
    if a.score ~= b.score then return a.score > b.score end
    return a.order < b.order
  end)
  local best
  for _, c in ipairs(list) do
    if c.design ~= "feasibility" then best = c break end
  end

  -- A plan that has chosen its design is judged on that design.
  local basis = best
  if chosen then
    basis = cands[chosen]
    if not basis then
      basis = { design = chosen, ceiling = BY_ID[chosen].ceiling, score = 0, reasons = {}, threats = {}, order = BY_ID[chosen].order }
      if chosen == "its" and f.comparison ~= "natural" and f.comparison ~= "matched" then basis.ceiling = 2 end
      apply_power(basis, f, own)
    end
  end

  local warnings = seq()
  if chosen and not cands[chosen] then
    warning(warnings, "design_unsupported", "The plan's design is the %s, but its answers do not show what that needs: %s. Check the answers, or choose a design from the list.",
      BY_ID[chosen].name:gsub(" %(.*%)$", ""):lower(), NEEDS[chosen])
  end
  if chosen and best and best.ceiling > basis.ceiling then
    warning(warnings, "stronger_design", "The plan's design (%s) supports at most %s, but these facts allow a %s, which could support %s.",
      BY_ID[chosen].name:gsub(" %(.*%)$", ""):lower(), M.level_name(basis.ceiling),
      BY_ID[best.design].name:gsub(" %(.*%)$", ""):lower(), M.level_name(best.ceiling))
  end
  if f.stage and f.stage <= M.FEASIBILITY_STAGE then
    warning(warnings, "premature", "Premature: you are at step %d and the feasibility study (step %d) is not done yet. Plan the impact evaluation as a later step, and start it only once the feasibility study shows the service can be delivered and families take it up.",
      f.stage, M.FEASIBILITY_STAGE)
  end
  if basis and basis.underpowered then
    local need, what = needed_for(basis.design, f, f.effect)
    warning(warnings, "underpowered", "Under-powered: the %s can reliably detect effects of about %s standard deviations, but you expect %s%s. Recruit more, add a pre-test as a covariate, or plan for a larger effect only if the evidence supports it.",
      BY_ID[basis.design].name:gsub(" %(.*%)$", ""):lower(), sd(basis.mdes), sd(f.effect),
      need and string.format("; you would need about %d %s", need, what) or "")
  end
  if f.unit == "cluster" and f.clusters and f.clusters < M.MIN_CLUSTERS then
    warning(warnings, "few_clusters", "Too few clusters: with %d groups, chance alone can leave the arms unlike each other, and the statistics for so few groups are fragile; aim for at least %d, or pair or stratify the groups before the draw.",
      f.clusters, M.MIN_CLUSTERS)
  end
  for _, p in ipairs(problems) do
    warning(warnings, "ignored_fact", "Ignored a fact from the plan: %s", p)
  end

  local designs = seq()
  for _, c in ipairs(list) do
    designs[#designs + 1] = ordered({
      design = c.design, name = BY_ID[c.design].name, level = c.ceiling,
      reasons = seq(c.reasons), threats = seq((function()
        local t = {}
        for _, x in ipairs(c.threats) do t[#t + 1] = x end
        for _, x in ipairs(BY_ID[c.design].threats) do t[#t + 1] = x end
        return t
      end)()),
      mdes = c.mdes and math.floor(c.mdes * 1000 + 0.5) / 1000 or nil,
    }, { "design", "name", "level", "reasons", "threats", "mdes" })
  end
  local lvl, why = ceiling(basis, f)
  if chosen then why = string.format("The plan's design is the %s. %s", BY_ID[chosen].name:gsub(" %(.*%)$", ""):lower(), why) end
  local facts = {}
  local order = {}
  for _, spec in ipairs(M.FACTS) do
    if f[spec.key] ~= nil then facts[spec.key] = f[spec.key]; order[#order + 1] = spec.key end
  end
  if chosen then facts.design = chosen; order[#order + 1] = "design" end
  return ordered({
    designs = designs, max_level = lvl, max_level_reason = why, warnings = warnings,
    facts = ordered(facts, order),
  }, { "designs", "max_level", "max_level_reason", "warnings", "facts" })
end

-- ---- text ----------------------------------------------------------------

-- Wraps text at width, each line after the first indented by indent.
local function wrap(text, width, first, rest)
  local lines, line = {}, first
  local empty = true
  for word in text:gmatch("%S+") do
    if not empty and #line + 1 + #word > width then
      lines[#lines + 1] = line
      line, empty = rest, true
    end
    line = line .. (empty and "" or " ") .. word
    empty = false
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n")
end
M.wrap = wrap

-- The advice as text for the terminal (78 columns).
function M.format_text(a)
  local out = {}
  local W = 78
  out[#out + 1] = "Designs that fit, best first:"
  for i, d in ipairs(a.designs) do
    out[#out + 1] = ""
    out[#out + 1] = string.format("%d. %s", i, d.name)
    out[#out + 1] = string.format("   [%s] supports at most: %s", d.design, M.level_name(d.level))
    if #d.reasons > 0 then
      out[#out + 1] = "   Why:"
      for _, r in ipairs(d.reasons) do out[#out + 1] = wrap(r, W, "   - ", "     ") end
    end
    if #d.threats > 0 then
      out[#out + 1] = "   Watch out for:"
      for _, r in ipairs(d.threats) do out[#out + 1] = wrap(r, W, "   - ", "     ") end
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = "Highest evidence level this plan can support: " .. M.level_name(a.max_level)
  out[#out + 1] = wrap(a.max_level_reason, W, "   ", "   ")
  if #a.warnings > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "Warnings:"
    for _, w in ipairs(a.warnings) do out[#out + 1] = wrap(w.message, W, "   - ", "     ") end
  end
  return table.concat(out, "\n") .. "\n"
end

-- What `evalwiz advise --help` lists under FACTS.
function M.facts_help()
  local out = {}
  for _, f in ipairs(M.FACTS) do
    out[#out + 1] = string.format("  %-16s %s: %s", f.key, f.help, allowed(f))
  end
  return table.concat(out, "\n") .. "\n"
end

return M
