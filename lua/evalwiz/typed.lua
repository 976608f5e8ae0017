-- typed.lua: numbers and dates as people write them.  A practitioner types
-- "25%", "£30", "1,250", "2 hours", "01/09/2027" or "1 Sept 2027"; each is
-- read where it fits the question's unit and turned into what the plan
-- stores (25, 30, 1250, 120 minutes, 2027-09-01), with a note saying so.
-- Anything else is left for the caller's message.  Shared by the wizard,
-- plain mode and `evalwiz set` (through plan.coerce).
local M = {}

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- ---- numbers -----------------------------------------------------------------

-- Currency marks a sum of money may start or end with, for a field whose
-- unit is one of them (the unit "£" takes "£30", "GBP 30", "30 pounds").
local CURRENCY = {
  ["£"] = { "£", "gbp", "pounds", "pound" },
  ["$"] = { "$", "usd", "dollars", "dollar" },
  ["€"] = { "€", "eur", "euros", "euro" },
}

-- Units of time: how many of the field's unit one of these is.  A field in
-- minutes takes "2 hours" as 120; one in weeks takes "1 year" as 52.
local TIME = {
  minutes = { minute = 1, min = 1, hour = 60, hr = 60, h = 60 },
  hours = { hour = 1, hr = 1, h = 1, minute = 1 / 60, min = 1 / 60 },
  days = { day = 1, week = 7 },
  weeks = { week = 1, wk = 1, year = 52 },
  months = { month = 1, mth = 1, mo = 1, year = 12, yr = 12 },
  years = { year = 1, yr = 1 },
}

-- The digits of a number written with thousands separated by commas
-- ("12,000", "1,250.5"), or nil when the commas are not thousands.
local function without_thousands(s)
  if not s:find(",", 1, true) then return s end
  local sign, whole, frac = s:match("^([%+%-]?)([%d,]+)(%.?%d*)$")
  if not whole then return nil end
  local groups = {}
  for g in (whole .. ","):gmatch("([^,]*),") do groups[#groups + 1] = g end
  if not groups[1]:match("^%d%d?%d?$") then return nil end
  for i = 2, #groups do
    if not groups[i]:match("^%d%d%d$") then return nil end
  end
  return sign .. table.concat(groups) .. frac
end

-- Plain decimal digits (no hexadecimal, no exponent), as a person writes a number.
local function decimal(s)
  return s:match("^[%+%-]?%d+%.?%d*$") or s:match("^[%+%-]?%.%d+$") or s:match("^[%+%-]?%d+%.?%d*[eE][%+%-]?%d+$")
end

local function singular(w)
  w = w:lower():gsub("%.$", "")
  if #w > 2 and w:sub(-1) == "s" then w = w:sub(1, -2) end
  return w
end

-- Reads text typed for a number question.  Returns the number and a note
-- ("2 hours" -> 120, "stored as 120 minutes") when it read more than
-- plain digits, or nil and why not (with what to type instead).
function M.number(field, text)
  local s = trim(tostring(text or ""))
  local unit = field.unit and tostring(field.unit) or nil
  if decimal(s) then return math.tointeger(tonumber(s)) or tonumber(s) end
  local note = nil
  local scale = 1
  local low = s:lower()
  -- a currency mark, where the unit is money
  for mark, words in pairs(CURRENCY) do
    if unit == mark or (unit and unit:lower():find(words[2], 1, true)) then
      for _, w in ipairs(words) do
        local a, b = low:find(w, 1, true)
        if a == 1 then s = trim(s:sub(b + 1)); low = s:lower(); note = true
        elseif b and b == #low then s = trim(s:sub(1, a - 1)); low = s:lower(); note = true end
      end
    end
  end
  -- a percentage: in a field in % it is the number; in a proportion
  -- (at most 1, like power) it is divided by 100
  if low:match("%%%s*$") or low:match("%s+per%s*cent$") or low:match("%s+percent$") then
    local pct = unit == "%" or (unit and unit:find("percentage", 1, true))
    if pct then
      s = trim(s:gsub("%s*%%%s*$", ""):gsub("%s+per%s*cent$", ""):gsub("%s+percent$", ""))
      note = true
    elseif field.max and field.max <= 1 then
      s = trim(s:gsub("%s*%%%s*$", ""):gsub("%s+per%s*cent$", ""):gsub("%s+percent$", ""))
      scale = 1 / 100
      note = true
    else
      return nil, "a percentage does not fit here"
    end
    low = s:lower()
  end
  -- "percentage points", "pp"
  if unit and unit:find("percentage point", 1, true) then
    s = trim(s:gsub("%s*percentage points?$", ""):gsub("%s*pp$", ""))
    low = s:lower()
  end
  -- a word after the number: the field's own unit, or a unit of time it converts
  local num, word = s:match("^([%-%d.,]+)%s*(%a[%a%s.]*)$")
  if num then
    local u = unit and unit:lower() or ""
    local w = word:lower():gsub("%s+$", "")
    if u ~= "" and (w == u or singular(w) == singular(u) or u:find("^" .. w:gsub("%p", "%%%0"))) then
      s = num
    elseif TIME[u] and TIME[u][singular(w)] then
      s = num
      scale = scale * TIME[u][singular(w)]
      note = true
    else
      return nil, string.format("\"%s\" is not a unit this question takes%s", word,
        unit and (" (it is in " .. unit .. ")") or "")
    end
  end
  local digits = without_thousands(s)
  if not digits then return nil, "the commas are not thousands (write 1,250 or 1250)" end
  if digits ~= s then note = true end
  if not decimal(digits) then return nil end
  local v = math.tointeger(tonumber(digits)) or tonumber(digits)
  if v == nil then return nil end
  if scale ~= 1 then
    v = v * scale
    if v == math.floor(v) and math.abs(v) < 2 ^ 53 then v = math.tointeger(v) or v end
    -- 80% as 0.8, not 0.80000000000000004
    if math.type(v) == "float" then v = tonumber(string.format("%.10g", v)) end
  end
  if note then
    note = string.format("read \"%s\" as %s%s", trim(tostring(text)), M.show_number(v),
      unit and (" " .. unit) or "")
  end
  return v, nil, note
end

-- A number as the wizard shows it: whole numbers plain, others with at
-- most a few decimals and no float noise (0.59, not 0.59329016615315).
function M.show_number(v, decimals)
  if type(v) ~= "number" then return tostring(v) end
  if math.type(v) == "integer" then return tostring(v) end
  if v == math.floor(v) and math.abs(v) < 1e15 then return string.format("%d", math.floor(v)) end
  local s = string.format("%." .. tostring(decimals or 4) .. "f", v):gsub("0+$", ""):gsub("%.$", "")
  return s
end

-- ---- dates -------------------------------------------------------------------

local MONTHS = {
  jan = 1, january = 1, feb = 2, february = 2, mar = 3, march = 3, apr = 4, april = 4, may = 5,
  jun = 6, june = 6, jul = 7, july = 7, aug = 8, august = 8, sep = 9, sept = 9, september = 9,
  oct = 10, october = 10, nov = 11, november = 11, dec = 12, december = 12,
}

local function month_of(w)
  return MONTHS[w:lower():gsub("%.$", "")]
end

local function iso(y, m, d)
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if not (y and m and d) then return nil end
  if y < 100 then y = y + 2000 end
  return string.format("%04d-%02d-%02d", y, m, d)
end

-- Reads text typed for a date: YYYY-MM-DD as stored, or as people write
-- it in the UK (day first): 01/09/2027, 1-9-27, 1.9.2027, 1 Sept 2027,
-- 1st September 2027, Sept 1, 2027.  Returns YYYY-MM-DD (not checked for
-- a real day: the caller does) and a note when it was written otherwise,
-- or nil.
function M.date(text)
  local s = trim(tostring(text or ""))
  if s:match("^%d%d%d%d%-%d%d%-%d%d$") then return s end
  local out
  local d, m, y = s:match("^(%d%d?)[/%-.](%d%d?)[/%-.](%d%d%d?%d?)$")
  if d and (#y == 2 or #y == 4) then out = iso(y, m, d) end
  if not out then
    local y2, m2, d2 = s:match("^(%d%d%d%d)[/.](%d%d?)[/.](%d%d?)$")
    if y2 then out = iso(y2, m2, d2) end
  end
  if not out then
    local dd, mon, yy = s:match("^(%d%d?)%a*%s+(%a+%.?),?%s+(%d%d%d%d)$")
    if dd and month_of(mon) then out = iso(yy, month_of(mon), dd) end
  end
  if not out then
    local mon, dd, yy = s:match("^(%a+%.?)%s+(%d%d?)%a*,?%s+(%d%d%d%d)$")
    if mon and month_of(mon) then out = iso(yy, month_of(mon), dd) end
  end
  if not out then return nil end
  return out, string.format("read \"%s\" as %s", s, out)
end

return M
