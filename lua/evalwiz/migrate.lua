-- migrate.lua: how a pack's migrations move a plan's answers from one
-- version of the pack to the next: their shape checked when the pack loads,
-- and applied when an older plan is opened.  An answer is never overwritten.
local api = require("evalwiz.api")

local M = {}

-- Migrations: migrations = { [2] = { rename = { ["a.b"] = "a.c" },
--   split = { ["a.b"] = function(old) return { ["a.c"] = ..., ["a.d"] = ... } end },
--   retire = { "a.x" }, values = { ["a.c"] = { old = "new" } } } } moves a
-- plan's answers from version 1 to 2.  values renames a choice's (or a
-- multi's, or a records column's: "a.c.column") option values.
local PATH = "^[%w_]+%.[%w_]+$"
local COLUMN_PATH = "^[%w_]+%.[%w_]+%.[%w_]+$"
local MIGRATION_KEYS = { rename = true, split = true, retire = true, values = true }
M.KEYS = MIGRATION_KEYS

function M.check(migrations, version, where)
  if type(migrations) ~= "table" then error(where .. ": migrations must be a table { [2] = { rename = ... } }", 0) end
  for v, m in pairs(migrations) do
    local at = string.format("%s: migrations[%s]", where, tostring(v))
    if math.type(v) ~= "integer" or v < 2 or v > version then
      error(string.format("%s: migrations are keyed by the version they lead to, a whole number from 2 to %d (this pack's version)", at, version), 0)
    end
    if type(m) ~= "table" then error(at .. ": expected { rename = ..., split = ..., retire = ..., values = ... }", 0) end
    for k in pairs(m) do
      if not MIGRATION_KEYS[k] then
        error(string.format("%s: unknown setting %s%s (use rename, split, retire or values)", at, tostring(k), api.suggest(k, MIGRATION_KEYS)), 0)
      end
    end
    local targets = {}
    for from, to in pairs(m.rename or {}) do
      if type(from) ~= "string" or not from:match(PATH) or type(to) ~= "string" or not to:match(PATH) then
        error(at .. ": rename maps \"step.field\" to \"step.field\"", 0)
      end
      -- two answers moved onto one question: one of them would be lost
      if targets[to] then
        local one, other = targets[to], from
        if other < one then one, other = other, one end
        error(string.format("%s: rename moves both %s and %s to %s; one answer would overwrite the other", at, one, other, to), 0)
      end
      targets[to] = from
    end
    for from, fn in pairs(m.split or {}) do
      if type(from) ~= "string" or not from:match(PATH) or type(fn) ~= "function" then
        error(at .. ": split maps \"step.field\" to function(old) return { [\"step.field\"] = value, ... } end", 0)
      end
    end
    for _, path in ipairs(m.retire or {}) do
      if type(path) ~= "string" or not path:match(PATH) then error(at .. ": retire lists \"step.field\" paths", 0) end
    end
    for path, map in pairs(m.values or {}) do
      if type(path) ~= "string" or not (path:match(PATH) or path:match(COLUMN_PATH)) or type(map) ~= "table" then
        error(at .. ': values maps "step.field" (or "step.field.column") to { old_value = "new_value", ... }', 0)
      end
      for old, new in pairs(map) do
        if type(old) ~= "string" or type(new) ~= "string" then
          error(string.format('%s: values for %s maps an old option value to a new one, both text: { old = "new" }', at, path), 0)
        end
      end
    end
  end
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t or {}) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

local function short(v)
  local s = type(v) == "table" and "a list" or tostring(v)
  s = s:gsub("%s+", " ")
  if #s > 40 then s = s:sub(1, 37) .. "..." end
  return s
end

local function is_empty(v)
  return v == nil or v == "" or (type(v) == "table" and next(v) == nil)
end

-- Moves doc's answers up to pack.version.  Returns the version the plan was
-- at (nil when nothing was to do) and a list of notes saying what moved.
-- An answer is never overwritten: a rename or a split onto a question that
-- has an answer already leaves the old answer where it was (kept, as an
-- answer the pack does not know) and says so.
function M.migrate(pack, doc)
  local from = doc.pack and doc.pack.version
  if doc.pack and doc.pack.id ~= nil and doc.pack.id ~= pack.id then return nil, {} end
  if math.type(from) ~= "integer" or from >= pack.version then return nil, {} end
  local notes = {}
  local answers = doc.answers
  local function get(path)
    local st, f = path:match("^([%w_]+)%.([%w_]+)$")
    return answers[st] and answers[st][f], st, f
  end
  local function put(path, v)
    local st, f = path:match("^([%w_]+)%.([%w_]+)$")
    if v == nil then
      if answers[st] then answers[st][f] = nil end
      return
    end
    answers[st] = answers[st] or {}
    answers[st][f] = v
  end
  for v = from + 1, pack.version do
    local m = pack.migrations[v]
    if m then
      local changes = {}
      for _, old in ipairs(sorted_keys(m.rename)) do
        local val = get(old)
        if val ~= nil then
          local to = m.rename[old]
          if not is_empty(get(to)) then
            changes[#changes + 1] = string.format("%s was not moved to %s, which has an answer already; both are kept", old, to)
          else
            put(old, nil)
            put(to, val)
            changes[#changes + 1] = string.format("%s is now %s", old, to)
          end
        end
      end
      for _, old in ipairs(sorted_keys(m.split)) do
        local val = get(old)
        if val ~= nil then
          local ok, res = pcall(m.split[old], val)
          if not ok or type(res) ~= "table" then
            error(string.format("%s/pack.lua: the migration to version %d could not split %s: %s", pack.display, v, old,
              ok and "the function must return a table of \"step.field\" = value" or tostring(res)), 0)
          end
          local into, taken = sorted_keys(res), {}
          for _, path in ipairs(into) do
            if type(path) ~= "string" or not path:match(PATH) then
              error(string.format("%s/pack.lua: the migration to version %d split %s into %s, which is not \"step.field\"",
                pack.display, v, old, tostring(path)), 0)
            end
            if not is_empty(get(path)) and res[path] ~= nil then taken[#taken + 1] = path end
          end
          if #taken > 0 then
            changes[#changes + 1] = string.format("%s was not split, since %s %s an answer already; it is kept",
              old, table.concat(taken, " and "), #taken == 1 and "has" or "have")
          else
            put(old, nil)
            for _, path in ipairs(into) do put(path, res[path]) end
            changes[#changes + 1] = string.format("%s was split into %s", old, table.concat(into, " and "))
          end
        end
      end
      for _, path in ipairs(sorted_keys(m.values)) do
        local map = m.values[path]
        local sid, fid, col = path:match("^([%w_]+)%.([%w_]+)%.?([%w_]*)$")
        local function remap(x)
          if type(x) == "string" and map[x] ~= nil then return map[x], true end
          return x, false
        end
        local function remap_any(x)
          if type(x) == "table" then
            local out, seen, changed = setmetatable({}, getmetatable(x)), {}, false
            for _, item in ipairs(x) do
              local n, c = remap(item)
              changed = changed or c
              if not seen[n] then seen[n] = true; out[#out + 1] = n end
            end
            return out, changed
          end
          return remap(x)
        end
        local val = answers[sid] and answers[sid][fid]
        local changed = false
        if col ~= "" then
          for _, row in ipairs(type(val) == "table" and val or {}) do
            if type(row) == "table" then
              local n, c = remap_any(row[col])
              if c then row[col], changed = n, true end
            end
          end
        elseif val ~= nil then
          local n, c = remap_any(val)
          if c then put(sid .. "." .. fid, n); changed = true end
        end
        if changed then changes[#changes + 1] = string.format("the options of %s were renamed", path) end
      end
      for _, old in ipairs(m.retire or {}) do
        local val = get(old)
        if val ~= nil then
          put(old, nil)
          changes[#changes + 1] = string.format("%s was retired (its answer was \"%s\")", old, short(val))
        end
      end
      if #changes > 0 then
        notes[#notes + 1] = string.format("moved the answers to version %d of the pack %s: %s", v, pack.id, table.concat(changes, "; "))
      end
    end
  end
  doc.pack.version = pack.version
  if #notes == 0 then
    notes[#notes + 1] = string.format("the plan was written for version %d of the pack %s; it now follows version %d (no answers had to move)", from, pack.id, pack.version)
  end
  return from, notes
end

return M
