-- advise.lua: the design advisor.  From a few facts about a team's situation
-- it ranks the impact designs that fit, gives the highest EIF evidence level
-- the plan can support, and warns about what would undermine it.  It follows
-- the brief (shared/EVALUATION-MODEL.md): the decision guide (5.2), the design
-- catalogue (5.1), the level ceilings (2.2) and the power formulas (5.4).
-- What each design is, needs and supports, how its sample is worked out and
-- the warnings it shares with the health check are the pack's design rules
-- (rules.lua); this module applies the decision guide and writes the advice.
-- doc/advisor.md explains every rule and its source.
local rules = require("rules")

local M = {}

-- The thresholds are the rules' (named there); kept here under their old names.
for _, k in ipairs({ "FEASIBILITY_STAGE", "PILOT_STAGE", "MIN_CLUSTERS", "ITS_MIN_POINTS", "TREND_POINTS",
  "LONG_TERM_MONTHS", "RIGOROUS_LEVEL", "PREPOST_R", "DEFAULT_ICC", "SMALL_SAMPLE_MDES", "PILOT_MDES", "PILOT_N",
  "MATCHING_DEFF" }) do
  M[k] = rules[k]
end

-- The facts: what each one means and which values it takes.  The order is
-- the order of messages and of `evalwiz advise --help`.
M.FACTS = {
  { key = "stage", kind = "integer", min = 1, max = 10,
    help = "the step the team is at: the first of the ten not yet done (1-10)" },
  { key = "randomise", kind = "choice", values = { "yes", "no" },
    help = "can the team decide by lot who gets the service, or when" },
  { key = "unit", kind = "choice", values = { "individual", "cluster" },
    help = "is the service given to individuals or families, or to whole groups (schools, centres, teams, areas)" },
  { key = "comparison", kind = "choice", values = { "none", "waitlist", "matched", "natural", "historical", "below_cutoff" },
    help = "the comparison group available (below_cutoff: families just the other side of an eligibility cut-off)" },
  { key = "cutoff", kind = "choice", values = { "yes", "no" },
    help = "is eligibility decided by a score with a strict threshold" },
  { key = "rollout", kind = "choice", values = { "phased", "all" },
    help = "does the service start in stages (phased) or everywhere at once (all)" },
  { key = "timeseries", kind = "integer", min = 0,
    help = "how many earlier data points of the outcome exist before the start" },
  { key = "n", kind = "integer", min = 2,
    help = "participants available for the study" },
  { key = "clusters", kind = "integer", min = 2,
    help = "groups or areas (schools, centres, teams) available, in both arms" },
  { key = "cluster_size", kind = "number", min = 1,
    help = "participants per group, on average, over the study" },
  { key = "icc", kind = "number", min = 0, max = 1, below_max = true,
    help = "intraclass correlation: the share of outcome variation between groups (0 up to 1)" },
  { key = "effect", kind = "number", min = 0, above_min = true, max = 5,
    help = "the expected effect size, in standard deviations (for example 0.3)" },
  { key = "followup_months", kind = "number", min = 0,
    help = "months from the end of the service to the last outcome measurement" },
  { key = "prior_level", kind = "choice", values = { "0", "2", "3", "4" }, numeric = true,
    aliases = { none = "0", nl2 = "0", ne = "0", l2 = "2", l2plus = "2", l3 = "3", l3plus = "3", l4 = "4", l4plus = "4" },
    help = "the EIF evidence level already reached (0 means below Level 2, or found not effective)" },
  { key = "prior_12_months", kind = "choice", values = { "yes", "no" },
    help = "did an earlier rigorous study show an outcome lasting 12 months or more" },
  { key = "steps", kind = "integer", min = 1,
    help = "the steps of a stepped-wedge roll-out" },
  { key = "sites", kind = "integer", min = 2,
    help = "sites in which families or groups are allocated separately" },
  { key = "group_size", kind = "number", min = 2,
    help = "families in each programme group, for a service delivered to groups" },
  { key = "group_icc", kind = "number", min = 0, max = 1, below_max = true,
    help = "intraclass correlation between families in one programme group" },
  { key = "cv", kind = "number", min = 0,
    help = "coefficient of variation of the groups' sizes" },
  { key = "cutoff_share", kind = "number", min = 0, max = 1, above_min = true, below_max = true,
    help = "the share of families on the service side of the cut-off (0 to 1)" },
  { key = "points_after", kind = "integer", min = 2,
    help = "data points of the outcome after the start" },
  { key = "autocorrelation", kind = "number", min = -1, max = 1, above_min = true, below_max = true,
    help = "correlation between neighbouring points of the series" },
  { key = "deff", kind = "number", min = 1,
    help = "the design effect of matching or weighting" },
  { key = "r2", kind = "number", min = 0, max = 1, below_max = true,
    help = "the share of the outcome's variation explained by baseline measures" },
  { key = "attrition", kind = "number", min = 0, max = 100, below_max = true,
    help = "the percentage of participants expected to drop out" },
  { key = "outcome", kind = "choice", values = { "continuous", "binary", "count" },
    help = "the kind of primary outcome: a score, yes or no, or a count" },
  { key = "p0", kind = "number", min = 0, max = 1, above_min = true, below_max = true,
    help = "binary outcome: the share of comparison families with it (0 to 1)" },
  { key = "p1", kind = "number", min = 0, max = 1, above_min = true, below_max = true,
    help = "binary outcome: the share expected with the service (0 to 1)" },
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
    if v == nil then return bad() end   -- whole, but too big for an integer (1e308)
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
-- Extra keys (the health check's itt, measures_validated, ...) are left alone.
function M.normalise(raw)
  local facts, problems = {}, {}
  for _, f in ipairs(M.FACTS) do
    local v = raw and raw[f.key]
    if v ~= nil and v ~= "" then
      local ok, err = M.check_fact(f.key, v)
      if ok == nil then problems[#problems + 1] = err else facts[f.key] = ok end
    end
  end
  -- the plan's other calculator inputs, taken as they are
  for _, k in ipairs({ "alpha", "power", "r", "rate0", "rate1", "cluster_dropout", "cluster_autocorrelation",
    "allocation_share", "deferral_months", "programme_months" }) do
    if raw and type(raw[k]) == "number" then facts[k] = raw[k] end
  end
  if raw and (raw.level4_claim == "yes" or raw.level4_claim == "no") then facts.level4_claim = raw.level4_claim end
  return facts, problems
end

-- ---- power ---------------------------------------------------------------

-- The calculator the advisor uses: calc.power, or for tests another one
-- (nil: none, so no design gets an MDES).
local power = calc and calc.power
local power_set = false
function M.set_power(mod) power, power_set = mod, true end

local function calculator() return power end

-- The minimum detectable effect size of a design for these facts: mdes and
-- the words for how it was worked out, or nil (kept for templates and older
-- callers; rules.power gives the whole answer).
function M.mdes_for(design, f)
  if not calculator() then return nil end
  local p = rules.power(design, f, calculator())
  if not p or not p.comparable or not p.mdes then return nil end
  return p.mdes, p.how
end

local function sd(x) return string.format("%.2f", x) end

function M.is_design(id) return rules.is_design(id) end
function M.design_name(id) return rules.BY_ID[id] and rules.BY_ID[id].name or id end
M.level_name = rules.level_name
M.CATALOGUE = rules.DESIGNS

local BY_ID = rules.BY_ID

-- ---- the candidates --------------------------------------------------------

-- The starting scores put the designs in tiers by the strength of their
-- causal claim on the Maryland scale (brief 2.2, 5.1); the situation adds
-- or takes away fewer points than separate two tiers, so it orders designs
-- of the same strength but never puts a weaker one above a stronger one.
local SCORE = {
  feasibility = 0, individual_rct = 100, cluster_rct = 95, stepped_wedge = 90, rdd = 80,
  did = 70, matched = 66, its = 62, pre_post = 20,
}

local function candidate(list, id)
  local c = list[id]
  if not c then
    c = { design = id, score = SCORE[id], reasons = {}, threats = {}, order = BY_ID[id].order }
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
  local cutoff = f.cutoff
  if cutoff == nil and comp == "below_cutoff" then cutoff = "yes" end

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
      if f.group_size then
        add(x.reasons, "The service is delivered to groups of about %s families, so families in one group become alike; the calculation allows for it (a partially nested trial).", tostring(f.group_size))
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
      x.score = SCORE.cluster_rct + 3 - (unknown and 5 or 0)
      local y = candidate(c, "cluster_rct")
      add(y.reasons, "If the later groups can wait until the study ends, a parallel cluster trial (half the groups start now, half after the last measure) is simpler to run and to analyse.")
    end
  end

  -- 4-7. If not: a cut-off, a comparison group, rich records, a long series.
  if cutoff == "yes" then
    local x = candidate(c, "rdd")
    add(x.reasons, "Eligibility is decided by a score with a strict threshold, so families just above and just below it are alike except for the service: comparing them gives a credible estimate (Maryland scale 4).")
    if randomise == "yes" then
      add(x.reasons, "Because you can randomise, a trial is stronger; a discontinuity design is the fallback if the draw is not agreed.")
    end
  end

  local areas = cluster and "areas or groups" or "families"
  if comp == "natural" then
    local x = candidate(c, "did")
    x.score = x.score + 6
    add(x.reasons, "There is a comparable group of %s that does not get the service: comparing how each group changed from before to after removes differences that stay constant (Maryland scale 3).", areas)
    local y = candidate(c, "matched")
    add(y.reasons, "Matching participants to similar families in the comparison group before comparing changes makes the comparison fairer; combined with difference-in-differences it is stronger than either alone.")
  elseif comp == "matched" then
    local x = candidate(c, "matched")
    x.score = x.score + 6
    add(x.reasons, "You have records on both participants and similar non-participants, so each participant can be compared with families who looked the same beforehand (Maryland scale 3).")
    local y = candidate(c, "did")
    add(y.reasons, "If the same outcome was recorded for both groups before the service, comparing their changes as well as their levels protects against differences that matching missed.")
  elseif comp == "waitlist" and randomise ~= "yes" then
    local x = candidate(c, "matched")
    x.score = x.score + 6
    add(x.reasons, "Families on the waiting list were referred for the same reasons, so they make a closer comparison than the general population; check that they resemble participants before the start.")
    add(x.reasons, "Families wait anyway: if the order could be decided by lot instead, this would become a randomised trial, the stronger design.")
    local y = candidate(c, "did")
    add(y.reasons, "Measuring waiting and participating families at the same two points and comparing their changes guards against differences that were there from the start.")
  elseif comp == "historical" then
    local x = candidate(c, "matched")
    x.score = x.score - 10
    add(x.reasons, "An earlier cohort of families (before the service existed) can be matched to participants on their records.")
    add(x.threats, "Families from an earlier period lived through different times (other services, policy, recording practice); a group followed at the same time is much stronger.")
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
      add(x.threats, "Without a comparison series from places without the service it supports Level 2 at most; add one if you can.")
    end
    if comp == "none" or comp == nil then x.score = x.score + 4 end
  end

  if comp ~= nil and comp ~= "none" and c.did and series < M.TREND_POINTS then
    add(c.did.threats, "With fewer than %d earlier data points you cannot check that the groups were moving in parallel before the start.", M.TREND_POINTS)
  end

  -- 8. None of the above, or the fallback.
  local x = candidate(c, "pre_post")
  local rigorous = false
  for id in pairs(c) do if id ~= "pre_post" and id ~= "feasibility" then rigorous = true end end
  x.fallback = rigorous
  if not rigorous then
    add(x.reasons, "With no way to decide who gets the service, no comparison group, no cut-off score and no long run of routine data, a before-and-after study of participants is what is possible.")
    add(x.reasons, "Treat it as a pilot: it tests measures, recruitment and retention and supports at most Level 2; plan the stronger next step (a comparison group or a trial).")
  else
    add(x.reasons, "Only as a fallback: it shows whether outcomes move, not whether the service moved them, so its sample size is not comparable with the designs above.")
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

-- What the design can detect, as reasons or threats on the candidate.
local function apply_power(c, f)
  if c.design == "feasibility" then return end
  local calc_power = calculator()
  local p, why
  if calc_power then p, why = rules.power(c.design, f, calc_power) end
  c.power = p
  c.ceiling = rules.ceiling(c.design, f, p)
  if not p then
    if why and calc_power and (f.n or f.clusters or f.timeseries) then
      add(c.threats, "What this design can detect is not worked out: %s.", why)
    end
    return
  end
  if p.not_estimable then
    add(c.threats, "Not estimable: %s.", (p.not_estimable:gsub("^not estimable: ", "")))
    return
  end
  local sample, how = p.sample, p.how
  if c.design == "pre_post" and c.fallback then
    -- a change within one group is not comparable with the effect the
    -- between-group designs estimate: no figure beside them
    return
  end
  if rules.pilot_sized(c.design, f, p) then add(c.threats, "%s", rules.pilot_words(p)) end
  if p.units == "noise" then
    add(c.reasons, "With %s the smallest change in level it can reliably detect is %s standard deviations of the series' own ups and downs (%s); this is not comparable with an effect size on children.",
      sample, sd(p.mdes), how)
    return
  end
  if p.units == "rate" then
    local target = f.p1
    if p.detectable and target and f.p0 then
      local reach = (target > f.p0 and target >= p.detectable) or (target < f.p0 and target <= p.detectable)
      if reach then
        add(c.reasons, "With %s it can reliably detect a change from %.0f%% to %.1f%%, so the %.0f%% you expect is within reach (%s).",
          sample, f.p0 * 100, p.detectable * 100, target * 100, how)
      else
        c.underpowered = true
        add(c.threats, "Too small: with %s the smallest change it can reliably detect is from %.0f%% to %.1f%%, more than the change to %.0f%% you expect (%s).",
          sample, f.p0 * 100, p.detectable * 100, target * 100, how)
      end
    end
    return
  end
  c.mdes = p.mdes
  local what = c.design == "pre_post" and "the smallest change (not impact) this design can reliably detect" or "the smallest effect this design can reliably detect"
  if f.effect then
    if p.mdes > f.effect then
      c.underpowered = true
      local need, words = rules.needed(c.design, f, calc_power)
      add(c.threats, "Too small: with %s %s is about %s standard deviations, larger than the %s you expect%s (%s).",
        sample, what, sd(p.mdes), sd(f.effect), need and string.format("; you would need about %d %s analysed", need, words) or "", how)
    else
      add(c.reasons, "With %s %s is about %s standard deviations, no larger than the %s you expect (%s).",
        sample, what, sd(p.mdes), sd(f.effect), how)
    end
  elseif p.mdes > M.SMALL_SAMPLE_MDES then
    add(c.threats, "With %s %s is about %s standard deviations; many services have smaller effects than %s, so say what effect you expect (%s).",
      sample, what, sd(p.mdes), sd(M.SMALL_SAMPLE_MDES), how)
  else
    add(c.reasons, "With %s %s is about %s standard deviations (%s).", sample, what, sd(p.mdes), how)
  end
  -- a stepped wedge against a parallel trial of the same families, worked
  -- out the same way (Hussey & Hughes; the normal approximation for both)
  if c.design == "stepped_wedge" and p.res and p.res.parallel_mdes then
    local par = p.res.parallel_mdes
    add(c.reasons, "With these groups, worked out the same way (Hussey & Hughes' normal approximation), the stepped wedge detects %s and a parallel trial measuring the same families once %s, so the %s needs fewer groups for the same effect; with few groups the parallel trial's t-based figure below is larger.",
      sd(p.res.mdes), sd(par), par < p.res.mdes and "parallel trial" or "stepped wedge")
  end
end

-- The highest level the design supports for these facts, and why.
local function level_reason(c, f)
  if not c then return 0, "No impact design fits these facts yet." end
  local d = BY_ID[c.design]
  local ceil = c.ceiling or rules.ceiling(c.design, f, c.power)
  local lvl = ceil.level
  local parts = {}
  for _, r in ipairs(ceil.reasons) do parts[#parts + 1] = r end
  if c.design == "pre_post" then
    table.insert(parts, 1, "A before-and-after study with no comparison group can show that outcomes changed but not that the service caused it, so it supports at most Level 2 (preliminary evidence).")
  elseif lvl >= M.RIGOROUS_LEVEL then
    add(parts, "A well-run %s is a rigorous design: %s, a positive result supports Level 3.", rules.words(c.design), d.well_run)
    local ok, why = rules.level4(f)
    if ok then
      lvl = 4
      add(parts, "With %s, a second positive rigorous study supports Level 4.", why)
    else
      add(parts, "Level 4 would also need %s.", why)
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
  list[#list + 1] = ordered({ id = id, message = select("#", ...) > 0 and string.format(fmt, ...) or fmt }, { "id", "message" })
end

-- The ranking: the feasibility study first while it is not done; then the
-- highest level a design can support; then the strength of its causal
-- claim with the situation's points; then the designs large enough for the
-- expected effect; then the catalogue's order.
local function before(a, b)
  if (a.design == "feasibility") ~= (b.design == "feasibility") then return a.design == "feasibility" end
  local la, lb = a.ceiling and a.ceiling.level or 0, b.ceiling and b.ceiling.level or 0
  if la ~= lb then return la > lb end
  if a.score ~= b.score then return a.score > b.score end
  if (a.underpowered or false) ~= (b.underpowered or false) then return not a.underpowered end
  return a.order < b.order
end

-- The advice for a table of facts (any may be missing).
function M.advise(raw)
  local f, problems = M.normalise(raw or {})
  local cands = candidates(f)
  local chosen = raw and raw.design
  if not M.is_design(chosen) or chosen == "feasibility" then chosen = nil end
  local list = {}
  for _, c in pairs(cands) do
    apply_power(c, f)
    list[#list + 1] = c
  end
  table.sort(list, before)
  local best
  for _, c in ipairs(list) do
    if c.design ~= "feasibility" then best = c break end
  end

  -- A plan that has chosen its design is judged on that design.
  local basis = best
  if chosen then
    basis = cands[chosen]
    if not basis then
      basis = { design = chosen, score = 0, reasons = {}, threats = {}, order = BY_ID[chosen].order }
      apply_power(basis, f)
    end
  end

  local warnings = seq()
  if chosen then
    local conflicts = rules.conflicts(chosen, f)
    local msgs = {}
    for _, cf in ipairs(conflicts) do if cf.health == "fail" then msgs[#msgs + 1] = cf.message end end
    if #msgs > 0 then
      warning(warnings, "design_unsupported", "The plan's design is the %s, but %s. Check the answers, or choose a design from the list.",
        rules.words(chosen), table.concat(msgs, "; and "))
    elseif not cands[chosen] then
      warning(warnings, "design_unsupported", "The plan's design is the %s, but its answers do not show what that needs: %s. Check the answers, or choose a design from the list.",
        rules.words(chosen), rules.NEEDS[chosen])
    end
  end
  local lvl, why = level_reason(basis, f)
  if chosen and best and best.design ~= "pre_post" then
    local best_lvl = level_reason(best, f)
    if best_lvl > lvl then
      warning(warnings, "stronger_design", "The plan's design (%s) supports at most %s, but these facts allow a %s, which could support %s.",
        rules.words(chosen), M.level_name(lvl), rules.words(best.design), M.level_name(best_lvl))
    end
  end
  if f.stage and f.stage <= M.FEASIBILITY_STAGE then
    warning(warnings, "premature", "Premature: you are at step %d and the feasibility study (step %d) is not done yet. Plan the impact evaluation as a later step, and start it only once the feasibility study shows the service can be delivered and families take it up.",
      f.stage, M.FEASIBILITY_STAGE)
  end
  if basis and basis.power and basis.power.not_estimable then
    warning(warnings, "not_estimable", "Not estimable: the %s %s.", rules.words(basis.design),
      (basis.power.not_estimable:gsub("^not estimable: ", "cannot be estimated here: ")))
  elseif basis and rules.pilot_sized(basis.design, f, basis.power) then
    warning(warnings, "pilot_size", "%s", rules.pilot_words(basis.power))
  elseif basis and basis.underpowered then
    local need, words = rules.needed(basis.design, f, calculator())
    if basis.power and basis.power.units == "rate" then
      warning(warnings, "underpowered", "Under-powered: the %s cannot reliably detect the change in the share of families you expect%s. Recruit more, or plan for a larger change only if the evidence supports it.",
        rules.words(basis.design), need and string.format("; you would need about %d %s analysed", need, words) or "")
    else
      warning(warnings, "underpowered", "Under-powered: the %s can reliably detect effects of about %s standard deviations, but you expect %s%s. Recruit more, add a pre-test as a covariate, or plan for a larger effect only if the evidence supports it.",
        rules.words(basis.design), sd(basis.mdes), sd(f.effect),
        need and string.format("; you would need about %d %s analysed", need, words) or "")
    end
  end
  local few = rules.few_clusters(basis and basis.design, f)
  if few then warning(warnings, "few_clusters", "Too few clusters: %s", few) end
  for _, p in ipairs(problems) do
    warning(warnings, "ignored_fact", "Ignored a fact from the plan: %s", p)
  end

  local designs = seq()
  for _, c in ipairs(list) do
    local threats = {}
    for _, x in ipairs(c.threats) do threats[#threats + 1] = x end
    for _, x in ipairs(BY_ID[c.design].threats) do threats[#threats + 1] = x end
    designs[#designs + 1] = ordered({
      design = c.design, name = BY_ID[c.design].name, level = c.ceiling and c.ceiling.level or BY_ID[c.design].ceiling,
      reasons = seq(c.reasons), threats = seq(threats),
      mdes = c.mdes and math.floor(c.mdes * 1000 + 0.5) / 1000 or nil,
      not_estimable = (c.power and c.power.not_estimable) and true or nil,
    }, { "design", "name", "level", "reasons", "threats", "mdes", "not_estimable" })
  end
  if chosen then why = string.format("The plan's design is the %s. %s", rules.words(chosen), why) end
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

-- A design's verdict, in the language last applied (tr): the level it
-- supports at most.
local function level_words(d)
  if d.not_estimable then return tr("not estimable with these facts") end
  return tr(M.level_name(d.level))
end

-- The advice as text for the terminal (78 columns).  Its headings and
-- verdicts are in the language last applied (tr); the reasons are English.
function M.format_text(a)
  local out = {}
  local W = 78
  out[#out + 1] = tr("Designs that fit, best first:")
  for i, d in ipairs(a.designs) do
    out[#out + 1] = ""
    out[#out + 1] = string.format("%d. %s", i, d.name)
    out[#out + 1] = string.format("   [%s] %s: %s", d.design, tr("supports at most"), level_words(d))
    if #d.reasons > 0 then
      out[#out + 1] = "   " .. tr("Why:")
      for _, r in ipairs(d.reasons) do out[#out + 1] = wrap(r, W, "   - ", "     ") end
    end
    if #d.threats > 0 then
      out[#out + 1] = "   " .. tr("Watch out for:")
      for _, r in ipairs(d.threats) do out[#out + 1] = wrap(r, W, "   - ", "     ") end
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = tr("Highest evidence level this plan can support:") .. " " .. tr(M.level_name(a.max_level))
  out[#out + 1] = wrap(a.max_level_reason, W, "   ", "   ")
  if #a.warnings > 0 then
    out[#out + 1] = ""
    out[#out + 1] = tr("Warnings:")
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
