-- facts.lua: the design advisor's and the health check's facts, read from a
-- plan of the default pack (field ids in doc/pack-fields.md).  Only facts
-- the plan answers are set; yes/no facts are the words "yes" and "no", as
-- on the advisor's command line.
local eif = require("eif")

local M = {}

-- The ten steps in order: stage is the first one not ticked as done.
M.STEPS = {
  "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome",
  "impact", "follow_up", "replication", "value_for_money", "quality_assurance",
}

local PRIOR = { none = 0, l2 = 2, l3 = 3, l4 = 4 }

local function yesno(v)
  if v == true then return "yes" end
  if v == false then return "no" end
  return nil
end

local function num(v)
  if type(v) == "number" then return v end
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

-- The power module, if this build has it.
local function power_module()
  return calc and calc.power or nil
end

-- facts.from_plan(view): view is plan.view(doc) (or any table indexed
-- view.step.field).  power is optional (for tests); by default
-- calc.power when present.
function M.from_plan(view, power)
  local f = {}
  local i = function(field) return get(view, "impact", field) end
  f.stage = M.stage(view)
  f.randomise = yesno(i("randomise"))
  f.unit = i("unit")
  f.comparison = i("comparison")
  f.cutoff = yesno(i("cutoff"))
  if f.cutoff == nil then f.cutoff = yesno(get(view, "theory_of_change", "eligibility_score")) end
  f.rollout = i("rollout")
  f.timeseries = num(i("timeseries_points"))
  f.n = num(i("participants"))
  if checks.is_cluster(i("design"), i("unit")) then
    f.clusters = num(i("clusters"))
    f.cluster_size = num(i("cluster_size"))
    f.icc = num(i("icc"))
  end
  f.effect = num(i("effect_size"))
  f.followup_months = num(get(view, "follow_up", "months"))
  f.prior_level = PRIOR[get(view, "opening", "prior_level")]
  f.attrition = num(i("attrition"))
  f.differential_attrition = num(i("differential_attrition"))
  f.itt = yesno(i("itt"))
  f.measures_validated = yesno(i("measures_validated"))
  f.design = i("design")
  if f.design ~= nil then
    local res = eif.impact_mdes(power or power_module(), view)
    if res then f.mdes = res.mdes end
  end
  return f
end

return M
