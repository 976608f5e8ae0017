-- power_base.lua: what every power design shares: reading and checking an
-- input, the PowerUp multiplier, the exact noncentral-t factor, and the
-- error that names the input at fault.  power.lua and the design modules
-- (power_designs, power_time, power_rates) build on it.
local stats = require("evalwiz.stats")

local M = {}

function M.ordered(t, order) return setmetatable(t, { __order = order }) end
function M.seq(t) return setmetatable(t or {}, { __kind = "seq" }) end

-- A bad input: raised inside, turned into nil and a message by guard().
function M.bad(fmt, ...)
  error({ message = string.format(fmt, ...) }, 0)
end
local bad = M.bad

function M.guard(fn)
  return function(...)
    local ok, res, extra = pcall(fn, ...)
    if ok then return res, extra end
    if type(res) == "table" and res.message then return nil, res.message end
    error(res, 0)
  end
end

function M.is_number(v)
  return type(v) == "number" and v == v and v ~= math.huge and v ~= -math.huge
end
local is_number = M.is_number

function M.number(spec, name, default)
  local v = spec[name]
  if v == nil then
    if default == nil then bad("%s is needed", name) end
    return default
  end
  if not is_number(v) then bad("%s must be a number", name) end
  return v
end
local number = M.number

function M.whole(spec, name, default, min)
  local v = number(spec, name, default)
  if v ~= math.floor(v) then bad("%s must be a whole number", name) end
  if min and v < min then bad("%s must be at least %d", name, min) end
  return math.tointeger(v) or v
end

-- A share in [0, 1): explained variance, attrition.
function M.share(spec, name, default)
  local v = number(spec, name, default)
  if v < 0 or v >= 1 then bad("%s must be at least 0 and below 1", name) end
  return v
end

-- A proportion strictly between 0 and 1 (the share allocated, a rate).
function M.proportion(spec, name, default)
  local v = number(spec, name, default)
  if v <= 0 or v >= 1 then bad("%s must be between 0 and 1", name) end
  return v
end

-- An intraclass correlation in [0, 1].
function M.icc(spec, name, default)
  local v = number(spec, name, default)
  if v < 0 or v > 1 then bad("%s must be between 0 and 1", name) end
  return v
end

-- One of a list of words.
function M.word(spec, name, default, words)
  local v = spec[name]
  if v == nil then return default end
  for _, w in ipairs(words) do if v == w then return v end end
  bad("%s must be %s, not %s", name, table.concat(words, " or "), tostring(v))
end

-- The critical value and the power quantile of the test.
function M.critical(df, alpha, tails)
  return stats.qt(1 - alpha / tails, df)
end

-- The multiplier M_df = t(1 - alpha/tails, df) + t(power, df) of Dong and
-- Maynard (2013).  A power below one half makes the second quantile
-- negative, which is PowerUpR's "t1 - t2" case.
function M.multiplier(df, alpha, power, tails)
  if not is_number(df) or df < 1 then
    bad("too few units: the degrees of freedom (%s) must be at least 1", M.show(df))
  end
  return stats.qt(1 - alpha / tails, df) + stats.qt(power, df)
end

-- The same with the normal distribution (large samples, and the designs
-- whose published formula is a normal approximation).
function M.z_multiplier(alpha, power, tails)
  return stats.qnorm(1 - alpha / tails) + stats.qnorm(power)
end

-- Power of a t test with df degrees of freedom when the true effect is ncp
-- standard errors: the noncentral t beyond the critical value, both tails
-- counted for a two-tailed test (as R's pwr and G*Power do).
function M.t_power(ncp, df, alpha, tails)
  local crit = M.critical(df, alpha, tails)
  local p = stats.pnt(crit, df, ncp, false)
  if tails == 2 then p = p + stats.pnt(-crit, df, ncp, true) end
  return p
end

-- The noncentrality (the effect in standard errors) at which the exact power
-- of the t test is the target: the exact counterpart of the multiplier.
-- PowerUp's M = t1 + t2 is an approximation that understates it for few
-- degrees of freedom (by 5% at df 2, 16% at df 1).  Bisection on the power,
-- which rises with ncp above 0; M brackets the root.
local exact_memo = {}
function M.exact_factor(df, alpha, power, tails)
  local key = string.format("%.17g %.17g %.17g %d", df, alpha, power, tails)
  local hit = exact_memo[key]
  if hit then return hit end
  local lo, hi = 0, 2 * math.max(M.multiplier(df, alpha, power, tails), 1)
  local doublings = 0
  while M.t_power(hi, df, alpha, tails) < power do
    lo, hi = hi, 2 * hi
    doublings = doublings + 1
    if doublings > 60 then bad("power %g cannot be reached with %s degrees of freedom", power, M.show(df)) end
  end
  for _ = 1, 200 do
    local mid = (lo + hi) / 2
    if M.t_power(mid, df, alpha, tails) < power then lo = mid else hi = mid end
    if hi - lo <= 1e-13 * hi then break end
  end
  local v = (lo + hi) / 2
  exact_memo[key] = v
  return v
end

-- A number as a person would write it: whole numbers without decimals.
function M.show(x)
  if type(x) ~= "number" then return tostring(x) end
  if x == math.floor(x) and math.abs(x) < 1e15 then return string.format("%d", x) end
  return string.format("%.4g", x)
end

-- A percentage for notes: 20%, 12.5%.
function M.pct(x)
  local v = x * 100
  if math.abs(v - math.floor(v + 0.5)) < 1e-9 then return string.format("%d%%", math.floor(v + 0.5)) end
  return string.format("%.4g%%", v)
end

-- The smallest whole number of units from lo upward for which ok(units)
-- holds; ok must be monotone.  what names the unit for the message when
-- more than max would be needed.
function M.smallest(lo, ok, what, max)
  max = max or 10000000
  if ok(lo) then return lo end
  local hi = lo
  repeat
    lo = hi
    hi = hi * 2
    if hi > max then
      if ok(max) then hi = max break end
      bad("mdes is too small: more than %d %s would be needed", max, what)
    end
  until ok(hi)
  while hi - lo > 1 do
    local mid = (lo + hi) // 2
    if ok(mid) then hi = mid else lo = mid end
  end
  return hi
end

return M
