-- econ.lua: Green Book discounting, present values, BCR and cost summaries.
-- Sources: shared/EVALUATION-MODEL.md section 4.3 (worked example and
-- discount factors at 3.5%); the Green Book schedule (3.5% to year 30, then
-- 3.0, 2.5, 2.0, 1.5, 1.0%) as cited in lua/evalwiz/econ.lua.
local econ = require("evalwiz.econ")

test("discount factors at 3.5% (brief 4.3)", function()
  near(econ.discount_factor(0), 1, 1e-15, "year 0 is not discounted")
  near(econ.discount_factor(1), 0.96618, 0.5e-5, "year 1")
  near(econ.discount_factor(5), 0.84197, 0.5e-5, "year 5")
  near(econ.discount_factor(10), 0.70892, 0.5e-5, "year 10")
  near(econ.discount_factor(30), 0.35628, 0.5e-5, "year 30")
  near(econ.discount_factor(10), 1.035 ^ -10, 1e-14, "closed form")
end)

test("the worked example: 1,000 a year for years 0-9", function()
  local flows = {}
  for i = 1, 10 do flows[i] = 1000 end
  -- sum of 1.035^-t for t = 0..9 is 8.6076865...; the brief prints
  -- 8,607.70, which is this value rounded up by half a penny (it is
  -- 8,607.69 to the penny).
  near(econ.pv(flows), 8607.6865088682, 1e-10, "PV")
  near(econ.pv(flows), 8607.70, 1e-5, "the brief's figure")
  near(econ.npv(flows).npv, econ.pv(flows), 1e-15, "npv of positive flows is their pv")
end)

test("long horizons step down the rate", function()
  eq(econ.rate_for_year(0), 0, "year 0")
  eq(econ.rate_for_year(1), 0.035)
  eq(econ.rate_for_year(30), 0.035)
  eq(econ.rate_for_year(31), 0.030)
  eq(econ.rate_for_year(75), 0.030)
  eq(econ.rate_for_year(76), 0.025)
  eq(econ.rate_for_year(125), 0.025)
  eq(econ.rate_for_year(126), 0.020)
  eq(econ.rate_for_year(200), 0.020)
  eq(econ.rate_for_year(201), 0.015)
  eq(econ.rate_for_year(300), 0.015)
  eq(econ.rate_for_year(301), 0.010)
  eq(econ.rate_for_year(40, 0.05), 0.05, "a constant override")
  -- the factor compounds year by year: a step applies from its first year
  local d30 = 1.035 ^ -30
  near(econ.discount_factor(31), d30 / 1.03, 1e-14, "year 31")
  near(econ.discount_factor(75), d30 * 1.03 ^ -45, 1e-14, "year 75")
  near(econ.discount_factor(76), d30 * 1.03 ^ -45 / 1.025, 1e-14, "year 76")
  near(econ.discount_factor(126), d30 * 1.03 ^ -45 * 1.025 ^ -50 / 1.02, 1e-14, "year 126")
  near(econ.discount_factor(301), d30 * 1.03 ^ -45 * 1.025 ^ -50 * 1.02 ^ -75 * 1.015 ^ -100 / 1.01, 1e-14, "year 301")
  -- a constant override ignores the schedule
  near(econ.discount_factor(40, 0.035), 1.035 ^ -40, 1e-14, "constant 3.5% at year 40")
  near(econ.discount_factor(40, 0), 1, 1e-15, "0%")
  -- the health schedule starts at 1.5%
  near(econ.discount_factor(2, "health"), 1.015 ^ -2, 1e-14, "health")
  near(econ.discount_factor(31, "health"), 1.015 ^ -30 / 1.0129, 1e-14, "health year 31")
end)

test("npv and bcr with a rate override and a break-even year", function()
  local r = econ.npv({ -1000, 300, 300, 300, 300 })
  near(r.npv, -1000 + 300 * (1.035 ^ -1 + 1.035 ^ -2 + 1.035 ^ -3 + 1.035 ^ -4), 1e-12, "npv")
  eq(r.years, 5)
  eq(#r.rows, 5)
  near(r.rows[5].cumulative, r.npv, 1e-12)
  near(econ.npv({ -100, 110 }, 0.10).npv, 0, 1e-12, "10% override")
  local b = econ.bcr({ 1000, 200, 200 }, { 0, 600, 600, 600 })
  local f1, f2, f3 = 1.035 ^ -1, 1.035 ^ -2, 1.035 ^ -3
  near(b.pv_costs, 1000 + 200 * (f1 + f2), 1e-12, "pv costs")
  near(b.pv_benefits, 600 * (f1 + f2 + f3), 1e-12, "pv benefits")
  near(b.npv, b.pv_benefits - b.pv_costs, 1e-12, "npv")
  near(b.bcr, b.pv_benefits / b.pv_costs, 1e-12, "bcr")
  eq(b.break_even_year, 3, "break-even")
  eq(b.years, 4, "the shorter list is padded")
  eq(econ.bcr({ 1000 }, { 100, 100 }).break_even_year, nil, "never breaks even")
  -- breaking even and then falling back does not count
  eq(econ.bcr({ 0, 0, 500 }, { 100, 100, 0 }).break_even_year, nil, "falls back below")
  eq(econ.bcr({ 0 }, { 10 }).bcr, nil, "no costs: no ratio")
end)

test("cost summary: totals, categories, per participant, sensitivity", function()
  local items = {
    { item = "Practitioner time", category = "staff", quantity = 100, unit_cost = 40, kind = "recurrent", low = 30, high = 55 },
    { item = "Training", category = "training", quantity = 1, unit_cost = 2000, kind = "set-up" },
    { name = "Supervision", category = "staff", quantity = 10, unit_cost = 50, kind = "recurrent", high = 70 },
    { item = "Materials", category = "materials", quantity = 50, unit_cost = 12 },
  }
  local c = econ.costs(items, { participants = 50, completers = 40 })
  eq(c.total, 7100, "total")
  eq(c.setup, 2000, "set-up")
  eq(c.recurrent, 5100, "recurrent (kind defaults to recurrent)")
  near(c.per_participant, 142, 1e-12)
  near(c.per_completer, 177.5, 1e-12)
  eq(#c.by_category, 3)
  eq(c.by_category[1].category, "staff")
  eq(c.by_category[1].total, 4500)
  near(c.by_category[1].share, 4500 / 7100, 1e-12)
  eq(#c.sensitivity, 2)
  eq(c.sensitivity[1].name, "Practitioner time")
  eq(c.sensitivity[1].at_low, 6100)
  eq(c.sensitivity[1].at_high, 8600)
  near(c.sensitivity[1].per_participant_high, 172, 1e-12)
  eq(c.sensitivity[2].at_low, nil, "no low bound")
  eq(c.sensitivity[2].at_high, 7300)
  local none = econ.costs({ { item = "x", unit_cost = 10, quantity = 2 } })
  eq(none.per_participant, nil, "no participants given")
  eq(#none.sensitivity, 0)
  ok(#none.notes >= 3, "the gaps are stated")
end)

test("one-way sensitivity of any function", function()
  local rows = econ.one_way(function(name, v) return name == "rate" and econ.pv({ 0, 100 }, v) or 0 end,
    { { name = "rate", low = 0.015, high = 0.035 } })
  near(rows[1].at_low, 100 / 1.015, 1e-12)
  near(rows[1].at_high, 100 / 1.035, 1e-12)
end)

test("the plan's cost items", function()
  local view = require("evalwiz.plan").view({ answers = { value_for_money = {
    participants = 20, completers = 15,
    cost_items = { { item = "Sessions", category = "staff", quantity = "10", unit_cost = 30, kind = "recurrent" } },
  } } })
  local c = econ.from_plan(view, "value_for_money")
  eq(c.total, 300)
  near(c.per_completer, 20, 1e-12)
  local r, err = econ.from_plan(require("evalwiz.plan").view({ answers = {} }), "value_for_money")
  eq(r, nil)
  matches(err, "no cost items yet: fill in value_for_money.cost_items")
  r, err = econ.from_plan(require("evalwiz.plan").view({ answers = { value_for_money = {
    cost_items = { { item = "Bad", unit_cost = "lots" } } } } }), "value_for_money")
  eq(r, nil)
  matches(err, "^value_for_money: cost item 1 %(Bad%): unit_cost must be a number")
  -- a pack that names no costs step: the calculator says so
  r, err = econ.from_plan(view, nil)
  eq(r, nil)
  matches(err, "has no costs step")
end)

test("bad inputs name the input", function()
  local cases = {
    { function() return econ.pv({}) end, "^flows needs at least one amount" },
    { function() return econ.pv({ 1, "a" }) end, "^flows: the amount for year 1 is not a number" },
    { function() return econ.pv(5) end, "^flows must be a list" },
    { function() return econ.pv({ 1 }, 3.5) end, "^rate must be above %-1 and at most 1" },
    { function() return econ.pv({ 1 }, "low") end, "^rate must be a number or one of standard, health" },
    { function() return econ.pv({ 1 }, 0 / 0) end, "^rate must be a number" },
    { function() return econ.discount_factor(-1) end, "^year must be a whole number" },
    { function() return econ.discount_factor(1.5) end, "^year must be a whole number" },
    { function() return econ.discount_factor(5000) end, "^year must be at most 1000" },
    { function() return econ.bcr({ -1 }, { 1 }) end, "^costs: the amount for year 0 is negative" },
    { function() return econ.bcr({ 1 }, { -1 }) end, "^benefits: the amount for year 0 is negative" },
    { function() return econ.bcr({ 1 }, {}) end, "^benefits needs at least one amount" },
    { function() return econ.costs({}) end, "^there are no cost items" },
    { function() return econ.costs({ { item = "a" } }) end, "^cost item 1 %(a%): unit_cost is missing" },
    { function() return econ.costs({ { item = "a", unit_cost = -5 } }) end, "unit_cost must not be negative" },
    { function() return econ.costs({ { item = "a", unit_cost = 5, kind = "monthly" } }) end, "kind must be set%-up or recurrent, not monthly" },
    { function() return econ.costs({ { item = "a", unit_cost = 5, low = 9, high = 1 } }) end, "low %(9%) is above high %(1%)" },
    { function() return econ.costs({ { item = "a", unit_cost = 5 } }, { participants = -1 }) end, "^participants must be a number, 0 or more" },
    { function() return econ.costs({ { item = "a", unit_cost = 5 } }, { participants = 5, completers = 6 }) end, "^completers %(6%) must not be more than participants %(5%)" },
  }
  for _, c in ipairs(cases) do
    local v, err = c[1]()
    eq(v, nil, c[2])
    matches(err, c[2])
  end
end)

-- The economics added for issue 18, against hand calculations written out
-- here in closed form (geometric sums at each band's constant rate), so the
-- year-by-year products of econ.lua are checked by a different route; the
-- schedule boundaries (year 30 to 31 for the Green Book and its health
-- rate) fall inside several of them.
local function geo(v, from, to) -- sum of v^t for t = from..to
  if to < from then return 0 end
  return (v ^ from - v ^ (to + 1)) / (1 - v)
end

local function rel(got, want, what, tol)
  tol = tol or 1e-12
  if type(got) ~= "number" or math.abs(got - want) > tol * math.abs(want) then
    error(string.format("%s: want %.15g got %s", what, want, tostring(got)), 2)
  end
end

test("equivalent annual cost: at 3.5%, and across the year-30 step", function()
  -- 9,600 of set-up over 5 years, paid at the start of each year (years
  -- 0-4): annuity factor sum of 1.035^-t, t = 0..4 = 4.673079
  local r = econ.eac(9600, 5)
  rel(r.annuity_factor, geo(1 / 1.035, 0, 4), "annuity factor, start")
  rel(r.eac, 9600 / geo(1 / 1.035, 0, 4), "EAC, start")
  near(r.eac, 2054.3, 0.05, "about 2,054.30")
  -- at the end of each year: (1 - 1.035^-5) / 0.035 = 4.515052, EAC 2,126.22
  r = econ.eac(9600, 5, nil, "end")
  rel(r.annuity_factor, (1 - 1.035 ^ -5) / 0.035, "annuity factor, end (Drummond et al.)")
  near(r.eac, 2126.22, 0.005, "2,126.22")
  -- life 35: years 0-30 at 3.5%, years 31-34 at 3.0% on top of year 30's factor
  local d30 = 1.035 ^ -30
  local a = geo(1 / 1.035, 0, 30) + d30 * geo(1 / 1.03, 1, 4)
  rel(econ.eac(100000, 35).annuity_factor, a, "annuity across the step")
  rel(econ.eac(100000, 35).eac, 100000 / a, "EAC across the step")
  -- life 31 ends exactly on the first year of the lower rate (end of year)
  rel(econ.eac(1, 31, nil, "end").annuity_factor, geo(1 / 1.035, 1, 30) + d30 / 1.03, "end timing, year 31")
  -- a constant rate overrides the schedule; 0% spreads evenly
  rel(econ.eac(1000, 10, 0).eac, 100, "0%")
  local v, err = econ.eac(1000, 0)
  eq(v, nil)
  matches(err, "^life must be a whole number of years, 1 or more")
  v, err = econ.eac(1000, 5, nil, "middle")
  matches(err, "^timing must be start or end")
end)

test("QALYs at the health rates and NICE's, across year 30", function()
  -- 0.1 QALY a year for 40 years (years 0-39): 1.5% to year 30, then 1.29%
  local flows = {}
  for i = 1, 40 do flows[i] = 0.1 end
  local d30 = 1.015 ^ -30
  rel(econ.qalys(flows), 0.1 * (geo(1 / 1.015, 0, 30) + d30 * geo(1 / 1.0129, 1, 9)), "Green Book health rate (default)")
  rel(econ.qalys(flows, "nice"), 0.1 * geo(1 / 1.035, 0, 39), "NICE 3.5%, no step")
  rel(econ.qalys(flows, "standard"), 0.1 * (geo(1 / 1.035, 0, 30) + 1.035 ^ -30 * geo(1 / 1.03, 1, 9)), "standard schedule")
  -- exactly at the boundary: 31 years (0-30) never leaves the first band
  local f31 = {}
  for i = 1, 31 do f31[i] = 1 end
  rel(econ.qalys(f31), geo(1 / 1.015, 0, 30), "years 0-30")
  eq(econ.describe_rate("nice"):find("NICE", 1, true), 1, "the rate is named")
end)

test("ICER and its quadrants", function()
  -- 1,000 extra at year 0; 0.05 QALYs a year for 3 years at 1.5%
  local q = 0.05 * (1 + 1 / 1.015 + 1 / 1.015 ^ 2)
  local r = econ.icer({ 1000 }, { 0.05, 0.05, 0.05 })
  rel(r.pv_effects, q, "discounted QALYs")
  rel(r.icer, 1000 / q, "ICER")
  eq(r.quadrant, "more effective and more costly")
  -- costs over years at 3.5%, effects at NICE's 3.5%
  r = econ.icer({ 500, 500 }, { 0.1, 0.1 }, "nice", "nice")
  rel(r.icer, (500 + 500 / 1.035) / (0.1 + 0.1 / 1.035), "NICE for both")
  eq(econ.icer({ -100 }, { 0.1 }).quadrant, "dominant")
  eq(econ.icer({ -100 }, { 0.1 }).icer, nil, "no ratio when dominant")
  eq(econ.icer({ 100 }, { -0.1 }).quadrant, "dominated")
  eq(econ.icer({ 100 }, { 0 }).quadrant, "dominated")
  eq(econ.icer({ -100 }, { -0.1 }).quadrant, "less effective and less costly")
  rel(econ.icer({ -100 }, { -0.1 }).icer, 1000, "saving per QALY given up")
end)

test("break-even effect size", function()
  -- 1,171.97 extra per family against 500 a year for 5 years per SD of effect at 3.5%
  local r = econ.break_even({ 1171.97 }, { 500, 500, 500, 500, 500 })
  rel(r.pv_benefit_per_sd, 500 * geo(1 / 1.035, 0, 4), "PV of a one-SD effect")
  rel(r.effect, 1171.97 / (500 * geo(1 / 1.035, 0, 4)), "break-even effect")
  -- benefits starting in year 1, over 40 years: through the step at year 31
  local b = { 0 }
  for i = 2, 41 do b[i] = 100 end
  rel(econ.break_even({ 2000 }, b).pv_benefit_per_sd, 100 * (geo(1 / 1.035, 1, 30) + 1.035 ^ -30 * geo(1 / 1.03, 1, 10)), "across the step")
  eq(econ.break_even({ -5 }, { 10 }).effect, 0, "no extra cost: any effect breaks even")
  local v, err = econ.break_even({ 100 }, { 0, 0 })
  eq(v, nil)
  matches(err, "^benefit_per_sd has no value")
end)

test("prices: the GDP deflator", function()
  local d = require("evalwiz.deflators")
  eq(d.index[d.base], 100, "the base year is 100")
  ok(d.source:find("HM Treasury", 1, true) and d.release, "the series names its source and release")
  -- 100 in 2015 prices is 100 x 100 / 75.1536 in 2024 prices
  local r = econ.reprice(100, 2015, 2024)
  rel(r.value, 100 * 100 / 75.1536, "2015 to 2024")
  rel(econ.reprice(100, 2024, 2015).value, 100 * 75.1536 / 100, "and back")
  -- after 2024 only with an assumed rate: 2% a year to 2027
  rel(econ.reprice(100, 2020, 2027, 0.02).value, 100 * 100 * 1.02 ^ 3 / 85.2137, "2020 to 2027 at 2%")
  local v, err = econ.reprice(100, 2020, 2027)
  eq(v, nil)
  matches(err, "^the GDP deflator series ends in 2024")
  v, err = econ.reprice(100, 1980, 2020)
  matches(err, "^the GDP deflator series starts in 1990")
end)

test("the demo's costs: first year, steady state, range and increment", function()
  local items = {
    { item = "Family practitioner time", category = "staff", quantity = 1200, unit_cost = 34, kind = "recurrent", low = 28, high = 40 },
    { item = "Creche workers", category = "staff", quantity = 216, unit_cost = 18, kind = "recurrent" },
    { item = "Programme supervisor", category = "supervision", quantity = 120, unit_cost = 45, kind = "recurrent" },
    { item = "Initial practitioner training", category = "training", quantity = 8, unit_cost = 1200, kind = "setup", high = 1500 },
    { item = "Programme licence", category = "training", quantity = 1, unit_cost = 2500, kind = "recurrent" },
    { item = "Handouts", category = "materials", quantity = 60, unit_cost = 25, kind = "recurrent" },
    { item = "Room hire", category = "venue", quantity = 72, unit_cost = 40, kind = "recurrent" },
    { item = "Mileage", category = "travel", quantity = 3000, unit_cost = 0.45, kind = "recurrent" },
    { item = "Overheads", category = "overheads", quantity = 1, unit_cost = 12000, kind = "recurrent" },
  }
  local c = econ.costs(items, { participants = 60, completers = 45, life = 5, usual = 300 })
  eq(c.total, 79918, "total")
  near(c.per_participant, 1331.97, 0.005, "first year: all set-up on one year's families (the issue's 1,331.97)")
  near(c.per_participant_recurrent, 1171.97, 0.005, "running costs only (the issue's 1,171.97)")
  rel(c.eac_setup, 9600 / geo(1 / 1.035, 0, 4), "set-up annualised over 5 years")
  rel(c.per_participant_steady, (70318 + 9600 / geo(1 / 1.035, 0, 4)) / 60, "steady state")
  rel(c.incremental_per_participant, (70318 + 9600 / geo(1 / 1.035, 0, 4)) / 60 - 300, "incremental")
  -- every item at its low, then high, cost
  eq(c.range.total_low, 79918 - 1200 * 6, "all low")
  eq(c.range.total_high, 79918 + 1200 * 6 + 8 * 300, "all high")
  rel(c.range.per_participant_steady_high, (70318 + 7200 + 12000 / geo(1 / 1.035, 0, 4)) / 60, "steady state, all high")
  -- repriced from 2015 prices to 2024's
  local p = econ.costs(items, { participants = 60, from_year = 2015, to_year = 2024 })
  rel(p.total, 79918 * 100 / 75.1536, "repriced total", 1e-12)
  rel(p.price_factor, 100 / 75.1536, "price factor")
end)

test("the plan's economics fields", function()
  local view = require("evalwiz.plan").view({ answers = { value_for_money = {
    participants = 50, horizon_years = 5, comparator = "usual_support", usual_support_cost = 50,
    cost_items = {
      { item = "Sessions", category = "staff", quantity = 100, unit_cost = 40, kind = "recurrent" },
      { item = "Training", category = "training", quantity = 1, unit_cost = 5000, kind = "setup" },
    },
    qaly_gain = 0.02, qaly_years = 3, health_discount = "green_book",
    benefit_per_sd = 400, benefit_years = 4,
  } } })
  local c = econ.from_plan(view, "value_for_money")
  local a5 = geo(1 / 1.035, 0, 4)
  rel(c.per_participant_steady, (4000 + 5000 / a5) / 50, "life defaults to the horizon")
  local inc = (4000 + 5000 / a5) / 50 - 50
  rel(c.incremental_per_participant, inc, "incremental")
  local q = 0.02 * geo(1 / 1.015, 0, 2)
  rel(c.qalys_per_participant, q, "QALYs at 1.5%")
  rel(c.icer, inc / q, "ICER")
  rel(c.break_even_effect, inc / (400 * geo(1 / 1.035, 0, 3)), "break-even effect")
  -- NICE: QALYs at 3.5%
  view = require("evalwiz.plan").view({ answers = { value_for_money = {
    participants = 50, comparator = "nothing", qaly_gain = 0.02, qaly_years = 3, health_discount = "nice",
    cost_items = { { item = "Sessions", category = "staff", quantity = 100, unit_cost = 40 } },
  } } })
  c = econ.from_plan(view, "value_for_money")
  rel(c.qalys_per_participant, 0.02 * geo(1 / 1.035, 0, 2), "QALYs at NICE's 3.5%")
  rel(c.icer, 80 / (0.02 * geo(1 / 1.035, 0, 2)), "no service as comparator: the whole cost is incremental")
end)
