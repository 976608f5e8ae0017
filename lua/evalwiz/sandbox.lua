-- sandbox.lua: fresh environments for pack and template code: safe base
-- functions, copies of string, table, math, utf8 and coroutine, and what the
-- caller adds.  Nothing here reaches files, the host, or evalwiz's own globals.
local M = {}

local safe_base = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget",
  "rawlen", "rawset", "select", "tonumber", "tostring", "type", "xpcall",
  "getmetatable",
}

local libs = { "string", "table", "math", "utf8", "coroutine" }

local real_setmetatable = setmetatable
-- counts work done inside C against the call's budget (see script.c)
local charge = host.charge
local MAX_REP = 16 * 1024 * 1024

local function copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end

-- setmetatable that refuses finalizers (they would run outside any budget)
-- and metatables that are protected.
local function safe_setmetatable(t, mt)
  if type(t) ~= "table" then
    error("setmetatable: expected a table", 2)
  end
  if mt ~= nil and type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("setmetatable: __gc is not allowed in packs and templates", 2)
  end
  return real_setmetatable(t, mt)
end

-- string.rep that refuses to build huge strings in one call.
local real_rep = string.rep
local function safe_rep(s, n, sep)
  s = tostring(s)
  n = math.tointeger(n) or 0
  local size = (#s + (sep and #tostring(sep) or 0)) * n
  if size > MAX_REP then
    error(string.format("string.rep: result would be %d MB; the limit is %d MB",
      size // (1024 * 1024), MAX_REP // (1024 * 1024)), 2)
  end
  -- one step per copy and per 8 bytes: building the text is work the
  -- instruction count cannot see
  if n > 1000 then charge(n + size // 8) end
  return real_rep(s, n, sep)
end

-- Lua patterns backtrack inside C, out of reach of the instruction count and
-- of the hook, so the cost of a match is bounded before it starts.  Each
-- repeated item (x*, x+, x-) can try at most L + 1 lengths, where L is the
-- longest run of characters in the subject it can match; x? tries two.  The
-- number of ways to match from one starting place is at most the product of
-- these (each a walk along the pattern), times the subject's length when %b
-- or a back-reference scans the text; an unanchored search tries every
-- starting place.
local MAX_MATCH_WORK = 2e7
-- (the real functions: the methods of strings are the guarded ones)
local real_gmatch, real_match = string.gmatch, string.match

-- index of the ] closing the set that opens at p[i] (as the matcher reads it)
local function set_end(p, i)
  local j = i + 1
  if p:sub(j, j) == "^" then j = j + 1 end
  repeat
    if j > #p then return #p end -- malformed: the matcher itself says so
    local c = p:sub(j, j)
    j = j + 1
    if c == "%" then j = j + 1 end
  until p:sub(j, j) == "]"
  return j
end

-- The single-character items of a pattern with their repetition marks.
local function pattern_items(p)
  local items, i, n = {}, 1, #p
  local anchored = p:sub(1, 1) == "^"
  local scans = false
  if anchored then i = 2 end
  while i <= n do
    local c = p:sub(i, i)
    local item
    if c == "(" or c == ")" then
      i = i + 1
    elseif c == "%" then
      local d = p:sub(i + 1, i + 1)
      if d == "b" then
        scans = true
        i = i + 4
      elseif d == "f" then
        i = set_end(p, i + 2) + 1
      elseif real_match(d, "^%d$") then
        scans = true
        i = i + 2
      else
        item = p:sub(i, i + 1)
        i = i + 2
      end
    elseif c == "[" then
      local j = set_end(p, i)
      item = p:sub(i, j)
      i = j + 1
    else
      item = c
      i = i + 1
    end
    if item then
      local q = p:sub(i, i)
      if q == "*" or q == "+" or q == "-" or q == "?" then
        i = i + 1
      else
        q = nil
      end
      items[#items + 1] = { class = item, q = q }
    end
  end
  return items, anchored, scans
end

local function longest_run(s, class)
  if class == "." then return #s end
  if #class == 1 and real_match(class, "^%p$") then class = "%" .. class end
  local best = 0
  for run in real_gmatch(s, class .. "+") do
    if #run > best then best = #run end
  end
  return best
end

-- An upper bound on the matcher's work for subject s and pattern p.
local function match_work(s, p, anchored_ok)
  local items, anchored, scans = pattern_items(p)
  local n = #s
  -- floats: integer products would wrap around and look small
  local work = (anchored and anchored_ok) and 1.0 or (n + 1.0)
  if scans then work = work * (n + 1) end
  -- cheap first: with every run as long as the subject, is it small anyway?
  local rough = work
  for _, it in ipairs(items) do
    if it.q then rough = rough * (it.q == "?" and 2 or (n + 1)) end
  end
  if rough <= MAX_MATCH_WORK then return rough end
  for _, it in ipairs(items) do
    if it.q == "?" then
      work = work * 2
    elseif it.q then
      work = work * (longest_run(s, it.class) + 1)
    end
    if work > MAX_MATCH_WORK then return work end
  end
  return work
end

-- Level 2 from host.trusted_caller is whoever called the guard.
local trusted_caller = host.trusted_caller

local function pattern_guard(name, fn)
  local anchored_ok = name ~= "gmatch"
  return function(s, pattern, ...)
    local plain = name == "find" and select(2, ...)
    if type(pattern) == "number" then pattern = tostring(pattern) end
    if type(s) == "number" then s = tostring(s) end
    if type(s) == "string" and type(pattern) == "string" and not plain and not trusted_caller() then
      local work = match_work(s, pattern, anchored_ok)
      -- what a match may cost counts against the call's budget, so that many
      -- allowed matches in a loop are stopped like any other long loop
      if work > 1e4 and work <= MAX_MATCH_WORK then charge(work) end
      if work > MAX_MATCH_WORK then
        error(string.format("string.%s: matching this pattern against a text of %d characters could take "
          .. "too long; anchor it with ^ or use fewer repeats (*, +, -)", name, #s), 2)
      end
    end
    return fn(s, pattern, ...)
  end
end
M.match_work = match_work

-- table.move, table.sort, table.concat, table.unpack and string.format work
-- inside one C call, out of reach of the hook: table.move({}, 1, 1e15, 2)
-- ran for good.  Their size is bounded before they start, and what they do
-- is charged to the call's budget, as string.rep's copies are.
local MAX_ITEMS = 10 * 1000 * 1000
local real_move, real_sort, real_concat, real_unpack = table.move, table.sort, table.concat, table.unpack
local function items_between(name, i, j)
  i, j = math.tointeger(i), math.tointeger(j)
  if i == nil or j == nil or j < i then return 0 end
  -- as floats: j - i may not fit an integer (math.mininteger to maxinteger)
  local n = (j + 0.0) - (i + 0.0) + 1
  if n > MAX_ITEMS then
    error(string.format("table.%s: %.0f items at once; the limit is %d", name, n, MAX_ITEMS), 3)
  end
  return math.tointeger(n) or 0
end
-- A C function's own error, said at the pack's line rather than here.
local function checked(ok, res)
  if not ok then error(res, 3) end
  return res
end
local function log2(n) local k = 1 while n > 1 do n, k = n // 2, k + 1 end return k end
local safe_table = copy(table)
safe_table.move = function(a1, f, e, t, a2)
  local n = items_between("move", f, e)
  if n > 1000 then charge(n) end
  local r = checked(pcall(real_move, a1, f, e, t, a2))
  return r
end
safe_table.sort = function(t, cmp)
  local n = type(t) == "table" and #t or 0
  if n > MAX_ITEMS then error(string.format("table.sort: %d items; the limit is %d", n, MAX_ITEMS), 2) end
  if n > 1000 then charge(n * log2(n)) end
  checked(pcall(real_sort, t, cmp))
end
safe_table.concat = function(t, sep, i, j)
  local n = items_between("concat", i or 1, j or (type(t) == "table" and #t or 0))
  if n > 1000 then charge(n) end
  local r = checked(pcall(real_concat, t, sep, i, j))
  return r
end
safe_table.unpack = function(t, i, j)
  items_between("unpack", i or 1, j or (type(t) == "table" and #t or 0))
  return real_unpack(t, i, j)
end

local real_format = string.format
local function safe_format(fmt, ...)
  -- evalwiz's own modules (string methods reach this too) are not limited
  if trusted_caller() then return real_format(fmt, ...) end
  -- the text it makes is bounded by its arguments; %q of a long text is
  -- what takes time
  local size = type(fmt) == "string" and #fmt or 0
  for k = 1, select("#", ...) do
    local v = select(k, ...)
    if type(v) == "string" then size = size + #v end
  end
  if size > MAX_REP then
    error(string.format("string.format: its texts come to %d MB; the limit is %d MB",
      size // (1024 * 1024), MAX_REP // (1024 * 1024)), 2)
  end
  if size > 8000 then charge(size // 8) end
  local r = checked(pcall(real_format, fmt, ...))
  return r
end

local safe_string = copy(string)
safe_string.format = safe_format
safe_string.dump = nil
safe_string.rep = safe_rep
for _, name in ipairs({ "find", "match", "gmatch", "gsub" }) do
  safe_string[name] = pattern_guard(name, string[name])
end

-- pcall, xpcall and coroutine.resume that do not catch the error that
-- stops a call (too long, too much memory): a loop around a pcall would
-- otherwise keep going.
local stopped = host.stopped
local real_pcall, real_xpcall, real_resume = pcall, xpcall, coroutine.resume
local function pass_stop(ok, ...)
  if not ok and stopped() then error((...), 0) end
  return ok, ...
end
local function safe_pcall(f, ...) return pass_stop(real_pcall(f, ...)) end
local function safe_xpcall(f, h, ...) return pass_stop(real_xpcall(f, h, ...)) end
local function safe_resume(co, ...) return pass_stop(real_resume(co, ...)) end

-- A new environment.  extra: names to add (the step-author API, helpers).
function M.env(extra)
  local env = {}
  for _, name in ipairs(safe_base) do env[name] = _G[name] end
  env.setmetatable = safe_setmetatable
  env.pcall = safe_pcall
  env.xpcall = safe_xpcall
  for _, name in ipairs(libs) do
    env[name] = name == "string" and copy(safe_string) or name == "table" and copy(safe_table) or copy(_G[name])
  end
  env.coroutine.resume = safe_resume
  env.unpack = safe_table.unpack
  env._G = env
  if extra then
    for k, v in pairs(extra) do env[k] = v end
  end
  return env
end

M.safe_string = safe_string
return M
