-- pack.lua: loading a step pack: pack.lua names it and lists its step files;
-- each step file runs in its own sandboxed environment and returns step{}.
local sandbox = require("evalwiz.sandbox")
local api = require("evalwiz.api")

local M = {}

local PACK_KEYS = {
  id = true, version = true, title = true, description = true, steps = true,
  glossary = true, extends = true, migrations = true, levels = true,
  checks = true, facts = true, advisor = true, default_template = true,
  title_field = true, done_field = true, diagram = true, languages = true,
  costs = true,
}
M.PACK_KEYS = PACK_KEYS

-- listed_at: where the file is named (pack.lua:line), for files that cannot
-- be read; what: what the file is ("the step file", "the facts file").
-- Returns the chunk and the line of the file's first return (see step_line;
-- host.loadfile finds it in the text it read, false when there is none).
local function load_chunk(dir, display, file, env, listed_at, what)
  local fn, res = host.loadfile(dir .. "/" .. file, display .. "/" .. file, env, true)
  if not fn then
    local err = res
    if listed_at and err:sub(1, #display + #file + 1) ~= display .. "/" .. file then
      err = string.format("%s: cannot load %s %s: %s", listed_at, what or "the step file", file, err)
    end
    error(err, 0)
  end
  return fn, res
end

-- "pack.lua:N" for the line of pack.lua that sets key (the return line
-- when it cannot be found), for messages about one setting.  text: that
-- of pack.lua.
local function key_where(text, display, key, fallback)
  if text and type(key) == "string" and key:match("^[%a_][%w_]*$") then
    local n = 1
    for line in (text .. "\n"):gmatch("(.-)\n") do
      if line:match("^%s*" .. key .. "%s*=") or line:match("[{,]%s*" .. key .. "%s*=") then
        return display .. "/pack.lua:" .. n
      end
      n = n + 1
    end
  end
  return fallback
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

-- ---- a pack's own modules -------------------------------------------------
-- require("levels") in a pack file loads levels.lua from the pack's folder
-- (require("lib.levels") loads lib/levels.lua), once per load of the pack,
-- in a sandbox of its own with the same API; what the file returns is the
-- module.  A pack that extends another finds the base pack's modules too.
local MODULE_PART = "^[%w_][%w_%-]*$"

local function module_file(name)
  if type(name) ~= "string" or name == "" then return nil end
  local parts = {}
  for part in (name .. "."):gmatch("(.-)%.") do
    if not part:match(MODULE_PART) then return nil end
    parts[#parts + 1] = part
  end
  return table.concat(parts, "/") .. ".lua"
end

-- The modules of a pack folder as require names (for messages): its Lua
-- files but pack.lua and the step files, and those one folder down.
local function lua_files(dir, skip)
  local out = {}
  for _, n in ipairs(host.listdir(dir) or {}) do
    if n:match("%.lua$") then
      if not skip[n] and n ~= "pack.lua" then out[#out + 1] = n:sub(1, -5) end
    elseif n:match(MODULE_PART) and n ~= "examples" and n ~= "templates" then
      for _, m in ipairs(host.listdir(dir .. "/" .. n) or {}) do
        if m:match("%.lua$") then out[#out + 1] = n .. "." .. m:sub(1, -5) end
      end
    end
  end
  table.sort(out)
  return out
end

-- exports: the names every pack file sees (api.exports()); base: the base
-- pack's loader, or nil.  Returns the loader: L.require(name) for pack code,
-- L.load(file, listed_at) for the files pack.lua names (facts, advisor, checks).
local function new_loader(dir, display, base, steps, levels)
  -- files: the modules this pack's own folder gave (its own code, for lint)
  local L = { cache = {}, loading = {}, dir = dir, display = display, base = base, steps = steps or {}, files = {} }
  local function exists(file)
    local sub, leaf = file:match("^(.*)/([^/]+)$")
    for _, n in ipairs(host.listdir(sub and (dir .. "/" .. sub) or dir) or {}) do
      if n == (leaf or file) then return true end
    end
    return false
  end
  function L.env()
    local env = sandbox.env(api.exports(levels))
    env.require = L.require
    return env
  end
  local function loop(file)
    local chain = {}
    for _, f in ipairs(L.loading) do chain[#chain + 1] = f end
    chain[#chain + 1] = file
    return "modules require each other in a loop: " .. table.concat(chain, " -> ")
  end
  -- Runs file (relative to the pack folder) as a module, once.  what: the
  -- file's part in the pack, for messages ("the facts file").
  function L.load(file, listed_at, what)
    local hit = L.cache[file]
    if hit ~= nil then return hit end
    if L.loading[file] then error(string.format("%s/%s: %s", display, file, loop(file)), 0) end
    L.loading[file] = true
    L.loading[#L.loading + 1] = file
    L.files[#L.files + 1] = display .. "/" .. file
    local ok, res = pcall(function()
      local chunk = load_chunk(dir, display, file, L.env(), listed_at, what)
      return run(chunk, display .. "/" .. file, dir .. "/" .. file)
    end)
    L.loading[file] = nil
    L.loading[#L.loading] = nil
    if not ok then error(res, 0) end
    if res == nil then res = true end
    L.cache[file] = res
    return res
  end
  function L.has(file)
    return exists(file)
  end
  function L.require(name)
    local file = module_file(name)
    if not file then
      error(string.format('require: "%s" is not a module name: use the file name without .lua, like require("levels")', tostring(name)), 2)
    end
    if L.steps[file] then
      error(string.format('require: %s is a step file of the pack, not a module', file), 2)
    end
    if L.cache[file] ~= nil then return L.cache[file] end
    if L.loading[file] then error("require: " .. loop(file), 2) end
    if exists(file) then return L.load(file) end
    if L.base then
      local ok, found = pcall(L.base.has_module, file)
      if ok and found then return L.base.require(name) end
    end
    local names = lua_files(dir, L.steps)
    error(string.format('require: the pack has no module "%s" (a file %s in %s)%s', name, file, display,
      #names > 0 and ("; its modules are: " .. table.concat(names, ", ")) or ""), 2)
  end
  function L.has_module(file)
    if exists(file) then return true end
    return L.base ~= nil and L.base.has_module(file)
  end
  return L
end

local function index_of(list, id)
  for i, x in ipairs(list) do if x.id == id then return i end end
  return nil
end

local function field_ids(step)
  local ids = {}
  for _, f in ipairs(step.fields) do ids[#ids + 1] = f.id end
  return table.concat(ids, ", ")
end

-- Applies one extend_step{} to a step of the base pack (a fresh copy, so it
-- may be changed in place).  where names the extending file in messages.
local function apply_extension(pack, e, where)
  local s = pack.by_id[e.id]
  if not s then
    local ids = {}
    for _, st in ipairs(pack.steps) do ids[#ids + 1] = st.id end
    error(string.format('%s: extend_step: the base pack has no step "%s"; its steps are: %s', where, e.id, table.concat(ids, ", ")), 0)
  end
  local function need(id, what)
    local i = index_of(s.fields, id)
    if not i then
      local ids = {}
      for _, f in ipairs(s.fields) do ids[#ids + 1] = f.id end
      error(string.format('%s: extend_step "%s": %s "%s", but the step has no such field%s; its fields are: %s',
        where, e.id, what, id, api.suggest(id, ids), field_ids(s)), 0)
    end
    return i
  end
  -- the whole step hidden: it leaves the pack, its answers are kept (as
  -- any answer the pack does not know), and templates read it as hidden
  if e.hide == true then
    for _, f in ipairs(s.fields) do pack.removed[s.id .. "." .. f.id] = true end
    table.remove(pack.steps, s.index)
    for _, other in ipairs(pack.steps) do
      for i = #other.prerequisites, 1, -1 do
        if other.prerequisites[i] == s.id then table.remove(other.prerequisites, i) end
      end
    end
    pack.hidden_steps = pack.hidden_steps or {}
    pack.hidden_steps[s.id] = where
    return
  end
  for _, id in ipairs(e.remove or {}) do
    table.remove(s.fields, need(id, "remove"))
    -- templates written for the base pack read it as hidden
    pack.removed[e.id .. "." .. id] = true
  end
  -- fields an extending pack brings are marked, so documents can show them
  for _, f in ipairs(e.replace or {}) do f.added = true; s.fields[need(f.id, "replace")] = f end
  if e.add and #e.add > 0 then
    local pos = #s.fields + 1
    if e.after then pos = need(e.after, "after") + 1 end
    if e.before then pos = need(e.before, "before") end
    for i, f in ipairs(e.add) do
      f.added = true
      if index_of(s.fields, f.id) then
        error(string.format('%s: extend_step "%s": the step already has a field "%s" (use replace to change it)', where, e.id, f.id), 0)
      end
      table.insert(s.fields, pos + i - 1, f)
    end
  end
  -- hidden fields are never asked or shown; their answers are kept
  if type(e.hide) == "table" then
    for _, id in ipairs(e.hide) do
      local f = s.fields[need(id, "hide")]
      f.hidden = true
    end
  end
  for id, fn in pairs(e.when or {}) do
    local f = s.fields[need(id, "when for")]
    f.when, f.when_from = fn, where
  end
  for id, text in pairs(e.help or {}) do s.fields[need(id, "help for")].help = text end
  for id, text in pairs(e.examples or {}) do s.fields[need(id, "an example for")].example = text end
  -- a relabelled question: documents print its new words (heading())
  for id, text in pairs(e.labels or {}) do
    local f = s.fields[need(id, "a label for")]
    f.label, f.relabelled = text, true
  end
  for _, k in ipairs({ "title", "purpose", "guidance", "level", "short", "number", "leads_to" }) do
    if e[k] ~= nil then s[k] = e[k] end
  end
  if e.number ~= nil then s.number_from = where end
  for _, p in ipairs(e.prerequisites or {}) do s.prerequisites[#s.prerequisites + 1] = p end
  for _, p in ipairs(e.panels or {}) do s.panels[#s.panels + 1] = p end
  s.by_id = {}
  for _, f in ipairs(s.fields) do s.by_id[f.id] = f end
  s.extended_by = s.extended_by or {}
  s.extended_by[#s.extended_by + 1] = where
end

local function reindex(pack)
  pack.by_id = {}
  for i, st in ipairs(pack.steps) do
    st.index = i
    pack.by_id[st.id] = st
  end
end

local MAX_DEPTH = 8

-- "step.field" of the pack, or nil and why (with a suggestion).
local function find_field(pack, path)
  local sid, fid = tostring(path):match("^([%w_]+)%.([%w_]+)$")
  if not sid then return nil, string.format('"%s" is not of the form "step.field"', tostring(path)) end
  local s = pack.by_id[sid]
  if not s then
    local ids = {}
    for _, st in ipairs(pack.steps) do ids[#ids + 1] = st.id end
    return nil, string.format('there is no step "%s"%s', sid, api.suggest(sid, ids))
  end
  local f = s.by_id[fid]
  if not f then
    local ids = {}
    for _, x in ipairs(s.fields) do ids[#ids + 1] = x.id end
    return nil, string.format('the step "%s" has no field "%s"%s', sid, fid, api.suggest(fid, ids))
  end
  return f
end
M.find_field = find_field

-- A file setting of pack.lua: a file name in the pack folder.
local function file_setting(info, key, where)
  local v = info[key]
  if v == nil then return nil end
  if type(v) ~= "string" or not v:match("^[%w_%-/]+%.lua$") or v:match("%.%.") then
    error(string.format('%s: %s must be the name of a Lua file in the pack folder, like "%s.lua"', where, key, key), 0)
  end
  return v
end

-- The checks files of pack.lua: each returns a list of check{...}, and may
-- name the group they form with title = "...".
local function load_checks(pack, loader, files, where)
  if type(files) ~= "table" then error(where .. ': checks must be a list of files, like { "consistency.lua" }', 0) end
  local out = {}
  for i, file in ipairs(files) do
    if type(file) ~= "string" or not file:match("^[%w_%-/]+%.lua$") or file:match("%.%.") then
      error(string.format('%s: checks item %d must be the name of a Lua file in the pack folder', where, i), 0)
    end
    local fwhere = pack.display .. "/" .. file
    local list = loader.load(file, where, "the checks file")
    local line = step_line(pack.dir .. "/" .. file)
    local at = fwhere .. (line and (":" .. line) or "")
    if type(list) ~= "table" or api.is_check(list) then
      error(at .. ": a checks file must return a list of check { ... } (with title = \"...\" for the group, if you like)", 0)
    end
    for k, v in pairs(list) do
      if k == "title" then
        if type(v) ~= "string" then error(at .. ": title must be text", 0) end
      elseif math.type(k) ~= "integer" then
        error(string.format("%s: unknown setting %s in the list of checks (only title and the checks)", at, tostring(k)), 0)
      end
    end
    for j, c in ipairs(list) do
      if not api.is_check(c) then
        error(string.format("%s: item %d was not made with check { ... }", at, j), 0)
      end
      out[#out + 1] = { id = c.id, title = c.title, kind = c.kind, fields = c.fields, run = c.run, help = c.help,
                        where = c.where or at, group = list.title, file = fwhere }
    end
  end
  return out
end

-- The pack's Lua files, relative to its folder, for its stamp: those in
-- the folder and one folder down (its modules), sorted; not the
-- translations, which are checked when a language is first used.
local function stamp_files(dir)
  local out = {}
  for _, n in ipairs(host.listdir(dir) or {}) do
    if n:match("%.lua$") then
      out[#out + 1] = n
    elseif n:match(MODULE_PART) and n ~= "examples" and n ~= "templates" and n ~= "lang" then
      for _, m in ipairs(host.listdir(dir .. "/" .. n) or {}) do
        if m:match("%.lua$") then out[#out + 1] = n .. "/" .. m end
      end
    end
  end
  table.sort(out)
  return out
end

local load_pack

-- Loads the pack in dir.  display is how its files are named in messages.
-- resolve(id) -> dir, display finds the pack named by extends = "id" (the C
-- side passes the places it looks, like --pack); nil when it is not found.
-- checked: check everything even when the pack's files are the ones a
-- load passed before (pack lint); otherwise such a load skips the
-- constructors' checks (api.trust): the stamp, host.pack_stamp, is kept in
-- the cache of compiled pack files, keyed by every Lua file of the pack and
-- evalwiz's own rules, and written only after a load that checked all.
function M.load(dir, display, resolve, depth, checked)
  local files = not checked and stamp_files(dir) or nil
  local trusted = files ~= nil and host.pack_stamp(dir, files, false)
  local was = api.trust(trusted)
  local ok, pack = pcall(load_pack, dir, display, resolve, depth, checked, trusted)
  api.trust(was)
  if not ok then error(pack, 0) end
  -- an extending pack depends on its base's files too: never stamped
  if files and not trusted and not pack.base then host.pack_stamp(dir, files, true) end
  return pack
end

load_pack = function(dir, display, resolve, depth, checked, trusted)
  display = display or dir
  depth = depth or 0
  local env = sandbox.env(api.exports())
  local chunk, line = load_chunk(dir, display, "pack.lua", env)
  local info = run(chunk, display .. "/pack.lua", dir .. "/pack.lua")
  local where = display .. "/pack.lua" .. (line and (":" .. line) or "")
  if type(info) ~= "table" then
    error(where .. ": pack.lua must return a table (return { id = ..., steps = {...} })", 0)
  end
  -- pack.lua's text is read once, when a setting's line is first wanted
  local text, lines = nil, {}
  local function at(key)
    if lines[key] == nil then
      if text == nil then text = host.readtext(dir .. "/pack.lua") or false end
      lines[key] = key_where(text or nil, display, key, where)
    end
    return lines[key]
  end
  for k in pairs(info) do
    if not PACK_KEYS[k] then error(string.format("%s: unknown setting %s%s", at(k), tostring(k), api.suggest(k, PACK_KEYS)), 0) end
  end
  if type(info.id) ~= "string" or info.id == "" then error(where .. ": the pack needs an id", 0) end
  if math.type(info.version) ~= "integer" then
    error(where .. ": the pack needs a whole-number version", 0)
  end
  if type(info.steps) ~= "table" or (#info.steps == 0 and not info.extends) then
    error(where .. ": the pack needs steps = { \"01-first.lua\", ... }", 0)
  end
  if info.migrations ~= nil then M.check_migrations(info.migrations, info.version, where) end
  for _, key in ipairs({ "default_template", "title_field", "done_field" }) do
    if info[key] ~= nil and type(info[key]) ~= "string" then
      error(string.format("%s: %s must be text", at(key), key), 0)
    end
  end
  local facts_file = file_setting(info, "facts", at("facts"))
  local advisor_file = file_setting(info, "advisor", at("advisor"))
  local pack = {
    id = info.id, version = info.version, title = info.title or info.id,
    description = info.description, dir = dir, display = display,
    steps = {}, by_id = {}, glossary = {}, migrations = info.migrations or {},
    levels = info.levels, own_files = {}, checks = {}, template_dirs = {}, removed = {},
    default_template = info.default_template,
  }
  local step_files = {}
  for _, file in ipairs(info.steps) do if type(file) == "string" then step_files[file] = true end end
  local base_loader
  if info.extends ~= nil then
    if type(info.extends) ~= "string" then error(where .. ": extends must be the id of a pack (the id in its pack.lua)", 0) end
    if depth >= MAX_DEPTH then error(string.format("%s: packs extend each other more than %d deep (a loop?)", where, MAX_DEPTH), 0) end
    local bdir, bdisplay
    if resolve then bdir, bdisplay = resolve(info.extends) end
    if not bdir then
      error(string.format('%s: extends "%s", but there is no such pack installed (put it in $XDG_DATA_HOME/evalwiz/packs/%s)', where, info.extends, info.extends), 0)
    end
    local base = M.load(bdir, bdisplay or bdir, resolve, depth + 1, checked)
    if base.id == pack.id then error(string.format('%s: a pack cannot extend itself ("%s")', where, pack.id), 0) end
    pack.base = { id = base.id, version = base.version, dir = bdir, ids = base.ids }
    pack.levels = pack.levels or base.levels
    pack.steps = base.steps
    pack.glossary = base.glossary
    -- what the base pack declares holds unless this pack says otherwise
    pack.facts, pack.advisor = base.facts, base.advisor
    pack.default_template = pack.default_template or base.default_template
    pack.title_field, pack.done_field = base.title_field, base.done_field
    pack.diagram, pack.costs = base.diagram, base.costs
    pack.languages, pack.base_translations = base.languages, base.translations
    for _, c in ipairs(base.checks) do pack.checks[#pack.checks + 1] = c end
    for _, d in ipairs(base.template_dirs) do pack.template_dirs[#pack.template_dirs + 1] = d end
    base_loader = base.loader
    for k in pairs(base.removed) do pack.removed[k] = true end
    reindex(pack)
  end
  -- the ids of this pack and every pack it builds on (for templates' pack:)
  pack.ids = { pack.id }
  for _, id in ipairs(pack.base and pack.base.ids or {}) do pack.ids[#pack.ids + 1] = id end
  if info.levels ~= nil then
    local ok = type(info.levels) == "table" and #info.levels > 0
    for _, l in ipairs(ok and info.levels or {}) do
      if type(l) ~= "string" or not l:match("^[%w_%-]+$") then ok = false end
    end
    if not ok then
      error(at("levels") .. ': levels must be a list of short ids, the first for a step that names none, like { "none", "L1", "L2" }', 0)
    end
  end
  pack.levels = pack.levels or api.DEFAULT_LEVELS
  local loader = new_loader(dir, display, base_loader, step_files, pack.levels)
  pack.loader = loader
  for i, file in ipairs(info.steps) do
    if type(file) ~= "string" or not file:match("^[%w_%-]+%.lua$") then
      error(string.format("%s: step %d must be a file name like \"01-theory.lua\" in the pack folder", where, i), 0)
    end
    local fenv = loader.env()
    local fwhere = display .. "/" .. file
    pack.own_files[#pack.own_files + 1] = fwhere
    local fchunk, fline = load_chunk(dir, display, file, fenv, where)
    local s = run(fchunk, fwhere, dir .. "/" .. file)
    if type(s) == "table" and s.kind == "extend" then
      apply_extension(pack, s, fwhere)
      reindex(pack)   -- a hidden step leaves the pack
    else
      if type(s) ~= "table" or s.kind ~= "step" then
        error(string.format("%s: the file must end with return step { ... }%s", fwhere, info.extends and " or return extend_step { ... }" or ""), 0)
      end
      s.file = fwhere
      s.at = s.file .. (fline and (":" .. fline) or "")
      if pack.by_id[s.id] then
        error(string.format('%s: step id "%s" is already used by %s', s.at, s.id, pack.by_id[s.id].file), 0)
      end
      if pack.base then s.added = true end
      local pos = #pack.steps + 1
      local anchor = s.after or s.before
      if anchor ~= nil then
        local at = pack.by_id[anchor]
        if not at then
          error(string.format('%s: step "%s" goes %s "%s", which is not a step of this pack', fwhere, s.id, s.after and "after" or "before", tostring(anchor)), 0)
        end
        pos = at.index + (s.after and 1 or 0)
      end
      table.insert(pack.steps, pos, s)
      reindex(pack)
      s.by_id = {}
      for _, f in ipairs(s.fields) do s.by_id[f.id] = f end
    end
  end
  for _, s in ipairs(pack.steps) do
    for _, p in ipairs(s.prerequisites) do
      if not pack.by_id[p] then
        error(string.format('%s: step "%s" lists the prerequisite "%s", which is not a step of this pack', s.at, s.id, tostring(p)), 0)
      end
    end
  end
  -- the answers that hold the plan's title and the steps done before evalwiz
  local ROLE_TYPES = { title_field = { text = true }, done_field = { multi = true, list = true } }
  for _, key in ipairs({ "title_field", "done_field" }) do
    if info[key] ~= nil then
      local f, why = find_field(pack, info[key])
      if not f then error(string.format("%s: %s names %s, but %s", at(key), key, info[key], why), 0) end
      if not ROLE_TYPES[key][f.type] then
        error(string.format("%s: %s must name a %s field; %s is a %s", at(key), key,
          key == "title_field" and "text" or "multi (or list)", info[key], f.type), 0)
      end
      pack[key] = info[key]
    end
  end
  if info.costs ~= nil then
    if type(info.costs) ~= "string" or not pack.by_id[info.costs] then
      error(string.format("%s: costs must name a step of the pack (the step with cost_items), not %s", at("costs"), tostring(info.costs)), 0)
    end
    pack.costs = info.costs
  end
  -- (a stamped pack's diagram passed this check before: see M.load)
  if info.diagram ~= nil then pack.diagram = trusted and info.diagram or M.check_diagram(pack, info.diagram, at("diagram")) end
  -- the facts, the advisor and the checks (the base pack's, then this one's)
  if facts_file then
    local m = loader.load(facts_file, at("facts"), "the facts file")
    if type(m) ~= "table" or type(m.from_plan) ~= "function" then
      error(string.format("%s/%s: the facts file must return a table with from_plan = function(a) ... end", display, facts_file), 0)
    end
    pack.facts = m
    pack.facts_where = display .. "/" .. facts_file .. ":1"
  end
  if advisor_file then
    local m = loader.load(advisor_file, at("advisor"), "the advisor")
    local missing = {}
    for _, fn in ipairs({ "advise", "parse_facts", "format_text" }) do
      if type(m) ~= "table" or type(m[fn]) ~= "function" then missing[#missing + 1] = fn end
    end
    if #missing > 0 then
      error(string.format("%s/%s: the advisor must return a table with the functions advise, parse_facts and format_text (missing: %s)",
        display, advisor_file, table.concat(missing, ", ")), 0)
    end
    pack.advisor = m
  end
  if info.checks ~= nil then
    for _, c in ipairs(load_checks(pack, loader, info.checks, at("checks"))) do pack.checks[#pack.checks + 1] = c end
  end
  local seen_check = {}
  for _, c in ipairs(not trusted and pack.checks or {}) do
    if seen_check[c.id] then
      error(string.format('%s: check id "%s" is already used by %s', c.where, c.id, seen_check[c.id].where), 0)
    end
    seen_check[c.id] = c
    for _, path in ipairs(c.fields) do
      local f, why = find_field(pack, path)
      if not f and not pack.removed[path] then error(string.format('%s: check "%s" reads %s, but %s', c.where, c.id, path, why), 0) end
    end
  end
  -- the modules the pack's files required are its own code too
  for _, f in ipairs(loader.files) do pack.own_files[#pack.own_files + 1] = f end
  M.attach_checks(pack)
  -- what pack code sees for a question that is not answered (default =)
  pack.defaults = {}
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do
      if f.default ~= nil then
        pack.defaults[s.id] = pack.defaults[s.id] or {}
        pack.defaults[s.id][f.id] = f.default
      end
    end
  end
  -- the pack's own templates: a templates folder beside pack.lua
  if host.listdir(dir .. "/templates") then
    pack.template_dirs[#pack.template_dirs + 1] = { path = dir .. "/templates", display = display .. "/templates" }
  end
  -- every step with prerequisites shows which of them are not complete
  local gating = require("evalwiz.gating")
  for _, s in ipairs(pack.steps) do
    local has = false
    for _, p in ipairs(s.panels) do if p.id == "prerequisites" then has = true end end
    if #s.prerequisites > 0 and not has then
      table.insert(s.panels, 1, gating.panel(pack, s.id))
    end
  end
  if info.glossary ~= nil and (type(info.glossary) ~= "string" or not info.glossary:match("^[%w_.-]+%.lua$")) then
    error(at("glossary") .. ': glossary must name the glossary\'s file in the pack\'s folder, like glossary = "glossary.lua"' ..
      " (the file returns the list of terms)", 0)
  end
  if info.glossary then
    local genv = sandbox.env()
    local g = run(load_chunk(dir, display, info.glossary, genv), display .. "/" .. info.glossary)
    local gl = step_line(dir .. "/" .. info.glossary)
    local gwhere = display .. "/" .. info.glossary .. (gl and (":" .. gl) or "")
    if type(g) ~= "table" then
      error(gwhere .. ": the glossary must return a list of terms", 0)
    end
    -- the right shape, or a message naming the entry: never an error inside evalwiz's own code later
    local bad = not trusted and require("evalwiz.glossary").problems(g) or {}
    if #bad > 0 then
      error(gwhere .. ": " .. bad[1] .. ' (each entry: { term = "...", aliases = { "..." }, definition = "..." })', 0)
    end
    if pack.base then
      local merged = {}
      for _, t in ipairs(pack.glossary) do merged[#merged + 1] = t end
      for _, t in ipairs(g) do merged[#merged + 1] = t end
      g = merged
    end
    pack.glossary = g
  end
  M.load_translations(pack, info, dir, display, at)
  return pack
end

-- languages = { "en", "cy" }: the pack is written in the first; each
-- other has lang/CODE.lua (see i18n.lua).  An extending pack has its
-- base's languages unless it names its own, and its files' texts go over
-- the base's.
function M.load_translations(pack, info, dir, display, at)
  local i18n = require("evalwiz.i18n")
  local base_tr = pack.base and pack.base_translations or {}
  local langs = info.languages
  if langs ~= nil then
    local ok = type(langs) == "table" and #langs > 0
    for _, l in ipairs(ok and langs or {}) do
      if type(l) ~= "string" or not l:match("^%l%l%l?$") then ok = false end
    end
    if not ok then
      error(at("languages") .. ': languages must be a list of language codes, the pack\'s own first, like { "en", "cy" }', 0)
    end
  end
  pack.languages = langs or pack.languages or { "en" }
  -- a language's file is read and checked the first time the language is
  -- asked for (i18n.apply, pack lint): a session in the pack's own language
  -- never reads the others (M.load_all reads them all, for lint)
  local in_lang = {}
  for _, n in ipairs(host.listdir(dir .. "/lang") or {}) do in_lang[n] = true end
  local pending = {}
  for i, l in ipairs(pack.languages) do
    if i > 1 then
      local file = "lang/" .. l .. ".lua"
      if in_lang[l .. ".lua"] then
        pending[l] = function()
          local text = host.readtext(dir .. "/" .. file)
          local own
          if text then
            local genv = sandbox.env()
            own = run(load_chunk(dir, display, file, genv, at("languages"), "the translation file"), display .. "/" .. file)
            i18n.check(pack, own, display .. "/" .. file, text, api.suggest)
          end
          return i18n.merge(base_tr[l], own)
        end
      elseif langs ~= nil and not base_tr[l] then
        error(string.format("%s: languages names %s, but there is no %s/%s", at("languages"), l, display, file), 0)
      else
        pending[l] = function() return i18n.merge(base_tr[l], nil) end
      end
    end
  end
  pack.translations = setmetatable({}, { __index = function(t, l)
    local make = pending[l]
    if not make then return nil end
    local tr = make()   -- an error leaves it pending: raised again next time
    pending[l] = nil
    rawset(t, l, tr)
    return tr
  end })
end

-- Reads whatever M.load leaves for first use (the translation files), so
-- that their mistakes are reported now: for pack lint.  Returns the pack.
function M.load_all(pack)
  for i, l in ipairs(pack.languages) do
    if i > 1 then local _ = pack.translations[l] end
  end
  return pack
end

local DIAGRAM_KEYS = { columns = true, links = true, empty = true }
local COLUMN_KEYS = { key = true, title = true, field = true, label = true, from = true, only = true }
local LINK_KEYS = { field = true, from = true, to = true, how = true }

-- The diagram setting of pack.lua: which answers make the columns of the
-- plan's diagram (see doc/step-packs.md).  Every field it names must be a
-- list (a column of its items) or records (a column of one column of its
-- rows); mistakes are errors at where (pack.lua:line).
function M.check_diagram(pack, d, where)
  local function bad(fmt, ...) error(where .. ": diagram: " .. string.format(fmt, ...), 0) end
  if type(d) ~= "table" or type(d.columns) ~= "table" or #d.columns == 0 then
    bad("must be a table with columns = { { key = \"in\", title = \"Inputs\", field = \"step.field\" }, ... }")
  end
  local function keys(t, allowed, what)
    for k in pairs(t) do
      if not allowed[k] then bad("unknown setting %s in %s%s", tostring(k), what, api.suggest(tostring(k), allowed)) end
    end
  end
  keys(d, DIAGRAM_KEYS, "diagram")
  if d.empty ~= nil and type(d.empty) ~= "string" then bad("empty must be text") end
  local function field(path, what, types)
    local f, why = find_field(pack, path)
    if not f then bad("%s names %s, but %s", what, tostring(path), why) end
    if not types[f.type] then bad("%s must name a %s field; %s is a %s", what, table.concat((function()
      local l = {} for t in pairs(types) do l[#l + 1] = t end table.sort(l) return l end)(), " or "), path, f.type) end
    return f
  end
  local function column_of(f, id, what)
    if id == nil then return end
    if type(id) ~= "string" then bad("%s must be the id of a column", what) end
    for _, c in ipairs(f.columns or {}) do if c.id == id then return end end
    bad("%s names the column %s, which %s does not have", what, id, f.id)
  end
  local seen = {}
  for i, c in ipairs(d.columns) do
    local what = string.format("column %d", i)
    if type(c) ~= "table" then bad("%s must be a table", what) end
    keys(c, COLUMN_KEYS, what)
    if type(c.key) ~= "string" or not c.key:match("^%a%w*$") then bad("%s needs key = a short id of letters and digits", what) end
    if seen[c.key] then bad("%s uses the key %s again", what, c.key) end
    seen[c.key] = true
    if type(c.title) ~= "string" then bad("%s needs a title", what) end
    local f = field(c.field, what .. "'s field", c.label and { records = true } or { list = true })
    column_of(f, c.label, what .. "'s label")
    column_of(f, c.from, what .. "'s from")
    if c.only ~= nil then
      if type(c.only) ~= "table" then bad("%s's only must be { column = ..., value = ..., blank = true|false }", what) end
      keys(c.only, { column = true, value = true, blank = true }, what .. "'s only")
      column_of(f, c.only.column, what .. "'s only")
    end
  end
  if d.links ~= nil then
    if type(d.links) ~= "table" then bad("links must be { field = \"step.field\", from = ..., to = ..., how = ... }") end
    keys(d.links, LINK_KEYS, "links")
    local f = field(d.links.field, "links' field", { records = true })
    for _, k in ipairs({ "from", "to" }) do
      if d.links[k] == nil then bad("links needs %s = the column naming where an arrow %s", k, k == "from" and "starts" or "ends") end
      column_of(f, d.links[k], "links' " .. k)
    end
    column_of(f, d.links.how, "links' how")
  end
  return d
end

-- A module of a loaded pack (or of a pack it builds on), as require(name)
-- in its files would give it: for evalwiz's own code and for tests.
function M.module(pack, name)
  return pack.loader.require(name)
end

-- Each check that reports at its questions (every kind but health) goes
-- with the first question it reads, so that the question and its step's
-- status show its result.
function M.attach_checks(pack)
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do f.checks = nil end
  end
  for _, c in ipairs(pack.checks) do
    local f = c.kind ~= "health" and c.fields[1] and find_field(pack, c.fields[1])
    c.attached = f and true or false
    if f then
      f.checks = f.checks or {}
      f.checks[#f.checks + 1] = c
      c.pack = pack
    end
  end
end

-- Migrations live in migrate.lua; these names stay for the callers.
local migrate = require("evalwiz.migrate")
M.check_migrations = migrate.check
M.migrate = migrate.migrate
M.MIGRATION_KEYS = migrate.KEYS

return M
