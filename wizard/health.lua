-- health.lua: the plan's health check: EIF's six common evaluation pitfalls
-- (Martin et al. 2018; shared/EVALUATION-MODEL.md 2.3), each as pass, warn,
-- fail or not applicable with the reason.  It reads the advisor's facts and
-- judges them by the pack's design rules (rules.lua), the same rules the
-- advisor and the impact step's questions use: what the chosen design needs
-- and whether the answers give it (an "RCT" without random allocation
-- fails), the highest level it supports, what its sample can detect, and
-- which pitfalls do not apply to it (a time series of routine aggregate
-- data recruits no one, so has no drop-out or intention to treat).
local rules = require("rules")

local M = {}

-- The brief confirms no EIF numbers for these (2.3), so they are defaults to
-- argue with; they are the rules' (see rules.lua and doc/advisor.md).
M.ATTRITION_HIGH = rules.ATTRITION_HIGH
M.DIFFERENTIAL_HIGH = rules.DIFFERENTIAL_HIGH
M.CLUSTER_DROPOUT_HIGH = rules.CLUSTER_DROPOUT_HIGH
M.SMALL_SAMPLE_MDES = rules.SMALL_SAMPLE_MDES
M.LONG_TERM_MONTHS = rules.LONG_TERM_MONTHS

local SEQ = { __kind = "seq" }
local ORDER = { "id", "title", "status", "reason" }

local COMPARISON_WORDS = {
  waitlist = "families on the waiting list", matched = "matched non-participants from records",
  natural = "a comparable group without the service", historical = "an earlier cohort",
  below_cutoff = "families just the other side of the eligibility cut-off",
}

-- The calculator for the sample check: calc.power, or for tests another one.
local power = calc and calc.power
function M.set_power(mod) power = mod end

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

-- title and reason in the session's language (tr: the words of
-- lang/CODE.lua), the reason formatted with the values
local function item(id, title, status, reason, ...)
  return setmetatable({ id = id, title = tr(title), status = status, reason = tr(reason, ...) }, { __order = ORDER })
end

local function sentence(s) return s:sub(1, 1):upper() .. s:sub(2) end

-- The six pitfalls in the order they are checked, with their titles (in
-- the pack's own language: item() and pitfalls.lua translate them): what
-- the checks file lists without running a check, and so without loading
-- the power calculator when the pack loads.
M.PITFALLS = {
  { id = "comparison_group", title = "A robust comparison group" },
  { id = "attrition", title = "Drop-out (attrition)" },
  { id = "exclusions", title = "Everyone analysed (intention to treat)" },
  { id = "measures", title = "Appropriate, validated measures" },
  { id = "sample_size", title = "Sample large enough" },
  { id = "follow_up", title = "Long-term follow-up" },
}
local TITLE = {}
for _, p in ipairs(M.PITFALLS) do TITLE[p.id] = p.title end

local function clustered(f, design)
  local d = design and rules.BY_ID[design]
  return (d and d.clustered) or f.unit == "cluster"
end

-- 1. No robust comparison group.
local function comparison_group(f, design, p)
  local id = "comparison_group"
  local title = TITLE[id]
  if design then
    for _, c in ipairs(rules.conflicts(design, f)) do
      if c.health == "fail" then
        return item(id, title, "fail", "The plan's design is the %s, but %s. As planned it has no sound comparison and supports Level 2 at most: change the answers or choose the design that fits them.",
          rules.words(design), c.message)
      end
    end
    if p and p.not_estimable then
      return item(id, title, "fail", "%s.", sentence(p.not_estimable))
    end
    if design == "pre_post" then
      return item(id, title, "warn", "A before-and-after study has no comparison group, so change cannot be put down to the service: children grow, families referred in a crisis improve anyway, other services step in. The plan can reach Level 2 at most.")
    end
    if design == "its" and f.comparison ~= "natural" and f.comparison ~= "matched" then
      return item(id, title, "warn", "An interrupted time series without a comparison series cannot rule out other changes at the same time; add one from areas without the service, or the plan stays at Level 2.")
    end
    local ceil = rules.ceiling(design, f, nil)
    if f.comparison == "historical" and ceil.level < 3 then
      return item(id, title, "warn", "The comparison group is an earlier cohort: families then lived through different times (other services, policies, recording) and no matching removes change over time, so the plan can reach Level 2 at most. A group followed at the same time is much stronger.")
    end
    if rules.BY_ID[design].comparison then
      return item(id, title, "pass", "The comparison comes from %s; show that the groups were alike before the start.", tr(rules.comparison_words(design)))
    end
  end
  if f.randomise == "yes" then
    return item(id, title, "pass", "You can decide by lot who gets the service, which gives the fairest comparison group; choose the design at step 6.")
  end
  if f.comparison == "historical" then
    return item(id, title, "warn", "An earlier cohort lived through different times (other services, policies, recording); a group followed at the same time is much stronger, and an earlier cohort supports Level 2 at most.")
  end
  if COMPARISON_WORDS[f.comparison] then
    return item(id, title, "pass", "The comparison group is %s; show that it resembled participants before the start.", tr(COMPARISON_WORDS[f.comparison]))
  end
  if f.comparison == "none" then
    return item(id, title, "warn", "There is no comparison group, so any change cannot be put down to the service and the plan can reach Level 2 at most; see 'evalwiz advise' for designs that would give one.")
  end
  return item(id, title, "warn", "No design or comparison group chosen yet: answer the impact step's questions on allocation and comparison.")
end

-- 2. High drop-out, of families and of whole groups.
local function attrition(f, design)
  local id = "attrition"
  local title = TITLE[id]
  if design and rules.aggregate(design) then
    return item(id, title, "na", "A time series of routine aggregate data recruits no one, so no one drops out; check instead that the outcome is recorded the same way throughout.")
  end
  local a, d = tonumber(f.attrition), tonumber(f.differential_attrition)
  local groups = clustered(f, design)
  local cd = tonumber(f.cluster_dropout)
  if groups and cd and cd > M.CLUSTER_DROPOUT_HIGH then
    return item(id, title, "warn", "%s of the groups may withdraw after allocation (above %s): every family in a group that leaves is lost at once, and the groups that stay may differ. Agree the commitment before the draw and keep withdrawn groups in the analysis with routine data if you can.",
      pct(cd), pct(M.CLUSTER_DROPOUT_HIGH))
  end
  if not a then
    return item(id, title, "warn", "Expected drop-out is not stated: say what share of families you expect to lose before the outcome measure, recruit enough extra, and plan how to keep them.")
  end
  local two_groups = design ~= "pre_post"
  if a > M.ATTRITION_HIGH then
    return item(id, title, "warn", "%s expected drop-out is high (above %s): those who stay may no longer be like those who started. Plan retention (reminders, flexible times, incentives) and recruit about %d for every 100 you need.",
      pct(a), pct(M.ATTRITION_HIGH), math.ceil(100 / (1 - math.min(a, 99) / 100)))
  end
  if two_groups and d and d > M.DIFFERENTIAL_HIGH then
    return item(id, title, "warn", "Drop-out may differ between the groups by %s points (above %s): when one group loses more families, the groups stop being comparable. Plan to keep the control group engaged too.",
      pts(d), pts(M.DIFFERENTIAL_HIGH))
  end
  local extra = ""
  if groups and not cd then extra = tr(" Also say how many whole groups might withdraw.") end
  if two_groups and not d then
    return item(id, title, "pass", "%s expected drop-out is acceptable; also say whether it may differ between the groups.%s", pct(a), extra)
  end
  if two_groups then
    return item(id, title, "pass", "%s expected drop-out, differing by %s points between groups, is acceptable.%s", pct(a), pts(d), extra)
  end
  return item(id, title, "pass", "%s expected drop-out is acceptable.", pct(a))
end

-- 3. Excluding participants from the analysis.
local function exclusions(f, design)
  local id = "exclusions"
  local title = TITLE[id]
  if design and rules.aggregate(design) then
    return item(id, title, "na", "A time series of routine aggregate data counts everyone in the area, so no one is allocated or left out of the analysis.")
  end
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
  local id = "measures"
  local title = TITLE[id]
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

-- 5. Small sample size: what the chosen design (or, with none chosen, a
-- trial of the plan's unit) can detect, by the same rules as the advisor.
local function sample_size(f, design, p, why)
  local id = "sample_size"
  local title = TITLE[id]
  local judged = design or (f.unit == "cluster" and "cluster_rct" or "individual_rct")
  if p and p.not_estimable then
    return item(id, title, "fail", "%s.", sentence(p.not_estimable))
  end
  local few = rules.few_clusters(design, f)
  if few then return item(id, title, "warn", "%s", sentence(few)) end
  if not p then
    if design == "its" then
      return item(id, title, "na", "Power for a time series depends on the number of data points and their pattern; give the points after the start, and ask your academic partner to check it.")
    end
    return item(id, title, "warn", "No sample size or minimum detectable effect yet: %s.", why or tr("give the number of participants (and groups)"))
  end
  if rules.pilot_sized(judged, f, p) then
    return item(id, title, "warn", "%s", rules.pilot_words(p))
  end
  if p.units == "noise" then
    return item(id, title, "na", "With %s the series can reveal a change in level of about %.2f standard deviations of its own ups and downs (%s); judge that against how much the series varies, not against an effect size on children, with your academic partner.",
      p.sample, p.mdes, p.how)
  end
  if p.units == "rate" then
    if not p.detectable or not (f.p1 or f.rate1) then
      return item(id, title, "warn", "Say what share of families you expect to have the outcome with the service, so that the sample can be checked against it.")
    end
    local target, base = f.p1 or f.rate1, f.p0 or f.rate0
    local reach = (target > base and target >= p.detectable) or (target < base and target <= p.detectable)
    if reach then
      return item(id, title, "pass", "With %s the study can reliably detect the change you expect (%s).", p.sample, p.how)
    end
    return item(id, title, "warn", "With %s the smallest change the study can reliably detect is to %s, more than the change you expect (%s): it is likely to miss a real effect.",
      p.sample, f.p1 and string.format("%.1f%%", p.detectable * 100) or string.format("%.3g", p.detectable), p.how)
  end
  local shown = string.format("%.2f", p.mdes)
  if f.effect and p.mdes > f.effect then
    return item(id, title, "warn", "The study can reliably detect effects of about %s standard deviations, larger than the %.2f you expect (%s): it is likely to miss a real effect.", shown, f.effect, p.how)
  end
  if p.mdes > M.SMALL_SAMPLE_MDES then
    return item(id, title, "warn", "The study can only reliably detect effects of about %s standard deviations or more (%s); many services have smaller effects than %.2f.", shown, p.how, M.SMALL_SAMPLE_MDES)
  end
  return item(id, title, "pass", "The study can reliably detect effects of about %s standard deviations (%s).", shown, p.how)
end

-- 6. Lack of long-term follow-up.
local function follow_up(f, design)
  local id = "follow_up"
  local title = TITLE[id]
  if design == "pre_post" then
    return item(id, title, "na", "A before-and-after study cannot reach Level 4 anyway; plan the long-term follow-up with the impact evaluation.")
  end
  local m = tonumber(f.followup_months)
  local earlier = f.prior_12_months == "yes" and (f.prior_level or 0) >= rules.RIGOROUS_LEVEL
  local lost, at = rules.followup_after_deferral(f)
  if m and m >= M.LONG_TERM_MONTHS and not earlier then
    if lost then
      return item(id, title, "warn", "Outcomes are measured %s months after the service, about %d months after allocation, but the waiting list is offered the service at %s months: no comparison group is left by then, so the follow-up shows whether change lasts, not whether the effect does (no Level 4 evidence). Keep a comparison group until the follow-up, or plan Level 4 through another study.",
        tostring(m), math.floor(at + 0.5), tostring(f.deferral_months))
    end
    if f.level4_claim == "no" then
      return item(id, title, "warn", "The plan measures outcomes %s months after the service but does not offer the follow-up as evidence of a lasting effect, so it cannot reach Level 4 through it; say how a lasting effect will be shown.", tostring(m))
    end
  end
  if m and m >= M.LONG_TERM_MONTHS and not lost and f.level4_claim ~= "no" then
    return item(id, title, "pass", "Outcomes are measured %s months after the service, long enough to show a lasting effect (Level 4).", tostring(m))
  end
  if earlier then
    return item(id, title, "pass", "An earlier rigorous study already showed an outcome lasting 12 months or more, so Level 4 can build on it if this study confirms the effect%s.",
      m and tr("; the follow-up here is %s months", tostring(m)) or "")
  end
  if not m then
    return item(id, title, "warn", "No long-term follow-up planned: without an outcome measured %d months or more after the service, the plan cannot reach Level 4.", M.LONG_TERM_MONTHS)
  end
  return item(id, title, "warn", "The follow-up is %s months; Level 4 needs an outcome still improved %d months or more after the service.", tostring(m), M.LONG_TERM_MONTHS)
end

-- The six checks for a facts table (the advisor's facts, see advise.FACTS,
-- plus attrition and differential_attrition in percent, cluster_dropout,
-- itt, measures_validated and design).
function M.check(raw)
  raw = raw or {}
  local f = {}
  for k, v in pairs(raw) do f[k] = v end
  local design = raw.design
  if not rules.is_design(design) then design = nil end
  local out = setmetatable({}, SEQ)
  local early = design == "feasibility" or (design == nil and f.stage and f.stage <= rules.FEASIBILITY_STAGE)
  local p, why
  if not early and power then
    local judged = design or (f.unit == "cluster" and "cluster_rct" or "individual_rct")
    p, why = rules.power(judged, f, power)
  end
  local results = {
    comparison_group(f, design, p), attrition(f, design), exclusions(f, design), measures(f),
    sample_size(f, design, p, why), follow_up(f, design),
  }
  for _, r in ipairs(results) do
    if early then
      r.status = "na"
      r.reason = f.stage and tr("You are at step %d: this applies once an outcome study is planned, after the feasibility study.", f.stage)
        or tr("This applies once an outcome study is planned, after the feasibility study.")
    end
    out[#out + 1] = r
  end
  return out
end

local LABEL = { pass = "pass", warn = "warn", fail = "FAIL", na = "n/a" }

-- The check as text: a heading and one wrapped entry per pitfall.
function M.format_text(list)
  local wrap = require("advise").wrap
  local out = { tr("Plan health check (EIF's six common pitfalls):") }
  for _, r in ipairs(list) do
    out[#out + 1] = wrap(r.title .. ": " .. r.reason, 78, string.format("  %-5s ", tr(LABEL[r.status] or r.status)), "        ")
  end
  return table.concat(out, "\n") .. "\n"
end

return M
