-- pilot.lua: what a pilot of a given size can tell, and the pilot size a
-- precision needs.  A pilot (EIF step 5, or an external pilot of a trial)
-- is not powered to detect an effect and must never be judged by an MDES;
-- it estimates the quantities the main study is planned with: the share of
-- families approached who join (recruitment), the share who stay to the
-- last measure (retention), and the outcome's standard deviation.
--
-- Proportions: the Wilson score interval without continuity correction
-- (Wilson 1927; recommended for small samples by Newcombe 1998 and by
-- Brown, Cai & DasGupta 2001), which is R's prop.test(x, n, correct =
-- FALSE)$conf.int.  The SD: the chi-square interval s sqrt(df / chi2),
-- and the one-sided upper 80% limit s sqrt(df / chi2(0.2, df)) that Browne
-- (1995) recommends for a main trial's sample size (see also Sim & Lewis
-- 2012).  Every function returns its result, or nil and a message naming
-- the input at fault.
local base = require("evalwiz.power_base")
local stats = require("evalwiz.stats")

local bad, guard, number, whole = base.bad, base.guard, base.number, base.whole
local ordered, seq, show, pct = base.ordered, base.seq, base.show, base.pct

local M = {}

local MAX_N = 1000000

-- The Wilson score interval for a share p observed in n.
local function wilson(p, n, z)
  local z2 = z * z
  local centre = (p + z2 / (2 * n)) / (1 + z2 / n)
  local half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
  return centre - half, centre + half, half
end
M.wilson = wilson

local function interval(p, n, z)
  local lo, hi, half = wilson(p, n, z)
  return ordered({ estimate = p, of = n, lower = lo, upper = hi, half_width = half },
    { "estimate", "of", "lower", "upper", "half_width" })
end

-- The SD interval, as multiples of the SD the pilot will find.
local function sd_interval(df, confidence)
  local a = 1 - confidence
  return ordered({
    df = df,
    lower = math.sqrt(df / stats.qchisq(1 - a / 2, df)),
    upper = math.sqrt(df / stats.qchisq(a / 2, df)),
    upper_80 = math.sqrt(df / stats.qchisq(0.2, df)),
  }, { "df", "lower", "upper", "upper_80" })
end
M.sd_interval = sd_interval

local function common(spec)
  if type(spec) ~= "table" then bad("the calculation needs a table of inputs") end
  local known = { n = true, approached = true, recruitment = true, retention = true, confidence = true,
    margin = true, groups = true }
  for k in pairs(spec) do if not known[k] then bad("unknown input %s", tostring(k)) end end
  local c = {}
  c.confidence = number(spec, "confidence", 0.95)
  if c.confidence <= 0 or c.confidence >= 1 then bad("confidence must be between 0 and 1") end
  c.z = stats.qnorm(1 - (1 - c.confidence) / 2)
  if spec.recruitment ~= nil then c.recruitment = base.proportion(spec, "recruitment") end
  if spec.retention ~= nil then c.retention = base.proportion(spec, "retention") end
  c.groups = whole(spec, "groups", 1)
  if c.groups ~= 1 and c.groups ~= 2 then bad("groups must be 1 or 2 (the SD is pooled from that many groups)") end
  return c
end

local NOTES = {
  "a pilot is not designed to show whether the programme works, so it is not judged by a minimum detectable effect; it estimates what the main study is planned with",
  "shares: Wilson score interval without continuity correction (Wilson 1927; Newcombe 1998), as R's prop.test(correct = FALSE)",
  "the SD: chi-square interval s sqrt(df / chi2); plan the main study with the one-sided upper 80% limit (Browne 1995), which raises its sample by the square of that factor",
}

-- pilot.precision{n=, retention=, approached=, recruitment=, confidence=,
-- groups=}: the intervals a pilot of n gives.
M.precision = guard(function(spec)
  local c = common(spec)
  if spec.margin ~= nil then bad("margin asks for the pilot size; give it without n") end
  c.n = whole(spec, "n", nil, 1)
  if c.n < c.groups + 1 then bad("n is too small: a pilot needs at least %d people to estimate an SD", c.groups + 1) end
  local res = { n = c.n, confidence = c.confidence }
  if c.retention then res.retention = interval(c.retention, c.n, c.z) end
  if c.recruitment then
    local approached
    if spec.approached ~= nil then
      approached = whole(spec, "approached", nil, 1)
      if approached < c.n then bad("approached (%s) must be at least n (%s)", show(approached), show(c.n)) end
    else
      approached = c.n / c.recruitment
    end
    res.recruitment = interval(c.recruitment, approached, c.z)
  elseif spec.approached ~= nil then
    local approached = whole(spec, "approached", nil, 1)
    if approached < c.n then bad("approached (%s) must be at least n (%s)", show(approached), show(c.n)) end
    res.recruitment = interval(c.n / approached, approached, c.z)
  end
  res.sd = sd_interval(c.n - c.groups, c.confidence)
  local notes = seq()
  for _, n in ipairs(NOTES) do notes[#notes + 1] = n end
  notes[#notes + 1] = string.format("%s%% intervals; the SD has %d degrees of freedom (%d people, %d group(s))",
    show(c.confidence * 100), c.n - c.groups, c.n, c.groups)
  res.notes = notes
  return ordered(res, { "n", "confidence", "recruitment", "retention", "sd", "notes" })
end)

-- pilot.size{margin=, retention= and/or recruitment=, confidence=}: the
-- smallest pilot (people, for retention) and the fewest families to approach
-- (for recruitment) whose interval is no wider than plus or minus margin.
M.size = guard(function(spec)
  local c = common(spec)
  if spec.n ~= nil or spec.approached ~= nil then bad("give margin to work out the pilot size, or n to see its precision, not both") end
  c.margin = number(spec, "margin")
  if c.margin <= 0 or c.margin >= 0.5 then bad("margin must be above 0 and below 0.5 (0.1 means plus or minus 10 points)") end
  if not c.retention and not c.recruitment then bad("give retention or recruitment (the share you expect) to size the pilot for") end
  local function need(p)
    return base.smallest(2, function(n) local _, _, half = wilson(p, n, c.z) return half <= c.margin end, "people", MAX_N)
  end
  local res = { margin = c.margin, confidence = c.confidence }
  if c.retention then
    res.n = need(c.retention)
    res.retention = interval(c.retention, res.n, c.z)
  end
  if c.recruitment then
    res.approached = need(c.recruitment)
    res.recruitment = interval(c.recruitment, res.approached, c.z)
    res.recruited = math.ceil(res.approached * c.recruitment - 1e-9)
  end
  local notes = seq({ string.format("the smallest number whose %s%% Wilson interval is no wider than plus or minus %s", show(c.confidence * 100), pct(c.margin)) })
  for _, n in ipairs(NOTES) do notes[#notes + 1] = n end
  res.notes = notes
  return ordered(res, { "margin", "confidence", "n", "approached", "recruited", "recruitment", "retention", "notes" })
end)

return M
