-- Pack environments: safe base functions and copies of the libraries only.
local sandbox = require("evalwiz.sandbox")

-- Every name a pack environment holds.  A name added to the sandbox must be
-- added here on purpose (and be safe); one missing here fails too.
local ALLOWED = {
  "_G", "assert", "coroutine", "error", "getmetatable", "ipairs", "math", "next", "pairs", "pcall",
  "rawequal", "rawget", "rawlen", "rawset", "select", "setmetatable", "string", "table", "tonumber",
  "tostring", "type", "unpack", "utf8", "xpcall",
}

-- The names of the standard library and of evalwiz's own state that a pack
-- must never see.  (evalwiz's Lua state has no io, os or load to begin with;
-- the names it does have, require and host, must not leak either.)
local FORBIDDEN = { "io", "os", "package", "debug", "require", "dofile", "loadfile", "load",
  "loadstring", "collectgarbage", "print", "host" }

local function names(t)
  local out = {}
  for k in pairs(t) do out[#out + 1] = tostring(k) end
  table.sort(out)
  return out
end

test("a pack environment holds the allowed names and nothing else", function()
  local env = sandbox.env()
  eq(table.concat(names(env), " "), table.concat(ALLOWED, " "), "the names of a pack environment")
  eq(getmetatable(env), nil, "no metatable that could reach other names")
  for _, name in ipairs(FORBIDDEN) do
    eq(env[name], nil, name)
  end
  -- the names of evalwiz's own state that are there to leak
  ok(require ~= nil and host ~= nil, "this state has require and host, so their absence above means something")
  eq(env.string.dump, nil, "string.dump")
  eq(env._G, env, "_G is the environment itself")
end)

test("the libraries hold the functions of the real ones, less string.dump", function()
  local env = sandbox.env()
  for _, lib in ipairs({ "table", "math", "utf8", "coroutine" }) do
    eq(table.concat(names(env[lib]), " "), table.concat(names(_G[lib]), " "), lib)
  end
  local want = {}
  for _, k in ipairs(names(string)) do if k ~= "dump" then want[#want + 1] = k end end
  eq(table.concat(names(env.string), " "), table.concat(want, " "), "string")
  -- the costly ones are the sandbox's guarded copies, not the real ones
  for _, k in ipairs({ "rep", "find", "match", "gmatch", "gsub" }) do
    ok(env.string[k] ~= string[k], "string." .. k .. " is the guarded one")
  end
end)

test("the safe base functions and libraries are there", function()
  local env = sandbox.env()
  for _, name in ipairs({ "assert", "error", "ipairs", "next", "pairs", "pcall", "select", "tonumber",
      "tostring", "type", "xpcall", "setmetatable", "getmetatable", "rawget", "rawset", "rawlen", "unpack" }) do
    eq(type(env[name]), "function", name)
  end
  for _, lib in ipairs({ "string", "table", "math", "utf8", "coroutine" }) do
    eq(type(env[lib]), "table", lib)
  end
  eq(env.math.floor(2.5), 2)
  eq(env.utf8.len("café"), 4)
end)

test("code loaded into an environment sees only it", function()
  local env = sandbox.env({ answer = 42 })
  local fn = host.loadfile(srcdir .. "/tests/data/packs/good/pack.lua", "good/pack.lua", env)
  local info = fn()
  eq(info.id, "test-pack")
  eq(env.answer, 42)
  -- globals a chunk sets stay in its own environment
  local env2 = sandbox.env()
  eq(env2.answer, nil)
end)

test("each environment has its own copies of the libraries", function()
  local a, b = sandbox.env(), sandbox.env()
  a.string.upper = nil
  a.math.pi = 3
  eq(type(b.string.upper), "function")
  eq(b.math.pi, math.pi)
  eq(type(string.upper), "function")
  ok(a.table ~= b.table, "tables are copies")
end)

test("the string metatable is hidden from getmetatable", function()
  local env = sandbox.env()
  eq(env.getmetatable(""), false)
  eq(getmetatable("x"), false)
  -- methods still work, through the guarded copies
  eq(("ab"):rep(3), "ababab")
  fails(function() return ("x"):rep(1 << 30) end, "string.rep: result would be 1024 MB; the limit is 16 MB")
end)

test("string.rep refuses huge results, counting the separator", function()
  local env = sandbox.env()
  eq(env.string.rep("ab", 3, ","), "ab,ab,ab")
  fails(function() env.string.rep("x", 20 * 1024 * 1024) end, "result would be 20 MB")
  fails(function() env.string.rep("x", 9 * 1024 * 1024, "y") end, "result would be 18 MB")
  eq(env.string.rep("x", 0), "")
  eq(env.string.rep("x", -5), "")
end)

test("costly patterns on long texts are refused, cheap ones run", function()
  local env = sandbox.env()
  -- (unguarded, the patterns below would run for hours: fail instead)
  ok(env.string.match ~= string.match and env.string.find ~= string.find, "the pattern functions are guarded")
  local long = string.rep("a", 5000)
  fails(function() env.string.match(long, "a*a*a*b") end, "string.match: matching this pattern against a text of 5000 characters could take too long")
  fails(function() env.string.find(long, ".-.-.-x") end, "string.find: matching this pattern against a text of %d+ characters could take too long")
  eq(env.string.find(long, "aab", 1, true), nil)
  eq(env.string.match("key: value", "^(%w+):%s*(.*)$"), "key")
  eq(select(2, env.string.gsub(long, "a", "b")), 5000)
end)

test("setmetatable refuses finalizers but allows the rest", function()
  local env = sandbox.env()
  fails(function() env.setmetatable({}, { __gc = function() end }) end, "__gc is not allowed")
  fails(function() env.setmetatable("s", {}) end, "setmetatable: expected a table")
  local t = env.setmetatable({}, { __index = function() return 1 end })
  eq(t.anything, 1)
end)

test("extra names are added to the environment", function()
  local env = sandbox.env({ step = "s", text = "t" })
  eq(env.step, "s")
  eq(env.text, "t")
end)
