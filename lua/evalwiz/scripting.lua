-- scripting.lua: the open plan's answers for scripts: evalwiz get with
-- several paths or --format json, and evalwiz export (JSON or CSV over many
-- plans).  Each question gives its stored (or computed) value as it is and
-- the text a person is shown: option labels, yes or no, numbers rounded as
-- the wizard rounds them, with their units.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")

local M = {}

local seq = plan.seq
local ENTRY_ORDER = { "label", "type", "value", "shown", "visible", "computed", "error" }

-- The option label of value v of field f (the value itself when unknown).
local function label_of(f, v, view, cache)
  local _, set = plan.options_in(f, view, cache)
  local o = set[v]
  return o and o.label or tostring(v)
end

-- What a person is shown for value v of field f.
local function shown(f, v, view, cache)
  if v == nil then return "" end
  local t = f.type
  if type(v) == "number" then return plan.format_number(f, v) end
  if type(v) == "boolean" then return v and "yes" or "no" end
  if t == "choice" then return label_of(f, v, view, cache) end
  if t == "multi" and type(v) == "table" then
    local parts = {}
    for _, x in ipairs(v) do parts[#parts + 1] = label_of(f, x, view, cache) end
    return table.concat(parts, "; ")
  end
  if t == "list" and type(v) == "table" then
    local parts = {}
    for _, x in ipairs(v) do parts[#parts + 1] = tostring(x) end
    return table.concat(parts, "; ")
  end
  if t == "records" and type(v) == "table" then
    local rows = {}
    for i, row in ipairs(v) do
      local cells = {}
      for _, c in ipairs(f.columns) do
        local cv = nil
        if type(row) == "table" then cv = row[c.id] end
        if not plan.is_empty(cv) then cells[#cells + 1] = (c.label or c.id) .. ": " .. shown(c, cv, view, cache) end
      end
      rows[#rows + 1] = string.format("%d. %s", i, table.concat(cells, "; "))
    end
    return table.concat(rows, "\n")
  end
  return tostring(v)
end
M.shown = shown

-- The questions named by paths: "step.field", or "step" for all of a
-- step's; every question of the pack when paths is empty.  Notes are left
-- out.  Raises "path: ..." (with the names meant) for one the pack lacks.
local function select_fields(pack, paths)
  local out = {}
  local function add_step(s)
    for _, f in ipairs(s.fields) do
      if f.type ~= "note" and not f.hidden then out[#out + 1] = { step = s, field = f } end
    end
  end
  if not paths or #paths == 0 then
    for _, s in ipairs(pack.steps) do add_step(s) end
    return out
  end
  local api = require("evalwiz.api")
  for _, path in ipairs(paths) do
    path = tostring(path)
    local sid, fid = path:match("^([%w_]+)%.([%w_]+)$")
    if not sid and path:match("^[%w_]+$") then
      local s = pack.by_id[path]
      if not s then
        local ids = {}
        for _, st in ipairs(pack.steps) do ids[#ids + 1] = st.id end
        error(string.format("%s: the pack %s has no step %s%s; its steps are: %s", path, pack.id, path,
          api.suggest(path, ids), table.concat(ids, ", ")), 0)
      end
      add_step(s)
    else
      local s, f = core.resolve(path)
      out[#out + 1] = { step = s, field = f }
    end
  end
  return out
end

-- The entry for one question of the open plan: label, type, value (stored
-- or computed; nil when there is none), shown, visible, and for a computed
-- question that cannot be worked out, error.
local function entry(doc, view, cache, s, f)
  local e = { label = f.label or f.id, type = f.type, visible = (plan.visible(f, view)) }
  local v
  if f.type == "computed" then
    e.computed = true
    local ok, res = plan.call(f.compute, view)
    if ok then v = res else e.error = res end
  else
    v = (doc.answers[s.id] or {})[f.id]
    if plan.is_empty(v) then v = nil end
  end
  if f.type == "records" and type(v) == "table" then
    -- rows with their columns in the pack's order, like the plan file
    local cols = {}
    for _, c in ipairs(f.columns) do cols[#cols + 1] = c.id end
    local rows = seq()
    for i, row in ipairs(v) do
      local r = {}
      if type(row) == "table" then for k, x in pairs(row) do r[k] = x end end
      rows[i] = setmetatable(r, { __order = cols })
    end
    v = rows
  end
  e.value = v
  e.shown = shown(f, v, view, cache)
  return setmetatable(e, { __order = ENTRY_ORDER })
end

-- The open plan's answers to paths (see select_fields) for scripts:
-- { pack = { id, version }, fields = { ["step.field"] = entry, ... in pack order } }.
function M.values(paths)
  local pack, doc = core.state.pack, core.state.doc
  if not pack or not doc then error("no plan open", 0) end
  local view, cache = plan.view(doc), {}
  local fields, order = {}, {}
  for _, sf in ipairs(select_fields(pack, paths)) do
    local path = sf.step.id .. "." .. sf.field.id
    if not fields[path] then
      order[#order + 1] = path
      fields[path] = entry(doc, view, cache, sf.step, sf.field)
    end
  end
  return setmetatable({
    pack = setmetatable({ id = pack.id, version = pack.version }, { __order = { "id", "version" } }),
    title = plan.title_answer(pack, doc) or (doc.meta and doc.meta.title) or "",
    fields = setmetatable(fields, { __order = order }),
    order = seq(order),
  }, { __order = { "pack", "title", "fields" } })
end

-- ---- CSV -------------------------------------------------------------------

local escape_csv = require("evalwiz.template").escape

-- A cell: the stored value as it is (the option's value, not its label;
-- numbers unrounded), lists joined with "; ", a table's rows as JSON.
local function cell(f, v)
  if v == nil then return "" end
  if type(v) == "boolean" then return v and "yes" or "no" end
  if type(v) == "number" then
    if math.type(v) == "integer" or (v == math.floor(v) and math.abs(v) < 1e15) then return string.format("%d", v) end
    -- the shortest text that reads back as the same number
    local s = string.format("%.15g", v)
    if tonumber(s) ~= v then s = string.format("%.17g", v) end
    return s
  end
  if type(v) == "table" and f.type == "records" then return M.json(v) end
  if type(v) == "table" then
    local parts = {}
    for _, x in ipairs(v) do parts[#parts + 1] = tostring(x) end
    return table.concat(parts, "; ")
  end
  return tostring(v)
end

-- The CSV header: plan, pack, version, title, then every question's path.
function M.csv_header()
  local pack = core.state.pack
  if not pack then error("no pack loaded", 0) end
  local cols = { "plan", "pack", "version", "title" }
  for _, sf in ipairs(select_fields(pack, nil)) do cols[#cols + 1] = sf.step.id .. "." .. sf.field.id end
  local out = {}
  for i, c in ipairs(cols) do out[i] = escape_csv("csv", c) end
  return table.concat(out, ",") .. "\n"
end

-- The open plan as one CSV row, name its file; the columns of csv_header.
function M.csv_row(name)
  local v = M.values(nil)
  local cells = { tostring(name), v.pack.id, tostring(v.pack.version), v.title }
  local pack = core.state.pack
  for _, path in ipairs(v.order) do
    local sid, fid = path:match("^([%w_]+)%.([%w_]+)$")
    cells[#cells + 1] = cell(pack.by_id[sid].by_id[fid], v.fields[path].value)
  end
  local out = {}
  for i, c in ipairs(cells) do out[i] = escape_csv("csv", c) end
  return table.concat(out, ",") .. "\n"
end

-- ---- JSON for a CSV cell ----------------------------------------------------

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    local named = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
    return named[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

-- A compact JSON text of a value of a plan (rows of a records answer).
function M.json(v)
  local t = type(v)
  if v == nil then return "null" end
  if t == "boolean" then return v and "true" or "false" end
  if t == "number" then return cell({}, v) end
  if t == "string" then return json_string(v) end
  if plan.is_list(v) then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = M.json(x) end
    return "[" .. table.concat(parts, ",") .. "]"
  end
  local keys = {}
  local mt = getmetatable(v)
  if type(mt) == "table" and mt.__order then
    for _, k in ipairs(mt.__order) do if v[k] ~= nil then keys[#keys + 1] = k end end
  else
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
  end
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = json_string(k) .. ":" .. M.json(v[k]) end
  return "{" .. table.concat(parts, ",") .. "}"
end

return M
