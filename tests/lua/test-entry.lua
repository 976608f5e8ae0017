-- The model's entry points: the names C may call are listed in one place on
-- each side (src/model.c, lua/evalwiz/entry.lua), the lists agree, every
-- name is a function, and no C file calls the model by a name that is not
-- listed or other than through model_call.
local entry = require("evalwiz.entry")

local function read(path)
  local text = host.readtext(path)
  if not text then error("cannot read " .. path, 0) end
  return text
end

-- Every .c file under dir (relative names), recursively.
local function c_files(dir, prefix, out)
  out = out or {}
  for _, name in ipairs(host.listdir(dir) or {}) do
    local path = dir .. "/" .. name
    if name:sub(-2) == ".c" then
      out[#out + 1] = (prefix or "") .. name
    elseif not name:find(".", 1, true) and host.listdir(path) then
      c_files(path, (prefix or "") .. name .. "/", out)
    end
  end
  table.sort(out)
  return out
end

-- The string literals of a C text, in order, without comments.  Line by
-- line: the sandbox charges a pattern search by the length of the text it
-- searches, and a search in a whole source file for each quote would spend
-- the test's budget on the larger files.  (A C string does not span lines.)
local function literals(text)
  local out, in_comment = {}, false
  local pos, n = 1, #text
  while pos <= n do
    local e = text:find("\n", pos, true) or n + 1
    local line = text:sub(pos, e - 1)
    local i, m = 1, #line
    pos = e + 1
    while i <= m do
      if in_comment then
        local c = line:find("*/", i, true)
        if not c then break end
        in_comment, i = false, c + 2
      else
        local j = line:find("[/\"']", i)
        if not j then break end
        local c, nxt = line:sub(j, j), line:sub(j + 1, j + 1)
        if c == "/" and nxt == "*" then
          in_comment, i = true, j + 2
        elseif c == "/" and nxt == "/" then
          break
        elseif c == "/" then
          i = j + 1
        else
          -- to the closing quote, jumping from one backslash or quote to the next
          local stop = c == '"' and '[\\"]' or "[\\']"
          local k = j + 1
          while k <= m do
            k = line:find(stop, k) or m + 1
            if k > m or line:sub(k, k) == c then break end
            k = k + 2
          end
          if c == '"' then out[#out + 1] = line:sub(j + 1, k - 1) end
          i = k + 1
        end
      end
    end
  end
  return out
end

-- The names in model.c's model_entries[].
local function c_names()
  local text = read(srcdir .. "/src/model.c")
  local a = text:find("model_entries[] = {", 1, true)
  local b = text:find("NULL,", a, true)
  ok(a and b, "model.c has the table of names")
  return literals(text:sub(a, b))
end

-- "m.f" names a model function when evalwiz.m exists and has a function f.
-- (Each module is looked up once: C text is full of "step.field" strings,
-- and a require that fails is not remembered by require itself.)
local modules = {}
local function names_a_function(s)
  local m, f = s:match("^([%a_][%w_]*)%.([%a_][%w_]*)$")
  if not m then return false end
  if modules[m] == nil then
    local okm, mod = pcall(require, "evalwiz." .. m)
    modules[m] = okm and type(mod) == "table" and mod or false
  end
  local mod = modules[m]
  return mod ~= false and type(rawget(mod, f)) == "function"
end

test("model.c and entry.lua list the same names, model.c's in byte order", function()
  local c = c_names()
  ok(#c > 20, "model.c lists the entry points, got " .. #c)
  for i = 2, #c do ok(c[i - 1] < c[i], "in order: " .. c[i - 1] .. " before " .. c[i]) end
  local lua = entry.names()
  eq(table.concat(c, " "), table.concat(lua, " "))
end)

test("every entry point is a function of its module", function()
  for _, name in ipairs(entry.names()) do
    ok(names_a_function(name), name .. " is a function")
  end
end)

test("a name that is not listed is refused, saying so", function()
  fails(function() entry.call("core.no_such_thing") end, "core.no_such_thing is not one of the model's entry points")
  -- a function of the model that is not listed is not an entry point
  fails(function() entry.call("plan.check") end, "not one of the model's entry points")
end)

test("the one result shape: ok and the value, or ok = false and the message", function()
  local r = entry.call("core.load_pack", srcdir .. "/wizard", "wizard")
  eq(r.ok, true)
  eq(r.value.id, "eif-10-steps")
  local f = entry.fail("no such thing")
  eq(getmetatable(f) ~= nil, true)
end)

test("no file of src/ calls the model other than through model_call, nor by an unlisted name", function()
  local files = c_files(srcdir .. "/src")
  ok(#files > 40, "src/ has its C files, got " .. #files)
  local listed = {}
  for _, n in ipairs(entry.names()) do listed[n] = true end
  local bad = {}
  for _, f in ipairs(files) do
    local text = read(srcdir .. "/src/" .. f)
    local own = f:sub(1, 7) == "script/" or f == "model.c"
    if not own and (text:find("script_call(", 1, true) or text:find("script_callv(", 1, true)) then
      bad[#bad + 1] = f .. " calls script_call: use model_call (src/model.h)"
    end
    if f ~= "model.c" and not own then
      for _, s in ipairs(literals(text)) do
        if names_a_function(s) and not listed[s] then
          bad[#bad + 1] = string.format('%s names "%s", which is not an entry point (add it to entry.lua and model.c)', f, s)
        end
      end
    end
  end
  if #bad > 0 then error(table.concat(bad, "\n"), 0) end
end)

test("the scan finds an unlisted name and a direct call", function()
  local text = 'x = model_call(S, "plan.check", NULL, &c, 0); y = script_call(S, "core.open");'
  local found = {}
  for _, s in ipairs(literals(text)) do
    if names_a_function(s) and not entry.ENTRIES[s] then found[#found + 1] = s end
  end
  eq(table.concat(found, ","), "plan.check")
  ok(text:find("script_call(", 1, true), "a direct call is seen")
end)
