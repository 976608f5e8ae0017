-- power.lua against published and independently computed values.
-- Sources: shared/EVALUATION-MODEL.md section 5.4.5 (worked examples, from
-- R's qt() with the PowerUpR formulas; inputs of examples 1 and 3 are the
-- usage examples in PowerUpR's R/ira.R and R/cra2.R) and 5.4.6 (the M table,
-- from R's qt()); G*Power / R pwr.t.test for the paired t test.
local power = require("evalwiz.power")
local stats = require("evalwiz.stats")

local function mdes(spec)
  local r, err = power.mdes(spec)
  if not r then error(err, 2) end
  return r
end

local function sample(spec)
  local r, err = power.sample(spec)
  if not r then error(err, 2) end
  return r
end

test("the M table of section 5.4.6 (R qt)", function()
  local rows = {
    { 1, 14.08259, 15.78389, 65.03312, 7.69013 },
    { 2, 5.36331, 6.18827, 10.98550, 3.98065 },
    { 3, 4.16092, 4.82019, 6.81938, 3.33184 },
    { 5, 3.49013, 4.04647, 4.95169, 2.93459 },
    { 8, 3.19489, 3.70282, 4.24428, 2.74844 },
    { 10, 3.10720, 3.60032, 4.04833, 2.69152 },
    { 15, 2.99769, 3.47206, 3.81296, 2.61930 },
    { 18, 2.96297, 3.43131, 3.74049, 2.59611 },
    { 20, 2.94593, 3.41130, 3.70530, 2.58468 },
    { 30, 2.89604, 3.35269, 3.60376, 2.55103 },
    { 40, 2.87178, 3.32415, 3.55516, 2.53455 },
    { 60, 2.84795, 3.29612, 3.50794, 2.51830 },
    { 100, 2.82920, 3.27405, 3.47112, 2.50546 },
    { 200, 2.81532, 3.25770, 3.44406, 2.49593 },
    { 1000, 2.80432, 3.24474, 3.42274, 2.48836 },
  }
  -- the table is printed to 5 decimals: agreement to half a unit in the last place
  local function within(got, want, what)
    if math.abs(got - want) > 0.5e-5 then error(string.format("%s: want %.5f got %.7f", what, want, got), 2) end
  end
  for _, r in ipairs(rows) do
    local df = r[1]
    within(power.multiplier(df, 0.05, 0.80, 2), r[2], "df " .. df .. " .05 2-t .80")
    within(power.multiplier(df, 0.05, 0.90, 2), r[3], "df " .. df .. " .05 2-t .90")
    within(power.multiplier(df, 0.01, 0.80, 2), r[4], "df " .. df .. " .01 2-t .80")
    within(power.multiplier(df, 0.05, 0.80, 1), r[5], "df " .. df .. " .05 1-t .80")
  end
  -- the normal limit: z(.975) + z(.80)
  within(stats.qnorm(0.975) + stats.qnorm(0.80), 2.80159, "normal limit")
  near(stats.qt(0.975, 10), 2.228139, 1e-6, "t(.975, 10)")
  near(stats.qt(0.80, 10), 0.8790578, 1e-6, "t(.80, 10)")
  local _, err = power.multiplier(0.5, 0.05, 0.8, 2)
  matches(err, "degrees of freedom", "df below 1")
end)

test("worked examples of section 5.4.5 to a relative 1e-5", function()
  -- The brief prints M to 4 decimals, SE to 5 and MDES to 3; the MDES
  -- values below are M x SE from R's qt() to 6 significant figures
  -- (example 1 by hand: 2.81546 x 0.141421 = 0.398166).
  local cases = {
    { "1", { design = "ira", n = 200 }, 198, 2.8155, 0.14142, 0.398166 },
    { "2", { design = "ira", n = 200, r2 = 0.5, g = 1 }, 197, 2.8155, 0.10000, 0.281553 },
    { "2b", { design = "ira", n = 100 }, 98, 2.8298, 0.20000, 0.565954 },
    { "3", { design = "cra2", clusters = 20, cluster_size = 4, icc = 0.20, alpha = 0.01 }, 18, 3.7405, 0.28284, 1.057970 },
    { "3b", { design = "cra2", clusters = 20, cluster_size = 4, icc = 0.20 }, 18, 2.9630, 0.28284, 0.838055 },
    { "4", { design = "cra2", clusters = 40, cluster_size = 20, icc = 0.15 }, 38, 2.8756, 0.13874, 0.398970 },
    { "4b", { design = "cra2", clusters = 40, cluster_size = 20, icc = 0.15, r2_1 = 0.5, r2_2 = 0.5, g = 1 }, 37, 2.8776, 0.09811, 0.282317 },
    { "5", { design = "cra2", clusters = 20, cluster_size = 25, icc = 0.10 }, 18, 2.9630, 0.16492, 0.488666 },
    { "5b", { design = "cra2", clusters = 20, cluster_size = 25, icc = 0.10, r2_1 = 0.5, r2_2 = 0.5, g = 1 }, 17, 2.9731, 0.11662, 0.346719 },
  }
  for _, c in ipairs(cases) do
    local r = mdes(c[2])
    eq(r.df, c[3], "example " .. c[1] .. " df")
    near(r.multiplier, c[4], 0.5e-4 / c[4], "example " .. c[1] .. " M")
    near(r.se, c[5], 0.5e-5 / c[5] + 1e-12, "example " .. c[1] .. " SE")
    near(r.mdes, c[6], 1e-5, "example " .. c[1] .. " MDES")
    -- and against the brief's 3-decimal figures
    near(r.mdes, tonumber(string.format("%.3f", c[6])), 0.0005, "example " .. c[1] .. " MDES (3 d.p.)")
  end
  -- matched comparison: the same numbers, with the assumption stated
  local m = mdes({ design = "matched", n = 200 })
  near(m.mdes, 0.398166, 1e-5, "matched")
  local said = false
  for _, n in ipairs(m.notes) do if n:find("selection bias") then said = true end end
  ok(said, "matched notes name the selection-bias assumption")
end)

test("minimum required samples (section 5.4.5) exactly", function()
  -- PowerUpR's mrss.ira1r1 iterates to the real-valued n and rounds it:
  -- 504, 787 and 176 in the brief.  evalwiz reports that value as
  -- `unrounded` and the smallest whole n whose MDES reaches the target.
  local cases = {
    { { design = "ira", mdes = 0.25 }, 504, 505 },
    { { design = "ira", mdes = 0.20 }, 787, 787 },
    { { design = "ira", mdes = 0.30, r2 = 0.5 }, 176, 177 },
  }
  for _, c in ipairs(cases) do
    local r = sample(c[1])
    eq(math.floor(r.unrounded + 0.5), c[2], "PowerUpR's rounded n")
    eq(r.n, c[3], "smallest n")
    ok(r.mdes <= c[1].mdes, "MDES at n reaches the target")
    local below = mdes({ design = "ira", n = r.n - 1, r2 = c[1].r2 })
    ok(below.mdes > c[1].mdes, "one fewer does not")
  end
  -- cra2: clusters, checked by evaluating the MDES either side
  local r = sample({ design = "cra2", mdes = 0.3, cluster_size = 20, icc = 0.15 })
  eq(r.clusters, 70, "clusters")
  ok(mdes({ design = "cra2", clusters = 70, cluster_size = 20, icc = 0.15 }).mdes <= 0.3, "70 clusters reach 0.3")
  ok(mdes({ design = "cra2", clusters = 69, cluster_size = 20, icc = 0.15 }).mdes > 0.3, "69 do not")
  -- round trip: the clusters of example 5 give back its MDES
  local five = sample({ design = "cra2", mdes = 0.488666, cluster_size = 25, icc = 0.10 })
  eq(five.clusters, 20, "example 5 inverted")
end)

-- An independent check of the noncentral t power: integrate the normal
-- distribution function over the chi distribution of the sample SD,
--   power = E_V[ Phi(ncp - c sqrt(V/k)) + Phi(-ncp - c sqrt(V/k)) ],
-- V ~ chi-square(k), with Simpson's rule in u = sqrt(V).  This uses only
-- pnorm and qt (for the critical value), not pnt, whose algorithm
-- (AS 243) it checks.
local function log_gamma_half(k) -- log Gamma(k/2) for whole k >= 1
  local x, acc = k / 2, 0
  while x > 1 do x = x - 1; acc = acc + math.log(x) end
  if x == 0.5 then acc = acc + 0.5 * math.log(math.pi) end
  return acc
end

local function power_by_integration(dz, n, alpha, tails)
  local k = n - 1
  local ncp = dz * math.sqrt(n)
  local c = stats.qt(1 - alpha / tails, k)
  local lognorm = (k / 2) * math.log(2) + log_gamma_half(k)
  local function f(u)
    if u == 0 then return 0 end
    local v = u * u
    local dens = math.exp((k / 2 - 1) * math.log(v) - v / 2 - lognorm) * 2 * u
    local s = c * u / math.sqrt(k)
    local p = stats.pnorm(ncp - s)
    if tails == 2 then p = p + stats.pnorm(-ncp - s) end
    return dens * p
  end
  local hi, steps = math.sqrt(k) + 12, 4000
  local h = hi / steps
  local sum = f(0) + f(hi)
  for i = 1, steps - 1 do sum = sum + (i % 2 == 1 and 4 or 2) * f(i * h) end
  return sum * h / 3
end

test("prepost: exact paired t power and sample size", function()
  -- G*Power (t tests, matched pairs, a priori): dz = 0.5, alpha .05
  -- two-tailed, power .80 -> 34 pairs, actual power 0.8077775; one-tailed
  -- -> 27 pairs.  R: pwr.t.test(d = 0.5, power = .8, type = "paired") gives
  -- n = 33.37, so 34.
  near(power.paired_power(0.5, 34, 0.05, 2), 0.8077775, 1e-6, "power at 34 pairs")
  near(power.paired_power(0.5, 34, 0.05, 2), power_by_integration(0.5, 34, 0.05, 2), 1e-7, "pnt vs integration, 34")
  near(power.paired_power(0.5, 27, 0.05, 1), power_by_integration(0.5, 27, 0.05, 1), 1e-7, "pnt vs integration, one-tailed")
  near(power.paired_power(0.3, 10, 0.01, 2), power_by_integration(0.3, 10, 0.01, 2), 1e-7, "pnt vs integration, small n")
  -- d in common-SD units: with r = .5, dz = d, so d = 0.5 needs 34 pairs
  local r = sample({ design = "prepost", mdes = 0.5 })
  eq(r.n, 34, "pairs, two-tailed")
  near(r.power_achieved, 0.8077775, 1e-6, "achieved power")
  eq(sample({ design = "prepost", mdes = 0.5, tails = 1 }).n, 27, "pairs, one-tailed")
  -- with r = .75 the SD of the change halves relative to r = 0: d 0.25 is dz 0.3536
  eq(sample({ design = "prepost", mdes = 0.25, r = 0.75 }).n, sample({ design = "prepost", mdes = 0.5 * math.sqrt(0.5), r = 0.5 }).n, "r rescales d")
end)

test("prepost: MDES solves the exact power, near the brief's approximation", function()
  -- brief 5.4.5 examples 6, 6b, 6c use M_df/sqrt(n) (the approximation):
  -- 0.454, 0.352, 0.661.  The exact solution lies within 0.5% of them.
  local cases = { { 40, 0.5, 0.454, 0.454 }, { 40, 0.7, 0.352, 0.454 }, { 20, 0.5, 0.661, 0.661 } }
  for _, c in ipairs(cases) do
    local r = mdes({ design = "prepost", n = c[1], r = c[2] })
    near(r.mdes, c[3], 0.005, "n " .. c[1] .. " r " .. c[2])
    near(r.mdes_dz, c[4], 0.005, "dz")
    near(r.mdes, r.mdes_dz * math.sqrt(2 * (1 - c[2])), 1e-12, "d = dz sqrt(2(1-r))")
    near(power.paired_power(r.mdes_dz, c[1], 0.05, 2), 0.8, 1e-9, "power at the MDES is the target")
    near(power_by_integration(r.mdes_dz, c[1], 0.05, 2), 0.8, 1e-6, "and by integration")
    eq(r.df, c[1] - 1, "df")
  end
  -- the exact value at n = 40, r = .5 (noncentral t, computed here and
  -- confirmed by the integration above)
  near(mdes({ design = "prepost", n = 40 }).mdes, 0.4542569, 1e-5, "exact MDES, n 40")
end)

test("attrition, design effect and effective sample", function()
  eq(power.recruit(200, 0.2), 250, "200 at 20%")
  eq(power.recruit(90, 0.1), 100, "no rounding creep")
  eq(power.recruit(505, 0.2), 632, "505 at 20%")
  eq(power.recruit(10, 0), 10, "no attrition")
  -- brief 5.4.3: m 20, icc .15 -> 3.85; m 25, icc .10 -> 3.4
  near(power.design_effect(20, 0.15), 3.85, 1e-12, "deff 1")
  near(power.design_effect(25, 0.10), 3.4, 1e-12, "deff 2")
  near(power.effective_n(500, 25, 0.10), 500 / 3.4, 1e-12, "effective n")
  local r = mdes({ design = "cra2", clusters = 20, cluster_size = 25, icc = 0.10 })
  near(r.design_effect, 3.4, 1e-12, "in the result")
  eq(r.total_n, 500, "total")
end)

test("every bad input names the input, never NaN", function()
  local bad = {
    { { design = "ira" }, "^n is needed" },
    { { design = "ira", n = 2 }, "^n is too small" },
    { { design = "ira", n = 10, g = 8 }, "^n is too small: with 8 covariate" },
    { { design = "ira", n = 100.5 }, "^n must be a whole number" },
    { { design = "ira", n = "100" }, "^n must be a number" },
    { { design = "ira", n = 0 / 0 }, "^n must be a number" },
    { { design = "ira", n = 100, p = 0 }, "^p must be between 0 and 1" },
    { { design = "ira", n = 100, p = 1 }, "^p must be at least 0 and below 1" },
    { { design = "ira", n = 100, r2 = 1 }, "^r2 must be at least 0 and below 1" },
    { { design = "ira", n = 100, r2 = -0.1 }, "^r2 must be" },
    { { design = "ira", n = 100, g = -1 }, "^g must be at least 0" },
    { { design = "ira", n = 100, alpha = 0 }, "^alpha must be between 0 and 1" },
    { { design = "ira", n = 100, power = 1 }, "^power must be between 0 and 1" },
    { { design = "ira", n = 100, power = 0.04 }, "^power must be above alpha" },
    { { design = "ira", n = 100, tails = 3 }, "^tails must be 1 or 2" },
    { { design = "ira", n = 100, colour = 1 }, "^unknown input colour" },
    { { design = "frob", n = 100 }, "^design must be ira, matched, bira2, cra2, cra3, bcra3, pn, rdd, did, prepost, sw or its, not frob" },
    { { n = 100 }, "^design is needed" },
    { { design = "cra2", clusters = 20, cluster_size = 25 }, "^icc is needed" },
    { { design = "cra2", clusters = 20, cluster_size = 25, icc = 1.5 }, "^icc must be between 0 and 1" },
    { { design = "cra2", clusters = 20, cluster_size = 25, icc = -0.1 }, "^icc must be between 0 and 1" },
    { { design = "cra2", clusters = 20, cluster_size = 0.5, icc = 0.1 }, "^cluster_size must be at least 1" },
    { { design = "cra2", clusters = 2, cluster_size = 25, icc = 0.1 }, "^clusters is too small" },
    { { design = "cra2", cluster_size = 25, icc = 0.1 }, "^clusters is needed" },
    { { design = "cra2", clusters = 20, cluster_size = 25, icc = 0.1, r2_2 = 1 }, "^r2_2 must be" },
    { { design = "prepost", n = 1 }, "^n is too small" },
    { { design = "prepost", n = 40, r = 1 }, "^r must be above %-1 and below 1" },
  }
  for _, c in ipairs(bad) do
    local r, err = power.mdes(c[1])
    eq(r, nil, c[2])
    matches(err, c[2])
  end
  local samples = {
    { { design = "ira", mdes = 0 }, "^mdes must be above 0" },
    { { design = "ira" }, "^mdes is needed" },
    { { design = "ira", mdes = 1e-4 }, "^mdes is too small: more than 10000000" },
    { { design = "prepost", mdes = -1 }, "^mdes must be above 0" },
    { { design = "cra2", mdes = 0.2, cluster_size = 10 }, "^icc is needed" },
  }
  for _, c in ipairs(samples) do
    local r, err = power.sample(c[1])
    eq(r, nil, c[2])
    matches(err, c[2])
  end
  local r, err = power.mdes("ira")
  eq(r, nil)
  matches(err, "table of inputs")
  for _, c in ipairs({
    { function() return power.recruit(100, 1) end, "^attrition must be at least 0 and below 1" },
    { function() return power.recruit(100, -0.1) end, "^attrition must be" },
    { function() return power.recruit(0, 0.1) end, "^n must be above 0" },
    { function() return power.design_effect(20, 2) end, "^icc must be between 0 and 1" },
    { function() return power.design_effect(0, 0.1) end, "^cluster_size must be above 0" },
    { function() return power.effective_n(-1, 20, 0.1) end, "^total must be above 0" },
  }) do
    local v, e = c[1]()
    eq(v, nil, c[2])
    matches(e, c[2])
  end
end)

test("sensitivity to the ICC", function()
  local rows = power.sensitivity({ design = "cra2", clusters = 20, cluster_size = 25, icc = 0.1 }, "icc")
  eq(#rows, 3, "0.05, 0.10, 0.20 by default")
  eq(rows[2].icc, 0.10)
  near(rows[2].mdes, 0.488666, 1e-5, "the middle one is example 5")
  ok(rows[1].mdes < rows[2].mdes and rows[2].mdes < rows[3].mdes, "MDES rises with the ICC")
  local need = power.sensitivity({ design = "cra2", mdes = 0.3, cluster_size = 20, icc = 0.15 }, "icc", { 0.15 })
  eq(need[1].clusters, 70, "sample sizes when mdes is given")
  local r, err = power.sensitivity({ design = "cra2", clusters = 20, cluster_size = 25, icc = 0.1 }, "icc", { 0.1, 2 })
  eq(r, nil)
  matches(err, "^icc must be between 0 and 1")
  r, err = power.sensitivity({ design = "ira", n = 100 }, "colour", { 1 })
  matches(err, "^unknown input colour")
  r, err = power.sensitivity({ design = "ira", n = 100 }, "r2")
  matches(err, "^give the values of r2")
end)

test("pack code sees the calculators read-only", function()
  local calc = require("evalwiz.api").exports().calc
  near(calc.power.mdes({ design = "ira", n = 200 }).mdes, 0.398166, 1e-5, "through calc")
  near(calc.econ.discount_factor(1), 1 / 1.035, 1e-12, "econ through calc")
  fails(function() calc.power.mdes = nil end, "read%-only")
  fails(function() calc.power = nil end, "read%-only")
  eq(getmetatable(calc.power), false, "no way to the module")
  -- the environment a pack file runs in keeps it
  local env = require("evalwiz.sandbox").env(require("evalwiz.api").exports())
  near(env.calc.power.mdes({ design = "cra2", clusters = 40, cluster_size = 20, icc = 0.15 }).mdes, 0.398970, 1e-5, "in a pack environment")
end)
