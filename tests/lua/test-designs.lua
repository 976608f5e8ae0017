-- The designs added to power.lua for issue 18, each against an independent
-- oracle computed with R 4.2.2 (Debian r-base-core) and kept here as fixed
-- numbers, since the test machines have neither R nor a network:
--   PowerUpR 1.0.4 (Bulus, Dong, Kelcey & Spybrook; CRAN, 2019), installed
--     from its source, for the PowerUp! designs and their mrss functions;
--   R's stats::power.prop.test for binary outcomes;
--   base-R code of the published formula where no package has the design
--     (written from the paper, not from evalwiz), named at each case.
-- MDES agree to a relative 1e-6, sample sizes exactly.  doc/calculators.md
-- gives every formula and its source; tests/oracle/oracles.R computes every
-- number below again (see tests/oracle/README.md).
local power = require("evalwiz.power")

local function rel(got, want, what, tol)
  tol = tol or 1e-6
  if type(got) ~= "number" or math.abs(got - want) > tol * math.abs(want) then
    error(string.format("%s: want %.12g got %s (relative tolerance %g)", what, want, tostring(got), tol), 2)
  end
end

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

local function refuses(fn, spec, pattern)
  local r, err = fn(spec)
  if r ~= nil then error("expected a refusal matching " .. pattern, 2) end
  matches(err, pattern)
end

test("blocked individual random assignment: PowerUpR bira2c1, bira2f1, bira2r1", function()
  -- mdes.bira2f1(n=55, J=3): PowerUpR's own usage example, df 159
  local r = mdes({ design = "bira2", sites = 3, site_size = 55 })
  rel(r.mdes, 0.43889963195843051, "mdes.bira2f1(n=55, J=3)")
  eq(r.df, 159, "df J (n - 2) - g")
  eq(r.total_n, 165, "total")
  -- mdes.bira2f1(n=20, J=10, r21=.5, g1=1, p=.4)
  rel(mdes({ design = "bira2", sites = 10, site_size = 20, r2_1 = 0.5, g = 1, p = 0.4 }).mdes, 0.28750266628434967, "bira2f1 with covariates")
  -- mdes.bira2c1(n=55, J=14): PowerUpR's example, df 755
  r = mdes({ design = "bira2", block_effects = "constant", sites = 14, site_size = 55 })
  rel(r.mdes, 0.20218540121713643, "mdes.bira2c1(n=55, J=14)")
  eq(r.df, 755, "df J (n - 1) - g - 1")
  -- mdes.bira2r1(rho2=.35, omega2=.10, n=83, J=480): PowerUpR's example
  rel(mdes({ design = "bira2", block_effects = "random", sites = 480, site_size = 83, icc2 = 0.35, omega = 0.10 }).mdes,
    0.032999548508102175, "mdes.bira2r1 example")
  -- mdes.bira2r1(rho2=.2, omega2=.5, n=30, J=12, r21=.4, r2t2=.3, g2=1)
  rel(mdes({ design = "bira2", block_effects = "random", sites = 12, site_size = 30, icc2 = 0.2, omega = 0.5,
    r2_1 = 0.4, r2_t = 0.3, g = 1 }).mdes, 0.32834508553581582, "bira2r1 with covariates")
  -- the number of sites: PowerUpR mrss.bira2r1(es=.25, rho2=.35, omega2=.10, n=20) gives 23;
  -- the smallest J whose mdes.bira2r1 is at most .25, by search over J in R, is also 23
  local s = sample({ design = "bira2", block_effects = "random", mdes = 0.25, site_size = 20, icc2 = 0.35, omega = 0.10 })
  eq(s.sites, 23, "sites, random")
  eq(math.floor(s.unrounded + 0.5), 23, "PowerUpR's rounded J")
  -- mrss.bira2f1(es=.25, n=20) gives 25; the smallest J reaching .25 is 26
  s = sample({ design = "bira2", mdes = 0.25, site_size = 20 })
  eq(s.sites, 26, "sites, fixed")
  eq(math.floor(s.unrounded + 0.5), 25, "PowerUpR's rounded J, fixed")
  refuses(power.mdes, { design = "bira2", sites = 3, site_size = 55, omega = 0.1 }, "^omega applies only to random block effects")
  refuses(power.mdes, { design = "bira2", block_effects = "random", sites = 1, site_size = 55, icc2 = 0.1, omega = 0.1 }, "^sites is too small")
  refuses(power.mdes, { design = "bira2", block_effects = "mixed", sites = 3, site_size = 55 }, "^block_effects must be fixed or random or constant")
end)

test("three-level and blocked cluster designs: PowerUpR cra3r3, bcra3f2, bcra3r2", function()
  -- mdes.cra3r3(rho3=.06, rho2=.17, n=15, J=3, K=60): PowerUpR's example
  local r = mdes({ design = "cra3", sites = 60, clusters = 3, cluster_size = 15, icc2 = 0.17, icc3 = 0.06 })
  rel(r.mdes, 0.26910837004560806, "mdes.cra3r3 example")
  eq(r.df, 58, "df K - g - 2")
  eq(r.total_n, 2700, "total")
  -- mdes.cra3r3(rho3=.1, rho2=.15, n=20, J=4, K=16, r21=.5, r22=.4, r23=.3, g3=1, p=.4)
  rel(mdes({ design = "cra3", sites = 16, clusters = 4, cluster_size = 20, icc2 = 0.15, icc3 = 0.1,
    r2_1 = 0.5, r2_2 = 0.4, r2_3 = 0.3, g = 1, p = 0.4 }).mdes, 0.48212180624381284, "cra3r3 with covariates")
  -- mdes.bcra3f2(rho2=.10, n=20, J=44, K=5): PowerUpR's example
  rel(mdes({ design = "bcra3", sites = 5, clusters = 44, cluster_size = 20, icc2 = 0.10 }).mdes, 0.14452026590389014, "mdes.bcra3f2 example")
  -- mdes.bcra3f2(rho2=.15, n=10, J=4, K=6, r21=.5, r22=.3, g2=2)
  r = mdes({ design = "bcra3", sites = 6, clusters = 4, cluster_size = 10, icc2 = 0.15, r2_1 = 0.5, r2_2 = 0.3, g = 2 })
  rel(r.mdes, 0.48717963895980698, "bcra3f2 with covariates")
  eq(r.df, 10, "df K (J - 2) - g")
  -- mdes.bcra3r2(rho3=.13, rho2=.10, omega3=.4, n=10, J=6, K=24): PowerUpR's example
  rel(mdes({ design = "bcra3", block_effects = "random", sites = 24, clusters = 6, cluster_size = 10,
    icc2 = 0.10, icc3 = 0.13, omega = 0.4 }).mdes, 0.2462753476205935, "mdes.bcra3r2 example")
  -- sites needed for MDES .25: PowerUpR's mrss rounds (69, 19, 23); the
  -- smallest whole K reaching .25 by search over K in R is 70, 20, 24
  local cases = {
    { { design = "cra3", mdes = 0.25, clusters = 3, cluster_size = 15, icc2 = 0.17, icc3 = 0.06 }, 69, 70 },
    { { design = "bcra3", mdes = 0.25, clusters = 4, cluster_size = 20, icc2 = 0.10 }, 19, 20 },
    { { design = "bcra3", block_effects = "random", mdes = 0.25, clusters = 6, cluster_size = 10, icc2 = 0.10, icc3 = 0.13, omega = 0.4 }, 23, 24 },
  }
  for i, c in ipairs(cases) do
    local s = sample(c[1])
    eq(math.floor(s.unrounded + 0.5), c[2], "case " .. i .. ": PowerUpR's mrss")
    eq(s.sites, c[3], "case " .. i .. ": smallest K")
    ok(s.mdes <= 0.25, "case " .. i .. " reaches the target")
  end
  refuses(power.mdes, { design = "cra3", sites = 20, clusters = 3, cluster_size = 15, icc2 = 0.7, icc3 = 0.4 }, "^icc2 and icc3 together must be at most 1")
  refuses(power.mdes, { design = "cra3", sites = 3, clusters = 3, cluster_size = 15, icc2 = 0.1, icc3 = 0.1, g = 1 }, "^sites is too small: with 1 site%-level covariate")
  refuses(power.mdes, { design = "bcra3", sites = 5, clusters = 1, cluster_size = 20, icc2 = 0.1 }, "^clusters must be at least 2 in each site")
end)

test("cluster sizes that vary: Eldridge, Ashby and Kerry (2006)", function()
  -- base R: (qt(.975,18)+qt(.8,18)) * sqrt(.1*(1+.5^2)/(.25*20) + .9/(.25*20*25))
  local r = mdes({ design = "cra2", clusters = 20, cluster_size = 25, icc = 0.1, cv = 0.5 })
  rel(r.mdes, 0.53168608450307875, "cra2 with cv .5")
  rel(r.design_effect, 1 + ((1 + 0.25) * 25 - 1) * 0.1, "design effect 1 + ((cv^2 + 1) m - 1) icc")
  -- cv 0 is PowerUp's cra2 (example 5 of the brief)
  rel(mdes({ design = "cra2", clusters = 20, cluster_size = 25, icc = 0.1, cv = 0 }).mdes, 0.488666, "cv 0", 1e-5)
  rel(power.design_effect(20, 0.05, 0.4), 1 + ((1 + 0.16) * 20 - 1) * 0.05, "design_effect with cv")
  refuses(power.mdes, { design = "cra2", clusters = 20, cluster_size = 25, icc = 0.1, cv = -1 }, "^cv must be 0 or more")
end)

test("matched comparison with a design effect or an effective sample", function()
  -- PowerUpR mdes.ira1r1(n = 200/1.5): the effective sample analysed as randomised
  rel(mdes({ design = "matched", n = 200, deff = 1.5 }).mdes, 0.48888145490453838, "deff 1.5")
  rel(mdes({ design = "matched", n = 200, ess = 200 / 1.5 }).mdes, 0.48888145490453838, "ess 133.3")
  local r = mdes({ design = "matched", n = 200, deff = 1.5 })
  rel(r.effective_n, 200 / 1.5, "effective n")
  local said
  for _, n in ipairs(mdes({ design = "matched", n = 200 }).notes) do if n:find("best case") then said = true end end
  ok(said, "no design effect stated: the notes say it is the best case")
  refuses(power.mdes, { design = "matched", n = 200, deff = 0.8 }, "^deff must be at least 1")
  refuses(power.mdes, { design = "matched", n = 200, deff = 1.2, ess = 150 }, "^deff and ess say the same thing")
  refuses(power.mdes, { design = "matched", n = 200, ess = 300 }, "^ess %(300%) cannot be more than n")
  refuses(power.sample, { design = "matched", mdes = 0.3, ess = 300 }, "^ess fixes the sample")
  -- the sample: smallest n whose MDES with deff 1.5 reaches .3
  local s = sample({ design = "matched", mdes = 0.3, deff = 1.5 })
  ok(s.mdes <= 0.3 and mdes({ design = "matched", n = s.n - 1, deff = 1.5 }).mdes > 0.3, "smallest n")
end)

test("partially nested (individually randomised group treatment): Moerbeek & Wong 2008", function()
  -- base R of the variance icc/J_t + (1-icc)(1-R2)/n_t + (1-R2)/n_c with
  -- Satterthwaite's df (Baldwin et al. 2011) and the t multiplier
  local r = mdes({ design = "pn", n = 120, group_size = 8, icc = 0.1 })
  rel(r.mdes, 0.63366567686435116, "n 120, groups of 8, icc .1")
  rel(r.df, 15.79410767753234, "Satterthwaite df")
  rel(r.groups, 7.5, "groups")
  rel(mdes({ design = "pn", n = 200, group_size = 10, icc = 0.05, p = 0.6, r2 = 0.4 }).mdes, 0.36961066478264865, "n 200, p .6, R2 .4")
  -- the demo's design: 360 families, 20% lost, groups of 10, icc .05, R2 .4
  local demo = mdes({ design = "pn", n = 288, group_size = 10, icc = 0.05, r2 = 0.4 })
  rel(demo.mdes, 0.3113088246453854, "demo, partially nested")
  local flat = mdes({ design = "ira", n = 288, r2 = 0.4 })
  ok(demo.mdes > flat.mdes * 1.15, "group delivery adds more than 15% to the demo's MDES")
  -- icc 0: no clustering, but the treated arm's df stay those of its groups
  ok(mdes({ design = "pn", n = 120, group_size = 8, icc = 0 }).mdes > mdes({ design = "ira", n = 120 }).mdes, "fewer df than ira")
  -- the smallest n for MDES .4 (groups of 8, icc .1): 279 by search in base R
  eq(sample({ design = "pn", mdes = 0.4, group_size = 8, icc = 0.1 }).n, 279, "n for .4")
  refuses(power.mdes, { design = "pn", n = 20, group_size = 8, icc = 0.1 }, "^n is too small: the programme group %(10 families%) must fill at least 2 groups")
end)

test("regression discontinuity: Schochet (2008) design effect", function()
  -- Schochet (2008) table 4.2, to its two decimals: normal score 2.75, 2.46,
  -- 2.17, 1.52 and uniform 4.00, 2.97, 2.29, 1.35 for a treatment share of
  -- .5, .33, .25 and .1; base R 1 / (1 - R2_TS) to 1e-6
  -- (the table prints 1.35 for a uniform score at .1; 1 / (1 - 3 P (1 - P))
  -- gives 1.370, and so does Schochet's own formula at every other column,
  -- so that cell is checked against base R only)
  local table42 = { { 0.5, 2.75, 4.00 }, { 0.33, 2.46, 2.97 }, { 0.25, 2.17, 2.29 }, { 0.1, 1.52 } }
  for _, row in ipairs(table42) do
    near(power.rdd_design_effect(row[1], "normal"), row[2], 0.005, "normal " .. row[1])
    if row[3] then near(power.rdd_design_effect(row[1], "uniform"), row[3], 0.005, "uniform " .. row[1]) end
    near(power.rdd_design_effect(1 - row[1], "normal"), row[2], 0.005, "normal, the other side " .. row[1])
  end
  rel(power.rdd_design_effect(0.5, "normal"), 2.7519383938841089, "normal .5")
  rel(power.rdd_design_effect(0.25, "normal"), 2.1671778353565099, "normal .25")
  rel(power.rdd_design_effect(1 / 3, "uniform"), 3.0, "uniform 1/3")
  rel(power.rdd_design_effect(0.1, "uniform"), 1.3698630136986301, "uniform .1")
  -- the advisor's case: n 800, cut at the middle
  local r = mdes({ design = "rdd", n = 800 })
  rel(r.mdes, 0.3290333462734964, "n 800")
  eq(r.df, 797, "df n - g - 3")
  rel(mdes({ design = "rdd", n = 800, p = 0.3, r2 = 0.5, g = 1 }).mdes, 0.23491642819172615, "share .3, R2 .5, 1 covariate")
  -- whole clusters assigned by a score (PowerUp's RD2C2 family)
  r = mdes({ design = "rdd", clusters = 60, cluster_size = 20, icc = 0.15 })
  rel(r.mdes, 0.53567419038809838, "clusters")
  eq(r.df, 57, "df J - g - 3")
  refuses(power.mdes, { design = "rdd", n = 800, clusters = 20, cluster_size = 20, icc = 0.1 }, "^give clusters, cluster_size and icc")
  refuses(power.mdes, { design = "rdd", n = 3 }, "^n is too small")
end)

test("difference-in-differences: individuals, and areas (Teerenstra et al. 2012)", function()
  -- base R: 2 (1 - r) / (P (1 - P) n), df n - 2
  local r = mdes({ design = "did", n = 400 })
  rel(r.mdes, 0.2808467607823445, "people followed, r .5")
  -- areas: 2 (icc (1 - ac) + (1 - icc)(1 - r) / m) / (P (1 - P) J), df J - 2
  rel(mdes({ design = "did", clusters = 20, cluster_size = 50, icc = 0.05, cluster_autocorrelation = 0.7 }).mdes,
    0.34553879331057114, "20 areas, ac .7")
  rel(mdes({ design = "did", clusters = 20, cluster_size = 50, icc = 0.05 }).mdes, 0.4922456638023176, "ac 0, the cautious default")
  -- one area against one: not estimable, whatever the number of people
  refuses(power.mdes, { design = "did", clusters = 2, cluster_size = 400, icc = 0.05 }, "^not estimable: with 1 area%(s%) with the programme and 1 without")
  refuses(power.mdes, { design = "did", clusters = 3, cluster_size = 400, icc = 0.05 }, "^with 3 areas, p = 0.5 is not a whole number")
  refuses(power.mdes, { design = "did", clusters = 10, cluster_size = 400, icc = 0.05, p = 0.1 }, "^not estimable: with 1 area%(s%) with the programme and 9 without")
  -- with a tenth of the areas treated, at least 20 areas give 2 treated
  ok(sample({ design = "did", mdes = 0.3, cluster_size = 400, icc = 0.05, p = 0.1 }).clusters >= 20, "two treated areas at least")
  local s = sample({ design = "did", mdes = 0.4, cluster_size = 50, icc = 0.05, cluster_autocorrelation = 0.7 })
  ok(s.clusters >= 4 and s.mdes <= 0.4, "areas needed")
end)

test("the exact noncentral-t figure beside PowerUp's multiplier", function()
  -- R: uniroot of pt(crit, df, ncp, lower = FALSE) + pt(-crit, df, ncp) = .8
  rel(power.exact_factor(2, 0.05, 0.8, 2), 5.6534892661922811, "df 2")
  rel(power.exact_factor(1, 0.05, 0.8, 2), 16.334008869895076, "df 1")
  rel(power.exact_factor(10, 0.05, 0.8, 2), 3.1099681015747964, "df 10")
  rel(power.exact_factor(2, 0.05, 0.8, 1), 3.9789966159160408, "df 2 one-tailed")
  -- ira with 4 people: df 2, PowerUp's MDES 5.3633 (PowerUpR mdes.ira1r1(n=4)), exact 5% larger
  local r = mdes({ design = "ira", n = 4 })
  rel(r.mdes, 5.3633129015292855, "PowerUp at df 2")
  rel(r.mdes_exact, 5.6534892661922811, "exact at df 2")
  rel(power.reported_mdes(r), r.mdes_exact, "the reported figure is the exact one")
  ok(r.power_at_mdes < 0.8, "PowerUp's MDES has less than the stated power")
  local said
  for _, n in ipairs(r.notes) do if n:find("understates the MDES") then said = true end end
  ok(said, "the notes say PowerUp understates it")
  -- with many df the two agree and no note is added
  r = mdes({ design = "ira", n = 200 })
  near(r.mdes_exact, r.mdes, 1e-3, "n 200")
  for _, n in ipairs(r.notes) do ok(not n:find("understates"), "no note at n 200") end
end)

test("stepped wedge: Hussey & Hughes (2007)", function()
  -- base R of Hussey & Hughes' equation 8, confirmed by generalised least
  -- squares on cluster-period means (solve(X' V^-1 X)) to 1e-15
  local cases = {
    { 12, 4, 20, 0.05, 0.27364022916671166, 0.39454967756239545 },
    { 10, 5, 10, 0.1, 0.372115967193894, 0.60087308791462601 },
    { 12, 4, 6, 0.05, 0.46844279227030483, 0.46223797801992356 },
    { 9, 3, 30, 0.01, 0.28548168067356333, 0.252315547723587 },
    -- 10 clusters in 4 steps: 3, 3, 2, 2 crossing
    { 10, 4, 15, 0.2, 0.33179266650845857, 0.81326436801396229 },
  }
  for _, c in ipairs(cases) do
    local what = string.format("I %d S %d m %d icc %g", c[1], c[2], c[3], c[4])
    local r = mdes({ design = "sw", clusters = c[1], steps = c[2], cluster_size = c[3], icc = c[4] })
    rel(r.mdes, c[5], what)
    rel(r.parallel_mdes, c[6], what .. " parallel")
    eq(r.periods, c[2] + 1, "periods")
    eq(r.total_n, c[1] * c[3] * (c[2] + 1), "total")
  end
  eq(mdes({ design = "sw", clusters = 10, steps = 4, cluster_size = 15, icc = 0.2 }).crossing, { 3, 3, 2, 2 }, "uneven steps")
  -- at ICC .05 with 6 people per cluster per period the stepped wedge needs
  -- more than a parallel trial of the same people; at 20, fewer
  local small = mdes({ design = "sw", clusters = 12, steps = 4, cluster_size = 6, icc = 0.05 })
  ok(small.mdes > small.parallel_mdes, "small clusters: the wedge is weaker")
  local big = mdes({ design = "sw", clusters = 12, steps = 4, cluster_size = 20, icc = 0.05 })
  ok(big.mdes < big.parallel_mdes, "larger clusters: the wedge is stronger")
  -- the clusters needed, in whole steps: 12 by search over multiples of 4 in R
  eq(sample({ design = "sw", mdes = 0.3, steps = 4, cluster_size = 20, icc = 0.05 }).clusters, 12, "clusters for .3")
  refuses(power.mdes, { design = "sw", clusters = 3, steps = 4, cluster_size = 20, icc = 0.05 }, "^clusters is too small: 4 steps need at least 4 clusters")
  refuses(power.mdes, { design = "sw", clusters = 8, steps = 4, cluster_size = 20, icc = 1 }, "^icc must be below 1")
end)

test("interrupted time series: GLS with AR(1) noise", function()
  -- base R: solve(t(X) %*% solve(S) %*% X) with S = phi^|i - j|, times the t multiplier at T - 4 df
  local cases = {
    { 12, 12, 0, 2.4179225572078797, 0.34839273545439825 },
    { 24, 12, 0.3, 2.3574467329718374, 0.3216201245887616 },
    { 8, 8, 0.5, 3.1209901660582564, 0.91390472902922748 },
    { 36, 24, -0.2, 1.2426609814362706, 0.079117768034189684 },
  }
  for _, c in ipairs(cases) do
    local what = string.format("%d before, %d after, phi %g", c[1], c[2], c[3])
    rel(mdes({ design = "its", points_before = c[1], points_after = c[2], autocorrelation = c[3] }).mdes, c[4], what .. " level")
    rel(mdes({ design = "its", points_before = c[1], points_after = c[2], autocorrelation = c[3], effect = "slope" }).mdes, c[5], what .. " slope")
  end
  local r = mdes({ design = "its", points_before = 12, points_after = 12, autocorrelation = 0.3, comparison_series = "yes" })
  rel(r.mdes, 3.8137829263676166, "with a comparison series")
  eq(r.df, 40, "df 2T - 8")
  -- points after the start for a slope change of .2 (24 before, phi .3): 19 by search in R
  eq(sample({ design = "its", mdes = 0.2, points_before = 24, autocorrelation = 0.3, effect = "slope" }).points_after, 19, "points for a slope change")
  -- a level change at one point never gets far below 1.5 SD of the noise
  refuses(power.sample, { design = "its", mdes = 1, points_before = 24, autocorrelation = 0.3 }, "^mdes is too small: more than 2000 points after the start")
  refuses(power.mdes, { design = "its", points_before = 2, points_after = 12 }, "^points_before must be at least 3")
  local said
  for _, n in ipairs(mdes({ design = "its", points_before = 12, points_after = 12 }).notes) do
    if n:find("cannot be compared with the effect sizes") then said = true end
  end
  ok(said, "the notes say the ITS effect is in units of the series' noise")
end)

test("binary outcomes: R's power.prop.test and the cluster design effect", function()
  -- power.prop.test(p1, p2, power = .8, tol = 1e-12)$n, rounded up (the
  -- default tolerance of its uniroot, 1.2e-4, is too loose for an oracle)
  local cases = {
    { 0.3, 0.2, {}, 293.151285506487, 294 },
    { 0.5, 0.4, {}, 387.33851669903589, 388 },
    { 0.1, 0.05, {}, 434.43202243946882, 435 },
    { 0.2, 0.3, {}, 293.151285506487, 294 },
    { 0.65, 0.8, {}, 137.91475313555475, 138 },
    { 0.3, 0.2, { alpha = 0.01, power = 0.9 }, 555.49976385055618, 556 },
    { 0.3, 0.2, { tails = 1 }, 230.79723843051042, 231 },
  }
  for _, c in ipairs(cases) do
    local spec = { outcome = "binary", p0 = c[1], p1 = c[2] }
    for k, v in pairs(c[3]) do spec[k] = v end
    local r = sample(spec)
    local what = string.format("%g -> %g", c[1], c[2])
    eq(r.n_per_arm, c[5], what .. " n per arm")
    eq(r.n, 2 * c[5], what .. " n")
    rel(r.unrounded / 2, c[4], what .. " unrounded")
    ok(r.power_achieved >= (spec.power or 0.8), "power reached")
  end
  -- risk ratio and odds ratio give the same p1
  eq(sample({ outcome = "binary", p0 = 0.3, rr = 2 / 3 }).n_per_arm, 294, "rr")
  local o = (0.2 / 0.8) / (0.3 / 0.7)
  eq(sample({ outcome = "binary", p0 = 0.3, ["or"] = o }).n_per_arm, 294, "or")
  local r = sample({ outcome = "binary", p0 = 0.3, p1 = 0.2 })
  rel(r.risk_ratio, 2 / 3, "rr")
  rel(r.odds_ratio, o, "or")
  rel(r.risk_difference, -0.1, "rd")
  -- detectable rates with n per arm: power.prop.test(n, p1 = .3, power = .8,
  -- tol = 1e-12)$p2 upward; downward by uniroot of the same power function
  local up = { { 50, 0.57468592169928245, 0.082272753820568714 }, { 150, 0.45625548262770632, 0.16398548307387964 },
    { 400, 0.39416604774933123, 0.21358391526187037 } }
  for _, c in ipairs(up) do
    local m = mdes({ outcome = "binary", n = 2 * c[1], p0 = 0.3 })
    rel(m.increase.p1, c[2], "up, n per arm " .. c[1], 1e-6)
    rel(m.decrease.p1, c[3], "down, n per arm " .. c[1], 1e-6)
  end
  -- clusters: n per arm x (1 + (m - 1) icc) / m, rounded up (Donner & Klar 2000)
  local cl = sample({ outcome = "binary", design = "cra2", p0 = 0.3, p1 = 0.2, cluster_size = 20, icc = 0.05 })
  eq(cl.clusters_per_arm, 29, "clusters per arm")
  eq(cl.clusters, 58, "clusters")
  rel(cl.unrounded / 2, 28.582250336882481, "unrounded clusters per arm")
  eq(sample({ outcome = "binary", design = "cra2", p0 = 0.3, p1 = 0.2, cluster_size = 20, icc = 0.05, cv = 0.4 }).clusters_per_arm, 31, "with cv .4")
  refuses(power.sample, { outcome = "binary", p0 = 0.3 }, "^p1 is needed")
  refuses(power.sample, { outcome = "binary", p0 = 0.3, p1 = 0.3 }, "^p1 must differ from p0")
  refuses(power.sample, { outcome = "binary", p0 = 0.3, p1 = 0.2, rr = 0.5 }, "^give one of p1, rr and or")
  refuses(power.sample, { outcome = "binary", p0 = 0.6, rr = 2 }, "^rr 2 takes the rate from 0.6 to 1.2")
  refuses(power.sample, { outcome = "binary", p0 = 1.3, p1 = 0.2 }, "^p0 must be between 0 and 1")
  refuses(power.sample, { outcome = "binary", design = "sw", p0 = 0.3, p1 = 0.2 }, "^a binary outcome is worked out for design ira")
  refuses(power.sample, { outcome = "binary", p0 = 0.3, p1 = 0.2, icc = 0.1 }, "^clusters, cluster_size and icc need design cra2")
end)

test("counts: Hayes and Bennett (1999)", function()
  -- person-time per arm (z_a + z_b)^2 (r0 + r1) / (r0 - r1)^2 = 109.884 for 2 -> 1.5
  local r = sample({ outcome = "count", rate0 = 2, rate1 = 1.5 })
  eq(r.n_per_arm, 110, "people per arm, followed a year")
  rel(r.unrounded / 2, 109.88431628088721, "unrounded")
  eq(sample({ outcome = "count", rate0 = 2, rate1 = 1.5, years = 2 }).n_per_arm, 55, "followed two years")
  -- clusters per arm 1 + (z_a + z_b)^2 ((r0 + r1) / y + k^2 (r0^2 + r1^2)) / (r0 - r1)^2 = 16.93
  local c = sample({ outcome = "count", design = "cra2", rate0 = 2, rate1 = 1.5, cluster_size = 30, k = 0.25 })
  eq(c.clusters_per_arm, 17, "clusters per arm")
  rel(c.unrounded / 2, 16.926685127616686, "unrounded clusters")
  -- detectable rates with 200 person-years per arm (uniroot in base R)
  local m = mdes({ outcome = "count", n = 400, rate0 = 2 })
  rel(m.increase.rate1, 2.4163117825035663, "up")
  rel(m.decrease.rate1, 1.6229326161681794, "down")
  refuses(power.sample, { outcome = "count", rate0 = 0, rate1 = 1 }, "^rate0 must be above 0")
end)

test("pilot precision: Wilson intervals and the SD's chi-square interval", function()
  local pilot = require("evalwiz.pilot")
  local function run(spec)
    local r, err = pilot.precision(spec)
    if not r then error(err, 2) end
    return r
  end
  -- R: prop.test(24, 30, correct = FALSE)$conf.int
  local r = run({ n = 30, retention = 0.8 })
  rel(r.retention.lower, 0.62694303586851763, "retention 24 of 30, lower")
  rel(r.retention.upper, 0.90494892822710127, "retention 24 of 30, upper")
  -- recruitment: 45 of 60 approached; 30 of 120
  r = run({ n = 45, approached = 60 })
  rel(r.recruitment.lower, 0.62767929922952181, "45 of 60, lower")
  rel(r.recruitment.upper, 0.8422347746994332, "45 of 60, upper")
  r = run({ n = 30, recruitment = 0.25, approached = 120 })
  rel(r.recruitment.lower, 0.18109821656809569, "30 of 120, lower")
  rel(r.recruitment.upper, 0.33441136664125615, "30 of 120, upper")
  rel(run({ n = 10, retention = 0.8 }).retention.lower, 0.49016247153664183, "8 of 10")
  r = run({ n = 30, retention = 0.8, confidence = 0.9 })
  rel(r.retention.lower, 0.65748909132120703, "90% interval")
  -- the SD: sqrt(df / qchisq(.975, df)), sqrt(df / qchisq(.025, df)) and the upper 80% limit
  local sds = { { 30, 0.7964069327626353, 1.3443151792404469, 1.1359223549817201 },
    { 60, 0.84763405135172232, 1.2196619373498856, 1.0893517612376933 },
    { 12, 0.70839515086226579, 1.6978780177240065, 1.2545817523219582 } }
  for _, c in ipairs(sds) do
    local s = run({ n = c[1] }).sd
    rel(s.lower, c[2], "SD lower, n " .. c[1])
    rel(s.upper, c[3], "SD upper, n " .. c[1])
    rel(s.upper_80, c[4], "SD upper 80%, n " .. c[1])
  end
  rel(run({ n = 60, groups = 2 }).sd.upper_80, 1.0902335377487706, "pooled from two groups: df 58")
  -- the size: the smallest n whose Wilson half-width is at most the margin (search in R)
  local s = pilot.size({ margin = 0.1, retention = 0.8 })
  eq(s.n, 60, "retention .8 within .1")
  s = pilot.size({ margin = 0.05, recruitment = 0.3 })
  eq(s.approached, 320, "recruitment .3 within .05")
  eq(s.recruited, 96, "of whom 96 join")
  local bad, err = pilot.size({ margin = 0.1 })
  eq(bad, nil)
  matches(err, "^give retention or recruitment")
  bad, err = pilot.precision({ n = 30, approached = 20 })
  matches(err, "^approached %(20%) must be at least n %(30%)")
  bad, err = pilot.precision({ n = 30, margin = 0.1 })
  matches(err, "^margin asks for the pilot size")
  bad, err = pilot.precision({ n = 1 })
  matches(err, "^n is too small")
  local said
  for _, n in ipairs(run({ n = 30 }).notes) do if n:find("not judged by a minimum detectable effect") then said = true end end
  ok(said, "the notes say a pilot is not judged by an MDES")
end)
