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
-- worked out apart, so the names are kept with the answers they came from:
-- the answer views evalwiz gives pack code (the tables whose metatable is
-- hidden, getmetatable(a) == false) hand out the same copy of an answer
-- until it changes, so the same three answers (by value for the text, by
-- identity for the lists) give the names kept; plain tables are never kept.
-- Each caller gets its own copy of the names.
local kept = {}

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

-- The names kept for view a (made again when its three answers changed).
local function kept_names(a)
  local p = view_get(a, "theory_of_change", "primary_outcome")
  local s = view_get(a, "theory_of_change", "secondary_outcomes")
  local r = view_get(a, "logic_model", "outcomes")
  local names = kept.names
  if not (names and kept.p == p and kept.s == s and kept.r == r) then
    names = outcome_names(a)
    kept.p, kept.s, kept.r, kept.names = p, s, r, names
    kept.options = setmetatable({}, { __mode = "v" })
  end
  return names
end

function M.outcome_names(a)
  if getmetatable(a) ~= false then return outcome_names(a) end
  local names = kept_names(a)
  return table.move(names, 1, #names, 1, {})
end

-- The outcomes as a choice's options (checks.options_from, with the words
-- shown while there are none), kept with the names until the collector
-- takes them: the choices that list the outcomes, worked out one after
-- another for a screen or the statuses, get one list, not a new table for
-- each outcome at each choice (1.4 MB with 10,000 outcomes).  evalwiz only
-- reads an options function's list (and keeps its own normalised copy);
-- code that wants to change the list makes its own with
-- checks.options_from.
function M.outcome_options(a, placeholder)
  if getmetatable(a) ~= false then return checks.options_from(outcome_names(a), placeholder) end
  local names = kept_names(a)
  -- the placeholder's words are only in the list while there are no names
  local key = #names == 0 and (placeholder or "") or true
  local opts = kept.options[key]
  if not opts then
    opts = checks.options_from(names, placeholder)
    kept.options[key] = opts
  end
  return opts
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

-- The calculator's inputs for the impact step's design, read through the
-- pack's facts and design rules (rules.spec), so that the panel, the
-- computed MDES, the advisor and the health check all work it out the same
-- way.  mdes_inputs: before drop-out; analysed_inputs: after it.  Each
-- returns the spec and the words for how it is worked out, or nil and why.
local function spec_for(a, before_dropout, icc_override)
  local f = require("facts").from_answers(a)
  if not f.design then return nil, "choose a design to see the smallest effect it can detect" end
  if before_dropout then f.attrition, f.cluster_dropout = nil, nil end
  if icc_override then f.icc = icc_override end
  return require("rules").spec(f.design, f)
end

function M.mdes_inputs(a, icc_override) return spec_for(a, true, icc_override) end

function M.analysed_inputs(a) return spec_for(a, false) end

-- The impact step's MDES after drop-out, or nil, why: the calculator's
-- result, with mdes the figure evalwiz reports (the exact one where
-- PowerUp's is too small).
function M.impact_mdes(power, a)
  local f = require("facts").from_answers(a)
  if not f.design then return nil, "choose a design to see the smallest effect it can detect" end
  local p, why = require("rules").power(f.design, f, power)
  if not p then return nil, why end
  if p.not_estimable then return nil, p.not_estimable end
  if not p.comparable then return nil, "this design's sample is not measured in standard deviations of the outcome" end
  local res = {}
  for k, v in pairs(p.res) do res[k] = v end
  res.mdes = p.mdes
  return res
end

return M
