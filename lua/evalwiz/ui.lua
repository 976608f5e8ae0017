-- ui.lua: what the full-screen wizard shows and how its edits reach the plan.
-- The C side holds no step content: it asks for a screen's worth of data
-- (steps, the current step's visible questions with their answers as text,
-- options, problems, panels, help) and hands typed text back here.
local core = require("evalwiz.core")
local memo = require("evalwiz.memo")
local plan = require("evalwiz.plan")
local typed = require("evalwiz.typed")

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

-- The pack's glossary, looked up through evalwiz.glossary: the terms a
-- question's label, help and example use (abbreviations in their own case,
-- plurals, the longer of two overlapping terms), and those the field lists.
-- A question's terms do not change while its pack is loaded: they are
-- worked out when it is first shown and kept with the glossary they came from.
local terms_cache = setmetatable({}, { __mode = "k" })
local function terms_for(pack, field)
  local list = pack.glossary or {}
  local c = terms_cache[field]
  if c and c.list == list then return c.out end
  local glossary = require("evalwiz.glossary")
  local out, seen = seq(), {}
  local function add(e)
    if e and not seen[e] then
      seen[e] = true
      out[#out + 1] = e.term .. ": " .. e.definition
    end
  end
  for _, t in ipairs(field.terms or {}) do add((glossary.find(pack, tostring(t)))) end
  local text = (field.label or "") .. "\n" .. (field.help or "") .. "\n" .. (field.example and tostring(field.example) or "")
  for _, e in ipairs(glossary.terms_in(list, text)) do add(e) end
  terms_cache[field] = { list = list, out = out }
  return out
end
M.terms_for = terms_for

-- The glossary terms of question field_id of step index, for the help pane.
-- A screen does not carry them: working them out costs more than the rest of
-- a question (the glossary's patterns), and the help pane shows one question
-- at a time, so the wizard asks when it first draws a question's help.
function M.terms(index, field_id)
  local pack = core.state.pack
  if not pack then error("no pack loaded", 2) end
  local s = pack.steps[index]
  if not s then error(string.format("no step %s", tostring(index)), 0) end
  for _, f in ipairs(s.fields) do
    if f.id == field_id then return terms_for(pack, f) end
  end
  error("no field " .. tostring(field_id), 0)
end

-- The glossary for the F2 screen, in alphabetical order, each term with
-- its other names (abbreviations and synonyms).  filter (optional): only
-- the entries whose term, other names or definition hold it, any case, the
-- entries it names first.
function M.glossary(filter)
  local pack = core.state.pack
  local out = seq()
  if not pack then return out end
  local want = type(filter) == "string" and filter:lower():match("^%s*(.-)%s*$") or ""
  local named, rest = {}, {}
  for _, e in ipairs(pack.glossary or {}) do
    local names = e.term
    if e.aliases and #e.aliases > 0 then names = names .. "\n" .. table.concat(e.aliases, "\n") end
    if want == "" or names:lower():find(want, 1, true) then named[#named + 1] = e
    elseif (e.definition or ""):lower():find(want, 1, true) then rest[#rest + 1] = e end
  end
  local function by_term(a, b) return a.term:lower() < b.term:lower() end
  table.sort(named, by_term)
  table.sort(rest, by_term)
  for _, list in ipairs({ named, rest }) do
    for _, e in ipairs(list) do
      local term = e.term
      if e.aliases and #e.aliases > 0 then term = term .. " (" .. table.concat(e.aliases, ", ") .. ")" end
      out[#out + 1] = { term = term, definition = e.definition }
    end
  end
  return out
end

local function step_of(pack, index)
  local s = pack.steps[index]
  if not s then error(string.format("no step %s", tostring(index)), 0) end
  return s
end

-- A problem as the person reads it: a table's column by its label, not
-- its id ("row 1, When is it taken?: ...", not "row 1, timepoints: ...").
local function readable(f, message)
  if f.type ~= "records" or type(message) ~= "string" then return message end
  for _, c in ipairs(f.columns or {}) do
    local label = (c.label or c.id):gsub("%%", "%%%%")
    message = message:gsub("(row %d+, )" .. c.id:gsub("%p", "%%%0") .. ":", "%1" .. label .. ":")
  end
  return message
end

local function field_problem(s, f)
  local probs = memo.field_problems(s, f)
  for _, p in ipairs(probs) do
    if p.kind == "error" or p.kind == "warning" then return readable(f, p.message), p.kind end
  end
  return nil
end

-- A computed value as the panels show it: rounded (the field's decimals,
-- else whole numbers from 100 up and two decimals below), thousands
-- separated, with its unit (a sum of money in a field whose label ends
-- "(£)" gets the pound sign): "£58,800", "0.59", never 0.59329016615315.
function M.show_computed(f, v)
  if type(v) ~= "number" or v ~= v or v == math.huge or v == -math.huge then return scalar_text(v) end
  local decimals = math.tointeger(f.decimals) or ((math.type(v) == "integer" or math.abs(v) >= 100) and 0 or 2)
  local s = string.format("%." .. decimals .. "f", v)
  local sign, int, frac = s:match("^(%-?)(%d+)(.*)$")
  if sign then
    int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
    s = sign .. int .. frac
  end
  local unit = f.unit or (f.label or ""):match("%((\194\163)%)%s*$")
  if unit == "\194\163" or unit == "$" or unit == "\226\130\172" then return (sign == "-" and "-" .. unit .. s:sub(2)) or unit .. s end
  if unit == "%" then return s .. "%" end
  if unit then return s .. " " .. unit end
  return s
end

-- A number question's unit and range, short, to show beside the answer.
local function range_text(f)
  local unit = f.unit and (" " .. f.unit) or ""
  if f.min and f.max then return string.format("range %s to %s%s", f.min, f.max, unit) end
  if f.min then return string.format("at least %s%s", f.min, unit) end
  if f.max then return string.format("at most %s%s", f.max, unit) end
  return f.unit and ("in " .. f.unit) or nil
end
M.range_text = range_text

-- The longest part of a long list a screen carries: a table's rows, a
-- list's items, a question's options.  The wizard asks for another part
-- (M.window) when the cursor goes past it, so a step with 10,000 rows costs
-- a screen no more than one with 200.
local WINDOW = 200
M.WINDOW = WINDOW

-- A table's rows as text, first to first + count - 1.
local function rows_slice(f, v, first, count)
  local rows = seq()
  if type(v) ~= "table" then return rows end
  for i = first, math.min(#v, first + count - 1) do
    local row = v[i]
    local r = seq()
    for _, c in ipairs(f.columns) do
      local cv = nil   -- a false answer stays false (`and ... or nil` would drop it)
      if type(row) == "table" then cv = row[c.id] end
      r[#r + 1] = scalar_text(cv)
    end
    rows[#rows + 1] = r
  end
  return rows
end

local function items_slice(v, first, count)
  local items = seq()
  if type(v) ~= "table" then return items end
  for i = first, math.min(#v, first + count - 1) do items[#items + 1] = scalar_text(v[i]) end
  return items
end

-- A question's (or a table column's) options, each { value, label, help },
-- and the error when they could not be worked out.  Options that come from
-- the answers (every outcome named so far) are kept with the answers they
-- read, like the rest of the screen.
local function options_of(s, f, col)
  local c = col and f.columns[col] or f
  if type(c.options) ~= "function" then return c.options or {}, nil end
  local r = memo.get("options\0" .. s.id .. "\0" .. f.id .. "\0" .. tostring(col), function(view)
    local opts, err, note = plan.pickable(c, view)
    return { opts, err, note }
  end)
  return r[1], r[2], r[3]
end

local function options_slice(opts, chosen, first, count, with_help)
  local out = seq()
  for i = first, math.min(#opts, first + count - 1) do
    local o = opts[i]
    out[#out + 1] = { value = o.value, label = o.label or o.value, help = with_help and (o.help or "") or nil,
                      selected = chosen and (chosen[o.value] or false) or nil }
  end
  return out
end

local function chosen_of(v)
  local chosen = {}
  if type(v) == "table" then for _, x in ipairs(v) do chosen[x] = true end
  elseif v ~= nil then chosen[v] = true end
  return chosen
end

local function describe_field(s, f, doc, view, pack)
  local answers = doc.answers[s.id] or {}
  local v = answers[f.id]
  memo.read(s.id, f.id)
  local help = f.help or ""
  local default = plan.default_text(f)
  if default then help = help .. (help ~= "" and "\n" or "") .. "Left unanswered, evalwiz takes it as: " .. default .. "." end
  local d = {
    id = f.id, type = f.type, label = f.label or "", help = help,
    example = f.example and tostring(f.example) or nil, required = f.required and true or false,
    unit = f.unit, placeholder = f.placeholder,
  }
  if f.type == "number" then d.range, d.range_short = plan.describe_number(f), range_text(f) end
  -- text kept as typed that the type refuses: drawn flagged as not accepted
  if (f.type == "number" or f.type == "date") and v ~= nil and plan.check_type(f, v, view) then
    d.rejected = true
  end
  if f.type == "note" then
    d.text = f.text or f.help or ""
  elseif f.type == "computed" then
    local ok, res = plan.call(f.compute, view)
    d.text = ok and M.show_computed(f, res) or ("cannot compute: " .. tostring(res))
  elseif f.type == "list" then
    d.items = items_slice(v, 1, WINDOW)
    d.items_first, d.items_total = 1, type(v) == "table" and #v or 0
    d.text = table.concat(d.items, "; ")
  elseif f.type == "records" then
    local cols = seq()
    for i, c in ipairs(f.columns) do
      local opts, total, opts_note = nil, nil, nil
      if c.type == "choice" or c.type == "multi" then
        local all, _, note = options_of(s, f, i)
        opts, total, opts_note = options_slice(all, nil, 1, WINDOW), #all, note
      end
      cols[#cols + 1] = { id = c.id, label = c.label or c.id, type = c.type, options = opts, options_total = total,
                          options_note = opts_note, help = c.help or "" }
    end
    d.columns = cols
    d.rows = rows_slice(f, v, 1, WINDOW)
    d.rows_first, d.rows_total = 1, type(v) == "table" and #v or 0
  else
    d.text = scalar_text(v)
    if f.type == "textarea" then d.text = d.text:gsub("\n+$", "") end
  end
  if f.type == "choice" or f.type == "multi" then
    local opts, err, note = options_of(s, f)
    local chosen = chosen_of(v)
    d.options_note = note
    -- the part carried holds the first option chosen
    local first = 1
    if #opts > WINDOW then
      for i, o in ipairs(opts) do
        if chosen[o.value] then first = math.max(1, math.min(i - WINDOW // 2, #opts - WINDOW + 1)); break end
      end
    end
    d.options = options_slice(opts, chosen, first, WINDOW, true)
    d.options_first, d.options_total = first, #opts
    if err then d.problem = "options: " .. err end
    -- the example by the options' words, not their ids ("cost_consequence")
    if d.example then
      local by_value, words = {}, {}
      for _, o in ipairs(opts) do by_value[o.value] = o.label or o.value end
      for part in d.example:gmatch("[^,]+") do
        part = part:match("^%s*(.-)%s*$")
        words[#words + 1] = by_value[part] or part
      end
      d.example = table.concat(words, ", ")
    end
  end
  if f.type == "yesno" and (d.example == "true" or d.example == "false") then
    d.example = d.example == "true" and "yes" or "no"
  end
  if f.type == "yesno" then
    local i18n = require("evalwiz.i18n")
    d.options = seq({ { value = "yes", label = i18n.word(pack, "Yes"), help = "", selected = v == true },
                      { value = "no", label = i18n.word(pack, "No"), help = "", selected = v == false } })
  end
  local msg, kind = field_problem(s, f)
  if msg and not d.problem then d.problem, d.problem_kind = msg, kind end
  -- no d.terms: the help pane asks M.terms for the question it shows
  return d
end

-- Another part of a long list on screen: kind "rows" (a table's), "items"
-- (a list's) or "options" (a question's, or of its table column col), from
-- first (from 1) for count.  Returns { first, total, list }.
function M.window(index, field_id, kind, first, count, col)
  local pack, doc = state()
  local s = step_of(pack, index)
  local f = s.by_id[field_id]
  if not f then error("no field " .. tostring(field_id), 0) end
  first = math.max(1, math.tointeger(first) or 1)
  count = math.max(1, math.min(math.tointeger(count) or WINDOW, 1000))
  local v = (doc.answers[s.id] or {})[f.id]
  if kind == "rows" then
    return { first = first, total = type(v) == "table" and #v or 0, list = rows_slice(f, v, first, count) }
  elseif kind == "items" then
    return { first = first, total = type(v) == "table" and #v or 0, list = items_slice(v, first, count) }
  elseif kind == "options" then
    col = math.tointeger(col)
    local opts = options_of(s, f, col)
    return { first = first, total = #opts, list = options_slice(opts, not col and chosen_of(v) or nil, first, count, not col) }
  end
  error("unknown window " .. tostring(kind), 0)
end

-- Tells the wizard's caches that the open plan's answers changed in a way
-- core does not know (code outside edit.lua and core.set): everything is
-- worked out again.
function M.changed()
  core.changed()
  return true
end

-- The steps whose panels warned when they were last shown (a step's
-- panels are worked out when it is shown, not for the step list).
local panel_warned = {}

-- The partner's open review items by step and by question; a plan with no
-- review section has none, and the review module (27 KB of code) is not
-- loaded for it.
local NO_COUNTS = setmetatable({}, { __newindex = function() error("read-only", 2) end })
local function review_counts()
  local doc = core.state.doc
  if not doc or doc.review == nil then return NO_COUNTS end
  return require("evalwiz.review").open_counts()
end

-- Every step with its status, for the step list.  A status is kept with
-- the answers it read (memo.lua), so an edit checks again only the steps
-- whose questions, conditions, options or checks read what changed.
-- The current step's is worked out now; another step's that no longer
-- holds is shown as it was (or as pending, never known yet) with pending =
-- true, and M.idle works it out when the keyboard is idle: a key is never
-- kept waiting behind the check of a large step it did not touch.
local function status_list(pack, current)
  local out = seq()
  local counts = review_counts()
  for i, s in ipairs(pack.steps) do
    local st, pending
    if i == current then
      st = memo.status(s)
    else
      local known, holds = memo.status_now(s)
      st, pending = known or "pending", not holds or nil
    end
    out[#out + 1] = { index = i, id = s.id, number = s.number or (i - 1), title = s.title,
                      short = s.short or s.title, level = s.level or "none", status = st, pending = pending,
                      warned = panel_warned[s.id] or false, review = counts[s.id] }
  end
  return out
end

-- Work for an idle moment: the status of the first step whose status does
-- not hold, worked out in slices of about M.IDLE_SLICE VM instructions (a
-- step with 10,000 rows takes hundreds of millions of machine
-- instructions), so that the wizard looks at the keyboard between them: the
-- work waits in a coroutine, with its own memo frames (memo.swap), and
-- goes on at the next idle moment; a key that changes nothing the status
-- read costs nothing of it.  Returns { steps = the list as status_list
-- gives it, more = whether another is still to do } when a status is done,
-- { more = true } when the slice ran out first, or { more = false } when
-- there was nothing to do.
M.IDLE_SLICE = 10000  -- about 1.2 M machine instructions, under half a millisecond
local idle_job = nil    -- { co, step, doc, pack, ctx }

function M.idle(current)
  local pack = state()
  local doc = core.state.doc
  if idle_job then
    -- the plan or the pack changed under it, or the status was worked out meanwhile
    local _, holds = memo.status_now(idle_job.step)
    if idle_job.doc ~= doc or idle_job.pack ~= pack or holds then idle_job = nil end
  end
  if not idle_job then
    for _, s in ipairs(pack.steps) do
      local _, holds = memo.status_now(s)
      if not holds then
        idle_job = { co = coroutine.create(function() memo.status(s) end), step = s, doc = doc, pack = pack }
        break
      end
    end
    if not idle_job then return { more = false } end
  end
  local job = idle_job
  local outer = memo.swap(job.ctx)
  -- the job's instruction budget goes on from where its last slice left it
  local b, size = host.slice(job.co, M.IDLE_SLICE, job.budget, job.budget_size)
  local ok, err = coroutine.resume(job.co)
  job.budget, job.budget_size = host.slice(nil, 0, b, size)
  job.ctx = memo.swap(outer)
  if ok and coroutine.status(job.co) == "suspended" then return { more = true } end
  idle_job = nil
  if not ok then error(err, 0) end
  local steps = status_list(pack, current)
  local more = false
  for _, x in ipairs(steps) do if x.pending then more = true end end
  return { steps = steps, more = more }
end

-- The warning about moving on too early (a step whose prerequisites are
-- not complete), from core.gating: { step, missing, message }.
local function gating_warnings(s)
  local out = seq()
  local ok, res = pcall(core.gating, s.id)
  if ok and type(res) == "table" and type(res.message) == "string" and res.message ~= "" then
    local missing = type(res.missing) == "table" and res.missing or {}
    if #missing > 2 then
      -- many: their numbers only, so the warning does not push the step's
      -- questions off an 80x24 screen (the step list shows their marks)
      local nums = {}
      for _, m in ipairs(missing) do nums[#nums + 1] = tostring(m.number) end
      local last = table.remove(nums)
      out[#out + 1] = string.format("%s builds on earlier steps that are not complete: %s and %s. You can carry on; "
        .. "answers here may change once those steps are done.", s.title, table.concat(nums, ", "), last)
    else
      out[#out + 1] = res.message
    end
  end
  return out
end

-- The plan's title: the answer the pack names as its title (title_field in
-- pack.lua) when the team gave one, else the file's meta.title.
local function title_of(doc, pack)
  local t = plan.title_answer(pack or core.state.pack, doc)
  if t then return t end
  return doc.meta and doc.meta.title or ""
end
M.title_of = title_of

-- The title of the health screen: what the pack declares.
function M.health_title()
  local pack = core.state.pack
  local has_health = false
  for _, c in ipairs(pack and pack.checks or {}) do if c.kind == "health" then has_health = true end end
  if has_health and pack.advisor then return "Plan health check and design advice" end
  if pack and pack.advisor then return "Checks and design advice" end
  return "Checks of the plan"
end

-- The pack's checks (the health check, consistency checks) and its
-- advisor's full advice, as the text of the wizard's health screen (F3, or
-- H off a typing question).
function M.health()
  local parts = {}
  local ok, res = pcall(core.checks)
  if not ok then
    parts[#parts + 1] = "cannot run the checks: " .. tostring(res)
  elseif res.text ~= "" then
    parts[#parts + 1] = res.text
  end
  if core.state.pack and core.state.pack.advisor then
    local ok2, adv = pcall(core.advise, {}, true)
    if ok2 and type(adv) == "table" and adv.status == 0 then
      -- the designs by their names: the ids evalwiz advise prints for
      -- scripts ("[rdd] supports at most") mean nothing on this page
      local text = adv.text:gsub("\n(%s*)%[[%w_]+%] supports at most", "\n%1Supports at most")
      parts[#parts + 1] = "Design advice for this plan:\n\n" .. text
    elseif ok2 then
      parts[#parts + 1] = "Design advice: " .. tostring(adv.message)
    else
      parts[#parts + 1] = "Design advice: " .. tostring(adv)
    end
  end
  if #parts == 0 then return "The pack of this plan declares no checks and no advisor." end
  return table.concat(parts, "\n")
end

-- The plan's identity (meta.id, else the one its documents carry): the
-- wizard keeps the place it was left at under it, so that a plan made
-- again at the same path starts at the start.
local function plan_id(doc)
  local id = doc.meta and doc.meta.id
  if type(id) == "string" and id ~= "" then return id end
  return plan.derived_id(doc) or ""
end

-- Everything one screen shows for step number `index` (1-based in pack order).
-- Each part is kept with the answers it read (memo.lua): a question's
-- description, the step's warnings and panels, every step's status; after
-- an edit only the parts that read the changed answer are worked out again.
function M.screen(index)
  local pack, doc = state()
  local s = step_of(pack, index)
  local fields = seq()
  for _, f in ipairs(s.fields) do
    if memo.visible(f, s.id) then
      fields[#fields + 1] = memo.get("describe\0" .. s.id .. "\0" .. f.id, function(view)
        return describe_field(s, f, doc, view, pack)
      end)
    end
  end
  -- the prerequisites panel says what the warning line says already
  local gating = memo.get("gating\0" .. s.id, function() return gating_warnings(s) end)
  local shown = memo.get("panels\0" .. s.id, function()
    local out, warned = seq(), seq()
    for _, p in ipairs(core.panels(s.id)) do
      if p.id ~= "prerequisites" or #gating == 0 then
        out[#out + 1] = { title = p.title, text = p.text }
      end
      -- a panel's warnings where the person will see them: a line at the
      -- top of the step (and its mark in the step list), not only below
      -- the last question
      for _, w in ipairs(p.warnings or {}) do warned[#warned + 1] = p.title .. ": " .. w end
    end
    return { panels = out, warnings = warned }
  end)
  panel_warned[s.id] = #shown.warnings > 0
  local warnings = seq()
  for _, w in ipairs(gating) do warnings[#warnings + 1] = w end
  for _, w in ipairs(shown.warnings) do warnings[#warnings + 1] = w end
  local panels = shown.panels
  -- the partner's open review items: a count on each question, the
  -- items themselves for the help pane (set afresh: the fields are memoised)
  local counts = review_counts()
  for _, fd in ipairs(fields) do
    local n = counts[s.id .. "." .. tostring(fd.id)]
    fd.review_count = n
    fd.review = n and require("evalwiz.review").on(s.id, fd.id).lines or nil
  end
  return {
    step = { index = index, id = s.id, number = s.number or (index - 1), title = s.title,
             purpose = s.purpose or "", guidance = s.guidance or "", level = s.level or "none" },
    fields = fields, panels = panels, warnings = warnings,
    title = title_of(doc, pack), steps = status_list(pack, index), plan_id = plan_id(doc),
  }
end

local function field_of(pack, step_id, field_id)
  local s = pack.by_id[step_id]
  if not s then error("no step " .. tostring(step_id), 0) end
  local f = s.by_id[field_id]
  if not f then error("no field " .. tostring(field_id), 0) end
  return s, f
end

-- One edit, one trip: the edit (edit.lua says what each takes) applied to
-- the plan, and the answer: { accepted, message, journal, changed, where },
-- with screen = everything step index e.screen now shows, when asked.
function M.edit(e)
  local res = require("evalwiz.edit").apply(e)
  if type(e) == "table" and e.screen ~= nil then
    local ok, scr = pcall(M.screen, e.screen)
    if ok then res.screen = scr else res.screen_error = tostring(scr) end
  end
  return res
end

-- Why typed text would not be accepted for a number or date question, with
-- what to type instead; "" when it is fine (empty text clears the answer).
-- The wizard asks before Enter confirms, so a refused answer stays in the
-- editor with this message rather than being stored.

function M.refusal(step_id, field_id, text, col)
  local pack = state()
  local _, f = field_of(pack, step_id, field_id)
  -- a table's cell: its column's type decides
  if f.type == "records" and col then
    f = f.columns[math.tointeger(col) or 0]
    if not f then return "" end
  end
  text = tostring(text or ""):match("^%s*(.-)%s*$")
  if text == "" then return "" end
  local clears = "; Ctrl-U clears"
  if f.type == "number" then
    local range = range_text(f)
    local within = range and (" (" .. range .. ")") or ""
    local v, why = typed.number(f, text)
    if v == nil or v ~= v or v == math.huge or v == -math.huge then
      local like = f.integer and "digits like 12" or "digits like 12 or 12.5"
      if why then return "Not a number: " .. why .. within .. clears end
      return "Not a number: type " .. like .. within .. clears
    end
    if f.integer and math.type(v) ~= "integer" and v ~= math.floor(v) then
      return "Not a whole number: type digits like 12" .. within .. clears
    end
    if (f.min and v < f.min) or (f.max and v > f.max) then
      return text .. " is out of range: type a number in the " .. (range or "range") .. clears
    end
    return ""
  elseif f.type == "date" then
    local d = typed.date(text)
    if d and plan.valid_date(d) then return "" end
    if d then
      return text .. " is not a real date: check the day and the month (day first, like 31/03/2027)" .. clears
    end
    return "Not a date: type it like 31/03/2027, 31 March 2027 or 2027-03-31" .. clears
  end
  return ""
end

-- Search: every question label and help, in step order.  A query that is a
-- glossary term or one of its other names finds the questions that use any
-- of them ("control group" finds the one that says "comparison group").
function M.search(query)
  local pack = core.state.pack
  local out = seq()
  if not pack or query == "" then return out end
  local words = { query:lower() }
  local e = require("evalwiz.glossary").find(pack, query)
  if e then
    for _, n in ipairs({ e.term, table.unpack(e.aliases or {}) }) do
      if n:lower() ~= words[1] then words[#words + 1] = n:lower() end
    end
  end
  local function has(hay)
    for _, w in ipairs(words) do
      if hay:find(w, 1, true) then return true end
    end
    return false
  end
  -- a question hidden by its condition is not on any screen: no hit
  local view = core.state.doc and plan.view(core.state.doc)
  for i, s in ipairs(pack.steps) do
    if has((s.title or ""):lower()) or has((s.purpose or ""):lower()) then
      out[#out + 1] = { step = i, field = "" }
    end
    for _, f in ipairs(s.fields) do
      local hay = ((f.label or "") .. "\n" .. (f.help or "") .. "\n" .. (f.text or "")):lower()
      if has(hay) and (not view or plan.visible(f, view)) then
        out[#out + 1] = { step = i, field = f.id }
      end
    end
  end
  return out
end

-- The templates F9 offers, each with the formats it can make (its kind's,
-- in the order of the one table of formats, then its variants'), the
-- same rules as document.render.  dirs: the
-- template folders from C, [{path, display}].
function M.templates(dirs)
  local template = require("evalwiz.template")
  local out = seq()
  local document = require("evalwiz.document")
  local r = template.renderer({ kind = "text", dirs = document.folders(dirs), globals = {} })
  for _, t in ipairs(document.list(dirs)) do
    local formats = seq()
    for _, f in ipairs(document.formats()) do
      if f.kind == t.kind then formats[#formats + 1] = f.id end
    end
    local ok, probe = pcall(r.load, t.id)
    if ok then
      local extra = {}
      for f in pairs(probe.variants or {}) do extra[#extra + 1] = f end
      table.sort(extra)
      for _, f in ipairs(extra) do formats[#formats + 1] = f end
    end
    out[#out + 1] = { id = t.id, title = t.title or t.id, description = t.description or "", kind = t.kind, formats = formats,
                      default = t.default or false }
  end
  return out
end

return M
