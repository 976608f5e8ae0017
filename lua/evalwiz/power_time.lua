-- power_time.lua: the designs that follow time: the cross-sectional
-- stepped wedge (Hussey & Hughes 2007) and the interrupted time series
-- (segmented regression of one series, with autocorrelated noise).
-- The design tables have the shape described in power_designs.lua.
local base = require("evalwiz.power_base")

local bad, number, whole, icc = base.bad, base.number, base.whole, base.icc
local show = base.show

local D = {}

-- ---- stepped wedge -------------------------------------------------------------
-- I clusters cross from control to the programme in S steps; the study has
-- S + 1 periods, the first with every cluster in control, and m people are
-- measured in each cluster in each period (new people each time).  Hussey
-- and Hughes (2007, Contemporary Clinical Trials 28: 182-191, equation 8)
-- give the variance of the effect in their model with random cluster
-- effects (variance tau^2) and fixed period effects:
--   Var = I s2 (s2 + T tau2) / ((I U - W) s2 + (U^2 + I T U - T W - I V) tau2)
-- with s2 the variance of a cluster-period mean (sigma^2 / m), T periods,
-- X the cluster-by-period treatment indicator, U = sum X, W = the sum over
-- periods of the squared column sums, V = the sum over clusters of the
-- squared row sums.  In outcome-SD units tau2 = icc and sigma^2 = 1 - icc.
-- The MDES is (z(1 - alpha/tails) + z(power)) x sqrt(Var), the normal
-- approximation Hussey and Hughes use for power.

-- The number of clusters crossing at each step: as even as possible, the
-- earlier steps taking one more when the clusters do not divide evenly.
local function crossing(I, S)
  local per, extra, out = I // S, I % S, {}
  for s = 1, S do out[s] = per + (s <= extra and 1 or 0) end
  return out
end
D.crossing = crossing

local function hh_var(I, S, m, rho)
  local T = S + 1
  local groups = crossing(I, S)
  -- cluster in group s is treated in periods s + 1 .. T: T - s periods
  local U, V = 0, 0
  local col = {}
  for j = 1, T do col[j] = 0 end
  for s = 1, S do
    local k = groups[s]
    U = U + k * (T - s)
    V = V + k * (T - s) ^ 2
    for j = s + 1, T do col[j] = col[j] + k end
  end
  local W = 0
  for j = 1, T do W = W + col[j] ^ 2 end
  local s2, tau2 = (1 - rho) / m, rho
  local den = (I * U - W) * s2 + (U * U + I * T * U - T * W - I * V) * tau2
  return I * s2 * (s2 + T * tau2) / den
end
D.hh_var = hh_var

D.sw = {
  id = "sw", name = "stepped wedge (cross-sectional, Hussey & Hughes 2007)",
  inputs = { "clusters", "steps", "cluster_size", "icc" },
  custom = true,
  read = function(spec, c)
    c.steps = whole(spec, "steps", nil, 1)
    c.cluster_size = number(spec, "cluster_size")
    if c.cluster_size < 1 then bad("cluster_size must be at least 1") end
    c.icc = icc(spec, "icc")
    if c.icc >= 1 then bad("icc must be below 1 for a stepped wedge: the design compares periods within clusters") end
  end,
  unit = function() return "clusters" end,
  min = function(c) return c.steps end,
  step = function(c) return c.steps end,
  evaluate = function(c)
    local I, S = c.clusters, c.steps
    if I < S then bad("clusters is too small: %d steps need at least %d clusters, one crossing at each step", S, S) end
    if I < 2 then bad("clusters is too small: a stepped wedge needs at least 2 clusters") end
    local z = base.z_multiplier(c.alpha, c.power, c.tails)
    local se = math.sqrt(hh_var(I, S, c.cluster_size, c.icc))
    local T = S + 1
    local par = math.sqrt(4 * (c.icc + (1 - c.icc) / (c.cluster_size * T)) / I)
    return { mdes = z * se, multiplier = z, se = se, periods = T, total_n = I * c.cluster_size * T,
      parallel_mdes = z * par }
  end,
  fill = function(c, res)
    res.steps = c.steps
    res.cluster_size = c.cluster_size
    local g = crossing(res.clusters, c.steps)
    res.crossing = base.seq(g)
  end,
  notes = function(c, out)
    out[#out + 1] = string.format("%s test at alpha %g with power %g, by the normal approximation (Hussey & Hughes 2007)",
      c.tails == 2 and "two-tailed" or "one-tailed", c.alpha, c.power)
    out[#out + 1] = string.format("%d steps and %d periods: every cluster is in control in the first period, and an equal share of clusters starts the programme at each step; %s people measured in each cluster in each period (new people each time); intraclass correlation %g",
      c.steps, c.steps + 1, show(c.cluster_size), c.icc)
    out[#out + 1] = "MDES = (z(1 - alpha/tails) + z(power)) x sqrt(Var), Var from Hussey & Hughes (2007) equation 8, random cluster effects and fixed period effects"
    out[#out + 1] = "parallel_mdes is a parallel cluster trial with the same clusters and the same number of people measured in each (all after the start), by the same normal approximation; the stepped wedge can need more clusters than it, or fewer, depending on the ICC and the cluster size"
    out[#out + 1] = "outcomes that drift over time are allowed for by the period effects; a trend that differs between clusters is not"
  end,
}

-- ---- interrupted time series ----------------------------------------------------
-- A segmented regression of one series: y_t = b0 + b1 t + b2 D_t + b3 (t -
-- T0 - 1) D_t + e_t, D_t = 1 after the start (t > T0), so b2 is the change
-- in level at the first point after the start and b3 the change in slope.
-- The noise follows a first-order autoregression with correlation phi
-- between neighbouring points and variance 1, so effects are in standard
-- deviations of the series' noise around its trend.  The variance of b2 or
-- b3 is that of generalised least squares, the diagonal of
-- (X' S^-1 X)^-1, with S^-1 the tridiagonal inverse of the AR(1)
-- correlation matrix; df = T - 4.  A comparison series with the same noise,
-- analysed as the difference between the two, doubles the variance and
-- gives 2T - 8 degrees of freedom.

-- Inverts a small symmetric positive definite matrix (Gauss-Jordan with
-- partial pivoting); nil when it is singular.
local function invert(a)
  local n = #a
  local m = {}
  for i = 1, n do
    m[i] = {}
    for j = 1, n do m[i][j] = a[i][j] end
    for j = 1, n do m[i][n + j] = (i == j) and 1 or 0 end
  end
  for col = 1, n do
    local piv, best = col, math.abs(m[col][col])
    for r = col + 1, n do
      if math.abs(m[r][col]) > best then piv, best = r, math.abs(m[r][col]) end
    end
    if best < 1e-12 then return nil end
    m[col], m[piv] = m[piv], m[col]
    local d = m[col][col]
    for j = 1, 2 * n do m[col][j] = m[col][j] / d end
    for r = 1, n do
      if r ~= col then
        local f = m[r][col]
        if f ~= 0 then for j = 1, 2 * n do m[r][j] = m[r][j] - f * m[col][j] end end
      end
    end
  end
  local inv = {}
  for i = 1, n do
    inv[i] = {}
    for j = 1, n do inv[i][j] = m[i][n + j] end
  end
  return inv
end
D.invert = invert

local function its_var(t0, t1, phi, which)
  local T = t0 + t1
  local X = {}
  for t = 1, T do
    local after = t > t0 and 1 or 0
    X[t] = { 1, t, after, after * (t - t0 - 1) }
  end
  -- S^-1 for an AR(1) with unit variance: (1 / (1 - phi^2)) times the
  -- tridiagonal matrix with 1 at the two ends of the diagonal, 1 + phi^2
  -- inside it, and -phi beside it.
  local k = 1 / (1 - phi * phi)
  local function sinv(i, j)
    if i == j then return k * ((i == 1 or i == T) and 1 or 1 + phi * phi) end
    if math.abs(i - j) == 1 then return -k * phi end
    return 0
  end
  local A = {}
  for a = 1, 4 do
    A[a] = {}
    for b = 1, 4 do
      local s = 0
      for i = 1, T do
        for j = math.max(1, i - 1), math.min(T, i + 1) do
          s = s + X[i][a] * sinv(i, j) * X[j][b]
        end
      end
      A[a][b] = s
    end
  end
  local inv = invert(A)
  if not inv then bad("the time series is too short to separate its trend from the change") end
  return which == "slope" and inv[4][4] or inv[3][3]
end
D.its_var = its_var

D.its = {
  id = "its", name = "interrupted time series",
  inputs = { "points_before", "points_after", "autocorrelation", "effect", "comparison_series" },
  read = function(spec, c)
    c.points_before = whole(spec, "points_before", nil, 1)
    if c.points_before < 3 then bad("points_before must be at least 3: the trend before the start needs three points or more") end
    c.autocorrelation = number(spec, "autocorrelation", 0)
    if c.autocorrelation <= -1 or c.autocorrelation >= 1 then bad("autocorrelation must be above -1 and below 1") end
    c.effect = base.word(spec, "effect", "level", { "level", "slope" })
    c.comparison_series = base.word(spec, "comparison_series", "no", { "yes", "no" })
  end,
  unit = function() return "points_after" end,
  min = function() return 2 end,
  -- the change in level at one point keeps the noise of that point, so no
  -- length of series detects a level change much below 1.5 SD
  max = 2000,
  no_unrounded = true,
  at = function(c)
    if c.points_after < 2 then bad("points_after must be at least 2") end
    local v = its_var(c.points_before, c.points_after, c.autocorrelation, c.effect)
    local T = c.points_before + c.points_after
    local df = T - 4
    if c.comparison_series == "yes" then v, df = 2 * v, 2 * T - 8 end
    if df < 1 then bad("the time series is too short: %d points leave no degrees of freedom after the four terms of the model", T) end
    return math.sqrt(v), df
  end,
  fill = function(c, res) res.points_before = c.points_before end,
  notes = function(c, out)
    out[#out + 1] = string.format("%s test at alpha %g with power %g",
      c.tails == 2 and "two-tailed" or "one-tailed", c.alpha, c.power)
    out[#out + 1] = string.format("%d points before the start; correlation %g between neighbouring points (first-order autoregression); the effect is the change in %s",
      c.points_before, c.autocorrelation, c.effect == "slope" and "slope (per point) after the start" or "level at the first point after the start")
    out[#out + 1] = "the MDES is in standard deviations of the series' own noise around its trend, not of children's outcomes: it cannot be compared with the effect sizes of the other designs"
    if c.comparison_series == "yes" then
      out[#out + 1] = "with a comparison series of the same length and noise, analysed as the difference of the two: the variance doubles, df = 2T - 8"
    else
      out[#out + 1] = "without a comparison series, anything else that changed at the start will look like an effect"
    end
    out[#out + 1] = "MDES = M x sqrt(Var(b)), Var from generalised least squares of the segmented regression with AR(1) noise, df = T - 4"
  end,
}

D.LIST = { D.sw, D.its }

return D
