-- testing.lua: a small harness for the Lua tests in tests/lua/ (run by
-- tests/lua/lua-test): test(name, fn), assertions, and a TAP-style report.
local M = {}

local function fmt(v)
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) ~= "table" then return tostring(v) end
  local parts, n = {}, 0
  for k, x in pairs(v) do
    n = n + 1
    if n > 20 then parts[#parts + 1] = "..." break end
    parts[#parts + 1] = tostring(k) .. "=" .. fmt(x)
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

local function deep_equal(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do if not deep_equal(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local function helpers(tests)
  local t = {}
  function t.test(name, fn) tests[#tests + 1] = { name = name, fn = fn } end
  function t.eq(got, want, what)
    if not deep_equal(got, want) then
      error(string.format("%sexpected %s, got %s", what and (what .. ": ") or "", fmt(want), fmt(got)), 2)
    end
  end
  function t.near(got, want, rel, what)
    rel = rel or 1e-6
    if type(got) ~= "number" or math.abs(got - want) > rel * math.max(1, math.abs(want)) then
      error(string.format("%sexpected %.10g (within %g), got %s", what and (what .. ": ") or "", want, rel, tostring(got)), 2)
    end
  end
  function t.ok(v, what) if not v then error((what or "expected a true value") .. ", got " .. fmt(v), 2) end end
  function t.fails(fn, pattern, what)
    local ok, err = pcall(fn)
    if ok then error((what or "expected an error") .. ", but the call succeeded", 2) end
    if pattern and not tostring(err):find(pattern) then
      error(string.format("%serror %q does not match %q", what and (what .. ": ") or "", tostring(err), pattern), 2)
    end
    return err
  end
  function t.matches(s, pattern, what)
    if type(s) ~= "string" or not s:find(pattern) then
      error(string.format("%s%s does not match %q", what and (what .. ": ") or "", fmt(s), pattern), 2)
    end
  end
  return t
end

-- Runs the test file at path (its folder must be allowed).  srcdir lets tests
-- find the source tree.  Returns a report: { passed, failed, lines }.
function M.run(path, srcdir)
  local tests = {}
  local env = setmetatable(helpers(tests), { __index = _G })
  env.srcdir = srcdir
  local fn, err = host.loadfile(path, path, env)
  if not fn then return { passed = 0, failed = 1, lines = { "not ok 1 - load: " .. err } } end
  local ok, lerr = pcall(fn)
  if not ok then return { passed = 0, failed = 1, lines = { "not ok 1 - load: " .. tostring(lerr) } } end
  local lines, passed, failed = { "1.." .. #tests }, 0, 0
  for i, t in ipairs(tests) do
    local tok, terr = pcall(t.fn)
    if tok then
      passed = passed + 1
      lines[#lines + 1] = string.format("ok %d - %s", i, t.name)
    else
      failed = failed + 1
      lines[#lines + 1] = string.format("not ok %d - %s\n# %s", i, t.name, tostring(terr))
    end
  end
  return { passed = passed, failed = failed, lines = lines }
end

return M
