-- facts.lua: the design advisor's and the health check's facts, read from a
-- plan of the default pack (field ids in doc/pack-fields.md).  Only facts
-- the plan answers are set; yes/no facts are the words "yes" and "no", as
-- on the advisor's command line; shares the plan asks in percent
-- (baseline_rate, cutoff_share) become proportions, as the calculator
-- takes them, while attrition stays in percent as the health check reads it.
local rules = require("rules")

local M = {}

-- The ten steps in order: stage is the first one not ticked as done.
M.STEPS = {
  "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome",
  "impact", "follow_up", "replication", "value_for_money", "quality_assurance",
}

-- EIF's ratings as the advisor counts them: the "+" ratings are their level;
-- NE (a rigorous study found no effect) is no positive rigorous evidence to
-- build Level 4 on.
local PRIOR = { none = 0, nl2 = 0, ne = 0, l2 = 2, l2plus = 2, l3 = 3, l3plus = 3, l4 = 4, l4plus = 4 }

local function yesno(v)
  if v == true then return "yes" end
  if v == false then return "no" end
  return nil
end

local function num(v)
  if type(v) == "number" then return v end
  return nil
end

local function share(v)
  if type(v) == "number" then return v / 100 end
  return nil
end

local function get(view, step, field)
  local s = view[step]
  if s == nil then return nil end
  return s[field]
end

-- The first of the ten steps not ticked in opening.steps_done (1-10), or
-- nil when the question has not been answered.
function M.stage(view)
  local list = get(view, "opening", "steps_done")
  if type(list) ~= "table" then return nil end
  local done = {}
  for _, id in ipairs(list) do done[id] = true end
  for i, id in ipairs(M.STEPS) do
    if not done[id] then return i end
  end
  return 10
end

local CLUSTER_DESIGNS = { cluster_rct = true, stepped_wedge = true }

-- The programme's share of the families for each allocation ratio
-- (impact.allocation_ratio, asked of randomised designs).
local PROGRAMME_SHARE = { equal = 1 / 2, two_to_one = 2 / 3, three_to_two = 3 / 5, one_to_two = 1 / 3 }
M.PROGRAMME_SHARE = PROGRAMME_SHARE

-- The facts without the power calculation: what the answers say.
function M.from_answers(view)
  local f = {}
  local i = function(field) return get(view, "impact", field) end
  f.stage = M.stage(view)
  f.randomise = yesno(i("randomise"))
  f.unit = i("unit")
  f.comparison = i("comparison")
  -- step 1 asks it; step 6 only when step 1 was not answered
  f.cutoff = yesno(get(view, "theory_of_change", "eligibility_score"))
  if f.cutoff == nil then f.cutoff = yesno(i("cutoff")) end
  f.rollout = i("rollout")
  f.timeseries = num(i("timeseries_points"))
  f.n = num(i("participants"))
  f.design = i("design")
  f.allocation_share = PROGRAMME_SHARE[i("allocation_ratio")]
  if CLUSTER_DESIGNS[f.design] or f.unit == "cluster" then
    f.clusters = num(i("clusters"))
    f.cluster_size = num(i("cluster_size"))
    f.icc = num(i("icc"))
    f.cv = num(i("cluster_size_cv"))
    f.cluster_dropout = num(i("cluster_dropout"))
  end
  f.effect = num(i("effect_size"))
  f.alpha = num(i("alpha"))
  f.power = num(i("power"))
  f.r2 = num(i("r2"))
  local outcome = i("outcome_type")
  if outcome == "binary" then
    f.outcome, f.p0, f.p1 = "binary", share(i("baseline_rate")), share(i("target_rate"))
  elseif outcome == "count" then
    f.outcome, f.rate0, f.rate1 = "count", num(i("baseline_events")), num(i("target_events"))
  end
  f.sites = num(i("sites"))
  -- a service delivered to groups (the blueprint's answer, asked once)
  local mode = get(view, "blueprint", "delivery_mode")
  if mode == "group" or mode == "mixed" then
    f.group_size = num(get(view, "blueprint", "group_size"))
    if f.group_size then f.group_icc = num(i("group_icc")) end
  end
  f.steps = num(i("steps"))
  f.cutoff_share = share(i("cutoff_share"))
  f.points_after = num(i("points_after"))
  f.autocorrelation = num(i("autocorrelation"))
  f.deff = num(i("matching_deff"))
  f.r = num(get(view, "pilot_outcome", "correlation"))
  f.followup_months = num(get(view, "follow_up", "months"))
  -- a waiting list offered the programme at deferral_months after allocation
  -- leaves no comparison group for a later follow-up
  if f.comparison == "waitlist" then f.deferral_months = num(i("deferral_months")) end
  local weeks = num(get(view, "blueprint", "duration_weeks"))
  if weeks then f.programme_months = weeks / (52 / 12) end
  f.level4_claim = yesno(get(view, "follow_up", "level4_claim"))
  f.prior_level = PRIOR[get(view, "opening", "prior_level")]
  -- asked only after a rigorous rating (Level 3 or more), so read only then
  if f.prior_level and f.prior_level >= rules.RIGOROUS_LEVEL then
    f.prior_12_months = yesno(get(view, "opening", "prior_12_months"))
  end
  f.attrition = num(i("attrition"))
  f.differential_attrition = num(i("differential_attrition"))
  f.itt = yesno(i("itt"))
  f.measures_validated = yesno(i("measures_validated"))
  return f
end

-- facts.from_plan(view): view is plan.view(doc) (or any table indexed
-- view.step.field).  power is optional (for tests); by default calc.power.
-- With a design chosen, mdes is what that design can detect with the
-- plan's sample after drop-out, worked out as rules.power does for the
-- advisor (so a regression discontinuity carries its design effect).
function M.from_plan(view, power)
  local f = M.from_answers(view)
  if f.design ~= nil and rules.is_design(f.design) then
    local p = rules.power(f.design, f, power)
    if p and p.mdes and p.comparable then f.mdes = p.mdes end
  end
  return f
end

return M
