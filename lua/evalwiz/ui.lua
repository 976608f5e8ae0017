-- ui.lua: what the full-screen wizard shows and how its edits reach the plan.
-- The C side holds no step content: it asks for a screen's worth of data
-- (steps, the current step's visible questions with their answers as text,
-- options, problems, panels, help) and hands typed text back here.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")

local M = {}

local seq = plan.seq

local function state()
  local st = core.state
  if not st.pack then error("no pack loaded", 2) end
  if not st.doc then error("no plan open", 2) end
  return st.pack, st.doc
end

-- The text a scalar answer is edited as.
local function scalar_text(v)
  if v == nil then return "" end
  if type(v) == "boolean" then return v and "yes" or "no" end
  if math.type(v) == "float" and v == math.floor(v) and math.abs(v) < 1e15 then
    return string.format("%.1f", v)
  end
  if type(v) == "table" then
    local parts = {}
    for _, x in ipairs(v) do parts[#parts + 1] = scalar_text(x) end
    return table.concat(parts, ", ")
  end
  return tostring(v)
end
M.scalar_text = scalar_text

-- Glossary entries: the pack's own list, and evalwiz.glossary when present.
local function glossary_entries(pack)
  local out = {}
  local function add(term, def)
    if type(term) == "string" and type(def) == "string" then out[#out + 1] = { term = term, definition = def } end
  end
  for k, g in pairs(pack.glossary or {}) do
    if type(g) == "table" then add(g.term or g.name or g[1], g.definition or g.text or g[2])
    elseif type(k) == "string" then add(k, g) end
  end
  local ok, gmod = pcall(require, "evalwiz.glossary")
  if ok and type(gmod) == "table" then
    local list = gmod.terms or gmod.entries or gmod
    if type(list) == "function" then
      local ok2, res = pcall(list)
      list = ok2 and res or {}
    end
    if type(list) == "table" then
      for k, g in pairs(list) do
        if type(g) == "table" then add(g.term or g.name or g[1], g.definition or g.text or g[2])
        elseif type(k) == "string" then add(k, g) end
      end
    end
  end
  table.sort(out, function(a, b) return a.term:lower() < b.term:lower() end)
  return out
end

-- Terms whose name appears in the text, or that the field lists.
local function terms_for(entries, field)
  local text = ((field.label or "") .. " " .. (field.help or "")):lower()
  local wanted = {}
  for _, t in ipairs(field.terms or {}) do wanted[tostring(t):lower()] = true end
  local out = seq()
  for _, e in ipairs(entries) do
    local l = e.term:lower()
    if wanted[l] or text:find(l, 1, true) then
      out[#out + 1] = e.term .. ": " .. e.definition
    end
  end
  return out
end

function M.glossary()
  local pack = core.state.pack
  local out = seq()
  if not pack then return out end
  for _, e in ipairs(glossary_entries(pack)) do out[#out + 1] = { term = e.term, definition = e.definition } end
  return out
end

local function step_of(pack, index)
  local s = pack.steps[index]
  if not s then error(string.format("no step %s", tostring(index)), 0) end
  return s
end

local function field_problem(s, f, doc, view)
  local probs = plan.field_problems(s, f, doc, view)
  for _, p in ipairs(probs) do
    if p.kind == "error" or p.kind == "warning" then return p.message, p.kind end
  end
  return nil
end

local function describe_field(s, f, doc, view, entries)
  local answers = doc.answers[s.id] or {}
  local v = answers[f.id]
  local d = {
    id = f.id, type = f.type, label = f.label or "", help = f.help or "",
    example = f.example and tostring(f.example) or nil, required = f.required and true or false,
    unit = f.unit, placeholder = f.placeholder,
  }
  if f.type == "number" then d.range = plan.describe_number(f) end
  if f.type == "note" then
    d.text = f.text or f.help or ""
  elseif f.type == "computed" then
    local ok, res = plan.call(f.compute, view)
    d.text = ok and scalar_text(res) or ("cannot compute: " .. tostring(res))
  elseif f.type == "list" then
    local items = seq()
    if type(v) == "table" then for _, x in ipairs(v) do items[#items + 1] = scalar_text(x) end end
    d.items = items
    d.text = table.concat(items, "; ")
  elseif f.type == "records" then
    local cols = seq()
    for _, c in ipairs(f.columns) do
      local opts = nil
      if c.type == "choice" or c.type == "multi" then
        opts = seq()
        for _, o in ipairs((plan.options(c, view))) do opts[#opts + 1] = { value = o.value, label = o.label or o.value } end
      end
      cols[#cols + 1] = { id = c.id, label = c.label or c.id, type = c.type, options = opts, help = c.help or "" }
    end
    d.columns = cols
    local rows = seq()
    if type(v) == "table" then
      for _, row in ipairs(v) do
        local r = seq()
        for _, c in ipairs(f.columns) do r[#r + 1] = scalar_text(type(row) == "table" and row[c.id] or nil) end
        rows[#rows + 1] = r
      end
    end
    d.rows = rows
  else
    d.text = scalar_text(v)
    if f.type == "textarea" then d.text = d.text:gsub("\n+$", "") end
  end
  if f.type == "choice" or f.type == "multi" then
    local opts, err = plan.options(f, view)
    local chosen = {}
    if type(v) == "table" then for _, x in ipairs(v) do chosen[x] = true end
    elseif v ~= nil then chosen[v] = true end
    local out = seq()
    for _, o in ipairs(opts) do
      out[#out + 1] = { value = o.value, label = o.label or o.value, help = o.help or "", selected = chosen[o.value] or false }
    end
    d.options = out
    if err then d.problem = "options: " .. err end
  end
  if f.type == "yesno" then
    d.options = seq({ { value = "yes", label = "Yes", help = "", selected = v == true },
                      { value = "no", label = "No", help = "", selected = v == false } })
  end
  local msg, kind = field_problem(s, f, doc, view)
  if msg and not d.problem then d.problem, d.problem_kind = msg, kind end
  d.terms = terms_for(entries, f)
  return d
end

-- Every step's status means checking the whole plan (validators, dynamic
-- options): the wizard asks for it on every screen, so it is kept until the
-- answers change.  The setters below call changed(); so must any other code
-- that changes the open plan's answers while the wizard runs.
local status_cache = { doc = nil, pack = nil, gen = -1, list = nil }
local generation = 0
function M.changed()
  generation = generation + 1
  return true
end

local function status_list(pack, doc, view)
  local c = status_cache
  if c.doc == doc and c.pack == pack and c.gen == generation then return c.list end
  local out = seq()
  for i, s in ipairs(pack.steps) do
    local st = plan.step_status(s, doc, view)
    out[#out + 1] = { index = i, id = s.id, number = s.number or (i - 1), title = s.title,
                      short = s.short or s.title, level = s.level or "none", status = st }
  end
  c.doc, c.pack, c.gen, c.list = doc, pack, generation, out
  return out
end

-- Warnings about moving on too early (a later step whose prerequisites are
-- not done), when the pack's gating rules are in this build: core.gating
-- or the evalwiz.gating module.  Either may return strings or {message=}.
local function gating_warnings(pack, doc, s)
  local out = seq()
  local fn = type(core.gating) == "function" and core.gating or nil
  local args = { s.id }
  if not fn then
    local ok, gating = pcall(require, "evalwiz.gating")
    if not ok or type(gating) ~= "table" then return out end
    fn = gating.warnings or gating.check or gating.step
    args = { pack, doc, s.id }
    if type(fn) ~= "function" then return out end
  end
  local ok2, res = pcall(fn, table.unpack(args))
  if not ok2 or type(res) ~= "table" then return out end
  if type(res.warnings) == "table" then res = res.warnings end
  for _, w in ipairs(res) do
    if type(w) == "string" then out[#out + 1] = w
    elseif type(w) == "table" and type(w.message) == "string" then out[#out + 1] = w.message end
  end
  return out
end

-- Everything one screen shows for step number `index` (1-based in pack order).
function M.screen(index)
  local pack, doc = state()
  local view = plan.view(doc)
  local s = step_of(pack, index)
  local entries = glossary_entries(pack)
  local fields = seq()
  for _, f in ipairs(s.fields) do
    if plan.visible(f, view) then fields[#fields + 1] = describe_field(s, f, doc, view, entries) end
  end
  local panels = seq()
  for _, p in ipairs(s.panels or {}) do
    local show = true
    if p.when then local ok, r = plan.call(p.when, view); show = not ok or r end
    if show then
      local ok, res = plan.call(p.render, view)
      panels[#panels + 1] = { title = p.title or p.id, text = ok and tostring(res or "") or ("cannot show: " .. tostring(res)) }
    end
  end
  return {
    title = doc.meta and doc.meta.title or "",
    steps = status_list(pack, doc, view),
    step = { index = index, id = s.id, number = s.number or (index - 1), title = s.title,
             purpose = s.purpose or "", guidance = s.guidance or "", level = s.level or "none" },
    fields = fields, panels = panels, warnings = gating_warnings(pack, doc, s),
  }
end

local function field_of(pack, step_id, field_id)
  local s = pack.by_id[step_id]
  if not s then error("no step " .. tostring(step_id), 0) end
  local f = s.by_id[field_id]
  if not f then error("no field " .. tostring(field_id), 0) end
  return s, f
end

local function store(doc, s, f, v)
  M.changed()
  doc.answers[s.id] = doc.answers[s.id] or {}
  doc.answers[s.id][f.id] = v
end

-- Sets a field from typed text.  Text that the type refuses is still kept
-- (as text) so nothing typed is lost; the message says what is wrong.
-- Returns { ok = true } or { ok = false, message = "..." }.
function M.set(step_id, field_id, text)
  local pack, doc = state()
  local s, f = field_of(pack, step_id, field_id)
  if f.type == "computed" or f.type == "note" then
    return { ok = false, message = "this question cannot be edited" }
  end
  local view = plan.view(doc)
  if f.type == "list" then
    local items = seq()
    for line in (text .. "\n"):gmatch("(.-)\n") do
      if line:match("%S") then items[#items + 1] = line end
    end
    store(doc, s, f, #items > 0 and items or nil)
    return { ok = true }
  end
  if f.type == "textarea" then text = text:gsub("%s+$", "") end
  if f.type == "text" or f.type == "number" or f.type == "date" then text = text:match("^%s*(.-)%s*$") end
  local v, err = plan.coerce(f, text, nil, view)
  if err then
    store(doc, s, f, text)
    return { ok = false, message = err }
  end
  store(doc, s, f, v)
  return { ok = true }
end

-- Ticks or unticks one option of a multi field; sets a choice.
function M.toggle(step_id, field_id, value)
  local pack, doc = state()
  local s, f = field_of(pack, step_id, field_id)
  local v = (doc.answers[s.id] or {})[f.id]
  if f.type == "choice" then
    store(doc, s, f, v ~= value and value or nil)
  elseif f.type == "yesno" then
    local b = value == "yes"
    if v == b then store(doc, s, f, nil) else store(doc, s, f, b) end
  elseif f.type == "multi" then
    local out, found = seq(), false
    if type(v) == "table" then
      for _, x in ipairs(v) do if x == value then found = true else out[#out + 1] = x end end
    end
    if not found then
      -- keep the pack's order of options
      local order = {}
      for i, o in ipairs((plan.options(f, plan.view(doc)))) do order[o.value] = i end
      out[#out + 1] = value
      table.sort(out, function(a, b) return (order[a] or 1e9) < (order[b] or 1e9) end)
    end
    store(doc, s, f, #out > 0 and out or nil)
  else
    error("toggle: " .. field_id .. " is not a choice", 0)
  end
  return { ok = true }
end

-- Records: one cell from text, or a row operation.
-- op: "set" (row, col, text), "add" (row: insert after), "delete", "up", "down".
function M.records(step_id, field_id, op, row, col, text)
  local pack, doc = state()
  local s, f = field_of(pack, step_id, field_id)
  if f.type ~= "records" then error(field_id .. " is not a table of rows", 0) end
  local rows = (doc.answers[s.id] or {})[f.id]
  if type(rows) ~= "table" then rows = seq() end
  row = math.tointeger(row) or 0
  local result = { ok = true }
  if op == "add" then
    table.insert(rows, math.max(1, math.min(row + 1, #rows + 1)), {})
  elseif op == "delete" then
    if rows[row] then table.remove(rows, row) end
  elseif op == "up" and row > 1 and rows[row] then
    rows[row], rows[row - 1] = rows[row - 1], rows[row]
  elseif op == "down" and rows[row + 1] then
    rows[row], rows[row + 1] = rows[row + 1], rows[row]
  elseif op == "set" then
    local c = f.columns[math.tointeger(col) or 0]
    if not c or type(rows[row]) ~= "table" then error("no such cell", 0) end
    local v, err = plan.coerce(c, text or "", nil, plan.view(doc))
    if err then v = text; result = { ok = false, message = c.id .. ": " .. err } end
    rows[row][c.id] = v
  end
  setmetatable(rows, getmetatable(rows) or { __kind = "seq" })
  store(doc, s, f, #rows > 0 and rows or nil)
  return result
end

-- Search: every question label and help, in step order.
function M.search(query)
  local pack = core.state.pack
  local out = seq()
  if not pack or query == "" then return out end
  local q = query:lower()
  for i, s in ipairs(pack.steps) do
    if (s.title or ""):lower():find(q, 1, true) or (s.purpose or ""):lower():find(q, 1, true) then
      out[#out + 1] = { step = i, field = "" }
    end
    for _, f in ipairs(s.fields) do
      local hay = ((f.label or "") .. "\n" .. (f.help or "") .. "\n" .. (f.text or "")):lower()
      if hay:find(q, 1, true) then out[#out + 1] = { step = i, field = f.id } end
    end
  end
  return out
end

-- The stored answer, boxed so that "no answer" survives the trip to C
-- (for the wizard's undo of whole-field changes).
function M.get_raw(step_id, field_id)
  local pack, doc = state()
  local s, f = field_of(pack, step_id, field_id)
  return { value = (doc.answers[s.id] or {})[f.id] }
end

function M.restore(step_id, field_id, box)
  local pack, doc = state()
  local s, f = field_of(pack, step_id, field_id)
  store(doc, s, f, type(box) == "table" and box.value or nil)
  return true
end

function M.set_title(title)
  local _, doc = state()
  M.changed()
  doc.meta = doc.meta or {}
  doc.meta.title = title
  return true
end

return M
