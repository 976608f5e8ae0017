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
}

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
    if not s then bad("rate must be a number or one of standard, health, not %s", rate) end
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
-- completers.  The sensitivity table varies each item's unit cost alone.
M.costs = guard(function(items, opts)
  opts = opts or {}
  local list = check_items(items)
  local participants = count(opts.participants, "participants")
  local completers = count(opts.completers, "completers")
  if participants and completers and completers > participants then
    bad("completers (%g) must not be more than participants (%g)", completers, participants)
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
  local notes = seq({ "costs are quantity x unit cost for each item over the period costed, in one price base" })
  if not participants then notes[#notes + 1] = "the number of participants is not given, so there is no cost per participant" end
  if not completers then notes[#notes + 1] = "the number of completers is not given, so there is no cost per completer" end
  if #ranges == 0 then notes[#notes + 1] = "no item has a low or high unit cost, so there is no sensitivity table" end
  return ordered({
    total = total, setup = setup, recurrent = recurrent,
    participants = participants, completers = completers,
    per_participant = per(total, participants), per_completer = per(total, completers),
    by_category = by_category, items = rows, sensitivity = sens, notes = notes,
  }, { "total", "setup", "recurrent", "participants", "completers", "per_participant", "per_completer",
       "by_category", "items", "sensitivity", "notes" })
end)

-- The cost summary of a plan: reads value_for_money.cost_items (records with
-- item, category, quantity, unit_cost, kind, and optionally low and high) and
-- value_for_money.participants / completers from a view of the answers.
M.from_plan = guard(function(view)
  local step = view and view.value_for_money
  local items = step and step.cost_items
  if items == nil or type(items) ~= "table" or #items == 0 then
    bad("the plan has no cost items yet: fill in value_for_money.cost_items (item, category, quantity, unit_cost, kind)")
  end
  local res, err = M.costs(items, { participants = step.participants, completers = step.completers })
  if not res then bad("value_for_money: %s", err) end
  return res
end)

return M
