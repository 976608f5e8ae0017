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
  local c = econ.from_plan(view)
  eq(c.total, 300)
  near(c.per_completer, 20, 1e-12)
  local r, err = econ.from_plan(require("evalwiz.plan").view({ answers = {} }))
  eq(r, nil)
  matches(err, "no cost items yet: fill in value_for_money.cost_items")
  r, err = econ.from_plan(require("evalwiz.plan").view({ answers = { value_for_money = {
    cost_items = { { item = "Bad", unit_cost = "lots" } } } } }))
  eq(r, nil)
  matches(err, "^value_for_money: cost item 1 %(Bad%): unit_cost must be a number")
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
