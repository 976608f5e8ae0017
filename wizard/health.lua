-- health.lua: the plan's health check: EIF's six common evaluation pitfalls
-- (Martin et al. 2018; shared/EVALUATION-MODEL.md 2.3), each as pass, warn
-- or not applicable with the reason, from the advisor's facts plus what the
-- impact step says about drop-out, analysis, measures and sample size.
local advise = require("advise")

local M = {}

-- The brief confirms no EIF numbers for these (2.3), so they are defaults to
-- argue with: 20 % overall and 5 points between groups are the usual
-- "worry" marks in trial appraisal [K]; 0.4 is the brief's MDES flag [I].
M.ATTRITION_HIGH = 20            -- percent of participants lost by the outcome measure
M.DIFFERENTIAL_HIGH = 5          -- percentage points more lost from one group than the other
M.SMALL_SAMPLE_MDES = advise.SMALL_SAMPLE_MDES
M.LONG_TERM_MONTHS = advise.LONG_TERM_MONTHS

local SEQ = { __kind = "seq" }
local ORDER = { "id", "title", "status", "reason" }

local RIGOROUS = {
  individual_rct = "random allocation of families", cluster_rct = "random allocation of groups",
  stepped_wedge = "a random order of start for the groups", rdd = "families just either side of the eligibility cut-off",
  did = "a comparison group followed from before the start", matched = "a matched comparison group",
  its = "the trend before the start, with a comparison series",
}
local COMPARISON_WORDS = {
  waitlist = "families on the waiting list", matched = "matched non-participants from records",
  natural = "a comparable group without the service", historical = "an earlier cohort",
}

local function yes(v)
  if v == true then return true end
  if v == false then return false end
  if type(v) == "string" then
    local s = v:lower()
    if s == "yes" or s == "true" or s == "validated" then return true end
    if s == "no" or s == "false" or s == "not_validated" then return false end
    if s == "partly" or s == "partial" then return "partly" end
  end
  return nil
end

local function pct(x)
  if x == math.floor(x) then return string.format("%d%%", math.tointeger(x)) end
  return string.format("%.1f%%", x)
end

local function pts(x)
  if x == math.floor(x) then return string.format("%d", math.tointeger(x)) end
  return string.format("%.1f", x)
end

local function item(id, title, status, reason, ...)
  if select("#", ...) > 0 then reason = string.format(reason, ...) end
  return setmetatable({ id = id, title = title, status = status, reason = reason }, { __order = ORDER })
end

-- 1. No robust comparison group.
local function comparison_group(f, design)
  local id, title = "comparison_group", "A robust comparison group"
  if design == "pre_post" then
    return item(id, title, "warn", "A before-and-after study has no comparison group, so change cannot be put down to the service: children grow, families referred in a crisis improve anyway, other services step in. The plan can reach Level 2 at most.")
  end
  if design == "its" and f.comparison ~= "natural" and f.comparison ~= "matched" then
    return item(id, title, "warn", "An interrupted time series without a comparison series cannot rule out other changes at the same time; add one from areas without the service, or the plan stays at Level 2.")
  end
  if RIGOROUS[design] then
    return item(id, title, "pass", "The comparison comes from %s; show that the groups were alike before the start.", RIGOROUS[design])
  end
  if f.randomise == "yes" then
    return item(id, title, "pass", "You can decide by lot who gets the service, which gives the fairest comparison group; choose the design at step 6.")
  end
  if f.comparison == "historical" then
    return item(id, title, "warn", "An earlier cohort lived through different times (other services, policies, recording); a group followed at the same time is much stronger.")
  end
  if COMPARISON_WORDS[f.comparison] then
    return item(id, title, "pass", "The comparison group is %s; show that it resembled participants before the start.", COMPARISON_WORDS[f.comparison])
  end
  if f.comparison == "none" then
    return item(id, title, "warn", "There is no comparison group, so any change cannot be put down to the service and the plan can reach Level 2 at most; see 'evalwiz advise' for designs that would give one.")
  end
  return item(id, title, "warn", "No design or comparison group chosen yet: answer the impact step's questions on allocation and comparison.")
end

-- 2. High drop-out.
local function attrition(f, design)
  local id, title = "attrition", "Drop-out (attrition)"
  local a, d = tonumber(f.attrition), tonumber(f.differential_attrition)
  if not a then
    return item(id, title, "warn", "Expected drop-out is not stated: say what share of families you expect to lose before the outcome measure, recruit enough extra, and plan how to keep them.")
  end
  local two_groups = design ~= "pre_post" and design ~= "its"
  if a > M.ATTRITION_HIGH then
    return item(id, title, "warn", "%s expected drop-out is high (above %s): those who stay may no longer be like those who started. Plan retention (reminders, flexible times, incentives) and recruit about %d for every 100 you need.",
      pct(a), pct(M.ATTRITION_HIGH), math.ceil(100 / (1 - math.min(a, 99) / 100)))
  end
  if two_groups and d and d > M.DIFFERENTIAL_HIGH then
    return item(id, title, "warn", "Drop-out may differ between the groups by %s points (above %s): when one group loses more families, the groups stop being comparable. Plan to keep the control group engaged too.",
      pts(d), pts(M.DIFFERENTIAL_HIGH))
  end
  if two_groups and not d then
    return item(id, title, "pass", "%s expected drop-out is acceptable; also say whether it may differ between the groups.", pct(a))
  end
  if two_groups then
    return item(id, title, "pass", "%s expected drop-out, differing by %s points between groups, is acceptable.", pct(a), pts(d))
  end
  return item(id, title, "pass", "%s expected drop-out is acceptable.", pct(a))
end

-- 3. Excluding participants from the analysis.
local function exclusions(f)
  local id, title = "exclusions", "Everyone analysed (intention to treat)"
  local v = yes(f.itt)
  if v == true then
    return item(id, title, "pass", "Everyone allocated will be analysed in the group they were allocated to, whether or not they completed (intention to treat).")
  elseif v == false then
    return item(id, title, "warn", "Analysing only those who completed breaks the fair comparison: completers differ from drop-outs. Analyse everyone as allocated (intention to treat); a completers-only analysis can be an extra.")
  end
  return item(id, title, "warn", "Not stated whether everyone allocated will be analysed in their group (intention to treat); say so in the impact step.")
end

-- 4. Using inappropriate measures.
local function measures(f)
  local id, title = "measures", "Appropriate, validated measures"
  local v = yes(f.measures_validated)
  if v == true then
    return item(id, title, "pass", "The primary measure has evidence that it is valid and reliable for this population.")
  elseif v == "partly" then
    return item(id, title, "warn", "The primary measure is only partly validated for this population; find one with published evidence, or check its reliability in the pilot.")
  elseif v == false then
    return item(id, title, "warn", "The primary measure is not validated: results from home-made or unchecked questionnaires are not accepted as evidence. Choose an established measure that fits the outcome and the families.")
  end
  return item(id, title, "warn", "Not stated whether the primary measure is validated for this population; name it and its evidence in the impact step.")
end

-- 5. Small sample size.
local function sample_size(f, design)
  local id, title = "sample_size", "Sample large enough"
  local mdes, how = tonumber(f.mdes), "from the plan's power calculation"
  if not mdes and design then mdes, how = advise.mdes_for(design, f) end
  if not mdes and not design then
    mdes, how = advise.mdes_for(f.unit == "cluster" and "cluster_rct" or "individual_rct", f)
  end
  if f.unit == "cluster" and f.clusters and f.clusters < advise.MIN_CLUSTERS then
    return item(id, title, "warn", "Only %d groups: power and balance depend on the number of groups, and fewer than %d is fragile.", f.clusters, advise.MIN_CLUSTERS)
  end
  if not mdes then
    if design == "its" then
      return item(id, title, "na", "Power for a time series depends on the number of data points and their pattern; ask your academic partner to check it.")
    end
    return item(id, title, "warn", "No sample size or minimum detectable effect yet: give the number of participants (and groups) so the smallest detectable effect can be worked out.")
  end
  local shown = string.format("%.2f", mdes)
  if f.effect and mdes > f.effect then
    return item(id, title, "warn", "The study can reliably detect effects of about %s standard deviations, larger than the %.2f you expect (%s): it is likely to miss a real effect.", shown, f.effect, how)
  end
  if mdes > M.SMALL_SAMPLE_MDES then
    return item(id, title, "warn", "The study can only reliably detect effects of about %s standard deviations or more (%s); many services have smaller effects than %.2f.", shown, how, M.SMALL_SAMPLE_MDES)
  end
  return item(id, title, "pass", "The study can reliably detect effects of about %s standard deviations (%s).", shown, how)
end

-- 6. Lack of long-term follow-up.
local function follow_up(f, design)
  local id, title = "follow_up", "Long-term follow-up"
  if design == "pre_post" then
    return item(id, title, "na", "A before-and-after study cannot reach Level 4 anyway; plan the long-term follow-up with the impact evaluation.")
  end
  local m = tonumber(f.followup_months)
  if not m then
    return item(id, title, "warn", "No long-term follow-up planned: without an outcome measured %d months or more after the service, the plan cannot reach Level 4.", M.LONG_TERM_MONTHS)
  end
  if m < M.LONG_TERM_MONTHS then
    return item(id, title, "warn", "The follow-up is %s months; Level 4 needs an outcome still improved %d months or more after the service.", tostring(m), M.LONG_TERM_MONTHS)
  end
  return item(id, title, "pass", "Outcomes are measured %s months after the service, long enough to show a lasting effect (Level 4).", tostring(m))
end

local CHECKS = { comparison_group, attrition, exclusions, measures, sample_size, follow_up }

-- The six checks for a facts table (see advise.FACTS, plus attrition and
-- differential_attrition in percent, itt, measures_validated, mdes, design).
function M.check(raw)
  raw = raw or {}
  local f = advise.normalise(raw)
  for _, k in ipairs({ "attrition", "differential_attrition", "itt", "measures_validated", "mdes" }) do f[k] = raw[k] end
  local design = raw.design
  if not advise.is_design(design) then design = nil end
  local out = setmetatable({}, SEQ)
  local early = design == "feasibility" or (design == nil and f.stage and f.stage <= advise.FEASIBILITY_STAGE)
  for _, check in ipairs(CHECKS) do
    local r = check(f, design)
    if early then
      r.status = "na"
      r.reason = f.stage and string.format("You are at step %d: this applies once an outcome study is planned, after the feasibility study.", f.stage)
        or "This applies once an outcome study is planned, after the feasibility study."
    end
    out[#out + 1] = r
  end
  return out
end

local LABEL = { pass = "pass", warn = "warn", na = "n/a" }

-- The check as text: a heading and one wrapped entry per pitfall.
function M.format_text(list)
  local out = { "Plan health check (EIF's six common pitfalls):" }
  for _, r in ipairs(list) do
    out[#out + 1] = advise.wrap(r.title .. ": " .. r.reason, 78, string.format("  %-5s ", LABEL[r.status] or r.status), "        ")
  end
  return table.concat(out, "\n") .. "\n"
end

return M
