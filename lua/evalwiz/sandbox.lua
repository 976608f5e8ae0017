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
  return real_rep(s, n, sep)
end

-- Lua patterns backtrack inside C, out of reach of the instruction budget.
-- Refuse the combinations that can take exponential time: long subjects
-- matched against patterns with several open-ended repetitions.
local function pattern_guard(name, fn)
  return function(s, pattern, ...)
    if type(s) == "string" and type(pattern) == "string" and #s > 256 then
      local reps = 0
      for _ in pattern:gmatch("[%*%-%+]") do reps = reps + 1 end
      if reps >= 3 and (#s) ^ reps > 1e9 then
        error(string.format("string.%s: this pattern is too costly for a text of %d characters",
          name, #s), 2)
      end
    end
    return fn(s, pattern, ...)
  end
end

local safe_string = copy(string)
safe_string.dump = nil
safe_string.rep = safe_rep
for _, name in ipairs({ "find", "match", "gmatch", "gsub" }) do
  safe_string[name] = pattern_guard(name, string[name])
end

-- A new environment.  extra: names to add (the step-author API, helpers).
function M.env(extra)
  local env = {}
  for _, name in ipairs(safe_base) do env[name] = _G[name] end
  env.setmetatable = safe_setmetatable
  for _, name in ipairs(libs) do
    env[name] = name == "string" and copy(safe_string) or copy(_G[name])
  end
  env.unpack = table.unpack
  env._G = env
  if extra then
    for k, v in pairs(extra) do env[k] = v end
  end
  return env
end

M.safe_string = safe_string
return M
