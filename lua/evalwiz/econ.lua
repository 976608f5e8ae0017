-- econ.lua: discounting, present values, benefit-cost ratios and cost
-- summaries for the value-for-money step, with every assumption returned
-- beside the numbers.
--
-- Discounting follows HM Treasury's Green Book: the Social Time Preference
-- Rate is 3.5% a year for years 0-30 and steps down for longer horizons
-- (3.0% years 31-75, 2.5% 76-125, 2.0% 126-200, 1.5% 201-300, 1.0% from
-- 301).  Sources: The Green Book (2026 edition, chapter 6; before 2026,
-- Annex A6 of the 2022 edition) and HM Treasury's supplementary guidance
-- on discounting,
-- https://www.gov.uk/government/publications/green-book-supplementary-guidance-discounting ;
-- the table was checked against the stpr_schedule data of the CRAN package
-- greenbook (HM Treasury Green Book primitives, 2026), which also gives the
-- health schedule (1.5% falling to 0.43%).  Year 0 is not discounted, and
-- the factor for year t is 1 / prod over k = 1..t of (1 + rate in year k),
-- so a rate change at year 31 applies from that year on.
--
-- Every public function returns its result, or nil and a message naming the
-- input at fault.
local M = {}

M.SOURCE = "HM Treasury, The Green Book (2026), chapter 6, and supplementary guidance on discounting"

-- { last year of the band, rate }
M.SCHEDULES = {
  standard = { { 30, 0.035 }, { 75, 0.030 }, { 125, 0.025 }, { 200, 0.020 }, { 300, 0.015 }, { math.huge, 0.010 } },
  health = { { 30, 0.015 }, { 75, 0.0129 }, { 125, 0.0107 }, { 200, 0.0086 }, { 300, 0.0064 }, { math.huge, 0.0043 } },
  -- NICE's reference case: 3.5% a year for costs and health effects alike,
  -- with no step down (NICE health technology evaluations: the manual,
  -- PMG36, 2022, section 4.5)
  nice = { { math.huge, 0.035 } },
}
M.RATE_NAMES = "standard, health or nice"

-- The longest horizon accepted: long enough for any appraisal, short enough
-- that a typo cannot ask for a billion-year table.
local MAX_YEARS = 1000

local function ordered(t, order) return setmetatable(t, { __order = order }) end
local function seq(t) return setmetatable(t or {}, { __kind = "seq" }) end

local function bad(fmt, ...) error({ message = string.format(fmt, ...) }, 0) end

local function guard(fn)
  return function(...)
    local ok, res, extra = pcall(fn, ...)
    if ok then return res, extra end
    if type(res) == "table" and res.message then return nil, res.message end
    error(res, 0)
  end
end

local function is_number(v)
  return type(v) == "number" and v == v and v ~= math.huge and v ~= -math.huge
end

-- rate: nil for the Green Book schedule, a number for one constant rate, or
-- a schedule name ("standard", "health").
local function check_rate(rate)
  if rate == nil then return M.SCHEDULES.standard end
  if type(rate) == "string" then
    local s = M.SCHEDULES[rate]
    if not s then bad("rate must be a number or one of standard, health, nice, not %s", rate) end
    return s
  end
  if not is_number(rate) then bad("rate must be a number") end
  if rate <= -1 or rate > 1 then bad("rate must be above -1 and at most 1 (0.035 means 3.5%%)") end
  return rate
end

local function rate_in(schedule, year)
  if type(schedule) == "number" then return schedule end
  for _, band in ipairs(schedule) do
    if year <= band[1] then return band[2] end
  end
  return schedule[#schedule][2]
end

-- The rate applied in year t (0 for year 0, which is not discounted).
M.rate_for_year = guard(function(year, rate)
  if not is_number(year) or year < 0 or year ~= math.floor(year) then bad("year must be a whole number, 0 or more") end
  if year == 0 then return 0 end
  return rate_in(check_rate(rate), year)
end)

local function factors_upto(last, schedule)
  local f, d = { [0] = 1 }, 1
  for t = 1, last do
    d = d / (1 + rate_in(schedule, t))
    f[t] = d
  end
  return f
end

M.discount_factor = guard(function(year, rate)
  if not is_number(year) or year < 0 or year ~= math.floor(year) then bad("year must be a whole number, 0 or more") end
  if year > MAX_YEARS then bad("year must be at most %d", MAX_YEARS) end
  return factors_upto(year, check_rate(rate))[year]
end)

-- A plain-English statement of the rate used.
function M.describe_rate(rate)
  if rate == nil or rate == "standard" then
    return "Green Book discount rate: 3.5% a year for years 1-30, then 3.0% (31-75), 2.5% (76-125), 2.0% (126-200), 1.5% (201-300), 1.0% after; year 0 not discounted"
  elseif rate == "health" then
    return "Green Book health discount rate: 1.5% a year for years 1-30, stepping down after; year 0 not discounted"
  elseif rate == "nice" then
    return "NICE reference case: 3.5% a year for costs and health effects alike, no step down; year 0 not discounted"
  end
  return string.format("a constant discount rate of %g%% a year; year 0 not discounted", rate * 100)
end

local function check_flows(flows, name)
  if type(flows) ~= "table" then bad("%s must be a list of yearly amounts, year 0 first", name) end
  local n = #flows
  if n == 0 then bad("%s needs at least one amount (year 0)", name) end
  if n > MAX_YEARS + 1 then bad("%s: at most %d years", name, MAX_YEARS + 1) end
  for i = 1, n do
    if not is_number(flows[i]) then bad("%s: the amount for year %d is not a number", name, i - 1) end
  end
  return n
end

-- Present value of flows (flows[1] is year 0).
M.pv = guard(function(flows, rate)
  local n = check_flows(flows, "flows")
  local f = factors_upto(n - 1, check_rate(rate))
  local sum = 0
  for i = 1, n do sum = sum + flows[i] * f[i - 1] end
  return sum
end)

-- Net present value of net flows (benefit minus cost each year), with the
-- year-by-year table.
M.npv = guard(function(flows, rate)
  local n = check_flows(flows, "flows")
  local schedule = check_rate(rate)
  local f = factors_upto(n - 1, schedule)
  local rows, sum = seq(), 0
  for i = 1, n do
    local pv = flows[i] * f[i - 1]
    sum = sum + pv
    rows[i] = ordered({ year = i - 1, rate = i == 1 and 0 or rate_in(schedule, i - 1), factor = f[i - 1],
      amount = flows[i], present_value = pv, cumulative = sum },
      { "year", "rate", "factor", "amount", "present_value", "cumulative" })
  end
  return ordered({ npv = sum, years = n, rows = rows, rate = M.describe_rate(rate) },
    { "npv", "years", "rate", "rows" })
end)

-- Benefit-cost analysis of yearly costs and benefits (padded with zeros to
-- the longer list): present values, NPV, BCR and the break-even year, the
-- first year from which cumulative discounted benefits stay at or above
-- cumulative discounted costs to the end of the horizon (nil when they
-- never do).
M.bcr = guard(function(costs, benefits, rate)
  local nc = check_flows(costs, "costs")
  local nb = check_flows(benefits, "benefits")
  local n = math.max(nc, nb)
  local schedule = check_rate(rate)
  local f = factors_upto(n - 1, schedule)
  local rows, pvc, pvb = seq(), 0, 0
  for i = 1, n do
    local c, b = costs[i] or 0, benefits[i] or 0
    if c < 0 then bad("costs: the amount for year %d is negative; enter savings as benefits", i - 1) end
    if b < 0 then bad("benefits: the amount for year %d is negative; enter extra costs as costs", i - 1) end
    pvc = pvc + c * f[i - 1]
    pvb = pvb + b * f[i - 1]
    rows[i] = ordered({ year = i - 1, factor = f[i - 1], cost = c, benefit = b,
      pv_cost = c * f[i - 1], pv_benefit = b * f[i - 1], cumulative_net = pvb - pvc },
      { "year", "factor", "cost", "benefit", "pv_cost", "pv_benefit", "cumulative_net" })
  end
  local break_even
  for i = n, 1, -1 do
    if rows[i].cumulative_net >= 0 and (pvb > 0 or pvc > 0) then break_even = i - 1 else break end
  end
  local notes = seq({ M.describe_rate(rate), "amounts are in real terms (constant prices of one base year)" })
  if pvc == 0 then notes[#notes + 1] = "there are no costs, so the benefit-cost ratio is not defined" end
  return ordered({
    pv_costs = pvc, pv_benefits = pvb, npv = pvb - pvc, bcr = pvc > 0 and pvb / pvc or nil,
    break_even_year = break_even, years = n, rows = rows, notes = notes,
  }, { "pv_costs", "pv_benefits", "npv", "bcr", "break_even_year", "years", "notes", "rows" })
end)

-- ---- set-up costs, prices, QALYs, ICER, break-even --------------------------

local TIMINGS = { start = true, ["end"] = true }

-- The annuity factor: the sum of the discount factors of the years a
-- yearly payment is made, years 0 to life - 1 when it is made at the start
-- of each year (as evalwiz's yearly flows are: year 0 first) or 1 to life
-- when at the end (the textbook form, Drummond et al. 2015, chapter 7:
-- (1 - (1 + r)^-n) / r at a constant rate).
local function annuity(life, schedule, timing)
  local f = factors_upto(life, schedule)
  local sum = 0
  local first = timing == "end" and 1 or 0
  for t = first, first + life - 1 do sum = sum + f[t] end
  return sum
end

local function check_life(life)
  if not is_number(life) or life ~= math.floor(life) or life < 1 then bad("life must be a whole number of years, 1 or more") end
  if life > MAX_YEARS then bad("life must be at most %d years", MAX_YEARS) end
  return life
end

-- Equivalent annual cost of a set-up cost paid once: the yearly amount
-- that, paid every year of the life, has the same present value (Drummond
-- et al. 2015).  The set-up cost is spread over the years it serves rather
-- than charged to the first year's families.
M.eac = guard(function(amount, life, rate, timing)
  if not is_number(amount) or amount < 0 then bad("amount must be a number, 0 or more") end
  check_life(life)
  timing = timing or "start"
  if not TIMINGS[timing] then bad("timing must be start or end, not %s", tostring(timing)) end
  local a = annuity(life, check_rate(rate), timing)
  return ordered({ amount = amount, life = life, timing = timing, annuity_factor = a, eac = amount / a,
    rate = M.describe_rate(rate),
    notes = seq({ M.describe_rate(rate),
      timing == "start" and "the yearly amount is paid at the start of each year (years 0 to life - 1), as evalwiz's yearly flows are"
        or "the yearly amount is paid at the end of each year (years 1 to life), the textbook annuity (Drummond et al. 2015)",
      "equivalent annual cost = amount / annuity factor, the annuity factor being the sum of those years' discount factors" }) },
    { "amount", "life", "timing", "annuity_factor", "eac", "rate", "notes" })
end)

-- The deflator for a year: the index, or the last one carried forward at
-- an assumed rate of inflation (nil and why when none is given).
local function deflator_at(year, inflation)
  local d = require("evalwiz.deflators")
  if not is_number(year) or year ~= math.floor(year) then bad("the year must be a whole number") end
  if year < d.first then bad("the GDP deflator series starts in %d; %d is before it", d.first, year) end
  if year <= d.last then return d.index[year], false end
  if inflation == nil then
    bad("the GDP deflator series ends in %d (%s); give an assumed inflation rate for the years after it, such as the OBR's forecast",
      d.last, d.source)
  end
  if not is_number(inflation) or inflation <= -1 or inflation > 1 then bad("inflation must be above -1 and at most 1 (0.02 means 2%%)") end
  return d.index[d.last] * (1 + inflation) ^ (year - d.last), true
end

-- Expresses an amount in the prices of another year with the GDP deflator
-- (HM Treasury's measure of general inflation for appraisal; Green Book
-- chapter 6 and Annex on real prices): value = amount x D(to) / D(from).
M.reprice = guard(function(amount, from, to, inflation)
  if not is_number(amount) then bad("amount must be a number") end
  local d = require("evalwiz.deflators")
  local df, assumed_from = deflator_at(from, inflation)
  local dt, assumed_to = deflator_at(to, inflation)
  local notes = seq({ string.format("GDP deflator: %s", d.source) })
  if assumed_from or assumed_to then
    notes[#notes + 1] = string.format("after %d the deflator is carried forward at an assumed %g%% a year", d.last, inflation * 100)
  end
  notes[#notes + 1] = "value = amount x deflator(to) / deflator(from)"
  return ordered({ amount = amount, from = from, to = to, deflator_from = df, deflator_to = dt, factor = dt / df,
    value = amount * dt / df, notes = notes },
    { "amount", "from", "to", "deflator_from", "deflator_to", "factor", "value", "notes" })
end)

-- Present value of yearly health gains (QALYs, year 0 first), at the Green
-- Book health rate unless another is given: the Green Book discounts
-- health at 1.5% (its rate without the wealth effect); NICE at 3.5%.
M.qalys = guard(function(gains, rate)
  if rate == nil then rate = "health" end
  local n = check_flows(gains, "qalys")
  local f = factors_upto(n - 1, check_rate(rate))
  local sum = 0
  for i = 1, n do sum = sum + gains[i] * f[i - 1] end
  return sum
end)

-- Incremental cost-effectiveness: the present value of the extra costs
-- over that of the extra effects (QALYs, or any outcome in its own units),
-- each at its own rate; with the quadrant when the ratio is not the answer.
M.icer = guard(function(costs, effects, cost_rate, effect_rate)
  if effect_rate == nil then effect_rate = "health" end
  local nc = check_flows(costs, "costs")
  local ne = check_flows(effects, "effects")
  local fc = factors_upto(nc - 1, check_rate(cost_rate))
  local fe = factors_upto(ne - 1, check_rate(effect_rate))
  local pc, pe = 0, 0
  for i = 1, nc do pc = pc + costs[i] * fc[i - 1] end
  for i = 1, ne do pe = pe + effects[i] * fe[i - 1] end
  local quadrant, icer
  if pe > 0 and pc <= 0 then quadrant = "dominant"
  elseif pe <= 0 and pc >= 0 and (pe < 0 or pc > 0) then quadrant = "dominated"
  elseif pe == 0 then quadrant = "no difference in effect"
  else
    icer = pc / pe
    quadrant = pe > 0 and "more effective and more costly" or "less effective and less costly"
  end
  local notes = seq({ "costs: " .. M.describe_rate(cost_rate), "effects: " .. M.describe_rate(effect_rate) })
  if quadrant == "dominant" then notes[#notes + 1] = "the programme costs no more and achieves more: it dominates the comparator, so no ratio is needed"
  elseif quadrant == "dominated" then notes[#notes + 1] = "the programme costs more and achieves no more: the comparator dominates it"
  elseif quadrant == "less effective and less costly" then notes[#notes + 1] = "the programme saves money but achieves less: the ratio is the saving per unit of effect given up" end
  return ordered({ pv_costs = pc, pv_effects = pe, icer = icer, quadrant = quadrant, notes = notes },
    { "pv_costs", "pv_effects", "icer", "quadrant", "notes" })
end)

-- The break-even effect size: the effect, in standard deviations, at which
-- the present value of the money benefits equals that of the extra costs,
-- given the benefit of a one-SD effect in each year (a switching value in
-- the Green Book's sense).
M.break_even = guard(function(costs, benefit_per_sd, rate)
  local nc = check_flows(costs, "costs")
  local nb = check_flows(benefit_per_sd, "benefit_per_sd")
  local schedule = check_rate(rate)
  local fc, fb = factors_upto(nc - 1, schedule), factors_upto(nb - 1, schedule)
  local pc, pb = 0, 0
  for i = 1, nc do pc = pc + costs[i] * fc[i - 1] end
  for i = 1, nb do
    if benefit_per_sd[i] < 0 then bad("benefit_per_sd: the amount for year %d is negative", i - 1) end
    pb = pb + benefit_per_sd[i] * fb[i - 1]
  end
  if pb <= 0 then bad("benefit_per_sd has no value: give the money value of a one-standard-deviation effect for at least one year") end
  local notes = seq({ M.describe_rate(rate),
    "break-even effect = present value of the extra costs / present value of the benefits of a one-standard-deviation effect; it assumes benefits grow in proportion to the effect" })
  if pc <= 0 then notes[#notes + 1] = "the extra costs are not positive, so any positive effect breaks even" end
  return ordered({ pv_costs = pc, pv_benefit_per_sd = pb, effect = math.max(pc, 0) / pb, notes = notes },
    { "pv_costs", "pv_benefit_per_sd", "effect", "notes" })
end)

-- ---- cost analysis ---------------------------------------------------------

local KINDS = { setup = "setup", ["set-up"] = "setup", set_up = "setup", ["set up"] = "setup",
  recurrent = "recurrent", running = "recurrent", ongoing = "recurrent" }

local function item_number(item, i, key, label, required)
  local v = item[key]
  if v == nil or v == "" then
    if required then bad("cost item %d (%s): %s is missing", i, label, key) end
    return nil
  end
  if type(v) == "string" then v = tonumber(v) end
  if not is_number(v) then bad("cost item %d (%s): %s must be a number", i, label, key) end
  if v < 0 then bad("cost item %d (%s): %s must not be negative", i, label, key) end
  return v
end

local function check_items(items)
  if type(items) ~= "table" or #items == 0 then bad("there are no cost items") end
  local out = {}
  for i, it in ipairs(items) do
    if type(it) ~= "table" then bad("cost item %d must be a record", i) end
    local name = it.name or it.item
    if type(name) ~= "string" or name == "" then name = "item " .. i end
    local kind = it.kind
    if kind == nil or kind == "" then kind = "recurrent" end
    local k = type(kind) == "string" and KINDS[kind:lower()]
    if not k then bad("cost item %d (%s): kind must be set-up or recurrent, not %s", i, name, tostring(kind)) end
    local category = it.category
    if type(category) ~= "string" or category == "" then category = "uncategorised" end
    local q = item_number(it, i, "quantity", name, false) or 1
    local u = item_number(it, i, "unit_cost", name, true)
    local low = item_number(it, i, "low", name, false)
    local high = item_number(it, i, "high", name, false)
    if low and high and low > high then bad("cost item %d (%s): low (%g) is above high (%g)", i, name, low, high) end
    out[i] = { name = name, category = category, kind = k, quantity = q, unit_cost = u, low = low, high = high }
  end
  return out
end

local function count(v, name)
  if v == nil or v == "" then return nil end
  if type(v) == "string" then v = tonumber(v) end
  if not is_number(v) or v < 0 then bad("%s must be a number, 0 or more", name) end
  return v
end

local function totals(items, unit_override)
  local total, setup, recurrent = 0, 0, 0
  for i, it in ipairs(items) do
    local cost = it.quantity * (unit_override and unit_override[i] or it.unit_cost)
    total = total + cost
    if it.kind == "setup" then setup = setup + cost else recurrent = recurrent + cost end
  end
  return total, setup, recurrent
end

local function per(total, n) if n and n > 0 then return total / n end end

-- One-way sensitivity: f(inputs) at each input's low and high value, the
-- others at their central value.  ranges is a list of { name=, low=, high= }
-- (either bound may be nil); returns rows of { name, low, high, at_low, at_high }.
function M.one_way(f, ranges)
  local rows = seq()
  for _, r in ipairs(ranges) do
    rows[#rows + 1] = ordered({
      name = r.name, low = r.low, high = r.high,
      at_low = r.low ~= nil and f(r.name, r.low) or nil,
      at_high = r.high ~= nil and f(r.name, r.high) or nil,
    }, { "name", "low", "high", "at_low", "at_high" })
  end
  return rows
end

-- Cost summary of cost items ({name or item, category, quantity, unit_cost,
-- kind = set-up | recurrent, low, high}; low and high are the lowest and
-- highest plausible unit cost) for the given numbers of participants and
-- completers.  The sensitivity table varies each item's unit cost alone;
-- the range puts every item at its low, then at its high, cost.  opts may
-- also give:
--   life       the years the set-up costs serve: they are annualised over it
--              (equivalent annual cost, at rate) for the steady-state cost
--              per family, instead of falling on one year's families
--   rate       the discount rate for that (nil: the Green Book schedule)
--   usual      the cost per family of usual support: the incremental cost
--   from_year, to_year, inflation
--              reprice every unit cost from the prices of from_year to
--              those of to_year with the GDP deflator (econ.reprice)
M.costs = guard(function(items, opts)
  opts = opts or {}
  local list = check_items(items)
  local participants = count(opts.participants, "participants")
  local completers = count(opts.completers, "completers")
  if participants and completers and completers > participants then
    bad("completers (%g) must not be more than participants (%g)", completers, participants)
  end
  local notes = seq({ "costs are quantity x unit cost for each item over the period costed, in one price base" })
  local price_factor
  if opts.from_year ~= nil and opts.to_year ~= nil and opts.from_year ~= opts.to_year then
    local r, err = M.reprice(1, opts.from_year, opts.to_year, opts.inflation)
    if not r then bad("%s", err) end
    price_factor = r.factor
    for _, it in ipairs(list) do
      it.unit_cost = it.unit_cost * price_factor
      if it.low then it.low = it.low * price_factor end
      if it.high then it.high = it.high * price_factor end
    end
    notes[#notes + 1] = string.format("unit costs given in %d prices are expressed in %d prices: x %.4f (%s)",
      opts.from_year, opts.to_year, price_factor, r.notes[1])
    if r.notes[2] and r.notes[2]:find("assumed", 1, true) then notes[#notes + 1] = r.notes[2] end
  end
  local total, setup, recurrent = totals(list)
  local cats, order = {}, {}
  local rows = seq()
  for _, it in ipairs(list) do
    local cost = it.quantity * it.unit_cost
    if not cats[it.category] then cats[it.category] = 0; order[#order + 1] = it.category end
    cats[it.category] = cats[it.category] + cost
    rows[#rows + 1] = ordered({ name = it.name, category = it.category, kind = it.kind,
      quantity = it.quantity, unit_cost = it.unit_cost, total = cost },
      { "name", "category", "kind", "quantity", "unit_cost", "total" })
  end
  local by_category = seq()
  for _, c in ipairs(order) do
    by_category[#by_category + 1] = ordered({ category = c, total = cats[c], share = total > 0 and cats[c] / total or 0 },
      { "category", "total", "share" })
  end
  local ranges = {}
  for i, it in ipairs(list) do
    if it.low or it.high then ranges[#ranges + 1] = { name = it.name, low = it.low, high = it.high, index = i } end
  end
  local index = {}
  for _, r in ipairs(ranges) do index[r.name] = r.index end
  local sens = M.one_way(function(name, unit)
    local t = totals(list, { [index[name]] = unit })
    return t
  end, ranges)
  for _, row in ipairs(sens) do
    row.per_participant_low = row.at_low and per(row.at_low, participants)
    row.per_participant_high = row.at_high and per(row.at_high, participants)
    getmetatable(row).__order = { "name", "low", "high", "at_low", "at_high", "per_participant_low", "per_participant_high" }
  end
  -- every item at its low, then its high, unit cost (its own where none is given)
  local range
  if #ranges > 0 then
    local lows, highs = {}, {}
    for i, it in ipairs(list) do lows[i] = it.low or it.unit_cost; highs[i] = it.high or it.unit_cost end
    local tl, tsl, trl = totals(list, lows)
    local th, tsh, trh = totals(list, highs)
    range = ordered({ total_low = tl, total_high = th, setup_low = tsl, setup_high = tsh,
      recurrent_low = trl, recurrent_high = trh,
      per_participant_low = per(tl, participants), per_participant_high = per(th, participants) },
      { "total_low", "total_high", "setup_low", "setup_high", "recurrent_low", "recurrent_high",
        "per_participant_low", "per_participant_high" })
  end
  -- set-up costs annualised over the programme's life
  local eac, life
  if opts.life ~= nil then
    life = opts.life
    local r, err = M.eac(setup, life, opts.rate)
    if not r then bad("%s", err) end
    eac = r.eac
    if range then
      range.per_participant_steady_low = per(range.recurrent_low + M.eac(range.setup_low, life, opts.rate).eac, participants)
      range.per_participant_steady_high = per(range.recurrent_high + M.eac(range.setup_high, life, opts.rate).eac, participants)
      table.insert(getmetatable(range).__order, "per_participant_steady_low")
      table.insert(getmetatable(range).__order, "per_participant_steady_high")
    end
  end
  local steady = per(recurrent + (eac or 0), participants)
  local usual = count(opts.usual, "usual")
  local incremental = (steady and usual) and steady - usual or nil
  if not participants then notes[#notes + 1] = "the number of participants is not given, so there is no cost per participant" end
  if not completers then notes[#notes + 1] = "the number of completers is not given, so there is no cost per completer" end
  if #ranges == 0 then notes[#notes + 1] = "no item has a low or high unit cost, so there is no sensitivity table or range" end
  if participants then
    notes[#notes + 1] = "cost per participant puts all the set-up costs on these participants, as in a first year; the steady-state cost per participant is what later years cost"
    if eac then
      notes[#notes + 1] = string.format("steady state: recurrent costs plus the set-up costs annualised over %d years (equivalent annual cost %s; %s)",
        life, string.format("%.2f", eac), M.describe_rate(opts.rate))
    else
      notes[#notes + 1] = "steady state: recurrent costs only, since the life of the set-up costs is not given"
    end
  end
  if incremental then
    notes[#notes + 1] = string.format("incremental cost per participant = steady-state cost - the cost of usual support (%.2f)", usual)
  end
  return ordered({
    total = total, setup = setup, recurrent = recurrent,
    participants = participants, completers = completers,
    per_participant = per(total, participants), per_completer = per(total, completers),
    life = life, eac_setup = eac,
    per_participant_recurrent = per(recurrent, participants), per_participant_steady = steady,
    usual = usual, incremental_per_participant = incremental, price_factor = price_factor,
    by_category = by_category, items = rows, sensitivity = sens, range = range, notes = notes,
  }, { "total", "setup", "recurrent", "participants", "completers", "per_participant", "per_completer",
       "life", "eac_setup", "per_participant_recurrent", "per_participant_steady", "usual",
       "incremental_per_participant", "price_factor",
       "by_category", "items", "sensitivity", "range", "notes" })
end)

-- The discount rate a plan gives: its discount_rate in percent, where 3.5
-- (or none) means the Green Book schedule.
function M.plan_rate(step)
  local r = step and step.discount_rate
  if type(r) ~= "number" or r == 3.5 then return nil end
  return r / 100
end

local function num_of(v) if type(v) == "number" then return v end return nil end

-- The cost summary of a plan: reads, in the step the pack names as its
-- costs (costs = "step" in pack.lua), cost_items (records with
-- item, category, quantity, unit_cost, kind, and optionally low and high),
-- participants / completers, and the economics fields
-- (doc/calculators.md): programme_life_years (or horizon_years),
-- usual_support_cost, costs_price_year and price_base_year with
-- future_inflation, and for the ratios qaly_gain, qaly_years,
-- health_discount, benefit_per_sd and benefit_years.
M.from_plan = guard(function(view, step_id)
  if type(step_id) ~= "string" then
    bad("the plan's step pack has no costs step (costs = \"step\" in its pack.lua)")
  end
  local step = view and view[step_id]
  local items = step and step.cost_items
  if items == nil or type(items) ~= "table" or #items == 0 then
    bad("the plan has no cost items yet: fill in %s.cost_items (item, category, quantity, unit_cost, kind)", step_id)
  end
  local life = num_of(step.programme_life_years) or num_of(step.horizon_years)
  if life then life = math.max(1, math.floor(life)) end
  local usual = num_of(step.usual_support_cost)
  if usual == nil and step.comparator == "nothing" then usual = 0 end
  local inflation = num_of(step.future_inflation)
  local res, err = M.costs(items, {
    participants = step.participants, completers = step.completers,
    life = life, rate = M.plan_rate(step), usual = usual,
    from_year = num_of(step.costs_price_year), to_year = num_of(step.price_base_year),
    inflation = inflation and inflation / 100,
  })
  if not res then bad("%s: %s", step_id, err) end
  local order = getmetatable(res).__order
  local cost = res.incremental_per_participant
  local gain, years = num_of(step.qaly_gain), num_of(step.qaly_years)
  if gain and years and years >= 1 then
    local flows = {}
    for t = 1, math.min(math.floor(years), MAX_YEARS) do flows[t] = gain end
    local health = step.health_discount == "nice" and "nice" or "health"
    res.qalys_per_participant = M.qalys(flows, health)
    table.insert(order, #order, "qalys_per_participant")
    if cost then
      -- both are present values already: the cost falls in year 0 and the
      -- QALYs were discounted above
      local r = M.icer({ cost }, { res.qalys_per_participant })
      res.icer = r.icer
      res.icer_quadrant = r.quadrant
      table.insert(order, #order, "icer")
      table.insert(order, #order, "icer_quadrant")
      res.notes[#res.notes + 1] = string.format("QALYs: %g a year for %d years per participant, discounted at %s; ICER = incremental cost / discounted QALYs",
        gain, math.floor(years), M.describe_rate(health))
    else
      res.notes[#res.notes + 1] = "no ICER: give the cost of usual support per family for the incremental cost"
    end
  end
  local bsd, byears = num_of(step.benefit_per_sd), num_of(step.benefit_years)
  if bsd and byears and byears >= 1 and cost then
    local flows = {}
    for t = 1, math.min(math.floor(byears), MAX_YEARS) do flows[t] = bsd end
    local r = M.break_even({ cost }, flows, M.plan_rate(step))
    if r then
      res.break_even_effect = r.effect
      table.insert(order, #order, "break_even_effect")
      res.notes[#res.notes + 1] = string.format("break-even effect: the effect in standard deviations at which %s a year for %d years per participant, for a one-SD effect, repays the incremental cost",
        string.format("%.2f", bsd), math.floor(byears))
    end
  end
  return res
end)

return M
