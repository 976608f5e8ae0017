-- power_designs.lua: the designs whose MDES is a multiplier times a standard
-- error (Dong and Maynard 2013, "PowerUp!", and the designs evalwiz builds
-- on the same form), and the single-group before-and-after design.
--
-- Each design is a table power.lua reads:
--   id, name        the calculator's id and its words
--   inputs          the inputs it takes besides alpha, power and tails
--   read(spec, c)   checks the inputs into c (not the sample unit)
--   unit(c)         the key of the sample unit for this variant
--   min(c, key)     the fewest units the formula accepts
--   at(c)           the standard error and degrees of freedom at c's units;
--                   a design with its own arithmetic sets `custom`
--   fill(c, res)    design-specific result keys
--   notes(c, out)   the assumptions and the formula, with its source
-- Standard errors are in standard deviations of the outcome.  The sources
-- are listed again, with the reasons, in doc/calculators.md.
local base = require("evalwiz.power_base")
local stats = require("evalwiz.stats")

local bad, number, whole, share, icc = base.bad, base.number, base.whole, base.share, base.icc
local show, pct = base.show, base.pct

local D = {}

local function allocation(spec, c)
  c.p = share(spec, "p", 0.5)
  if c.p == 0 then bad("p must be between 0 and 1") end
end

local function covariates(spec, c) c.g = whole(spec, "g", 0, 0) end

local function cluster_size(spec, c, name)
  name = name or "cluster_size"
  c[name] = number(spec, name)
  if c[name] < 1 then bad("%s must be at least 1", name) end
end

-- The coefficient of variation of cluster sizes: Eldridge, Ashby and Kerry
-- (2006) put the design effect at 1 + ((cv^2 + 1) m - 1) icc, which is the
-- cluster term of the variance times 1 + cv^2.
local function size_cv(spec, c)
  c.cv = number(spec, "cv", 0)
  if c.cv < 0 then bad("cv must be 0 or more") end
end

local function clustered(spec)
  return spec.clusters ~= nil or spec.cluster_size ~= nil or spec.icc ~= nil
end

local function test_note(c, out)
  out[#out + 1] = string.format("%s test at alpha %g with power %g",
    c.tails == 2 and "two-tailed" or "one-tailed", c.alpha, c.power)
end

local function too_few(c, key, need, what, covariates_of)
  bad("%s is too small: with %d %scovariate(s) the design needs at least %s %s",
    key, c.g, covariates_of or "", show(need), what)
end

-- ---- individual random assignment (PowerUpR mdes.ira1r1) --------------------

D.ira = {
  id = "ira", name = "individual random assignment",
  inputs = { "n", "p", "r2", "g" },
  read = function(spec, c)
    allocation(spec, c)
    c.r2 = share(spec, "r2", 0)
    covariates(spec, c)
  end,
  unit = function() return "n" end,
  min = function(c) return c.g + 3 end,
  at = function(c)
    local df = c.n - c.g - 2
    if df < 1 then too_few(c, "n", c.g + 3, "individuals") end
    return math.sqrt((1 - c.r2) / (c.p * (1 - c.p) * c.n)), df
  end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("%s of the sample in the programme group; covariates explain %s of the outcome variance (%d covariate(s))",
      pct(c.p), pct(c.r2), c.g)
    out[#out + 1] = "MDES = M x sqrt((1 - R2) / (P (1 - P) n)), df = n - g - 2 (Dong & Maynard 2013; PowerUpR mdes.ira1r1)"
  end,
}

local cra2_se, cra2_read, cv_note  -- defined with cra2 below

-- Areas or groups on each side: with fewer than two on either, an effect
-- cannot be told apart from a change that hit one of them alone.
local function areas_each_side(c, J)
  local treated = c.p * J
  if math.abs(treated - math.floor(treated + 0.5)) > 1e-9 then
    bad("with %s areas, p = %g is not a whole number of areas with the programme", show(J), c.p)
  end
  treated = math.floor(treated + 0.5)
  if treated < 2 or J - treated < 2 then
    bad("not estimable: with %d area(s) with the programme and %d without, the effect cannot be told apart from a change that hit one area alone; at least 2 areas in each group are needed, and many more for a useful estimate",
      treated, J - treated)
  end
end

-- ---- a matched or weighted comparison ---------------------------------------
-- Analysed as individual random assignment of the effective sample: the
-- sample divided by the design effect of matching or weighting (Kish 1965:
-- for weights, 1 + the squared coefficient of variation of the weights; the
-- effective sample size is (sum w)^2 / sum w^2).  With no design effect
-- stated it is 1, the best case, and the notes say so.

D.matched = {
  id = "matched", name = "matched comparison (analysed as individual random assignment of the effective sample)",
  inputs = { "n", "p", "r2", "g", "deff", "ess", "clusters", "cluster_size", "icc", "cv", "r2_1", "r2_2" },
  read = function(spec, c)
    if clustered(spec) then
      -- whole areas or groups matched: the cluster design's variance times
      -- the design effect, the groups the units
      c.clustered = true
      if spec.n ~= nil or spec.ess ~= nil or spec.r2 ~= nil then bad("give clusters, cluster_size and icc for groups matched, or n for families matched, not both") end
      cra2_read(spec, c)
      c.deff = number(spec, "deff", 1)
      if c.deff < 1 then bad("deff must be at least 1 (matching and weighting lose precision, never gain it)") end
      c.deff_stated = spec.deff ~= nil
      return
    end
    D.ira.read(spec, c)
    if spec.deff ~= nil and spec.ess ~= nil then bad("deff and ess say the same thing: give one of them") end
    if spec.ess ~= nil then
      c.ess = number(spec, "ess")
      if c.ess <= 0 then bad("ess must be above 0") end
    else
      c.deff = number(spec, "deff", 1)
      if c.deff < 1 then bad("deff must be at least 1 (matching and weighting lose precision, never gain it)") end
      c.deff_stated = spec.deff ~= nil
    end
  end,
  unit = function(c) return c.clustered and "clusters" or "n" end,
  min = function(c)
    if c.clustered then return math.max(c.g + 3, math.ceil(2 / c.p), math.ceil(2 / (1 - c.p))) end
    return math.ceil((c.deff or 1) * (c.g + 3))
  end,
  at = function(c)
    if c.clustered then
      areas_each_side(c, c.clusters)
      local df = c.clusters - c.g - 2
      if df < 1 then too_few(c, "clusters", c.g + 3, "clusters", "cluster-level ") end
      return cra2_se(c, c.clusters) * math.sqrt(c.deff), df
    end
    local deff = c.deff
    if c.ess then
      if c.ess > c.n then bad("ess (%s) cannot be more than n (%s)", show(c.ess), show(c.n)) end
      deff = c.n / c.ess
    end
    local eff = c.n / deff
    local df = eff - c.g - 2
    if df < 1 then bad("n is too small: the effective sample (%s) must leave at least 1 degree of freedom after %d covariate(s)", show(eff), c.g) end
    return math.sqrt(deff * (1 - c.r2) / (c.p * (1 - c.p) * c.n)), df
  end,
  fill = function(c, res)
    if c.clustered then
      res.cluster_size = c.cluster_size
      res.total_n = c.clusters * c.cluster_size
      res.design_effect = c.deff
      return
    end
    res.design_effect = c.ess and c.n / c.ess or c.deff
    res.effective_n = c.n / res.design_effect
  end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = "a matched comparison is analysed as if randomised: this assumes the matching removes selection bias, which no calculation can check"
    if c.ess then
      out[#out + 1] = string.format("effective sample size %s after matching or weighting, as stated (Kish 1965: (sum of weights)^2 / sum of squared weights)", show(c.ess))
    elseif c.deff_stated then
      out[#out + 1] = string.format("design effect of matching or weighting %g, as stated: the sample counts as n / %g people (Kish 1965: 1 + the squared coefficient of variation of the weights)", c.deff, c.deff)
    else
      out[#out + 1] = "no design effect for matching or weighting was stated, so none is applied: this is the best case; weighting or matching with replacement usually loses precision (give --deff or --ess)"
    end
    if not c.clustered then
      out[#out + 1] = string.format("%s of the sample in the programme group; covariates explain %s of the outcome variance (%d covariate(s))",
        pct(c.p), pct(c.r2), c.g)
    end
    if c.clustered then
      out[#out + 1] = string.format("whole groups matched: %s groups of %s, intraclass correlation %g; with fewer than 2 groups on either side the effect is not estimable", show(c.clusters), show(c.cluster_size), c.icc)
      out[#out + 1] = "MDES = M x sqrt(deff (icc (1 - R2_2) / (P (1 - P) J) + (1 - icc)(1 - R2_1) / (P (1 - P) J n))), df = J - g - 2 (the cluster design of Dong & Maynard 2013)"
      cv_note(c, out)
      return
    end
    out[#out + 1] = "MDES = M x sqrt(deff (1 - R2) / (P (1 - P) n)), df = n / deff - g - 2 (Dong & Maynard 2013 for individual assignment)"
  end,
}

-- ---- blocked individual random assignment (PowerUpR bira2c1/f1/r1) -------------

D.bira2 = {
  id = "bira2", name = "individual random assignment within sites (blocked)",
  inputs = { "sites", "site_size", "block_effects", "icc2", "omega", "r2_1", "r2_t", "p", "g" },
  read = function(spec, c)
    allocation(spec, c)
    covariates(spec, c)
    cluster_size(spec, c, "site_size")
    if c.site_size < 2 then bad("site_size must be at least 2: each site needs someone in each group") end
    c.block_effects = base.word(spec, "block_effects", "fixed", { "fixed", "random", "constant" })
    c.r2_1 = share(spec, "r2_1", 0)
    if c.block_effects == "random" then
      c.icc2 = icc(spec, "icc2")
      c.omega = number(spec, "omega")
      if c.omega < 0 then bad("omega must be 0 or more") end
      c.r2_t = share(spec, "r2_t", 0)
    else
      for _, k in ipairs({ "icc2", "omega", "r2_t" }) do
        if spec[k] ~= nil then bad("%s applies only to random block effects (block_effects random)", k) end
      end
    end
  end,
  unit = function() return "sites" end,
  min = function(c)
    if c.block_effects == "random" then return c.g + 2 end
    return 1
  end,
  at = function(c)
    local J, n, pq = c.sites, c.site_size, c.p * (1 - c.p)
    local df
    if c.block_effects == "fixed" then df = J * (n - 2) - c.g
    elseif c.block_effects == "constant" then df = J * (n - 1) - c.g - 1
    else df = J - c.g - 1 end
    if df < 1 then
      if c.block_effects == "random" then too_few(c, "sites", c.g + 2, "sites", "site-level ") end
      bad("sites is too small: the design leaves %s degrees of freedom; add sites or people per site", show(df))
    end
    local v = (1 - c.r2_1) / (pq * J * n)
    if c.block_effects == "random" then v = v * (1 - c.icc2) + c.icc2 * c.omega * (1 - c.r2_t) / J end
    return math.sqrt(v), df
  end,
  fill = function(c, res) res.site_size = c.site_size; res.total_n = c.sites * c.site_size end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("individuals randomised within each of the sites, %s of each site in the programme group; covariates explain %s of the individual-level variance (%d covariate(s))",
      pct(c.p), pct(c.r2_1), c.g)
    if c.block_effects == "fixed" then
      out[#out + 1] = "fixed site effects (the result applies to these sites): MDES = M x sqrt((1 - R2_1) / (P (1 - P) J n)), df = J (n - 2) - g (Dong & Maynard 2013; PowerUpR mdes.bira2f1)"
    elseif c.block_effects == "constant" then
      out[#out + 1] = "site effects on the outcome but the same effect in every site: MDES = M x sqrt((1 - R2_1) / (P (1 - P) J n)), df = J (n - 1) - g - 1 (Dong & Maynard 2013; PowerUpR mdes.bira2c1)"
    else
      out[#out + 1] = string.format("random site effects (the sites stand for a wider population): intraclass correlation %g, the effect varies between sites by omega = %g of it, site covariates explain %s of that variation",
        c.icc2, c.omega, pct(c.r2_t))
      out[#out + 1] = "MDES = M x sqrt(icc2 omega (1 - R2_T) / J + (1 - icc2)(1 - R2_1) / (P (1 - P) J n)), df = J - g - 1 (Dong & Maynard 2013; PowerUpR mdes.bira2r1)"
    end
  end,
}

-- ---- two-level cluster random assignment (PowerUpR mdes.cra2r2) ----------------

function cra2_se(c, J)
  local pq = c.p * (1 - c.p)
  return math.sqrt(c.icc * (1 + c.cv ^ 2) * (1 - c.r2_2) / (pq * J)
    + (1 - c.icc) * (1 - c.r2_1) / (pq * J * c.cluster_size))
end

function cra2_read(spec, c)
  cluster_size(spec, c)
  c.icc = icc(spec, "icc")
  size_cv(spec, c)
  allocation(spec, c)
  c.r2_1 = share(spec, "r2_1", 0)
  c.r2_2 = share(spec, "r2_2", 0)
  covariates(spec, c)
end

function cv_note(c, out)
  if c.cv > 0 then
    out[#out + 1] = string.format("cluster sizes vary with a coefficient of variation of %g: the cluster term is multiplied by 1 + cv^2 = %.4g (Eldridge, Ashby & Kerry 2006)", c.cv, 1 + c.cv ^ 2)
  end
end

D.cra2 = {
  id = "cra2", name = "two-level cluster random assignment",
  inputs = { "clusters", "cluster_size", "icc", "cv", "p", "r2_1", "r2_2", "g" },
  read = cra2_read,
  unit = function() return "clusters" end,
  min = function(c) return c.g + 3 end,
  at = function(c)
    local df = c.clusters - c.g - 2
    if df < 1 then too_few(c, "clusters", c.g + 3, "clusters", "cluster-level ") end
    return cra2_se(c, c.clusters), df
  end,
  fill = function(c, res)
    res.cluster_size = c.cluster_size
    res.total_n = c.clusters * c.cluster_size
    res.design_effect = 1 + ((1 + c.cv ^ 2) * c.cluster_size - 1) * c.icc
    res.effective_n = res.total_n / res.design_effect
  end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("%s of clusters in the programme group; intraclass correlation %g; covariates explain %s of individual-level and %s of cluster-level variance (%d cluster-level covariate(s))",
      pct(c.p), c.icc, pct(c.r2_1), pct(c.r2_2), c.g)
    out[#out + 1] = "MDES = M x sqrt(icc (1 - R2_2) / (P (1 - P) J) + (1 - icc)(1 - R2_1) / (P (1 - P) J n)), df = J - g - 2 (Dong & Maynard 2013; PowerUpR mdes.cra2r2)"
    cv_note(c, out)
    out[#out + 1] = "clusters are randomised, so adding clusters lowers the MDES far more than adding people to each cluster"
  end,
}

-- ---- three levels: sites, clusters in sites, people in clusters ----------------

local function three_levels(spec, c)
  c.clusters = whole(spec, "clusters", nil, 1)
  cluster_size(spec, c)
  c.icc2 = icc(spec, "icc2")
  allocation(spec, c)
  c.r2_1 = share(spec, "r2_1", 0)
  c.r2_2 = share(spec, "r2_2", 0)
  covariates(spec, c)
end

local function check_iccs(c)
  if c.icc2 + c.icc3 > 1 then bad("icc2 and icc3 together must be at most 1 (they are shares of one variance)") end
end

D.cra3 = {
  id = "cra3", name = "three-level cluster random assignment (whole sites randomised)",
  inputs = { "sites", "clusters", "cluster_size", "icc2", "icc3", "p", "r2_1", "r2_2", "r2_3", "g" },
  read = function(spec, c)
    three_levels(spec, c)
    c.icc3 = icc(spec, "icc3")
    check_iccs(c)
    c.r2_3 = share(spec, "r2_3", 0)
  end,
  unit = function() return "sites" end,
  min = function(c) return c.g + 3 end,
  at = function(c)
    local K, J, n, pq = c.sites, c.clusters, c.cluster_size, c.p * (1 - c.p)
    local df = K - c.g - 2
    if df < 1 then too_few(c, "sites", c.g + 3, "sites", "site-level ") end
    return math.sqrt(c.icc3 * (1 - c.r2_3) / (pq * K) + c.icc2 * (1 - c.r2_2) / (pq * J * K)
      + (1 - c.icc3 - c.icc2) * (1 - c.r2_1) / (pq * J * K * n)), df
  end,
  fill = function(c, res)
    res.clusters, res.cluster_size = c.clusters, c.cluster_size
    res.total_n = c.sites * c.clusters * c.cluster_size
  end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("%s of sites in the programme group, %s clusters per site, %s people per cluster; intraclass correlations %g between clusters and %g between sites; covariates explain %s, %s and %s of the variance at levels 1, 2 and 3 (%d site-level covariate(s))",
      pct(c.p), show(c.clusters), show(c.cluster_size), c.icc2, c.icc3, pct(c.r2_1), pct(c.r2_2), pct(c.r2_3), c.g)
    out[#out + 1] = "MDES = M x sqrt(icc3 (1 - R2_3) / (P (1 - P) K) + icc2 (1 - R2_2) / (P (1 - P) J K) + (1 - icc2 - icc3)(1 - R2_1) / (P (1 - P) J K n)), df = K - g - 2 (Dong & Maynard 2013; PowerUpR mdes.cra3r3)"
    out[#out + 1] = "whole sites are randomised, so the number of sites sets the MDES more than anything else"
  end,
}

D.bcra3 = {
  id = "bcra3", name = "cluster random assignment within sites (blocked, two-level clusters)",
  inputs = { "sites", "clusters", "cluster_size", "block_effects", "icc2", "icc3", "omega", "r2_1", "r2_2", "r2_t", "p", "g" },
  read = function(spec, c)
    three_levels(spec, c)
    c.block_effects = base.word(spec, "block_effects", "fixed", { "fixed", "random" })
    if c.block_effects == "random" then
      c.icc3 = icc(spec, "icc3")
      check_iccs(c)
      c.omega = number(spec, "omega")
      if c.omega < 0 then bad("omega must be 0 or more") end
      c.r2_t = share(spec, "r2_t", 0)
    else
      for _, k in ipairs({ "icc3", "omega", "r2_t" }) do
        if spec[k] ~= nil then bad("%s applies only to random block effects (block_effects random)", k) end
      end
    end
    if c.clusters < 2 then bad("clusters must be at least 2 in each site: one for each group") end
  end,
  unit = function() return "sites" end,
  min = function(c) return c.block_effects == "random" and c.g + 2 or 1 end,
  at = function(c)
    local K, J, n, pq = c.sites, c.clusters, c.cluster_size, c.p * (1 - c.p)
    local df
    if c.block_effects == "fixed" then df = K * (J - 2) - c.g else df = K - c.g - 1 end
    if df < 1 then
      if c.block_effects == "random" then too_few(c, "sites", c.g + 2, "sites", "site-level ") end
      bad("sites is too small: the design leaves %s degrees of freedom; add sites or clusters per site", show(df))
    end
    if c.block_effects == "fixed" then
      return math.sqrt(c.icc2 * (1 - c.r2_2) / (pq * J * K) + (1 - c.icc2) * (1 - c.r2_1) / (pq * J * K * n)), df
    end
    return math.sqrt(c.icc3 * c.omega * (1 - c.r2_t) / K + c.icc2 * (1 - c.r2_2) / (pq * J * K)
      + (1 - c.icc3 - c.icc2) * (1 - c.r2_1) / (pq * J * K * n)), df
  end,
  fill = D.cra3.fill,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("clusters randomised within each site: %s clusters per site (%s in the programme group), %s people per cluster; intraclass correlation %g between clusters; covariates explain %s and %s of the variance at levels 1 and 2 (%d covariate(s))",
      show(c.clusters), pct(c.p), show(c.cluster_size), c.icc2, pct(c.r2_1), pct(c.r2_2), c.g)
    if c.block_effects == "fixed" then
      out[#out + 1] = "fixed site effects: MDES = M x sqrt(icc2 (1 - R2_2) / (P (1 - P) J K) + (1 - icc2)(1 - R2_1) / (P (1 - P) J K n)), df = K (J - 2) - g (Dong & Maynard 2013; PowerUpR mdes.bcra3f2)"
    else
      out[#out + 1] = string.format("random site effects: intraclass correlation %g between sites, the effect varies between sites by omega = %g, site covariates explain %s of that variation", c.icc3, c.omega, pct(c.r2_t))
      out[#out + 1] = "MDES = M x sqrt(icc3 omega (1 - R2_T) / K + icc2 (1 - R2_2) / (P (1 - P) J K) + (1 - icc2 - icc3)(1 - R2_1) / (P (1 - P) J K n)), df = K - g - 1 (Dong & Maynard 2013; PowerUpR mdes.bcra3r2)"
    end
  end,
}

-- ---- individually randomised group treatment (partially nested) ---------------
-- Families are randomised one by one, but the programme group meets in
-- groups, so outcomes of families in one group are alike; the comparison
-- group is not clustered.  The variance of the difference is
-- (icc / J_t + (1 - icc)(1 - R2) / n_t) + (1 - R2) / n_c with J_t = n_t / m
-- groups (Moerbeek & Wong 2008), with Satterthwaite's degrees of freedom
-- (Baldwin, Bauer, Stice & Rohde 2011).  A baseline covariate explains
-- only the individual part: group differences arise during the programme.

D.pn = {
  id = "pn", name = "individual random assignment with the programme given in groups (partially nested)",
  inputs = { "n", "group_size", "icc", "p", "r2", "g" },
  read = function(spec, c)
    allocation(spec, c)
    c.group_size = number(spec, "group_size")
    if c.group_size < 1 then bad("group_size must be at least 1") end
    c.icc = icc(spec, "icc")
    c.r2 = share(spec, "r2", 0)
    covariates(spec, c)
  end,
  unit = function() return "n" end,
  min = function(c)
    -- at least two groups and two comparison families
    return math.max(math.ceil(2 * c.group_size / c.p), math.ceil(2 / (1 - c.p)), c.g + 3)
  end,
  at = function(c)
    local nt, nc = c.p * c.n, (1 - c.p) * c.n
    local groups = nt / c.group_size
    if groups < 2 then bad("n is too small: the programme group (%s families) must fill at least 2 groups of %s", show(nt), show(c.group_size)) end
    if nc < 2 then bad("n is too small: the comparison group needs at least 2 families") end
    local vt = c.icc / groups + (1 - c.icc) * (1 - c.r2) / nt
    local vc = (1 - c.r2) / nc
    local df = (vt + vc) ^ 2 / (vt ^ 2 / (groups - 1) + vc ^ 2 / (nc - 1)) - c.g
    if df < 1 then bad("n is too small: after %d covariate(s) the design leaves %s degrees of freedom", c.g, show(df)) end
    return math.sqrt(vt + vc), df
  end,
  fill = function(c, res)
    res.group_size = c.group_size
    res.groups = c.p * c.n / c.group_size
    res.design_effect = 1 + (c.group_size - 1) * c.icc
  end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("%s of families in the programme group, which meets in groups of %s with an intraclass correlation of %g between groups; the comparison group is not grouped",
      pct(c.p), show(c.group_size), c.icc)
    out[#out + 1] = string.format("covariates explain %s of the individual-level variance (%d covariate(s)); they cannot explain the differences between groups, which arise during the programme", pct(c.r2), c.g)
    out[#out + 1] = "MDES = M x sqrt(icc / J_t + (1 - icc)(1 - R2) / n_t + (1 - R2) / n_c), J_t = n_t / m groups, Satterthwaite df (Moerbeek & Wong 2008; Baldwin et al. 2011)"
    if math.abs(c.p * c.n / c.group_size - math.floor(c.p * c.n / c.group_size + 0.5)) > 1e-9 then
      out[#out + 1] = string.format("the programme group (%s families) is not a whole number of groups of %s; the calculation uses %.4g groups", show(c.p * c.n), show(c.group_size), c.p * c.n / c.group_size)
    end
  end,
}

-- ---- regression discontinuity -----------------------------------------------
-- The impact regression includes the score, which is correlated with
-- treatment, so the variance is that of random assignment times the design
-- effect 1 / (1 - R2_TS), where R2_TS is the squared correlation of the
-- score and treatment (Schochet 2008, chapter 4).  For a normal score cut at
-- the point leaving a share P above it, R2_TS = phi(z)^2 / (P (1 - P)); for a
-- uniform score, 3 P (1 - P).  This gives Schochet's table 4.2 (2.75 for a
-- normal score cut at its middle, 4.00 for a uniform one).  With whole
-- clusters assigned by a cluster score the same factor multiplies the
-- cluster design's variance (Schochet 2008; PowerUp!'s RD2C2 family).

local function rdd_deff(p, score)
  local r2
  if score == "uniform" then
    r2 = 3 * p * (1 - p)
  else
    local z = stats.qnorm(1 - p)
    local phi = math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    r2 = phi * phi / (p * (1 - p))
  end
  return 1 / (1 - r2)
end
D.rdd_deff = rdd_deff

D.rdd = {
  id = "rdd", name = "regression discontinuity",
  inputs = { "n", "clusters", "cluster_size", "icc", "cv", "p", "score", "r2", "r2_1", "r2_2", "g" },
  read = function(spec, c)
    c.score = base.word(spec, "score", "normal", { "normal", "uniform" })
    if clustered(spec) then
      c.clustered = true
      if spec.n ~= nil or spec.r2 ~= nil then bad("give clusters, cluster_size and icc for whole groups assigned by a score, or n for individuals, not both") end
      cra2_read(spec, c)
    else
      allocation(spec, c)
      c.r2 = share(spec, "r2", 0)
      covariates(spec, c)
    end
    c.rdd_deff = rdd_deff(c.p, c.score)
  end,
  unit = function(c) return c.clustered and "clusters" or "n" end,
  min = function(c) return c.g + 4 end,
  at = function(c)
    if c.clustered then
      local df = c.clusters - c.g - 3
      if df < 1 then too_few(c, "clusters", c.g + 4, "clusters (the score takes one more)", "cluster-level ") end
      return cra2_se(c, c.clusters) * math.sqrt(c.rdd_deff), df
    end
    local df = c.n - c.g - 3
    if df < 1 then too_few(c, "n", c.g + 4, "individuals (the score takes one more)") end
    return math.sqrt(c.rdd_deff * (1 - c.r2) / (c.p * (1 - c.p) * c.n)), df
  end,
  fill = function(c, res)
    res.rdd_design_effect = c.rdd_deff
    if c.clustered then D.cra2.fill(c, res) end
  end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("%s of the %s score lies on the programme side of the cut-off; the regression discontinuity design effect is %.4g: it needs %.4g times the sample of random assignment for the same MDES (Schochet 2008, table 4.2)",
      pct(c.p), c.score == "uniform" and "uniformly distributed" or "normally distributed", c.rdd_deff, c.rdd_deff)
    if c.clustered then
      out[#out + 1] = string.format("whole clusters are assigned by the score: intraclass correlation %g, covariates explain %s and %s of the variance at the two levels", c.icc, pct(c.r2_1), pct(c.r2_2))
      out[#out + 1] = "MDES = M x sqrt(DEFF_RD (icc (1 - R2_2) / (P (1 - P) J) + (1 - icc)(1 - R2_1) / (P (1 - P) J n))), df = J - g - 3 (Schochet 2008; the score counts as a covariate)"
      cv_note(c, out)
    else
      out[#out + 1] = string.format("covariates besides the score explain %s of the outcome variance (%d covariate(s))", pct(c.r2), c.g)
      out[#out + 1] = "MDES = M x sqrt(DEFF_RD (1 - R2) / (P (1 - P) n)), df = n - g - 3 (Schochet 2008; the score counts as a covariate)"
    end
    out[#out + 1] = "the effect is estimated for families near the cut-off, and assumes a straight-line relation between score and outcome on each side"
  end,
}

-- ---- difference-in-differences ------------------------------------------------
-- The comparison of changes.  For people followed from before to after, the
-- variance of a change is 2 (1 - r).  For whole areas compared (repeated
-- cross-sections or panels of people in areas), the change in an area's
-- mean has variance 2 (icc (1 - ac) + (1 - icc)(1 - r) / m), where ac is
-- the correlation of an area's true mean between the two times and r that
-- of a person's scores: the change-score design effect of Teerenstra,
-- Eldridge, Graff, de Hoop and Borm (2012).  Areas are the units: df = J -
-- g - 2, and with fewer than two areas in either group the effect cannot be
-- told apart from a shock that hit one area.

D.did = {
  id = "did", name = "difference-in-differences",
  inputs = { "n", "clusters", "cluster_size", "icc", "cv", "cluster_autocorrelation", "r", "p", "g" },
  read = function(spec, c)
    allocation(spec, c)
    covariates(spec, c)
    if clustered(spec) then
      c.clustered = true
      if spec.n ~= nil then bad("give clusters, cluster_size and icc for areas compared, or n for people followed, not both") end
      cluster_size(spec, c)
      c.icc = icc(spec, "icc")
      size_cv(spec, c)
      c.cluster_autocorrelation = number(spec, "cluster_autocorrelation", 0)
      if c.cluster_autocorrelation < 0 or c.cluster_autocorrelation > 1 then bad("cluster_autocorrelation must be between 0 and 1") end
      c.r = number(spec, "r", 0)
    else
      if spec.cluster_autocorrelation ~= nil then bad("cluster_autocorrelation applies to areas compared (give clusters, cluster_size and icc)") end
      c.r = number(spec, "r", 0.5)
    end
    if c.r <= -1 or c.r >= 1 then bad("r must be above -1 and below 1") end
  end,
  unit = function(c) return c.clustered and "clusters" or "n" end,
  min = function(c)
    if c.clustered then return math.max(c.g + 3, math.ceil(2 / c.p), math.ceil(2 / (1 - c.p))) end
    return c.g + 3
  end,
  at = function(c)
    local pq = c.p * (1 - c.p)
    if c.clustered then
      local J = c.clusters
      areas_each_side(c, J)
      local df = J - c.g - 2
      if df < 1 then too_few(c, "clusters", c.g + 3, "areas", "area-level ") end
      return math.sqrt(2 * (c.icc * (1 + c.cv ^ 2) * (1 - c.cluster_autocorrelation) + (1 - c.icc) * (1 - c.r) / c.cluster_size) / (pq * J)), df
    end
    local df = c.n - c.g - 2
    if df < 1 then too_few(c, "n", c.g + 3, "individuals") end
    return math.sqrt(2 * (1 - c.r) / (pq * c.n)), df
  end,
  fill = function(c, res)
    if c.clustered then
      res.cluster_size = c.cluster_size
      res.total_n = c.clusters * c.cluster_size
    end
  end,
  notes = function(c, out)
    test_note(c, out)
    if c.clustered then
      out[#out + 1] = string.format("%s areas compared, %s with the programme, %s people measured in each area at each time; intraclass correlation %g; correlation of an area's mean between the two times %g; of a person's scores %g (0 when different people are measured)",
        show(c.clusters), show(c.p * c.clusters), show(c.cluster_size), c.icc, c.cluster_autocorrelation, c.r)
      if c.cluster_autocorrelation == 0 then
        out[#out + 1] = "an area autocorrelation of 0 is the most cautious assumption: areas whose differences persist over time (autocorrelation near 1) give a smaller MDES"
      end
      out[#out + 1] = "MDES = M x sqrt(2 (icc (1 - ac) + (1 - icc)(1 - r) / m) / (P (1 - P) J)), df = J - g - 2 (the change-score design effect of Teerenstra et al. 2012)"
      cv_note(c, out)
    else
      out[#out + 1] = string.format("the same people measured before and after, correlation %g between their scores; %s of them in the programme group", c.r, pct(c.p))
      out[#out + 1] = "MDES = M x sqrt(2 (1 - r) / (P (1 - P) n)), df = n - g - 2 (the variance of a change score)"
    end
    out[#out + 1] = "it assumes both groups would have changed alike without the programme (parallel trends), which no calculation can check"
  end,
}

-- ---- a single group before and after: the exact paired t test ---------------------

local function paired_power(dz, n, alpha, tails)
  return base.t_power(dz * math.sqrt(n), n - 1, alpha, tails)
end
D.paired_power = paired_power

D.prepost = {
  id = "prepost", name = "single group, before and after",
  inputs = { "n", "r" },
  custom = true,
  read = function(spec, c)
    c.r = number(spec, "r", 0.5)
    if c.r <= -1 or c.r >= 1 then bad("r must be above -1 and below 1") end
  end,
  unit = function() return "n" end,
  min = function() return 2 end,
  -- the dz whose exact power at n pairs is the target, as d and dz
  evaluate = function(c)
    local n = c.n
    if n < 2 then bad("n is too small: a before-and-after comparison needs at least 2 people") end
    local dz = base.exact_factor(n - 1, c.alpha, c.power, c.tails) / math.sqrt(n)
    local scale = math.sqrt(2 * (1 - c.r))
    local se = scale / math.sqrt(n)
    local d = dz * scale
    return { mdes = d, df = n - 1, multiplier = d / se, se = se, mdes_dz = dz,
      power_achieved = paired_power(dz, n, c.alpha, c.tails) }
  end,
  -- the fewest pairs whose exact power at the target reaches the power
  sample = function(c, target)
    local dz = target / math.sqrt(2 * (1 - c.r))
    return base.smallest(2, function(n) return paired_power(dz, n, c.alpha, c.tails) >= c.power end, "pairs")
  end,
  power_at = function(c, target, n) return paired_power(target / math.sqrt(2 * (1 - c.r)), n, c.alpha, c.tails) end,
  notes = function(c, out)
    test_note(c, out)
    out[#out + 1] = string.format("pre-post correlation r = %g; equal spread before and after assumed", c.r)
    out[#out + 1] = "the MDES is the mean change, in units of the outcome's standard deviation, that a paired t test detects with the stated power (exact, noncentral t); dz = MDES / sqrt(2 (1 - r)) is the same change in units of the SD of the change"
    out[#out + 1] = "a before-and-after design measures change, not the programme's effect: it cannot rule out that families would have improved anyway (EIF level 2 at most)"
  end,
}

D.LIST = { D.ira, D.matched, D.bira2, D.cra2, D.cra3, D.bcra3, D.pn, D.rdd, D.did, D.prepost }

return D
