-- power.lua: minimum detectable effect sizes (MDES) and sample sizes for the
-- designs evalwiz offers, so a plan shows what its sample can detect.
--
-- ira and cra2 follow Dong & Maynard (2013) "PowerUp!" as implemented in
-- PowerUpR (mdes.ira1r1, mdes.cra2r2), written out in
-- shared/EVALUATION-MODEL.md section 5.4: MDES = M x SE, M = t(1 - alpha/tails, df)
-- + t(power, df).  prepost is computed exactly with the noncentral t, as
-- G*Power and R's pwr.t.test(type = "paired") do.
--
-- Every public function returns a result table, or nil and a message that
-- names the input at fault; none returns NaN or raises for a bad input.
local stats = require("evalwiz.stats")

local M = {}

-- The largest sample or number of clusters the inverse problems search.
local MAX_UNITS = 10000000

local function ordered(t, order)
  return setmetatable(t, { __order = order })
end

local function seq(t)
  return setmetatable(t or {}, { __kind = "seq" })
end

-- A bad input: raised inside, turned into nil, message at the boundary.
local function bad(fmt, ...)
  error({ message = string.format(fmt, ...) }, 0)
end

local function guard(fn)
  return function(...)
    local ok, res = pcall(fn, ...)
    if ok then return res end
    if type(res) == "table" and res.message then return nil, res.message end
    error(res, 0)
  end
end

local function is_number(v)
  return type(v) == "number" and v == v and v ~= math.huge and v ~= -math.huge
end

local function number(spec, name, default)
  local v = spec[name]
  if v == nil then
    if default == nil then bad("%s is needed", name) end
    return default
  end
  if not is_number(v) then bad("%s must be a number", name) end
  return v
end

local function whole(spec, name, default, min)
  local v = number(spec, name, default)
  if v ~= math.floor(v) then bad("%s must be a whole number", name) end
  if min and v < min then bad("%s must be at least %d", name, min) end
  return math.tointeger(v) or v
end

-- A proportion in [0, 1) (explained variance) or (0, 1) (allocation).
local function share(spec, name, default)
  local v = number(spec, name, default)
  if v < 0 or v >= 1 then bad("%s must be at least 0 and below 1", name) end
  return v
end

local KNOWN = {
  design = true, n = true, clusters = true, cluster_size = true, icc = true, p = true,
  r2 = true, r2_1 = true, r2_2 = true, g = true, alpha = true, power = true, tails = true,
  r = true, mdes = true,
}

local DESIGN_NAMES = {
  ira = "individual random assignment",
  matched = "matched comparison (analysed as individual random assignment)",
  cra2 = "two-level cluster random assignment",
  prepost = "single group, before and after",
}

-- The settings every design shares.
local function common(spec)
  if type(spec) ~= "table" then bad("the calculation needs a table of inputs") end
  for k in pairs(spec) do
    if not KNOWN[k] then bad("unknown input %s", tostring(k)) end
  end
  local design = spec.design
  if design == nil then bad("design is needed: ira, matched, cra2 or prepost") end
  if not DESIGN_NAMES[design] then
    bad("design must be ira, matched, cra2 or prepost, not %s", tostring(design))
  end
  local c = { design = design }
  c.alpha = number(spec, "alpha", 0.05)
  if c.alpha <= 0 or c.alpha >= 1 then bad("alpha must be between 0 and 1") end
  c.power = number(spec, "power", 0.8)
  if c.power <= 0 or c.power >= 1 then bad("power must be between 0 and 1") end
  if c.power <= c.alpha then bad("power must be above alpha (%g)", c.alpha) end
  c.tails = whole(spec, "tails", 2)
  if c.tails ~= 1 and c.tails ~= 2 then bad("tails must be 1 or 2") end
  return c
end

-- The multiplier M_df = t(1 - alpha/tails, df) + t(power, df).  A power
-- below one half makes the second quantile negative, which is PowerUpR's
-- "t1 - t2" case.
local function multiplier(df, alpha, power, tails)
  if not is_number(df) or df < 1 then bad("too few units: the degrees of freedom (%s) must be at least 1", tostring(df)) end
  return stats.qt(1 - alpha / tails, df) + stats.qt(power, df)
end

M.multiplier = guard(function(df, alpha, power, tails)
  local c = common({ design = "ira", alpha = alpha, power = power, tails = tails })
  return multiplier(df, c.alpha, c.power, c.tails)
end)

-- ---- the multiplier designs: ira (and matched) and cra2 ------------------

local function ira_inputs(spec, c)
  c.p = share(spec, "p", 0.5)
  if c.p == 0 then bad("p must be between 0 and 1") end
  c.r2 = share(spec, "r2", 0)
  c.g = whole(spec, "g", 0, 0)
end

local function ira_at(c, n)
  local df = n - c.g - 2
  if df < 1 then
    bad("n is too small: with %d covariate(s) the design needs at least %d individuals", c.g, c.g + 3)
  end
  local se = math.sqrt((1 - c.r2) / (c.p * (1 - c.p) * n))
  local m = multiplier(df, c.alpha, c.power, c.tails)
  return m * se, df, m, se
end

local function cra2_inputs(spec, c)
  c.cluster_size = number(spec, "cluster_size")
  if c.cluster_size < 1 then bad("cluster_size must be at least 1") end
  c.icc = number(spec, "icc")
  if c.icc < 0 or c.icc > 1 then bad("icc must be between 0 and 1") end
  c.p = share(spec, "p", 0.5)
  if c.p == 0 then bad("p must be between 0 and 1") end
  c.r2_1 = share(spec, "r2_1", 0)
  c.r2_2 = share(spec, "r2_2", 0)
  c.g = whole(spec, "g", 0, 0)
end

local function cra2_at(c, j)
  local df = j - c.g - 2
  if df < 1 then
    bad("clusters is too small: with %d cluster-level covariate(s) the design needs at least %d clusters", c.g, c.g + 3)
  end
  local pq = c.p * (1 - c.p)
  local se = math.sqrt(c.icc * (1 - c.r2_2) / (pq * j)
    + (1 - c.icc) * (1 - c.r2_1) / (pq * j * c.cluster_size))
  local m = multiplier(df, c.alpha, c.power, c.tails)
  return m * se, df, m, se
end

-- ---- prepost: exact power of the paired t test ----------------------------

local function prepost_inputs(spec, c)
  c.r = number(spec, "r", 0.5)
  if c.r <= -1 or c.r >= 1 then bad("r must be above -1 and below 1") end
end

-- Power to detect a standardised mean change dz with n pairs.  The two-tailed
-- power counts both rejection regions, as pwr.t.test and G*Power do.
local function paired_power(dz, n, alpha, tails)
  local df = n - 1
  local ncp = dz * math.sqrt(n)
  local crit = stats.qt(1 - alpha / tails, df)
  local p = stats.pnt(crit, df, ncp, false)
  if tails == 2 then p = p + stats.pnt(-crit, df, ncp, true) end
  return p
end
M.paired_power = paired_power

-- The dz whose exact power is the target, by bisection on the power, which
-- rises with dz above 0.  The multiplier approximation gives the bracket.
local function paired_mdes(c, n)
  if n < 2 then bad("n is too small: a before-and-after comparison needs at least 2 people") end
  local lo = 0
  local hi = 2 * multiplier(n - 1, c.alpha, c.power, c.tails) / math.sqrt(n)
  local doublings = 0
  while paired_power(hi, n, c.alpha, c.tails) < c.power do
    lo, hi = hi, 2 * hi
    doublings = doublings + 1
    if doublings > 60 then bad("power %g cannot be reached with %d pairs", c.power, n) end
  end
  for _ = 1, 200 do
    local mid = (lo + hi) / 2
    if paired_power(mid, n, c.alpha, c.tails) < c.power then lo = mid else hi = mid end
    if hi - lo <= 1e-13 * hi then break end
  end
  return (lo + hi) / 2
end

local function prepost_at(c, n)
  local dz = paired_mdes(c, n)
  local scale = math.sqrt(2 * (1 - c.r))
  local se = scale / math.sqrt(n)
  local d = dz * scale
  return d, n - 1, d / se, se, dz
end

-- ---- results -----------------------------------------------------------------

local function inputs_of(c, unit_key, unit_value)
  local t, order = {}, {}
  local function put(k, v) if v ~= nil then t[k] = v; order[#order + 1] = k end end
  put("design", c.design)
  if unit_key then put(unit_key, unit_value) end
  put("cluster_size", c.cluster_size)
  put("icc", c.icc)
  put("p", c.p)
  put("r2", c.r2)
  put("r2_1", c.r2_1)
  put("r2_2", c.r2_2)
  put("g", c.g)
  put("r", c.r)
  put("alpha", c.alpha)
  put("power", c.power)
  put("tails", c.tails)
  return ordered(t, order)
end

local function common_notes(c, notes)
  notes[#notes + 1] = string.format("%s test at alpha %g with power %g",
    c.tails == 2 and "two-tailed" or "one-tailed", c.alpha, c.power)
  if c.design == "matched" then
    notes[#notes + 1] = "a matched comparison is analysed as if randomised: this assumes the matching removes selection bias, which no calculation can check"
  end
  if c.design == "ira" or c.design == "matched" then
    notes[#notes + 1] = string.format("%g%% of the sample in the programme group; covariates explain %g%% of the outcome variance (%d covariate(s))",
      100 * c.p, 100 * c.r2, c.g)
    notes[#notes + 1] = "MDES = M x sqrt((1 - R2) / (P (1 - P) n)), df = n - g - 2 (Dong & Maynard 2013)"
  elseif c.design == "cra2" then
    notes[#notes + 1] = string.format("%g%% of clusters in the programme group; intraclass correlation %g; covariates explain %g%% of individual-level and %g%% of cluster-level variance (%d cluster-level covariate(s))",
      100 * c.p, c.icc, 100 * c.r2_1, 100 * c.r2_2, c.g)
    notes[#notes + 1] = "MDES = M x sqrt(icc (1 - R2_2) / (P (1 - P) J) + (1 - icc)(1 - R2_1) / (P (1 - P) J n)), df = J - g - 2 (Dong & Maynard 2013)"
    notes[#notes + 1] = "clusters are randomised, so adding clusters lowers the MDES far more than adding people to each cluster"
  elseif c.design == "prepost" then
    notes[#notes + 1] = string.format("pre-post correlation r = %g; equal spread before and after assumed", c.r)
    notes[#notes + 1] = "the MDES is the mean change, in units of the outcome's standard deviation, that a paired t test detects with the stated power (exact, noncentral t); dz = MDES / sqrt(2 (1 - r)) is the same change in units of the SD of the change"
    notes[#notes + 1] = "a before-and-after design measures change, not the programme's effect: it cannot rule out that families would have improved anyway (EIF level 2 at most)"
  end
  return notes
end

local RESULT_ORDER = {
  "design", "mdes", "target_mdes", "mdes_dz", "n", "clusters", "unrounded", "cluster_size", "total_n",
  "df", "multiplier", "se", "power_achieved", "design_effect", "effective_n", "icc_sensitivity", "notes", "inputs",
}

local function prepare(spec)
  local c = common(spec)
  if c.design == "ira" or c.design == "matched" then ira_inputs(spec, c)
  elseif c.design == "cra2" then cra2_inputs(spec, c)
  else prepost_inputs(spec, c) end
  return c
end

local function evaluate(c, units)
  if c.design == "cra2" then return cra2_at(c, units) end
  if c.design == "prepost" then return prepost_at(c, units) end
  return ira_at(c, units)
end

local function unit_key(c) return c.design == "cra2" and "clusters" or "n" end

local function fill(c, res, units)
  local mdes, df, m, se, dz = evaluate(c, units)
  res.design = c.design
  res.mdes, res.df, res.multiplier, res.se, res.mdes_dz = mdes, df, m, se, dz
  local key = unit_key(c)
  res[key] = units
  if c.design == "cra2" then
    res.cluster_size = c.cluster_size
    res.total_n = units * c.cluster_size
    res.design_effect = 1 + (c.cluster_size - 1) * c.icc
    res.effective_n = res.total_n / res.design_effect
  end
  if c.design == "prepost" then
    res.power_achieved = paired_power(dz, units, c.alpha, c.tails)
  end
  return res
end

-- power.mdes{design=, n= | clusters=, ...}: the smallest standardised effect
-- the design detects with the stated power.
M.mdes = guard(function(spec)
  local c = prepare(spec)
  local units
  if c.design == "cra2" then
    units = whole(spec, "clusters", nil, 1)
  else
    units = whole(spec, "n", nil, 1)
  end
  local res = fill(c, {}, units)
  res.notes = common_notes(c, seq())
  if c.design == "prepost" then
    table.insert(res.notes, 1, string.format("with %d pairs the exact power at this change is %.4f", units, res.power_achieved))
  end
  res.inputs = inputs_of(c, unit_key(c), units)
  return ordered(res, { table.unpack(RESULT_ORDER) })
end)

-- The smallest whole number of units (people, or clusters) from lo upward
-- for which ok(units) holds; ok must be monotone.
local function smallest(lo, ok, what)
  if ok(lo) then return lo end
  local hi = lo
  repeat
    lo = hi
    hi = hi * 2
    if hi > MAX_UNITS then
      if ok(MAX_UNITS) then hi = MAX_UNITS break end
      bad("mdes is too small: more than %d %s would be needed", MAX_UNITS, what)
    end
  until ok(hi)
  while hi - lo > 1 do
    local mid = (lo + hi) // 2
    if ok(mid) then hi = mid else lo = mid end
  end
  return hi
end

-- The real-valued sample at which the MDES equals the target: PowerUpR's
-- mrss functions iterate n = (M_df / MDES)^2 x variance to this point and
-- round it to the nearest whole number, which can leave the MDES a little
-- above the target; evalwiz reports the whole number that reaches it.
local function unrounded(c, target, units)
  local per_unit
  local pq = c.p * (1 - c.p)
  if c.design == "cra2" then
    per_unit = c.icc * (1 - c.r2_2) / pq + (1 - c.icc) * (1 - c.r2_1) / (pq * c.cluster_size)
  else
    per_unit = (1 - c.r2) / pq
  end
  local u = units
  for _ = 1, 100 do
    local df = u - c.g - 2
    if df < 1 then return nil end
    local m = multiplier(df, c.alpha, c.power, c.tails)
    local nxt = (m / target) ^ 2 * per_unit
    if math.abs(nxt - u) < 1e-10 * u then return nxt end
    u = nxt
  end
  return u
end

-- power.sample{design=, mdes=, ...}: the smallest sample (n, or clusters J
-- for cra2 at the given cluster size) whose MDES is at or below the target.
-- For prepost: the fewest pairs whose exact power at mdes reaches the target.
M.sample = guard(function(spec)
  local c = prepare(spec)
  local target = number(spec, "mdes")
  if target <= 0 then bad("mdes must be above 0") end
  local units
  if c.design == "prepost" then
    local dz = target / math.sqrt(2 * (1 - c.r))
    units = smallest(2, function(n) return paired_power(dz, n, c.alpha, c.tails) >= c.power end, "pairs")
  elseif c.design == "cra2" then
    units = smallest(c.g + 3, function(j) return (cra2_at(c, j)) <= target end, "clusters")
  else
    units = smallest(c.g + 3, function(n) return (ira_at(c, n)) <= target end, "individuals")
  end
  local res = fill(c, { target_mdes = target }, units)
  if c.design ~= "prepost" then res.unrounded = unrounded(c, target, units) end
  if c.design == "prepost" then
    res.power_achieved = paired_power(target / math.sqrt(2 * (1 - c.r)), units, c.alpha, c.tails)
  end
  local notes = seq()
  if c.design == "prepost" then
    notes[1] = string.format("the smallest number of pairs whose exact power to detect a change of %g reaches %g (it is %.4f)", target, c.power, res.power_achieved)
  else
    notes[1] = string.format("the smallest %s whose MDES is at or below %g", c.design == "cra2" and "number of clusters" or "sample", target)
    if res.unrounded then
      notes[2] = string.format("the MDES equals %g at %.2f %s; PowerUpR rounds that to the nearest whole number, evalwiz rounds up",
        target, res.unrounded, c.design == "cra2" and "clusters" or "individuals")
    end
  end
  res.notes = common_notes(c, notes)
  local inputs = inputs_of(c, "mdes", target)
  res.inputs = inputs
  return ordered(res, { table.unpack(RESULT_ORDER) })
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
    rows[#rows + 1] = ordered({ [key] = v, mdes = r.mdes, n = r.n, clusters = r.clusters },
      { key, "mdes", "n", "clusters" })
  end
  return rows
end)

-- ---- attrition and clustering ---------------------------------------------

local function check_count(v, name)
  if not is_number(v) then bad("%s must be a number", name) end
  if v <= 0 then bad("%s must be above 0", name) end
end

-- The number to recruit so that n remain after losing a share `attrition`.
M.recruit = guard(function(n, attrition)
  check_count(n, "n")
  if not is_number(attrition) then bad("attrition must be a number") end
  if attrition < 0 or attrition >= 1 then bad("attrition must be at least 0 and below 1") end
  -- The small allowance keeps 100 / 0.8 at 125, not 126, despite rounding.
  return math.tointeger(math.ceil(n / (1 - attrition) - 1e-9)) or math.ceil(n / (1 - attrition) - 1e-9)
end)

M.design_effect = guard(function(cluster_size, icc)
  check_count(cluster_size, "cluster_size")
  if cluster_size < 1 then bad("cluster_size must be at least 1") end
  if not is_number(icc) or icc < 0 or icc > 1 then bad("icc must be between 0 and 1") end
  return 1 + (cluster_size - 1) * icc
end)

M.effective_n = guard(function(total, cluster_size, icc)
  check_count(total, "total")
  local deff, err = M.design_effect(cluster_size, icc)
  if not deff then bad("%s", err) end
  return total / deff
end)

M.DESIGN_NAMES = DESIGN_NAMES

return M
