-- power_rates.lua: outcomes that are not scores: a share of families with an
-- outcome (binary) and a count of events (rates), for individual and
-- cluster randomisation.  Normal approximations, each as its source gives it.
--
-- Binary, individual: R's power.prop.test (pooled variance under the null,
-- none under the alternative, no continuity correction):
--   power = Phi((sqrt(n) |p1 - p0| - z_a sqrt(2 pbar qbar)) / sqrt(p0 q0 + p1 q1)),
--   n per arm = (z_a sqrt(2 pbar qbar) + z_b sqrt(p0 q0 + p1 q1))^2 / (p1 - p0)^2,
-- z_a = z(1 - alpha/tails), z_b = z(power), rounded up.  Clusters: the
-- individual sample times the design effect 1 + ((1 + cv^2) m - 1) icc,
-- divided by the cluster size m and rounded up (Donner & Klar 2000;
-- Eldridge, Ashby & Kerry 2006 for unequal sizes).
--
-- Counts: Hayes & Bennett (1999, International Journal of Epidemiology 28:
-- 319-326): person-time per arm y = (z_a + z_b)^2 (r0 + r1) / (r0 - r1)^2
-- for individuals; clusters per arm c = 1 + (z_a + z_b)^2 ((r0 + r1) / y +
-- k^2 (r0^2 + r1^2)) / (r0 - r1)^2 for clusters of y person-time each, k the
-- coefficient of variation of the true rates between clusters.
local base = require("evalwiz.power_base")
local stats = require("evalwiz.stats")

local bad, number, whole, icc = base.bad, base.number, base.whole, base.icc
local show, pct = base.show, base.pct

local D = {}

local function z_values(c)
  return stats.qnorm(1 - c.alpha / c.tails), stats.qnorm(c.power)
end

-- ---- binary ---------------------------------------------------------------------

local function prop_power(n, p0, p1, alpha, tails)
  local za = stats.qnorm(1 - alpha / tails)
  local pbar = (p0 + p1) / 2
  return stats.pnorm((math.sqrt(n) * math.abs(p1 - p0) - za * math.sqrt(2 * pbar * (1 - pbar)))
    / math.sqrt(p0 * (1 - p0) + p1 * (1 - p1)))
end
D.prop_power = prop_power

local function prop_n(p0, p1, c)
  local za, zb = z_values(c)
  local pbar = (p0 + p1) / 2
  return (za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p0 * (1 - p0) + p1 * (1 - p1))) ^ 2 / (p1 - p0) ^ 2
end
D.prop_n = prop_n

local function odds(p) return p / (1 - p) end

-- The effect measures of going from p0 to p1.
local function measures(p0, p1)
  return base.ordered({ p1 = p1, risk_difference = p1 - p0, risk_ratio = p1 / p0, odds_ratio = odds(p1) / odds(p0) },
    { "p1", "risk_difference", "risk_ratio", "odds_ratio" })
end

-- The target rate: p1, or p0 with a risk ratio or an odds ratio.
local function target_rate(spec, c)
  local given = (spec.p1 ~= nil and 1 or 0) + (spec.rr ~= nil and 1 or 0) + (spec["or"] ~= nil and 1 or 0)
  if given > 1 then bad("give one of p1, rr and or: they say the same thing") end
  if given == 0 then return nil end
  local p1
  if spec.p1 ~= nil then
    p1 = base.proportion(spec, "p1")
  elseif spec.rr ~= nil then
    local rr = number(spec, "rr")
    if rr <= 0 then bad("rr must be above 0") end
    p1 = rr * c.p0
    if p1 >= 1 then bad("rr %g takes the rate from %g to %g, which is not below 1", rr, c.p0, p1) end
  else
    local o = number(spec, "or")
    if o <= 0 then bad("or must be above 0") end
    local od = o * odds(c.p0)
    p1 = od / (1 + od)
  end
  if p1 == c.p0 then bad("p1 must differ from p0: there is no effect to detect") end
  return p1
end

local function cluster_inputs(spec, c)
  c.cluster_size = number(spec, "cluster_size")
  if c.cluster_size < 1 then bad("cluster_size must be at least 1") end
  c.icc = icc(spec, "icc")
  c.cv = number(spec, "cv", 0)
  if c.cv < 0 then bad("cv must be 0 or more") end
  c.deff_cluster = 1 + ((1 + c.cv ^ 2) * c.cluster_size - 1) * c.icc
end

-- The rate p1 on one side of p0 whose power with n per arm is the target,
-- by bisection on the power, which rises as p1 moves away from p0; nil
-- when even a rate of 0 or 1 falls short.
local function detectable(c, n, dir)
  local lo, hi = c.p0, dir > 0 and 1 - 1e-12 or 1e-12
  if prop_power(n, c.p0, hi, c.alpha, c.tails) < c.power then return nil end
  for _ = 1, 200 do
    local mid = (lo + hi) / 2
    if prop_power(n, c.p0, mid, c.alpha, c.tails) < c.power then lo = mid else hi = mid end
    if math.abs(hi - lo) <= 1e-14 then break end
  end
  return (lo + hi) / 2
end

D.binary = {
  id = "binary", name = "a share of families with an outcome (binary)",
  outcome = "binary",
  inputs = { "n", "clusters", "cluster_size", "icc", "cv", "p0", "p1", "rr", "or" },
  custom = true,
  read = function(spec, c)
    c.p0 = base.proportion(spec, "p0")
    c.p1 = target_rate(spec, c)
    if c.design == "cra2" then
      cluster_inputs(spec, c)
    elseif spec.cluster_size ~= nil or spec.icc ~= nil or spec.clusters ~= nil then
      bad("clusters, cluster_size and icc need design cra2 (whole groups randomised)")
    end
  end,
  unit = function(c) return c.design == "cra2" and "clusters" or "n" end,
  min = function() return 2 end,
  -- n (both arms) or clusters (both arms), split equally
  evaluate = function(c)
    local per
    if c.design == "cra2" then
      if c.clusters < 2 then bad("clusters is too small: each group needs at least one cluster") end
      per = c.clusters / 2 * c.cluster_size / c.deff_cluster
    else
      if c.n < 2 then bad("n is too small: each group needs at least one person") end
      per = c.n / 2
    end
    local up, down = detectable(c, per, 1), detectable(c, per, -1)
    local res = { effective_per_arm = per }
    res.increase = up and measures(c.p0, up) or nil
    res.decrease = down and measures(c.p0, down) or nil
    if c.p1 then res.power_achieved = prop_power(per, c.p0, c.p1, c.alpha, c.tails) end
    return res
  end,
  sample = function(c)
    if not c.p1 then bad("p1 is needed (or rr, or or): the rate you expect with the programme") end
    local n = prop_n(c.p0, c.p1, c)
    c.unrounded_per_arm = n
    if c.design == "cra2" then
      return 2 * math.ceil(n * c.deff_cluster / c.cluster_size - 1e-9)
    end
    return 2 * math.ceil(n - 1e-9)
  end,
  fill = function(c, res, solved)
    res.p0 = c.p0
    if c.p1 then
      res.p1 = c.p1
      res.risk_difference = c.p1 - c.p0
      res.risk_ratio = c.p1 / c.p0
      res.odds_ratio = odds(c.p1) / odds(c.p0)
    end
    if c.design == "cra2" then
      res.clusters_per_arm = res.clusters / 2
      res.cluster_size = c.cluster_size
      res.total_n = res.clusters * c.cluster_size
      res.design_effect = c.deff_cluster
    else
      res.n_per_arm = res.n / 2
    end
    if solved then
      res.unrounded = c.design == "cra2" and 2 * c.unrounded_per_arm * c.deff_cluster / c.cluster_size or 2 * c.unrounded_per_arm
      res.power_achieved = prop_power(c.design == "cra2" and res.clusters / 2 * c.cluster_size / c.deff_cluster or res.n / 2,
        c.p0, c.p1, c.alpha, c.tails)
    end
  end,
  notes = function(c, out)
    out[#out + 1] = string.format("%s test at alpha %g with power %g; equal groups",
      c.tails == 2 and "two-tailed" or "one-tailed", c.alpha, c.power)
    out[#out + 1] = string.format("%s of comparison families have the outcome%s", pct(c.p0),
      c.p1 and string.format("; %s expected with the programme (risk difference %+.4g, risk ratio %.4g, odds ratio %.4g)",
        pct(c.p1), c.p1 - c.p0, c.p1 / c.p0, odds(c.p1) / odds(c.p0)) or "")
    out[#out + 1] = "normal approximation with the pooled variance under no effect and no continuity correction, as R's power.prop.test; n per arm rounded up"
    if c.design == "cra2" then
      out[#out + 1] = string.format("whole clusters of %s randomised, intraclass correlation %g%s: design effect %.4g (Donner & Klar 2000%s); clusters per arm = n per arm x design effect / cluster size, rounded up",
        show(c.cluster_size), c.icc, c.cv > 0 and string.format(", sizes varying with a coefficient of variation of %g", c.cv) or "",
        c.deff_cluster, c.cv > 0 and "; Eldridge, Ashby & Kerry 2006" or "")
    end
  end,
}

-- ---- counts (rates) ------------------------------------------------------------

local function count_rates(spec, c)
  c.rate0 = number(spec, "rate0")
  if c.rate0 <= 0 then bad("rate0 must be above 0") end
  if spec.rate1 ~= nil and spec.rr ~= nil then bad("give one of rate1 and rr: they say the same thing") end
  if spec.rate1 ~= nil then
    c.rate1 = number(spec, "rate1")
    if c.rate1 < 0 then bad("rate1 must be 0 or more") end
  elseif spec.rr ~= nil then
    local rr = number(spec, "rr")
    if rr < 0 then bad("rr must be 0 or more") end
    c.rate1 = rr * c.rate0
  end
  if c.rate1 == c.rate0 then bad("rate1 must differ from rate0: there is no effect to detect") end
end

-- The detectable rate on one side of rate0: the root of
-- (c - 1)(r1 - r0)^2 = Z^2 ((r0 + r1) / y + k^2 (r0^2 + r1^2)), with c - 1
-- replaced by 1 for individuals (y the person-time per arm, k 0).
local function count_detectable(r0, y, k, per, Z2, dir)
  local a = per - Z2 * k * k
  local b = -2 * per * r0 - Z2 / y
  local cc = per * r0 * r0 - Z2 * r0 / y - Z2 * k * k * r0 * r0
  if a <= 0 then
    if dir < 0 then
      -- the quadratic opens downward or is linear: only a fall may be detectable
      if a == 0 then local r = -cc / b; return (r >= 0 and r < r0) and r or nil end
    else
      return nil
    end
  end
  local disc = b * b - 4 * a * cc
  if disc < 0 then return nil end
  local s = math.sqrt(disc)
  local roots = { (-b - s) / (2 * a), (-b + s) / (2 * a) }
  for _, r in ipairs(roots) do
    if dir > 0 and r > r0 then return r end
    if dir < 0 and r < r0 and r >= 0 then return r end
  end
  return nil
end

D.count = {
  id = "count", name = "a count of events (rates)",
  outcome = "count",
  inputs = { "n", "clusters", "cluster_size", "k", "rate0", "rate1", "rr", "years" },
  custom = true,
  read = function(spec, c)
    count_rates(spec, c)
    c.years = number(spec, "years", 1)
    if c.years <= 0 then bad("years must be above 0") end
    if c.design == "cra2" then
      c.cluster_size = number(spec, "cluster_size")
      if c.cluster_size < 1 then bad("cluster_size must be at least 1") end
      c.k = number(spec, "k")
      if c.k < 0 then bad("k must be 0 or more") end
    elseif spec.cluster_size ~= nil or spec.k ~= nil or spec.clusters ~= nil then
      bad("clusters, cluster_size and k need design cra2 (whole groups randomised)")
    end
  end,
  unit = function(c) return c.design == "cra2" and "clusters" or "n" end,
  min = function() return 2 end,
  evaluate = function(c)
    local za, zb = z_values(c)
    local Z2 = (za + zb) ^ 2
    local res = {}
    local y, k, per
    if c.design == "cra2" then
      if c.clusters < 4 then bad("clusters is too small: the formula needs at least 2 clusters in each group") end
      y, k, per = c.cluster_size * c.years, c.k, c.clusters / 2 - 1
    else
      if c.n < 2 then bad("n is too small: each group needs at least one person") end
      y, k, per = c.n / 2 * c.years, 0, 1
    end
    local up, down = count_detectable(c.rate0, y, k, per, Z2, 1), count_detectable(c.rate0, y, k, per, Z2, -1)
    if up then res.increase = base.ordered({ rate1 = up, rate_ratio = up / c.rate0 }, { "rate1", "rate_ratio" }) end
    if down then res.decrease = base.ordered({ rate1 = down, rate_ratio = down / c.rate0 }, { "rate1", "rate_ratio" }) end
    return res
  end,
  sample = function(c)
    if not c.rate1 then bad("rate1 is needed (or rr): the rate you expect with the programme") end
    local za, zb = z_values(c)
    local Z2 = (za + zb) ^ 2
    local d2 = (c.rate0 - c.rate1) ^ 2
    if c.design == "cra2" then
      local y = c.cluster_size * c.years
      local per = 1 + Z2 * ((c.rate0 + c.rate1) / y + c.k ^ 2 * (c.rate0 ^ 2 + c.rate1 ^ 2)) / d2
      c.unrounded_per_arm = per
      return 2 * math.ceil(per - 1e-9)
    end
    local y = Z2 * (c.rate0 + c.rate1) / d2
    c.person_time = y
    c.unrounded_per_arm = y / c.years
    return 2 * math.ceil(y / c.years - 1e-9)
  end,
  fill = function(c, res, solved)
    res.rate0 = c.rate0
    if c.rate1 then res.rate1 = c.rate1; res.rate_ratio = c.rate1 / c.rate0 end
    if c.design == "cra2" then
      res.clusters_per_arm = res.clusters / 2
      res.cluster_size = c.cluster_size
      res.total_n = res.clusters * c.cluster_size
    else
      res.n_per_arm = res.n / 2
    end
    if solved then res.unrounded = 2 * c.unrounded_per_arm end
  end,
  notes = function(c, out)
    out[#out + 1] = string.format("%s test at alpha %g with power %g; equal groups",
      c.tails == 2 and "two-tailed" or "one-tailed", c.alpha, c.power)
    out[#out + 1] = string.format("%s events per person per unit of time without the programme%s; each person followed for %s unit(s)",
      show(c.rate0), c.rate1 and string.format(", %s expected with it (rate ratio %.4g)", show(c.rate1), c.rate1 / c.rate0) or "", show(c.years))
    if c.design == "cra2" then
      out[#out + 1] = string.format("whole clusters of %s people randomised; the true rates vary between clusters with a coefficient of variation k = %g", show(c.cluster_size), c.k)
      out[#out + 1] = "clusters per arm = 1 + (z_a + z_b)^2 ((r0 + r1) / y + k^2 (r0^2 + r1^2)) / (r0 - r1)^2, y = person-time per cluster (Hayes & Bennett 1999)"
    else
      out[#out + 1] = "person-time per arm = (z_a + z_b)^2 (r0 + r1) / (r0 - r1)^2 (Hayes & Bennett 1999), a normal approximation for Poisson counts"
    end
  end,
}

D.LIST = { D.binary, D.count }

return D
