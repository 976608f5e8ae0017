-- plan.lua: the plan document: answers checked against the pack, typed
-- values from text, visibility, problems, step status, and the ordered
-- document that is written back (known fields in pack order, unknown after).
local M = {}

local FORMAT = 1

local function is_empty(v)
  return v == nil or v == "" or (type(v) == "table" and next(v) == nil)
end
M.is_empty = is_empty

local function ordered(t, order)
  return setmetatable(t, { __order = order })
end

local SEQ = { __kind = "seq" }
local function seq(t) return setmetatable(t or {}, SEQ) end
M.seq = seq

function M.new(pack, title, now)
  return {
    evalwiz = FORMAT,
    pack = { id = pack.id, version = pack.version },
    meta = { title = title, created = now, updated = now },
    answers = {},
  }
end

-- A list (from YAML, or made with seq), as opposed to a mapping.  Lists
-- from C carry their own metatable, not SEQ: look at __kind.
local function is_list(t)
  if type(t) ~= "table" then return false end
  local mt = getmetatable(t)
  return (type(mt) == "table" and mt.__kind == "seq") or #t > 0
end
M.is_list = is_list

-- 64-bit FNV-1a (Lua's integers wrap as the hash needs), as 16 hex digits.
local function fnv1a64(s)
  local h = -3750763034362895579  -- 0xcbf29ce484222325
  for i = 1, #s do h = (h ~ string.byte(s, i)) * 0x100000001b3 end
  return string.format("%016x", h)
end

-- The identity of a plan without meta.id (one written by hand, or before
-- plans had ids): 32 hexadecimal digits worked out from when it was made
-- and its pack, so that every document rendered from it says the same, and
-- core.open gives the plan this id when it is next saved.  nil when the
-- plan says nothing of when it was made.
function M.derived_id(doc)
  local meta = doc.meta or {}
  local created = meta.created
  if created == nil or created == "" then return nil end
  local pack = type(doc.pack) == "table" and doc.pack.id or ""
  local s = "evalwiz-plan\n" .. tostring(created) .. "\n" .. tostring(pack)
  return fnv1a64(s) .. fnv1a64(s .. "\n2")
end

-- Turns what YAML gave us into a plan, or raises "name:line:col: message".
function M.adopt(doc, positions, name)
  positions = positions or {}
  local function at(path, msg)
    local pos = positions[path] or positions[""] or "1:1"
    error(string.format("%s:%s: %s", name, pos, msg), 0)
  end
  if type(doc) ~= "table" or is_list(doc) then
    at("", "this is not an evalwiz plan: the file should be a mapping with evalwiz:, pack:, meta: and answers:")
  end
  if doc.evalwiz == nil then
    at("", "this is not an evalwiz plan: the key evalwiz: (the file format version) is missing")
  end
  if math.type(doc.evalwiz) ~= "integer" then
    at("evalwiz", "evalwiz: must be the file format version, a whole number")
  end
  if doc.evalwiz > FORMAT then
    at("evalwiz", string.format("this plan was written by a newer evalwiz (format %d; this one reads format %d); upgrade evalwiz", doc.evalwiz, FORMAT))
  end
  for _, key in ipairs({ "pack", "meta", "answers" }) do
    if doc[key] ~= nil and (type(doc[key]) ~= "table" or is_list(doc[key])) then
      at(key, key .. ": must be a mapping (key: value lines)")
    end
  end
  doc.pack = doc.pack or {}
  doc.meta = doc.meta or {}
  doc.answers = doc.answers or {}
  for step_id, step in pairs(doc.answers) do
    if type(step) ~= "table" or is_list(step) then
      at("answers." .. tostring(step_id), string.format("answers.%s must be a mapping of field: answer", tostring(step_id)))
    end
  end
  return doc
end

-- The answer the pack names as the plan's title (title_field in pack.lua),
-- when the team gave one; nil otherwise.
function M.title_answer(pack, doc)
  local path = pack and pack.title_field
  if not path then return nil end
  local sid, fid = path:match("^([%w_]+)%.([%w_]+)$")
  local st = doc.answers and doc.answers[sid]
  local v = type(st) == "table" and st[fid] or nil
  if type(v) == "string" and v:match("%S") then return v end
  return nil
end

-- A read-only view of the answers for pack functions: a.step.field.
local EMPTY = setmetatable({}, { __newindex = function() error("answers are read-only here", 2) end,
  __metatable = false })

-- A copy of an answer for pack code: plain tables, no metatables (the
-- sequence marker is shared with the C side and must stay out of reach).
local host_copy = host.copy
local function copy_answer(v, depth)
  if type(v) ~= "table" then return v end
  depth = depth or 0
  if depth > 100 then return {} end
  -- the same copy made in C, unless a table in v has __pairs (a view)
  local c = host_copy(v, depth)
  if c then return c end
  c = {}
  -- pairs: a view of a view (gating) copies through __pairs
  for k, x in pairs(v) do
    if type(x) == "table" then x = copy_answer(x, depth + 1) end  -- no call for each text
    c[k] = x
  end
  return c
end
M.copy_answer = copy_answer

local function read_only()
  error("answers are read-only here", 2)
end

local views = setmetatable({}, { __mode = "k" })

-- Is t a view made by M.view (not a plain table, nor a view of a view)?
function M.is_view(t)
  return views[t] == true
end

-- A read-only view of the answers for pack functions: a.step.field.  Pack
-- code sees copies, so nothing it does (rawset, getmetatable, changing a
-- list it was given) can reach the plan that is saved.
-- While the wizard builds a screen (ui.screen) the answers cannot change,
-- so it sets M.memo = { doc = doc, view = M.view(doc), status = {} } and
-- the answer view and each step's status are made once for all the parts
-- of the screen (the step list, the warning line, the prerequisites panel)
-- and kept until the answers change.  nil at all other times.
M.memo = nil

-- A number as people are shown it: with the field's decimals when it has
-- them (decimals = 2), else whole numbers as they are and others to four
-- significant figures (0.2612, 1234); then the unit.  The wizard, plain
-- mode and get's "shown" all use it.
function M.format_number(field, v)
  if type(v) ~= "number" then return tostring(v) end
  local d = field and field.decimals
  local s
  if d then
    s = string.format("%." .. d .. "f", v)
  elseif math.type(v) == "integer" or (v == math.floor(v) and math.abs(v) < 1e15) then
    s = string.format("%d", v)
  else
    s = string.format("%.4g", v)
    if string.find(s, "e", 1, true) then s = string.format("%.6f", v):gsub("0+$", ""):gsub("%.$", "") end
  end
  return M.with_unit(field, s)
end

-- A number as text with its field's unit: "95%", "£1,200" is the
-- documents' business; here "£1200", "95%", "12 months".
function M.with_unit(field, text)
  local u = field and field.unit
  if not u or u == "" then return text end
  if u == "%" then return text .. "%" end
  if u == "£" or u == "$" or u == "€" then return u .. text end
  return text .. " " .. u
end

-- A field's default as people read it ("0.05", an option's label, "yes"),
-- or nil when it has none; for the wizard's and plain mode's help.
function M.default_text(field)
  local d = field.default
  if d == nil then return nil end
  if type(d) == "boolean" then return d and "yes" or "no" end
  if (field.type == "choice" or field.type == "multi") and type(field.options) == "table" then
    local labels = {}
    for _, x in ipairs(type(d) == "table" and d or { d }) do
      local label = x
      for _, o in ipairs(field.options) do if o.value == x then label = o.label end end
      labels[#labels + 1] = tostring(label)
    end
    return table.concat(labels, ", ")
  end
  if type(d) == "table" then
    local parts = {}
    for _, x in ipairs(d) do parts[#parts + 1] = tostring(x) end
    return table.concat(parts, ", ")
  end
  return tostring(d) .. (field.unit and (" " .. field.unit) or "")
end

-- The pack's defaults (pack.defaults: step id -> field id -> value) that
-- the views of a plan show for questions it has not answered.
local defaults_of = setmetatable({}, { __mode = "k" })
function M.use_defaults(doc, defaults)
  defaults_of[doc] = defaults and next(defaults) ~= nil and defaults or nil
end
-- The defaults use_defaults gave doc (step id -> field id -> value), or nil.
function M.defaults_of(doc)
  return defaults_of[doc]
end

function M.view(doc)
  local m = M.memo
  if m and m.doc == doc then return m.view end
  local answers = doc.answers
  local defaults = defaults_of[doc]
  local cache = {}
  local empty = setmetatable({}, { __newindex = read_only, __metatable = false })
  local view = setmetatable({}, {
    __index = function(_, step_id)
      local step = answers[step_id]
      local defs = defaults and defaults[step_id]
      if type(step) ~= "table" and not defs then return empty end
      local v = cache[step_id]
      if not v then
        local copy = type(step) == "table" and copy_answer(step) or {}
        -- a question not answered reads as its default
        for fid, dv in pairs(defs or {}) do
          if is_empty(copy[fid]) then copy[fid] = copy_answer(dv) end
        end
        v = setmetatable({}, {
          __index = copy,
          __newindex = read_only,
          __pairs = function() return next, copy, nil end,
          __metatable = false,
        })
        cache[step_id] = v
      end
      return v
    end,
    __newindex = read_only,
    __metatable = false,
  })
  views[view] = true
  return view
end

-- Calls a pack function apart from the rest of the call (host.budgeted):
-- an error, and a stop for running too long or using too much memory,
-- become a problem message of that function, with the pack file and line,
-- and the rest of the check, screen or document goes on.
local budgeted = host.budgeted
local function call(fn, ...)
  local ok, res = budgeted(fn, ...)
  if ok then return true, res end
  local ok2, msg = pcall(tostring, res)
  msg = ok2 and type(msg) == "string" and msg or "(an error that cannot be shown)"
  if #msg > 2000 then msg = msg:sub(1, 2000) .. " [...]" end
  if msg == "not enough memory" then
    msg = (host.where() and (host.where() .. ": ") or "") .. "stopped: this code needed more memory than a pack may use"
  end
  return false, msg
end
M.call = call

-- Option lists normalised in C, kept while something holds them: every
-- choice that lists the same outcomes (a large plan's 10,000, in eight
-- questions and table columns) shares one list instead of a copy each.
-- The lists handed out are never changed by their callers.
local shared_options = setmetatable({}, { __mode = "v" })

function M.options(field, view)
  if type(field.options) == "function" then
    local ok, res = call(field.options, view)
    if not ok then return {}, res end
    -- api.normalise_options's list, made in C when it needs no message
    local fast = host.options(res, shared_options)
    if fast then return fast end
    local api = require("evalwiz.api")
    local opts, err = api.normalise_options(field.id, res)
    if not opts then return {}, err end
    return opts
  end
  return field.options or {}
end

-- The options a person can pick, with the placeholder's words apart: a
-- placeholder ("(list activities first)") stands in while the answers it
-- lists are missing; it is shown as a note, never numbered, highlighted or
-- picked.  Returns options, error, note.
function M.pickable(field, view)
  local opts, err = M.options(field, view)
  local real, note = opts, nil
  for i, o in ipairs(opts) do
    if o.placeholder then
      real = {}
      for j = 1, i - 1 do real[j] = opts[j] end
      for j = i, #opts do
        local p = opts[j]
        if p.placeholder then note = note or tostring(p.label or p.value) else real[#real + 1] = p end
      end
      break
    end
  end
  return real, err, note
end

-- The options of a field with a set of their values, worked out once per
-- cache: a dynamic options function builds its list from the answers (every
-- outcome named so far, say), so calling it for every row of a records
-- answer made a check quadratic in the plan.  A cache must not outlive the
-- answers it was filled from; callers make one per check or per render.
function M.options_in(field, view, cache)
  local hit = cache and cache[field]
  if not hit then
    local opts, err = M.options(field, view)
    local set = {}
    -- a placeholder ("(name outcomes first)") is shown, never an answer
    for _, o in ipairs(opts) do
      if o.value ~= nil and set[o.value] == nil and not o.placeholder then set[o.value] = o end
    end
    hit = { opts = opts, set = set, err = err }
    if cache then cache[field] = hit end
  end
  return hit.opts, hit.set, hit.err
end

function M.visible(field, view)
  if field.hidden then return false end
  if not field.when then return true end
  local ok, res = call(field.when, view)
  if not ok then return true, res end
  return res and true or false
end

local function valid_date(s)
  if type(s) ~= "string" then return false end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return false end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 then return false end
  local days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  if m == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then days[2] = 29 end
  return d <= days[m]
end
M.valid_date = valid_date

local function describe_number(field)
  local parts = {}
  if field.integer then parts[#parts + 1] = "a whole number" else parts[#parts + 1] = "a number" end
  if field.unit then parts[#parts + 1] = "(" .. field.unit .. ")" end
  if field.min and field.max then
    parts[#parts + 1] = string.format("from %s to %s", field.min, field.max)
  elseif field.min then
    parts[#parts + 1] = string.format("of at least %s", field.min)
  elseif field.max then
    parts[#parts + 1] = string.format("of at most %s", field.max)
  end
  return table.concat(parts, " ")
end
M.describe_number = describe_number

local function option_list(opts)
  local vals = {}
  for _, o in ipairs(opts) do
    if not o.placeholder then vals[#vals + 1] = o.value end
  end
  if #vals == 0 and opts[1] then
    return "none yet " .. tostring(opts[1].label or "")
  end
  return table.concat(vals, ", ")
end

local function scalar_text(v)
  if type(v) == "string" then return v end
  if type(v) == "number" or type(v) == "boolean" then return tostring(v) end
  return nil
end

local ITEM_WORDS = { list = "item", multi = "choice", records = "row" }

-- min_items and max_items of a list, multi or records answer with n items.
local function count_problem(field, n)
  local word = ITEM_WORDS[field.type]
  local function words(k) return string.format("%d %s%s", k, word, k == 1 and "" or "s") end
  if field.min_items and n < field.min_items then
    return string.format("expected at least %s, found %d", words(field.min_items), n)
  end
  if field.max_items and n > field.max_items then
    return string.format("expected at most %s, found %d", words(field.max_items), n)
  end
  return nil
end

local check_type_of

-- Checks one stored value against its field.  Returns nil or a message.
-- cache (optional) keeps each field's options for the rest of one check.
local function check_type(field, v, view, cache)
  local err = check_type_of(field, v, view, cache)
  if err == nil and (field.min_items or field.max_items) and type(v) == "table" then
    err = count_problem(field, #v)
  end
  return err
end

check_type_of = function(field, v, view, cache)
  local t = field.type
  if t == "text" or t == "textarea" then
    if scalar_text(v) == nil then return "expected text, found a " .. (type(v) == "table" and "list or record" or type(v)) end
    -- string.find itself, plain: v:find goes through the sandbox's guard
    if t == "text" and type(v) == "string" and string.find(v, "\n", 1, true) then
      return "expected one line of text, found several lines"
    end
  elseif t == "number" then
    if type(v) ~= "number" or v ~= v or v == math.huge or v == -math.huge then
      return string.format("expected %s, found %q", describe_number(field), tostring(scalar_text(v) or type(v)))
    end
    if field.integer and math.type(v) ~= "integer" and v ~= math.floor(v) then return "expected " .. describe_number(field) end
    if (field.min and v < field.min) or (field.max and v > field.max) then
      return string.format("%s is out of range: expected %s", tostring(v), describe_number(field))
    end
  elseif t == "yesno" then
    if type(v) ~= "boolean" then return "expected yes or no" end
  elseif t == "date" then
    if not valid_date(v) then return string.format("expected a date written YYYY-MM-DD, found %q", tostring(scalar_text(v) or type(v))) end
  elseif t == "choice" then
    local opts, set, oerr = M.options_in(field, view, cache)
    if oerr then return "its options could not be worked out: " .. oerr end
    if type(v) ~= "string" then return "expected one of: " .. option_list(opts) end
    if set[v] ~= nil or #opts == 0 then return nil end
    return string.format("%q is not one of the options: %s", v, option_list(opts))
  elseif t == "multi" then
    local opts, ok, oerr = M.options_in(field, view, cache)
    if oerr then return "its options could not be worked out: " .. oerr end
    if type(v) ~= "table" or (next(v) ~= nil and #v == 0) then return "expected a list of options: " .. option_list(opts) end
    for _, item in ipairs(v) do
      if type(item) ~= "string" then return "expected a list of options" end
      if #opts > 0 and not ok[item] then
        return string.format("%q is not one of the options: %s", item, option_list(opts))
      end
    end
  elseif t == "list" then
    if type(v) ~= "table" or (next(v) ~= nil and #v == 0) then return "expected a list of items" end
    for i, item in ipairs(v) do
      if scalar_text(item) == nil then return string.format("item %d: expected text", i) end
    end
  elseif t == "records" then
    if type(v) ~= "table" or (next(v) ~= nil and #v == 0) then return "expected a list of rows" end
    cache = cache or {}
    local cols = field.columns
    local ncols = #cols
    for i, row in ipairs(v) do
      if type(row) ~= "table" or (#row > 0) then return string.format("row %d: expected a record (column: value)", i) end
      for c = 1, ncols do
        local col = cols[c]
        local cv = row[col.id]
        -- is_empty(cv), inline: this runs for every cell of a large plan
        if cv ~= nil and cv ~= "" and not (type(cv) == "table" and next(cv) == nil) then
          local ct = col.type
          -- a text cell, or a choice among options already worked out for
          -- this check, that check_type would pass, without the call
          local hit = ct == "choice" and type(cv) == "string" and cache[col]
          local known = hit and hit.err == nil and (hit.set[cv] ~= nil or #hit.opts == 0)
          if not known and not (type(cv) == "string"
              and (ct == "textarea" or (ct == "text" and not string.find(cv, "\n", 1, true)))) then
            local err = check_type(col, cv, view, cache)
            if err then return string.format("row %d, %s: %s", i, col.id, err) end
          end
        end
      end
    end
  end
  return nil
end
M.check_type = check_type

-- The option text names: its value, its label in any case, or the start
-- of just one option's label ("6 months" for "6 months after the end").
-- Returns the value, or text itself when it names none (check_type says why).
local function option_named(field, text, view)
  local opts = M.options(field, view)
  local low = text:lower()
  for _, o in ipairs(opts) do if o.value == text then return text end end
  for _, o in ipairs(opts) do if o.label and o.label:lower() == low then return o.value end end
  local found
  for _, o in ipairs(opts) do
    local label = (o.label or o.value):lower()
    if label:sub(1, #low) == low then
      if found then return text end
      found = o.value
    end
  end
  return found or text
end

-- Text from the command line or the plain front end, typed for the field.
-- parsed is the same text read as YAML (for lists and records), or nil.
-- Returns the value, or nil and why not; a third result, when the text was
-- read as something written otherwise ("2 hours" as 120), says so.
function M.coerce(field, raw, parsed, view)
  local t = field.type
  local note
  if raw == "" then return nil end
  if t == "computed" or t == "note" then
    return nil, "this field cannot be set: it is " .. (t == "note" and "guidance only" or "computed from other answers")
  end
  local v
  if t == "text" or t == "textarea" then
    v = raw
  elseif t == "number" then
    -- as people write them: 25%, £30, 1,250, 2 hours (evalwiz.typed)
    local why
    v, why, note = require("evalwiz.typed").number(field, raw)
    if v == nil or v ~= v or v == math.huge or v == -math.huge then
      return nil, string.format("expected %s, got %q%s", describe_number(field), raw, why and (": " .. why) or "")
    end
  elseif t == "yesno" then
    local l = raw:lower()
    if l == "yes" or l == "y" or l == "true" then v = true
    elseif l == "no" or l == "n" or l == "false" then v = false
    else return nil, string.format("expected yes or no, got %q", raw) end
  elseif t == "date" then
    -- 01/09/2027 (day first), 1 Sept 2027 and the like, as YYYY-MM-DD
    local d, n = require("evalwiz.typed").date(raw)
    v, note = d or raw, n
    if d and d ~= raw and not valid_date(d) then
      -- read as a date, but no day there is: say so of what was typed
      return nil, string.format("%q is not a real date: check the day and the month (day first, like 31/12/2026)", raw)
    end
  elseif t == "choice" then
    v = option_named(field, raw, view)
  elseif t == "multi" then
    if type(parsed) == "table" then v = parsed
    else
      v = seq()
      for item in raw:gmatch("[^,]+") do v[#v + 1] = option_named(field, item:match("^%s*(.-)%s*$"), view) end
    end
  elseif t == "list" or t == "records" then
    if type(parsed) ~= "table" then
      return nil, string.format("expected a %s in YAML flow syntax, like %s", t == "list" and "list" or "list of rows",
        t == "list" and "[first item, second item]" or "[{" .. field.columns[1].id .. ": ...}]")
    end
    v = parsed
    if t == "list" then
      for i, item in ipairs(v) do v[i] = scalar_text(item) or item end
    elseif #v > 0 then
      -- cells typed like answers: {done: yes} is a yes/no, {n: 12} a number
      for i, row in ipairs(v) do
        if type(row) == "table" then
          for _, col in ipairs(field.columns) do
            local cell = row[col.id]
            if type(cell) == "string" or (type(cell) == "number" and col.type ~= "number") then
              local cv, err = M.coerce(col, tostring(cell), nil, view)
              if err then return nil, string.format("row %d, %s: %s", i, col.id, err) end
              row[col.id] = cv
            end
          end
        end
      end
    end
  end
  local err = check_type(field, v, view)
  if err then return nil, err end
  return v, nil, note
end

local function problem(list, kind, step, field, path, message)
  list[#list + 1] = { kind = kind, step = step, field = field, path = path, message = message }
end

local field_own_problems

-- What a validator's table result means: "warning" or "error" and the
-- message; or nil and why the result is wrong (an unknown key such as
-- mesage, a severity that is not warning or error), so that a typing
-- mistake in a validator is never silently lost.
local RESULT_KEYS = { severity = true, message = true }
function M.validator_result(res)
  if type(res) ~= "table" then
    return nil, string.format("it must return nil (all is well), a message, or { severity = \"warning\", message = \"...\" }, not a %s", type(res))
  end
  local api = require("evalwiz.api")
  for k in pairs(res) do
    if not RESULT_KEYS[k] then
      return nil, string.format("it returned an unknown key %s%s; the keys are severity and message", tostring(k), api.suggest(k, RESULT_KEYS))
    end
  end
  if res.severity ~= nil and res.severity ~= "warning" and res.severity ~= "error" then
    return nil, string.format('severity must be "warning" or "error", not %s%s', tostring(res.severity),
      api.suggest(res.severity, { "warning", "error" }))
  end
  if type(res.message) ~= "string" or res.message == "" then
    return nil, "it returned a table without a message: give message = \"...\""
  end
  return res.severity == "warning" and "warning" or "error", res.message
end

-- Problems of one field: "error" (wrong type, failed validator), "missing"
-- (required, unanswered), and what the pack's checks that read it first say.
function M.field_problems(pack_step, field, doc, view, out, cache)
  out = field_own_problems(pack_step, field, doc, view, out or {}, cache)
  if field.checks then require("evalwiz.plancheck").field_problems(field, view or M.view(doc), out) end
  return out
end

field_own_problems = function(pack_step, field, doc, view, out, cache)
  if field.type == "note" or field.type == "computed" then return out end
  local visible, werr = M.visible(field, view)
  local path = pack_step.id .. "." .. field.id
  if werr then problem(out, "error", pack_step.id, field.id, path, "its when condition failed: " .. werr) end
  if not visible then return out end
  local answers = doc.answers[pack_step.id]
  local v = answers and answers[field.id]
  if is_empty(v) then
    if field.required then problem(out, "missing", pack_step.id, field.id, path, "not yet answered") end
    return out
  end
  local err = check_type(field, v, view, cache)
  if err then
    problem(out, "error", pack_step.id, field.id, path, err)
    return out
  end
  if field.validate then
    local ok, res = call(field.validate, copy_answer(v), view)
    if not ok then
      if not res:match("^[^:]+:%d+:") and pack_step.at then res = pack_step.at .. ": " .. res end
      problem(out, "error", pack_step.id, field.id, path, "its validator failed: " .. res)
    elseif type(res) == "string" then
      problem(out, "error", pack_step.id, field.id, path, res)
    elseif res ~= nil and res ~= false then
      local kind, msg = M.validator_result(res)
      if not kind then
        local where = field.where or pack_step.at
        msg = (where and (where .. ": ") or "") .. "its validator is wrong: " .. msg
        kind = "error"
      end
      problem(out, kind, pack_step.id, field.id, path, msg)
    end
  end
  return out
end

function M.step_problems(step, doc, view, out, cache)
  out = out or {}
  cache = cache or {}
  for _, f in ipairs(step.fields) do M.field_problems(step, f, doc, view, out, cache) end
  return out
end

-- view and cache (optional): a caller that also asks for step statuses or
-- options of the same unchanged plan passes its own, so that the pack's
-- functions run once.
function M.check(pack, doc, view, cache)
  view = view or M.view(doc)
  local out = {}
  cache = cache or {}
  for _, step in ipairs(pack.steps) do M.step_problems(step, doc, view, out, cache) end
  return out
end

-- The problems of a whole check by step id, each step's in check order
-- (the same lists step_problems gives).
function M.problems_by_step(problems)
  local by = {}
  for _, p in ipairs(problems) do
    local l = by[p.step]
    if not l then l = {}; by[p.step] = l end
    l[#l + 1] = p
  end
  return by
end

-- not_started | in_progress | complete | problems
local step_status
function M.step_status(step, doc, view)
  local m = M.memo
  if m and (doc == m.doc or doc.answers == m.view) then
    local r = m.status[step]
    if not r then
      r = { step_status(step, m.doc, m.view) }
      m.status[step] = r
    end
    return r[1], r[2]
  end
  return step_status(step, doc, view)
end

step_status = function(step, doc, view)
  view = view or M.view(doc)
  return M.status_of(step, doc, view, M.step_problems(step, doc, view))
end

-- The status of a step whose problems are known (from step_problems, or
-- from a whole check through problems_by_step).
function M.status_of(step, doc, view, problems)
  local answers = doc.answers[step.id] or {}
  local answered, asked = 0, 0
  for _, f in ipairs(step.fields) do
    if f.type ~= "note" and f.type ~= "computed" and M.visible(f, view) then
      asked = asked + 1
      if not is_empty(answers[f.id]) then answered = answered + 1 end
    end
  end
  for _, p in ipairs(problems) do
    if p.kind == "error" then return "problems", problems end
  end
  -- a step with nothing to answer (computed values, notes) has nothing left to do
  if asked == 0 then return "complete", problems end
  if answered == 0 then return "not_started", problems end
  for _, p in ipairs(problems) do
    if p.kind == "missing" then return "in_progress", problems end
  end
  if answered < asked then
    -- optional questions left: complete when every required one is answered
    local any_required = false
    for _, f in ipairs(step.fields) do if f.required then any_required = true end end
    if not any_required then return "in_progress", problems end
  end
  return "complete", problems
end

-- The document to write: known steps and fields in pack order, the rest
-- after them sorted (the emitter sorts keys that __order does not name).
function M.document(pack, doc, now)
  local out = {}
  for k, v in pairs(doc) do out[k] = v end
  out.evalwiz = FORMAT
  out.pack = ordered({ id = pack.id, version = pack.version }, { "id", "version" })
  for k, v in pairs(doc.pack or {}) do if out.pack[k] == nil then out.pack[k] = v end end
  local meta = {}
  for k, v in pairs(doc.meta or {}) do meta[k] = v end
  if now then meta.updated = now end
  out.meta = ordered(meta, { "title", "organisation", "created", "updated" })
  local answers, step_order = {}, {}
  for _, step in ipairs(pack.steps) do step_order[#step_order + 1] = step.id end
  for step_id, fields in pairs(doc.answers or {}) do
    local step = pack.by_id[step_id]
    local copy = {}
    for k, v in pairs(fields) do
      -- empty answers to known fields are dropped; anything else is kept as it was
      local known = step and step.by_id[k]
      if not (known and is_empty(v)) then copy[k] = v end
    end
    if step then
      local order = {}
      for _, f in ipairs(step.fields) do
        order[#order + 1] = f.id
        local v = copy[f.id]
        if f.type == "records" and type(v) == "table" then
          local cols = {}
          for _, c in ipairs(f.columns) do cols[#cols + 1] = c.id end
          for i, row in ipairs(v) do
            if type(row) == "table" then
              local r = {}
              for rk, rv in pairs(row) do if not is_empty(rv) then r[rk] = rv end end
              v[i] = ordered(r, cols)
            end
          end
        end
      end
      ordered(copy, order)
    end
    if next(copy) ~= nil then answers[step_id] = copy end
  end
  out.answers = ordered(answers, step_order)
  return ordered(out, { "evalwiz", "pack", "meta", "answers" })
end

return M
