-- pack.lua: loading a step pack: pack.lua names it and lists its step files;
-- each step file runs in its own sandboxed environment and returns step{}.
local sandbox = require("evalwiz.sandbox")
local api = require("evalwiz.api")

local M = {}

local PACK_KEYS = {
  id = true, version = true, title = true, description = true, steps = true,
  glossary = true, extends = true, migrations = true, levels = true,
}

-- listed_at: where the file is named (pack.lua:line), for files that cannot be read.
local function load_chunk(dir, display, file, env, listed_at)
  local fn, err = host.loadfile(dir .. "/" .. file, display .. "/" .. file, env)
  if not fn then
    if listed_at and err:sub(1, #display + #file + 1) ~= display .. "/" .. file then
      err = string.format("%s: cannot load the step file %s: %s", listed_at, file, err)
    end
    error(err, 0)
  end
  return fn
end

-- The line of `return step {` (or `return {`) in a file: `return step{...}` is a tail call,
-- so errors raised by step{} itself lose the line they came from.
local function step_line(path)
  local text = host.readtext(path)
  if not text then return nil end
  local n = 1
  for line in (text .. "\n"):gmatch("(.-)\n") do
    if line:match("^%s*return%f[%W]") then return n end
    n = n + 1
  end
  return nil
end

-- Runs fn in a protected call; errors keep the file:line they carry.
local function run(fn, where, path)
  local ok, res = pcall(fn)
  if not ok then
    local shown, msg = pcall(tostring, res)
    if not shown or type(msg) ~= "string" then msg = "the code raised an error that cannot be shown" end
    if #msg > 2000 then msg = msg:sub(1, 2000) .. " [...]" end
    if msg == "not enough memory" then
      -- no position comes with it: the hook's last sighting, else the file's return line below
      msg = (host.where() and (host.where() .. ": ") or "") .. "stopped: this code needed more memory than a pack may use"
    end
    if not msg:match("^[^:]+:%d+:") then
      local line = path and step_line(path)
      msg = where .. (line and (":" .. line) or "") .. ": " .. msg
    end
    error(msg, 0)
  end
  return res
end

-- Loads the pack in dir.  display is how its files are named in messages.
function M.load(dir, display)
  display = display or dir
  local env = sandbox.env(api.exports())
  local info = run(load_chunk(dir, display, "pack.lua", env), display .. "/pack.lua", dir .. "/pack.lua")
  local line = step_line(dir .. "/pack.lua")
  local where = display .. "/pack.lua" .. (line and (":" .. line) or "")
  if type(info) ~= "table" then
    error(where .. ": pack.lua must return a table (return { id = ..., steps = {...} })", 0)
  end
  for k in pairs(info) do
    if not PACK_KEYS[k] then error(string.format("%s: unknown setting %s", where, tostring(k)), 0) end
  end
  if type(info.id) ~= "string" or info.id == "" then error(where .. ": the pack needs an id", 0) end
  if math.type(info.version) ~= "integer" then
    error(where .. ": the pack needs a whole-number version", 0)
  end
  if type(info.steps) ~= "table" or #info.steps == 0 then
    error(where .. ": the pack needs steps = { \"01-first.lua\", ... }", 0)
  end
  local pack = {
    id = info.id, version = info.version, title = info.title or info.id,
    description = info.description, dir = dir, display = display,
    steps = {}, by_id = {}, glossary = {}, migrations = info.migrations or {},
    levels = info.levels,
  }
  for i, file in ipairs(info.steps) do
    if type(file) ~= "string" or not file:match("^[%w_%-]+%.lua$") then
      error(string.format("%s: step %d must be a file name like \"01-theory.lua\" in the pack folder", where, i), 0)
    end
    local fenv = sandbox.env(api.exports())
    local s = run(load_chunk(dir, display, file, fenv, where), display .. "/" .. file, dir .. "/" .. file)
    if type(s) ~= "table" or s.kind ~= "step" then
      error(string.format("%s/%s: the file must end with return step { ... }", display, file), 0)
    end
    local line = step_line(dir .. "/" .. file)
    s.file = display .. "/" .. file
    s.at = s.file .. (line and (":" .. line) or "")
    if pack.by_id[s.id] then
      error(string.format('%s: step id "%s" is already used by %s', s.at, s.id, pack.by_id[s.id].file), 0)
    end
    s.index = #pack.steps + 1
    pack.steps[#pack.steps + 1] = s
    pack.by_id[s.id] = s
    s.by_id = {}
    for _, f in ipairs(s.fields) do s.by_id[f.id] = f end
  end
  for _, s in ipairs(pack.steps) do
    for _, p in ipairs(s.prerequisites) do
      if not pack.by_id[p] then
        error(string.format('%s: step "%s" lists the prerequisite "%s", which is not a step of this pack', s.at, s.id, tostring(p)), 0)
      end
    end
  end
  if info.glossary then
    local genv = sandbox.env()
    local g = run(load_chunk(dir, display, info.glossary, genv), display .. "/" .. info.glossary)
    if type(g) ~= "table" then
      local gl = step_line(dir .. "/" .. info.glossary)
      error(display .. "/" .. info.glossary .. (gl and (":" .. gl) or "") .. ": the glossary must return a list of terms", 0)
    end
    pack.glossary = g
  end
  return pack
end

return M
