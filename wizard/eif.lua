-- eif.lua: the default pack's own helpers, shared by its step files and its
-- facts (require("eif")): the names of outcomes, activities and outputs
-- the team gave in steps 1 and 2, for the choices of later steps, and the
-- inputs of the power calculator from the impact step's answers.  Unlike
-- the engine's `checks`, these read the ten steps' answers by their ids.
local M = {}

-- Names collected from earlier steps, in order and without repeats.
local function add(out, seen, v)
  if type(v) == "string" then
    local t = checks.trim(v)
    if t ~= "" and not seen[t] then
      seen[t] = true
      out[#out + 1] = t
    end
  end
end

local function view_get(a, step, field)
  local s = a and a[step]
  if s == nil then return nil end
  return s[field]
end

-- Outcomes named in the theory of change and the logic model.  Several
-- choices list them (links, the blueprint, measures, the impact study), each
-- asking once per check with the same read-only view, so the names are kept
-- by view (the answer views evalwiz gives pack code show the answers as
-- they were when they first read them; they are the tables whose
-- metatable is hidden, getmetatable(a) == false; plain tables are not kept)
-- and each caller gets its own copy.
local names_by_view = setmetatable({}, { __mode = "k" })

local function outcome_names(a)
  local out, seen = {}, {}
  add(out, seen, view_get(a, "theory_of_change", "primary_outcome"))
  local sec = view_get(a, "theory_of_change", "secondary_outcomes")
  if type(sec) == "table" then for _, v in ipairs(sec) do add(out, seen, v) end end
  local rows = view_get(a, "logic_model", "outcomes")
  if type(rows) == "table" then
    for _, r in ipairs(rows) do if type(r) == "table" then add(out, seen, r.outcome) end end
  end
  return out
end

function M.outcome_names(a)
  if getmetatable(a) ~= false then return outcome_names(a) end
  local names = names_by_view[a]
  if not names then
    names = outcome_names(a)
    names_by_view[a] = names
  end
  return table.move(names, 1, #names, 1, {})
end

function M.activity_names(a)
  local out, seen = {}, {}
  local acts = view_get(a, "logic_model", "activities")
  if type(acts) == "table" then for _, v in ipairs(acts) do add(out, seen, v) end end
  return out
end

function M.output_names(a)
  local out, seen = {}, {}
  local rows = view_get(a, "logic_model", "outputs")
  if type(rows) == "table" then
    for _, r in ipairs(rows) do if type(r) == "table" then add(out, seen, r.output) end end
  end
  return out
end

-- The inputs for calc.power.mdes from the impact step's answers (or nil, why).
function M.mdes_inputs(a, icc_override)
  local i = a and a.impact
  if not i then return nil, "no impact answers" end
  local design = checks.calc_design(i.design, i.unit)
  if not design then
    if i.design == "its" then
      return nil, "an interrupted time series is powered by the number of time points, not by a sample size"
    end
    return nil, "choose a design to see the smallest effect it can detect"
  end
  local args = {
    design = design,
    alpha = type(i.alpha) == "number" and i.alpha or 0.05,
    power = type(i.power) == "number" and i.power or 0.8,
    r2 = type(i.r2) == "number" and i.r2 or 0,
    p = 0.5, tails = 2,
  }
  if design == "cra2" then
    if type(i.clusters) ~= "number" or type(i.cluster_size) ~= "number" then
      return nil, "enter the number of clusters and the families per cluster to see the smallest detectable effect"
    end
    args.clusters, args.cluster_size = i.clusters, i.cluster_size
    -- a baseline measure explains variation at both levels; the calculator
    -- takes the two shares separately
    args.r2_1, args.r2_2, args.r2 = args.r2, args.r2, nil
    args.icc = icc_override or (type(i.icc) == "number" and i.icc) or nil
    if args.icc == nil then return nil, "enter the ICC (or a guess such as 0.05) to see the smallest detectable effect" end
  else
    if type(i.participants) ~= "number" then
      return nil, "enter the number of participants to see the smallest detectable effect"
    end
    args.n = i.participants
    if design == "prepost" then
      local r = a.pilot_outcome and a.pilot_outcome.correlation
      args.r = type(r) == "number" and r or 0.5
      args.r2, args.p = nil, nil
    end
  end
  return args
end

-- The same inputs with drop-out taken off: the sample that will be analysed.
function M.analysed_inputs(a)
  local args, why = M.mdes_inputs(a)
  if not args then return nil, why end
  local att = a.impact.attrition
  local keep = 1 - (type(att) == "number" and att / 100 or 0)
  if args.design == "cra2" then
    args.cluster_size = math.max(1, math.floor(args.cluster_size * keep))
  else
    args.n = math.max(2, math.floor(args.n * keep))
  end
  return args
end

-- The impact step's MDES after drop-out, or nil, why.
function M.impact_mdes(power, a)
  local args, why = M.analysed_inputs(a)
  if not args then return nil, why end
  return checks.run_mdes(power, args)
end

return M
