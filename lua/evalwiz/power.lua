-- power.lua: minimum detectable effect sizes (MDES) and sample sizes for the
-- designs evalwiz offers, so a plan shows what its sample can detect.
--
-- The designs live in three modules: power_designs (the PowerUp! family of
-- Dong & Maynard 2013 as implemented in PowerUpR, and the designs built on
-- the same multiplier form: matched, partially nested, regression
-- discontinuity, difference-in-differences; and the exact paired t test),
-- power_time (stepped wedge, interrupted time series) and power_rates
-- (binary and count outcomes).  This module checks the inputs every design
-- shares, runs the design, inverts it for a sample size, and shapes the
-- result; doc/calculators.md gives every formula and its source.
--
-- For a multiplier design, MDES = M x SE with M = t(1 - alpha/tails, df) +
-- t(power, df), PowerUp's approximation, which the standard tools report.
-- Each result also carries mdes_exact, the effect at which the exact power
-- of the t test (noncentral t, both tails) is the target; with few degrees
-- of freedom PowerUp's figure is too small (by 5% at df 2), and the notes
-- say so.  reported_mdes(res) is the larger of the two, the figure the
-- advisor, the health check and the wizard use.
--
-- Every public function returns a result table, or nil and a message that
-- names the input at fault; none returns NaN or raises for a bad input.
local base = require("evalwiz.power_base")
local designs = require("evalwiz.power_designs")
local time = require("evalwiz.power_time")
local rates = require("evalwiz.power_rates")

local bad, guard, number, whole = base.bad, base.guard, base.number, base.whole
local ordered, seq = base.ordered, base.seq

local M = {}

local DESIGNS, ORDER = {}, {}
for _, list in ipairs({ designs.LIST, time.LIST }) do
  for _, d in ipairs(list) do DESIGNS[d.id] = d; ORDER[#ORDER + 1] = d.id end
end
local OUTCOMES = { binary = rates.binary, count = rates.count }
M.DESIGNS = DESIGNS

local COMMON = { "design", "outcome", "alpha", "power", "tails", "mdes", "solve" }
local KNOWN = {}
for _, k in ipairs(COMMON) do KNOWN[k] = true end
for _, d in pairs(DESIGNS) do for _, k in ipairs(d.inputs) do KNOWN[k] = true end end
for _, d in pairs(OUTCOMES) do for _, k in ipairs(d.inputs) do KNOWN[k] = true end end

local DESIGN_NAMES = {}
for id, d in pairs(DESIGNS) do DESIGN_NAMES[id] = d.name end
M.DESIGN_NAMES = DESIGN_NAMES

local function design_list()
  return table.concat(ORDER, ", ", 1, #ORDER - 1) .. " or " .. ORDER[#ORDER]
end
M.design_list = design_list

-- The design table and the design id for a spec.
local function pick(spec)
  if type(spec) ~= "table" then bad("the calculation needs a table of inputs") end
  for k in pairs(spec) do
    if not KNOWN[k] then bad("unknown input %s", tostring(k)) end
  end
  local outcome = spec.outcome
  if outcome ~= nil and outcome ~= "continuous" then
    local d = OUTCOMES[outcome]
    if not d then bad("outcome must be continuous, binary or count, not %s", tostring(outcome)) end
    local design = spec.design or "ira"
    if design ~= "ira" and design ~= "cra2" then
      bad("a %s outcome is worked out for design ira (individuals) or cra2 (clusters), not %s", outcome, tostring(design))
    end
    return d, design
  end
  local design = spec.design
  if design == nil then bad("design is needed: %s", design_list()) end
  local d = DESIGNS[design]
  if not d then bad("design must be %s, not %s", design_list(), tostring(design)) end
  return d, design
end

-- The settings every design shares.
local function common(spec, design, d)
  local c = { design = design, outcome = d.outcome }
  c.alpha = number(spec, "alpha", 0.05)
  if c.alpha <= 0 or c.alpha >= 1 then bad("alpha must be between 0 and 1") end
  c.power = number(spec, "power", 0.8)
  if c.power <= 0 or c.power >= 1 then bad("power must be between 0 and 1") end
  if c.power <= c.alpha then bad("power must be above alpha (%g)", c.alpha) end
  c.tails = whole(spec, "tails", 2)
  if c.tails ~= 1 and c.tails ~= 2 then bad("tails must be 1 or 2") end
  return c
end

local function prepare(spec)
  local d, design = pick(spec)
  local c = common(spec, design, d)
  d.read(spec, c)
  return d, c
end

M.multiplier = guard(function(df, alpha, power, tails)
  local c = common({ alpha = alpha, power = power, tails = tails }, "ira", DESIGNS.ira)
  return base.multiplier(df, c.alpha, c.power, c.tails)
end)

M.exact_factor = guard(function(df, alpha, power, tails)
  local c = common({ alpha = alpha, power = power, tails = tails }, "ira", DESIGNS.ira)
  if not base.is_number(df) or df < 1 then bad("the degrees of freedom must be at least 1") end
  return base.exact_factor(df, c.alpha, c.power, c.tails)
end)

M.paired_power = designs.paired_power
M.rdd_design_effect = designs.rdd_deff
M.hh_variance = time.hh_var
M.its_variance = time.its_var
M.prop_power = rates.prop_power

-- ---- one evaluation ----------------------------------------------------------

-- The MDES and its companions at the units in c.
local function evaluate(d, c)
  if d.custom then return d.evaluate(c) end
  local se, df = d.at(c)
  local m = base.multiplier(df, c.alpha, c.power, c.tails)
  local r = { mdes = m * se, df = df, multiplier = m, se = se }
  r.mdes_exact = base.exact_factor(df, c.alpha, c.power, c.tails) * se
  r.power_at_mdes = base.t_power(m, df, c.alpha, c.tails)
  return r
end

local function mdes_at(d, c, units)
  local key = d.unit(c)
  local saved = c[key]
  c[key] = units
  local ok, r = pcall(evaluate, d, c)
  c[key] = saved
  if not ok then error(r, 0) end
  return r
end

-- ---- results -------------------------------------------------------------------

local KEY_ORDER = {
  "n", "sites", "site_size", "clusters", "cluster_size", "group_size", "steps",
  "points_before", "points_after", "block_effects", "icc", "icc2", "icc3", "omega", "cv",
  "p", "p0", "p1", "rate0", "rate1", "years", "k", "r2", "r2_1", "r2_2", "r2_3", "r2_t", "g", "r",
  "cluster_autocorrelation", "autocorrelation", "effect", "comparison_series", "deff", "ess", "score",
  "alpha", "power", "tails",
}

local function inputs_of(c, unit_key, unit_value)
  local t, order = {}, {}
  local function put(k, v) if v ~= nil and t[k] == nil then t[k] = v; order[#order + 1] = k end end
  put("design", c.design)
  put("outcome", c.outcome)
  put(unit_key, unit_value)
  for _, k in ipairs(KEY_ORDER) do
    if k ~= unit_key then put(k, c[k]) end
  end
  return ordered(t, order)
end

local RESULT_ORDER = {
  "design", "outcome", "mdes", "mdes_exact", "target_mdes", "mdes_dz", "n", "n_per_arm",
  "sites", "site_size", "clusters", "clusters_per_arm", "unrounded", "cluster_size", "group_size", "groups",
  "steps", "periods", "crossing", "points_before", "points_after", "total_n",
  "p0", "p1", "risk_difference", "risk_ratio", "odds_ratio", "rate0", "rate1", "rate_ratio",
  "increase", "decrease",
  "df", "multiplier", "se", "power_achieved", "power_at_mdes", "design_effect", "effective_n",
  "rdd_design_effect", "parallel_mdes", "icc_sensitivity", "notes", "inputs",
}
M.RESULT_ORDER = RESULT_ORDER

local function shape(res)
  local order = {}
  for _, k in ipairs(RESULT_ORDER) do order[#order + 1] = k end
  return ordered(res, order)
end

-- The note that PowerUp's multiplier understates the MDES, when it does by
-- more than 1%.
local function exactness_note(res, notes)
  if res.mdes_exact and res.mdes and res.mdes_exact > res.mdes * 1.01 then
    notes[#notes + 1] = string.format("with %s degrees of freedom the multiplier formula understates the MDES: the exact figure (noncentral t) is %.3f, %.1f%% larger; the power at %.3f is only %.3f",
      base.show(res.df), res.mdes_exact, 100 * (res.mdes_exact / res.mdes - 1), res.mdes, res.power_at_mdes)
  end
end

-- The MDES the advisor, the health check and the wizard show: the exact
-- figure where PowerUp's approximation is too small.
function M.reported_mdes(res)
  if type(res) ~= "table" or type(res.mdes) ~= "number" then return nil end
  if type(res.mdes_exact) == "number" and res.mdes_exact > res.mdes then return res.mdes_exact end
  return res.mdes
end

local function fill(d, c, res, units, solved)
  local key = d.unit(c)
  local r = mdes_at(d, c, units)
  for k, v in pairs(r) do if res[k] == nil then res[k] = v end end
  res.design = c.design
  res.outcome = c.outcome
  res[key] = units
  local saved = c[key]
  c[key] = units
  if d.fill then d.fill(c, res, solved) end
  c[key] = saved
  return res
end

-- power.mdes{design=, n= | clusters= | sites= | points_after=, ...}: the
-- smallest standardised effect the design detects with the stated power
-- (for a binary or count outcome, the smallest rates detectable).
M.mdes = guard(function(spec)
  local d, c = prepare(spec)
  local key = d.unit(c)
  local units = whole(spec, key, nil, 1)
  c[key] = units
  local res = fill(d, c, {}, units)
  local notes = seq()
  if c.design == "prepost" and not c.outcome then
    notes[1] = string.format("with %d pairs the exact power at this change is %.4f", units, res.power_achieved)
  end
  d.notes(c, notes)
  exactness_note(res, notes)
  res.notes = notes
  res.inputs = inputs_of(c, key, units)
  return shape(res)
end)

-- The real-valued sample at which the MDES equals the target, for designs
-- whose variance falls as one over the units: PowerUpR's mrss functions
-- iterate n = (M_df / MDES)^2 x variance to this point and round it to the
-- nearest whole number, which can leave the MDES a little above the target;
-- evalwiz reports the whole number that reaches it.
local function unrounded(d, c, target, units)
  if d.custom or d.no_unrounded then return nil end
  local key = d.unit(c)
  local u = units
  for _ = 1, 100 do
    c[key] = u
    local ok, se, df = pcall(d.at, c)
    if not ok then c[key] = nil return nil end
    local m = base.multiplier(df, c.alpha, c.power, c.tails)
    local nxt = (m / target) ^ 2 * se * se * u
    if math.abs(nxt - u) < 1e-10 * u then u = nxt break end
    u = nxt
  end
  c[key] = nil
  return u
end

local UNIT_WORDS = {
  n = "individuals", clusters = "clusters", sites = "sites", points_after = "points after the start",
}

-- power.sample{design=, mdes=, ...}: the smallest sample (n, clusters,
-- sites or points after the start, as the design has it) whose MDES is at
-- or below the target.  For prepost: the fewest pairs whose exact power at
-- mdes reaches the target; for binary and count outcomes: the sample for
-- the expected rate (p1 or rate1), rounded up per arm.
M.sample = guard(function(spec)
  local d, c = prepare(spec)
  local key = d.unit(c)
  if spec.solve ~= nil and spec.solve ~= key then
    bad("design %s solves for %s, not %s", c.design, key, tostring(spec.solve))
  end
  c[key] = nil
  local target
  if not c.outcome then
    target = number(spec, "mdes")
    if target <= 0 then bad("mdes must be above 0") end
  end
  if spec.ess ~= nil then bad("ess fixes the sample; give deff to work out the sample needed") end
  local units
  if d.sample then
    units = d.sample(c, target)
  else
    local step = d.step and d.step(c) or 1
    local lo = math.max(1, math.ceil(d.min(c) / step))
    local k = base.smallest(lo, function(kk)
      local ok, r = pcall(mdes_at, d, c, kk * step)
      if not ok then
        if type(r) == "table" and r.message and r.message:find("^not estimable") then error(r, 0) end
        return false
      end
      return r.mdes <= target
    end, UNIT_WORDS[key] or key, d.max and math.floor(d.max / step) or nil)
    units = k * step
  end
  local res = fill(d, c, { target_mdes = target }, units, true)
  local notes = seq()
  if d.power_at then
    res.power_achieved = d.power_at(c, target, units)
    notes[1] = string.format("the smallest number of pairs whose exact power to detect a change of %g reaches %g (it is %.4f)", target, c.power, res.power_achieved)
  elseif target then
    res.unrounded = unrounded(d, c, target, units)
    notes[1] = string.format("the smallest %s whose MDES is at or below %g", key == "n" and "sample" or ("number of " .. (UNIT_WORDS[key] or key)), target)
    if res.unrounded then
      notes[2] = string.format("the MDES equals %g at %.2f %s; PowerUpR rounds that to the nearest whole number, evalwiz rounds up",
        target, res.unrounded, UNIT_WORDS[key] or key)
    end
  end
  c[key] = units
  d.notes(c, notes)
  c[key] = nil
  exactness_note(res, notes)
  res.notes = notes
  res.inputs = inputs_of(c, target and "mdes" or key, target)
  return shape(res)
end)

-- power.sensitivity(spec, key, values): the calculation repeated with one
-- input at each of the values (an MDES, or a sample size when spec has
-- mdes), e.g. the ICC at 0.05, 0.10 and 0.20 (the default for "icc"), which
-- is rarely known for the services evalwiz is used for.
M.sensitivity = guard(function(spec, key, values)
  if type(spec) ~= "table" then bad("the calculation needs a table of inputs") end
  if not KNOWN[key] or key == "design" then bad("unknown input %s", tostring(key)) end
  if values == nil and key == "icc" then values = { 0.05, 0.10, 0.20 } end
  if type(values) ~= "table" or #values == 0 then bad("give the values of %s to try", key) end
  local rows = seq()
  for _, v in ipairs(values) do
    local s = {}
    for k, x in pairs(spec) do s[k] = x end
    s[key] = v
    local r, err
    if spec.mdes ~= nil then r, err = M.sample(s) else r, err = M.mdes(s) end
    if not r then bad("%s", err) end
    rows[#rows + 1] = ordered({ [key] = v, mdes = r.mdes, n = r.n, clusters = r.clusters, sites = r.sites },
      { key, "mdes", "n", "clusters", "sites" })
  end
  return rows
end)

-- ---- attrition and clustering ---------------------------------------------------

local function check_count(v, name)
  if not base.is_number(v) then bad("%s must be a number", name) end
  if v <= 0 then bad("%s must be above 0", name) end
end

-- The number to recruit so that n remain after losing a share `attrition`.
M.recruit = guard(function(n, attrition)
  check_count(n, "n")
  if not base.is_number(attrition) then bad("attrition must be a number") end
  if attrition < 0 or attrition >= 1 then bad("attrition must be at least 0 and below 1") end
  -- The small allowance keeps 100 / 0.8 at 125, not 126, despite rounding.
  local v = math.ceil(n / (1 - attrition) - 1e-9)
  return math.tointeger(v) or v
end)

M.design_effect = guard(function(cluster_size, icc, cv)
  check_count(cluster_size, "cluster_size")
  if cluster_size < 1 then bad("cluster_size must be at least 1") end
  if not base.is_number(icc) or icc < 0 or icc > 1 then bad("icc must be between 0 and 1") end
  cv = cv or 0
  if not base.is_number(cv) or cv < 0 then bad("cv must be 0 or more") end
  return 1 + ((1 + cv * cv) * cluster_size - 1) * icc
end)

M.effective_n = guard(function(total, cluster_size, icc, cv)
  check_count(total, "total")
  local deff, err = M.design_effect(cluster_size, icc, cv)
  if not deff then bad("%s", err) end
  return total / deff
end)

-- The inputs a design takes besides alpha, power and tails (for the
-- command line's checks), and the key its sample is counted in.
function M.inputs(design, outcome)
  local d = (outcome and outcome ~= "continuous") and OUTCOMES[outcome] or DESIGNS[design]
  if not d then return nil end
  return d.inputs
end

return M
