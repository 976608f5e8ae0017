-- Numbers and dates as people write them (evalwiz.typed), and plan.coerce
-- taking them for number and date questions: what is read, what it is
-- stored as, the note that says so, and what is still refused.
local typed = require("evalwiz.typed")
local plan = require("evalwiz.plan")

local function num(field, text)
  local v, why, note = typed.number(field, text)
  return v, why, note
end

test("plain digits are read as before, with no note", function()
  local v, why, note = num({}, "12")
  eq(v, 12); eq(why, nil); eq(note, nil)
  eq(math.type(num({}, "12")), "integer")
  eq(num({}, "12.5"), 12.5)
  eq(num({}, "-3"), -3)
end)

test("a percentage in a field in % is the number", function()
  local v, _, note = num({ unit = "%" }, "25%")
  eq(v, 25)
  eq(note, 'read "25%" as 25 %')
  eq(num({ unit = "%" }, "25 %"), 25)
  eq(num({ unit = "%" }, "12.5 percent"), 12.5)
end)

test("a percentage in a proportion (at most 1) is divided by 100", function()
  eq(num({ max = 1 }, "80%"), 0.8)
  eq(num({ min = 0, max = 1 }, "5%"), 0.05)
end)

test("a percentage where neither fits is refused, saying why", function()
  local v, why = num({ unit = "children" }, "25%")
  eq(v, nil)
  eq(why, "a percentage does not fit here")
end)

test("money: a pound sign, GBP or pounds, in a field in pounds", function()
  eq(num({ unit = "£" }, "£30"), 30)
  eq(num({ unit = "£" }, "£1,250.50"), 1250.5)
  eq(num({ unit = "£" }, "GBP 30"), 30)
  eq(num({ unit = "£" }, "30 pounds"), 30)
  eq(num({ unit = "£" }, "£ 12,000"), 12000)
  local _, _, note = num({ unit = "£" }, "£30")
  eq(note, 'read "£30" as 30 £')
  -- not money: the pound sign is not taken
  eq((num({ unit = "children" }, "£30")), nil)
end)

test("thousands separated by commas, and commas that are not thousands", function()
  eq(num({}, "1,250"), 1250)
  eq(num({}, "12,000"), 12000)
  eq(num({}, "1,000,000"), 1000000)
  local v, why = num({}, "1,25")
  eq(v, nil)
  eq(why, "the commas are not thousands (write 1,250 or 1250)")
  eq((num({}, "12,00")), nil)
end)

test("a unit of time converts to the field's", function()
  eq(num({ unit = "minutes" }, "2 hours"), 120)
  eq(num({ unit = "minutes" }, "1 hour"), 60)
  eq(num({ unit = "minutes" }, "90 minutes"), 90)
  eq(num({ unit = "minutes" }, "90 mins"), 90)
  eq(num({ unit = "weeks" }, "10 weeks"), 10)
  eq(num({ unit = "weeks" }, "1 year"), 52)
  eq(num({ unit = "months" }, "2 years"), 24)
  eq(num({ unit = "years" }, "3 years"), 3)
  local _, _, note = num({ unit = "minutes" }, "2 hours")
  eq(note, 'read "2 hours" as 120 minutes')
end)

test("the field's own unit after the number, singular or plural", function()
  eq(num({ unit = "children" }, "30 children"), 30)
  eq(num({ unit = "families a month" }, "30 families"), 30)
  eq(num({ unit = "percentage points" }, "5 percentage points"), 5)
  eq(num({ unit = "percentage points" }, "5pp"), 5)
  local v, why = num({ unit = "children" }, "30 kids")
  eq(v, nil)
  eq(why, '"kids" is not a unit this question takes (it is in children)')
end)

test("what is not a number stays refused", function()
  eq((num({}, "0x10")), nil)
  eq((num({}, "twelve")), nil)
  eq((num({}, "")), nil)
end)

test("numbers are shown without float noise", function()
  eq(typed.show_number(0.59329016615315), "0.5933")
  eq(typed.show_number(0.59329016615315, 2), "0.59")
  eq(typed.show_number(58800.0), "58800")
  eq(typed.show_number(12), "12")
end)

test("dates: day first as written in the UK, and in words", function()
  local cases = {
    { "01/09/2027", "2027-09-01" }, { "1/9/2027", "2027-09-01" }, { "1/9/27", "2027-09-01" },
    { "1-9-2027", "2027-09-01" }, { "1.9.2027", "2027-09-01" },
    { "1 Sept 2027", "2027-09-01" }, { "1 September 2027", "2027-09-01" },
    { "1st September 2027", "2027-09-01" }, { "Sept 1, 2027", "2027-09-01" },
    { "21 Mar. 2028", "2028-03-21" }, { "2027/9/1", "2027-09-01" },
  }
  for _, c in ipairs(cases) do
    local d, note = typed.date(c[1])
    eq(d, c[2], c[1])
    eq(note, 'read "' .. c[1] .. '" as ' .. c[2])
  end
  local d, note = typed.date("2027-09-01")
  eq(d, "2027-09-01"); eq(note, nil)
end)

test("dates that are not dates", function()
  eq(typed.date("tomorrow"), nil)
  eq(typed.date("1 Smarch 2027"), nil)
  eq(typed.date("2027"), nil)
  -- read, but not a real day: plan.valid_date says so
  local d = typed.date("31/02/2027")
  eq(d, "2027-02-31")
  eq(plan.valid_date(d), false)
end)

test("plan.coerce stores what typed reads, and says so", function()
  local v, err, note = plan.coerce({ type = "number", unit = "minutes" }, "2 hours", nil, {})
  eq(v, 120); eq(err, nil); eq(note, 'read "2 hours" as 120 minutes')
  v, err, note = plan.coerce({ type = "date" }, "1 Sept 2027", nil, {})
  eq(v, "2027-09-01"); eq(err, nil); eq(note, 'read "1 Sept 2027" as 2027-09-01')
  v, err = plan.coerce({ type = "number", unit = "%", min = 0, max = 100 }, "125%", nil, {})
  eq(v, nil)
  assert(err:find("out of range"), err)
  v, err = plan.coerce({ type = "number" }, "lots", nil, {})
  eq(v, nil)
  eq(err, 'expected a number, got "lots"')
  v, err = plan.coerce({ type = "date" }, "31/02/2027", nil, {})
  eq(v, nil)
  eq(err, '"31/02/2027" is not a real date: check the day and the month (day first, like 31/12/2026)')
end)

test("a choice or check boxes typed as an option's label or the start of one", function()
  local tp = { type = "multi", options = {
    { value = "baseline", label = "before the programme (baseline)" }, { value = "end", label = "end of the programme" },
    { value = "m6", label = "6 months after the end" }, { value = "m12", label = "12 months after the end" } } }
  -- the help's own example
  local v, err = plan.coerce(tp, "baseline, end, 6 months", nil, {})
  eq(err, nil)
  eq(table.concat(v, ","), "baseline,end,m6")
  v = plan.coerce(tp, "Before the programme (baseline), 12 MONTHS AFTER THE END", nil, {})
  eq(table.concat(v, ","), "baseline,m12")
  -- "1" begins no label; a start two labels share names neither
  v, err = plan.coerce(tp, "6", nil, {})
  eq(table.concat(v, ","), "m6")
  v, err = plan.coerce({ type = "choice", options = { { value = "a", label = "same start one" },
    { value = "b", label = "same start two" } } }, "same start", nil, {})
  eq(v, nil)
  assert(err:find("not one of the options"), err)
end)
