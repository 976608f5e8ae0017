-- core.lua: the session the C side drives: one pack, one plan.  Every
-- function takes and returns plain data (text, numbers, lists, records).
local pack_mod = require("evalwiz.pack")
local plan = require("evalwiz.plan")

local M = {}

local state = { pack = nil, doc = nil, name = nil, positions = {} }
M.state = state

function M.load_pack(dir, display)
  state.pack = pack_mod.load(dir, display)
  return { id = state.pack.id, version = state.pack.version, title = state.pack.title,
           steps = #state.pack.steps }
end

local function need_pack()
  if not state.pack then error("no pack loaded", 2) end
  return state.pack
end

local function need_plan()
  if not state.doc then error("no plan open", 2) end
  return state.doc
end

local function option_values(f)
  if type(f.options) ~= "table" then return nil end
  local out = {}
  for _, o in ipairs(f.options) do
    out[#out + 1] = setmetatable({ value = o.value, label = o.label, help = o.help },
      { __order = { "value", "label", "help" } })
  end
  return out
end

local function describe_field(f)
  local d = {
    id = f.id, type = f.type, label = f.label or "", help = f.help or "",
    required = f.required and true or false, conditional = f.when ~= nil,
    options = option_values(f), example = f.example, unit = f.unit, min = f.min, max = f.max,
    dynamic_options = type(f.options) == "function" or nil,
  }
  if f.columns then
    d.columns = {}
    for _, c in ipairs(f.columns) do d.columns[#d.columns + 1] = describe_field(c) end
  end
  if d.options == nil then d.options = plan.seq() end
  -- the JSON shape's keys first, in its order (columns are described alike)
  return setmetatable(d, { __order = { "id", "type", "label", "help", "required", "conditional", "options" } })
end
M.describe_field = describe_field

-- The pack as data: for `evalwiz steps` and for scripts.
function M.describe()
  local pack = need_pack()
  local steps = plan.seq()
  for i, s in ipairs(pack.steps) do
    local fields = plan.seq()
    for _, f in ipairs(s.fields) do
      local d = describe_field(f)
      d.options = d.options or plan.seq()  -- the JSON shape always has options: [] when none
      fields[#fields + 1] = setmetatable(d, { __order = { "id", "type", "label", "help", "required", "conditional", "options" } })
    end
    steps[#steps + 1] = setmetatable({
      id = s.id, number = s.number or (i - 1), title = s.title, purpose = s.purpose,
      level = s.level, prerequisites = plan.seq({ table.unpack(s.prerequisites) }), fields = fields,
    }, { __order = { "id", "number", "title", "purpose", "level", "prerequisites", "fields" } })
  end
  return setmetatable({
    pack = setmetatable({ id = pack.id, version = pack.version, title = pack.title, description = pack.description },
      { __order = { "id", "version", "title", "description" } }),
    steps = steps,
  }, { __order = { "pack", "steps" } })
end

function M.new_plan(title, now)
  local pack = need_pack()
  state.doc = plan.new(pack, title, now)
  state.name = nil
  return plan.document(pack, state.doc)
end

function M.open(doc, positions, name)
  local pack = need_pack()
  state.doc = plan.adopt(doc, positions, name)
  state.positions = positions or {}
  state.name = name
  local notes = plan.seq()
  local p = state.doc.pack
  if p.id and p.id ~= pack.id then
    notes[#notes + 1] = string.format("the plan was written for the pack %q, not %q; answers the pack does not know are kept", tostring(p.id), pack.id)
  end
  return { notes = notes }
end

-- Resolves "step.field" to the pack's step and field (either may be nil).
local function resolve(path)
  local pack = need_pack()
  local step_id, field_id = path:match("^([%w_]+)%.([%w_]+)$")
  if not step_id then
    error(string.format("%q is not of the form STEP.FIELD (for example theory_of_change.problem)", path), 0)
  end
  local step = pack.by_id[step_id]
  if not step then
    local ids = {}
    for _, s in ipairs(pack.steps) do ids[#ids + 1] = s.id end
    error(string.format("%s: no step %q in the pack %s; the steps are: %s", path, step_id, pack.id, table.concat(ids, ", ")), 0)
  end
  local field = step.by_id[field_id]
  if not field then
    local ids = {}
    for _, f in ipairs(step.fields) do if f.type ~= "note" then ids[#ids + 1] = f.id end end
    error(string.format("%s: the step %s has no field %q; its fields are: %s", path, step_id, field_id, table.concat(ids, ", ")), 0)
  end
  return step, field
end

-- Returns { value = ..., type = field type, kind = "text"|"yaml" }.
function M.get(path)
  local doc = need_plan()
  local step, field = resolve(path)
  local v
  if field.type == "computed" then
    local ok, res = plan.call(field.compute, plan.view(doc))
    if not ok then error(path .. ": " .. res, 0) end
    v = res
  else
    v = (doc.answers[step.id] or {})[field.id]
  end
  if field.type == "records" and type(v) == "table" then
    -- rows printed with their columns in the pack's order, like the plan file
    local cols = {}
    for _, c in ipairs(field.columns) do cols[#cols + 1] = c.id end
    local rows = plan.seq()
    for i, row in ipairs(v) do
      local r = {}
      if type(row) == "table" then for k, x in pairs(row) do r[k] = x end end
      rows[i] = setmetatable(r, { __order = cols })
    end
    v = rows
  end
  return { value = v, type = field.type, kind = type(v) == "table" and "yaml" or "text" }
end

-- Sets one answer from text; raises "STEP.FIELD: message" when refused.
function M.set(path, raw, parsed)
  local doc = need_plan()
  local step, field = resolve(path)
  local v, err = plan.coerce(field, raw, parsed, plan.view(doc))
  if err then error(path .. ": " .. err, 0) end
  doc.answers[step.id] = doc.answers[step.id] or {}
  doc.answers[step.id][field.id] = v
  return true
end

function M.document(now)
  return plan.document(need_pack(), need_plan(), now)
end

-- Problems with their positions in the file.
function M.check()
  local pack, doc = need_pack(), need_plan()
  local problems = plan.check(pack, doc)
  local out = plan.seq()
  local counts = { error = 0, missing = 0, warning = 0 }
  for _, p in ipairs(problems) do
    local pos = state.positions["answers." .. p.path] or state.positions["answers." .. p.step]
    counts[p.kind] = (counts[p.kind] or 0) + 1
    out[#out + 1] = { kind = p.kind, path = p.path, message = p.message, where = pos }
  end
  return { problems = out, errors = counts.error, missing = counts.missing, warnings = counts.warning }
end

function M.status()
  local pack, doc = need_pack(), need_plan()
  local view = plan.view(doc)
  local out = plan.seq()
  for _, s in ipairs(pack.steps) do
    local st = plan.step_status(s, doc, view)
    out[#out + 1] = { id = s.id, number = s.number, title = s.title, level = s.level, status = st }
  end
  return out
end

return M
