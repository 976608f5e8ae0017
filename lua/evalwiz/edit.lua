-- edit.lua: every change a person makes to the open plan, in one place: an
-- edit comes in (typed text, a choice, a list item or table row, the title,
-- undo, redo), and one answer goes out: whether it was accepted and why
-- not, the records for the recovery journal, and where it happened.  The
-- undo and redo history lives here, as changes that know how to take
-- themselves back; the journal records say the same changes in a form the
-- plan can be given again after a crash (replay), checked by content.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")

local M = {}

local seq = plan.seq
local UNDO_MAX = 500

-- The history of the plan open now: another plan opened (or made) starts
-- a new one.
local history = { undo = {}, redo = {}, doc = nil }

local function reset()
  history.undo, history.redo, history.doc = {}, {}, core.state.doc
end

local function state()
  local st = core.state
  if not st.pack then error("no pack loaded", 2) end
  if not st.doc then error("no plan open", 2) end
  if history.doc ~= st.doc then reset() end
  return st.pack, st.doc
end

local function field_of(pack, step_id, field_id)
  local s = pack.by_id[step_id]
  if not s then error("no step " .. tostring(step_id), 0) end
  local f = s.by_id[field_id]
  if not f then error("no field " .. tostring(field_id), 0) end
  return s, f
end

-- ---- values -----------------------------------------------------------------

local function deep_equal(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do if not deep_equal(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end
M.deep_equal = deep_equal

local function copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = copy(x) end
  return setmetatable(c, getmetatable(v))
end
M.copy = copy

local function get(doc, step_id, field_id)
  local a = doc.answers[step_id]
  return a and a[field_id]
end

-- Every change to the answers goes through here, so that what is worked
-- out from them (ui.lua's screens, the statuses) knows what moved.
local function put(doc, step_id, field_id, v)
  if v == nil then
    local a = doc.answers[step_id]
    if a then a[field_id] = nil end
  else
    doc.answers[step_id] = doc.answers[step_id] or {}
    doc.answers[step_id][field_id] = v
  end
  core.changed(step_id, field_id)
end
M.put = put

-- The rows (or items) of a list or records answer, made a list when it is
-- not one yet.
local function rows_of(doc, step_id, field_id)
  local v = get(doc, step_id, field_id)
  if type(v) ~= "table" then
    v = seq()
    doc.answers[step_id] = doc.answers[step_id] or {}
    doc.answers[step_id][field_id] = v
  elseif getmetatable(v) == nil then
    setmetatable(v, { __kind = "seq" })
  end
  return v
end

-- ---- changes: each knows how to apply and to take itself back -------------
--
-- { kind = "value", step, field, before, after }   a whole answer
-- { kind = "title", before, after }                 the plan's title (meta.title)
-- { kind = "cell", step, field, row, col, before, after }
--                                                   a table's cell (col), or a list's item (no col)
-- { kind = "insert", step, field, row, item }       an item or row put in at row
-- { kind = "remove", step, field, row, item }       the item or row at row taken out
-- { kind = "move", step, field, row, to }           rows row and to swapped
-- { kind = "review", id, before, after, step, field, what }
--                                                   review item id as a whole (a reply, a
--                                                   resolution); step and field: its question
-- { kind = "sent", on, version, was, entry }        version's entry put under versions: and
--                                                   meta.version made version (on), or taken
--                                                   out and meta.version made was again

-- The review item id in doc's review: list, and its index.
local function review_item(doc, id)
  local list = type(doc.review) == "table" and doc.review or nil
  id = math.tointeger(tonumber(id))
  for i, it in ipairs(list or {}) do
    if type(it) == "table" and math.tointeger(it.id) == id then return it, i end
  end
  return nil, nil
end

-- Review item c.id made c.after (nil: taken out).
local function put_review(doc, c)
  local _, i = review_item(doc, c.id)
  if c.after == nil then
    if i then table.remove(doc.review, i) end
  elseif i then
    doc.review[i] = copy(c.after)
  else
    doc.review = type(doc.review) == "table" and doc.review or seq()
    doc.review[#doc.review + 1] = copy(c.after)
  end
end

local function apply(doc, c)
  local k = c.kind
  if k == "value" then
    put(doc, c.step, c.field, copy(c.after))
  elseif k == "title" then
    doc.meta = doc.meta or {}
    doc.meta.title = c.after
    core.changed(nil, nil, "title")
  elseif k == "cell" then
    local rows = rows_of(doc, c.step, c.field)
    if c.col then
      rows[c.row] = type(rows[c.row]) == "table" and rows[c.row] or {}
      rows[c.row][c.col] = copy(c.after)
    else
      rows[c.row] = copy(c.after)
    end
    core.changed(c.step, c.field)
  elseif k == "insert" then
    table.insert(rows_of(doc, c.step, c.field), c.row, copy(c.item))
    core.changed(c.step, c.field)
  elseif k == "remove" then
    local rows = rows_of(doc, c.step, c.field)
    table.remove(rows, c.row)
    if #rows == 0 then put(doc, c.step, c.field, nil) else core.changed(c.step, c.field) end
  elseif k == "move" then
    local rows = rows_of(doc, c.step, c.field)
    rows[c.row], rows[c.to] = rows[c.to], rows[c.row]
    core.changed(c.step, c.field)
  elseif k == "review" then
    put_review(doc, c)
    core.changed(nil, nil, "review")
  elseif k == "sent" then
    require("evalwiz.versions").put(doc, c)
    core.changed(nil, nil, "meta")
  else
    error("unknown change " .. tostring(k), 0)
  end
end

local function inverse(c)
  local k = c.kind
  if k == "value" or k == "title" or k == "cell" or k == "review" then
    local r = {}
    for key, v in pairs(c) do r[key] = v end
    r.before, r.after = c.after, c.before
    return r
  elseif k == "insert" then
    return { kind = "remove", step = c.step, field = c.field, row = c.row, item = c.item }
  elseif k == "remove" then
    return { kind = "insert", step = c.step, field = c.field, row = c.row, item = c.item }
  elseif k == "move" then
    return c
  elseif k == "sent" then
    local r = {}
    for key, v in pairs(c) do r[key] = v end
    r.on = not c.on
    return r
  end
end

-- ---- the journal: changes as records the recovery file holds ------------------
--
-- Each record can be given to a plan again (replay), and says what the
-- answer was before as well as after, so that replay goes by content: a
-- record the plan already shows is skipped, one whose answer has changed
-- since (another session saved over it) is left out and counted, never
-- forced.  A record without was (an older evalwiz) means no answer before.

local RECORD = { __order = { "title", "review", "sent", "step", "field", "op", "row", "col", "to", "count", "value", "was" } }

local record_of_change
local function record_of(c, doc)
  return setmetatable(record_of_change(c, doc), RECORD)
end

record_of_change = function(c, doc)
  local k = c.kind
  if k == "value" then
    return { step = c.step, field = c.field, value = c.after, was = c.before }
  elseif k == "title" then
    return { title = c.after or "", was = c.before }
  elseif k == "review" then
    return { review = c.id, value = c.after, was = c.before }
  elseif k == "sent" then
    -- value: the entry put in (none: taken out); was: meta.version before
    return { sent = c.version, value = c.on and c.entry or nil, was = c.was }
  elseif k == "cell" then
    return { step = c.step, field = c.field, op = "cell", row = c.row, col = c.col, value = c.after, was = c.before }
  end
  local rows = get(doc, c.step, c.field)
  if type(rows) ~= "table" then rows = {} end
  local n = #rows
  -- count: how many rows the answer has before the change
  if k == "insert" then
    return { step = c.step, field = c.field, op = "insert", row = c.row, count = n - 1, value = c.item }
  elseif k == "remove" then
    return { step = c.step, field = c.field, op = "remove", row = c.row, count = n + 1, was = c.item }
  elseif k == "move" then
    -- was: what was at row, now at to
    return { step = c.step, field = c.field, op = "move", row = c.row, to = c.to, count = n, was = rows[c.to] }
  end
end

-- What a record would do to doc now: "apply" (with the change), "same"
-- (the plan already shows it), "unknown" (its question is not in this
-- pack), or "conflict" (the answer changed underneath it).
local function judge(pack, doc, r)
  if type(r) ~= "table" then return "conflict" end
  if r.title ~= nil then
    local before = doc.meta and doc.meta.title
    if before == r.title then return "same" end
    if r.was ~= nil and before ~= r.was then return "conflict" end
    return "apply", { kind = "title", before = before, after = r.title }
  end
  if r.sent ~= nil then
    local n = math.tointeger(tonumber(r.sent))
    if not n then return "conflict" end
    local has = require("evalwiz.versions").has(doc, n)
    if (r.value ~= nil) == has then return "same" end
    if r.value ~= nil and type(r.value) ~= "table" then return "conflict" end
    return "apply", { kind = "sent", on = r.value ~= nil, version = n, was = r.was, entry = r.value }
  end
  if r.review ~= nil then
    local cur = review_item(doc, r.review)
    if deep_equal(cur, r.value) then return "same" end
    if not deep_equal(cur, r.was) then return "conflict" end
    return "apply", { kind = "review", id = r.review, before = cur, after = r.value }
  end
  local s = pack.by_id[r.step]
  if not s or not s.by_id[r.field] then return "unknown" end
  local v = get(doc, r.step, r.field)
  if r.op == nil then
    if deep_equal(v, r.value) then return "same" end
    if not deep_equal(v, r.was) then return "conflict" end
    return "apply", { kind = "value", step = r.step, field = r.field, before = v, after = r.value }
  end
  local rows = type(v) == "table" and v or {}
  local n, row = #rows, math.tointeger(r.row)
  if not row or row < 1 then return "conflict" end
  if r.op == "cell" then
    if row > n then return "conflict" end
    local cur = rows[row]
    if r.col ~= nil then cur = type(cur) == "table" and cur[r.col] or nil end
    if deep_equal(cur, r.value) then return "same" end
    if not deep_equal(cur, r.was) then return "conflict" end
    return "apply", { kind = "cell", step = r.step, field = r.field, row = row, col = r.col, before = cur, after = r.value }
  elseif r.op == "insert" then
    if n == r.count and row <= n + 1 then
      return "apply", { kind = "insert", step = r.step, field = r.field, row = row, item = r.value }
    end
    if n == r.count + 1 and deep_equal(rows[row], r.value) then return "same" end
    return "conflict"
  elseif r.op == "remove" then
    if n == r.count and deep_equal(rows[row], r.was) then
      return "apply", { kind = "remove", step = r.step, field = r.field, row = row, item = r.was }
    end
    if n == r.count - 1 and not deep_equal(rows[row], r.was) then return "same" end
    return "conflict"
  elseif r.op == "move" then
    local to = math.tointeger(r.to)
    if not to or n ~= r.count or to < 1 or to > n or row > n then return "conflict" end
    if deep_equal(rows[to], r.was) then return "same" end
    if not deep_equal(rows[row], r.was) then return "conflict" end
    return "apply", { kind = "move", step = r.step, field = r.field, row = row, to = to }
  end
  return "conflict"
end

-- What apply does to a plain copy of the answers (a dry run), without
-- telling anyone.
local function apply_quietly(target, change)
  local k = change.kind
  if k == "title" then
    target.meta = target.meta or {}
    target.meta.title = change.after
    return
  end
  if k == "review" then
    put_review(target, change)
    return
  end
  if k == "sent" then
    require("evalwiz.versions").put(target, change)
    return
  end
  target.answers[change.step] = target.answers[change.step] or {}
  local a = target.answers[change.step]
  if k == "value" then
    a[change.field] = copy(change.after)
    return
  end
  if type(a[change.field]) ~= "table" then a[change.field] = {} end
  local rows = a[change.field]
  if k == "cell" then
    if change.col then
      rows[change.row] = type(rows[change.row]) == "table" and rows[change.row] or {}
      rows[change.row][change.col] = copy(change.after)
    else
      rows[change.row] = copy(change.after)
    end
  elseif k == "insert" then table.insert(rows, change.row, copy(change.item))
  elseif k == "remove" then table.remove(rows, change.row)
  elseif k == "move" then rows[change.row], rows[change.to] = rows[change.to], rows[change.row] end
end

-- What a record is about: its answer, the title or its review item.
function M.record_key(r)
  if r.review ~= nil then return "review#" .. tostring(r.review) end
  if r.sent ~= nil then return "sent#" .. tostring(r.sent) end
  return tostring(r.step) .. "." .. tostring(r.field) .. (r.title ~= nil and "title" or "")
end

-- Gives the records of a recovery file (oldest first) to the open plan.
-- dry: only count.  Returns { applied, same, unknown, conflict, last }
-- (last: the time of the last record that applies, as written).  A record
-- that no longer fits but whose answer a later record sets again (the plan
-- was saved part way through the journal) counts as the same.
function M.replay(records, dry)
  local pack, doc = state()
  local out = { applied = 0, same = 0, unknown = 0, conflict = 0 }
  -- a dry run judges each record against the plan as the records before
  -- it would leave it: on a copy of the answers it touches
  local target = doc
  if dry then
    target = { answers = setmetatable({}, { __index = function(t, k)
      local a = doc.answers[k]
      if a == nil then return nil end
      local c = copy(a)
      rawset(t, k, c)
      return c
    end }), meta = copy(doc.meta), review = copy(doc.review), versions = copy(doc.versions) }
  end
  local verdicts, touched = {}, {}
  for i, r in ipairs(records or {}) do
    local verdict, change = judge(pack, target, r)
    verdicts[i] = verdict
    if verdict == "apply" then
      if type(r.at) == "string" then out.last = r.at end
      if dry then apply_quietly(target, change) else apply(doc, change) end
    end
    if (verdict == "apply" or verdict == "same") and type(r) == "table" then
      touched[M.record_key(r)] = i
    end
  end
  for i, v in ipairs(verdicts) do
    local r = records[i]
    if v == "conflict" and type(r) == "table" then
      local later = touched[M.record_key(r)]
      if later and later > i then v = "same" end
    end
    local key = v == "apply" and "applied" or v
    out[key] = out[key] + 1
  end
  if not dry and out.applied > 0 then
    -- the history starts again from what was put back
    history.undo, history.redo = {}, {}
  end
  return out
end

-- ---- the history -----------------------------------------------------------

-- What a change is about, in the words the person saw.
local function describe(pack, c)
  if c.kind == "title" then return "the plan's title" end
  if c.kind == "review" then return string.format("the %s of review item %s", c.what or "change", tostring(c.id)) end
  if c.kind == "sent" then return string.format("sending version %d", c.version) end
  local s = pack.by_id[c.step]
  local f = s and s.by_id[c.field]
  local label = f and f.label or (tostring(c.step) .. "." .. tostring(c.field))
  if #label > 60 then label = label:sub(1, 57) .. "..." end
  local q = string.format("\"%s\"", label)
  if c.kind == "cell" then
    return c.col and string.format("a cell in row %d of %s", c.row, q) or string.format("item %d of %s", c.row, q)
  elseif c.kind == "insert" then
    return string.format("the %s added to %s", type(c.item) == "table" and "row" or "item", q)
  elseif c.kind == "remove" then
    return string.format("the %s deleted from %s", type(c.item) == "table" and "row" or "item", q)
  elseif c.kind == "move" then
    return string.format("the move in %s", q)
  end
  return "the answer to " .. q
end

local function push(list, entry)
  list[#list + 1] = entry
  if #list > UNDO_MAX then table.remove(list, 1) end
end

-- Where a change happened, for the front end to show it.
local function where(pack, c)
  if c.kind == "title" or c.kind == "sent" then return nil end
  local s = pack.by_id[c.step]
  return { step = s and s.index or nil, step_id = c.step, field = c.field, row = c.row }
end

-- Applies changes as one step of the history (group: a text edit's
-- commits, which autosave may make several of, are one step) and returns
-- the answer for the front end.
local function commit(pack, doc, changes, group, message, accepted)
  local journal = seq()
  for _, c in ipairs(changes) do
    apply(doc, c)
    journal[#journal + 1] = record_of(c, doc)
  end
  if #changes > 0 then
    local last = history.undo[#history.undo]
    local c1 = changes[1]
    if group ~= nil and last and last.group == group and #changes == 1 and #last.changes == 1
        and last.changes[1].kind == c1.kind and last.changes[1].step == c1.step
        and last.changes[1].field == c1.field and last.changes[1].row == c1.row and last.changes[1].col == c1.col
        and (c1.kind == "value" or c1.kind == "cell" or c1.kind == "title") then
      -- the same text edit again: one undo step from before the first
      last.changes[1].after = c1.after
    else
      push(history.undo, { changes = changes, group = group })
    end
    history.redo = {}
  end
  return { accepted = accepted ~= false, message = message, journal = journal, changed = #changes > 0,
           where = changes[1] and where(pack, changes[1]) or nil }
end

local function undo_redo(pack, doc, from, to, verb)
  local e = table.remove(from)
  if not e then
    return { accepted = false, message = verb == "undone" and "nothing to undo" or "nothing to redo",
             journal = seq(), changed = false }
  end
  local inv = {}
  for i = #e.changes, 1, -1 do inv[#inv + 1] = inverse(e.changes[i]) end
  local journal = seq()
  for _, c in ipairs(inv) do
    apply(doc, c)
    journal[#journal + 1] = record_of(c, doc)
  end
  to[#to + 1] = { changes = inv }
  return { accepted = true, message = verb .. ": " .. describe(pack, e.changes[1]), journal = journal, changed = true,
           where = where(pack, e.changes[1]) }
end

-- ---- the edits -------------------------------------------------------------

-- The title and, where the pack asks the plan's title as a question (its
-- title_field, "step.field"), that answer too: the header shows it first.
local function title_changes(pack, doc, title)
  local out = { { kind = "title", before = doc.meta and doc.meta.title, after = title } }
  local sid, fid = tostring(pack.title_field or ""):match("^([%w_]+)%.([%w_]+)$")
  if sid and pack.by_id[sid] and pack.by_id[sid].by_id[fid] then
    local after = title ~= "" and title or nil
    out[#out + 1] = { kind = "value", step = sid, field = fid, before = get(doc, sid, fid), after = after }
  end
  return out
end

-- A value change unless it changes nothing.
local function value_change(doc, s, f, v)
  local before = get(doc, s.id, f.id)
  if deep_equal(before, v) then return {} end
  return { { kind = "value", step = s.id, field = f.id, before = copy(before), after = v } }
end

-- Text typed into a question.  Text the type refuses is kept as typed, so
-- nothing typed is lost; accepted is false and the message says why.
local function typed_text(pack, doc, s, f, text)
  if f.type == "computed" or f.type == "note" then
    return nil, "this question cannot be edited"
  end
  text = tostring(text or "")
  if f.type == "list" then
    local items = seq()
    for line in (text .. "\n"):gmatch("(.-)\n") do
      if line:match("%S") then items[#items + 1] = line end
    end
    return #items > 0 and items or nil
  end
  if f.type == "textarea" then text = text:gsub("%s+$", "") end
  if f.type == "text" or f.type == "number" or f.type == "date" then text = text:match("^%s*(.-)%s*$") end
  local v, err, note = plan.coerce(f, text, nil, plan.view(doc))
  if err then return text, nil, err end
  return v, nil, nil, note
end

local EDITS = {}

-- { op = "text", step, field, text, group }
function EDITS.text(pack, doc, e)
  local s, f = field_of(pack, e.step, e.field)
  local v, refused, err, note = typed_text(pack, doc, s, f, e.text)
  if refused then return { accepted = false, message = refused, journal = seq(), changed = false } end
  -- note: what was read ("2 hours" as 120 minutes), for the wizard to say
  return commit(pack, doc, value_change(doc, s, f, v), e.group, err or note, err == nil)
end

-- { op = "toggle", step, field, value }: picks a choice (again: unpicks
-- it), answers yes or no, ticks or unticks an option of a multi.
function EDITS.toggle(pack, doc, e)
  local s, f = field_of(pack, e.step, e.field)
  local v, value = get(doc, s.id, f.id), e.value
  local new
  if f.type == "choice" then
    new = v ~= value and value or nil
  elseif f.type == "yesno" then
    local b = value == "yes"
    if v ~= b then new = b end
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
    new = #out > 0 and out or nil
  else
    error("toggle: " .. tostring(e.field) .. " is not a choice", 0)
  end
  return commit(pack, doc, value_change(doc, s, f, new), nil)
end

local function count_rows(doc, s, f)
  local v = get(doc, s.id, f.id)
  return type(v) == "table" and #v or 0
end

-- { op = "row", step, field, action, row, col, text, group }: a table's
-- cell ("set", row and column from 1), or a row added after row ("add";
-- 0: first; value: the new row, else an empty one), deleted, moved "up"
-- or "down".
-- { op = "item", ... }: the same for a list's items (no column).
local function rows_edit(pack, doc, e, is_table)
  local s, f = field_of(pack, e.step, e.field)
  if is_table and f.type ~= "records" then error(tostring(e.field) .. " is not a table of rows", 0) end
  if not is_table and f.type ~= "list" then error(tostring(e.field) .. " is not a list", 0) end
  local n = count_rows(doc, s, f)
  local row = math.tointeger(e.row) or 0
  local action, changes, message, accepted = e.action, {}, nil, true
  if action == "add" then
    row = math.max(0, math.min(row, n))
    local item = e.value
    if item == nil then item = is_table and {} or tostring(e.text or "") end
    changes[1] = { kind = "insert", step = s.id, field = f.id, row = row + 1, item = item }
  elseif action == "delete" then
    if row < 1 or row > n then return commit(pack, doc, {}, nil) end
    changes[1] = { kind = "remove", step = s.id, field = f.id, row = row, item = copy(get(doc, s.id, f.id)[row]) }
  elseif action == "up" or action == "down" then
    local to = action == "up" and row - 1 or row + 1
    if row < 1 or row > n or to < 1 or to > n then return commit(pack, doc, {}, nil) end
    changes[1] = { kind = "move", step = s.id, field = f.id, row = row, to = to }
  elseif action == "set" then
    if row < 1 or row > n then error("no such " .. (is_table and "row" or "item"), 0) end
    local rows = get(doc, s.id, f.id)
    if is_table then
      local c = f.columns[math.tointeger(e.col) or 0]
      if not c then error("no such cell", 0) end
      local text = tostring(e.text or "")
      local v, err, note = plan.coerce(c, text, nil, plan.view(doc))
      message = note
      if err then v, message, accepted = text, (c.label or c.id) .. ": " .. err, false end
      local before = type(rows[row]) == "table" and rows[row][c.id] or nil
      if not deep_equal(before, v) then
        changes[1] = { kind = "cell", step = s.id, field = f.id, row = row, col = c.id, before = copy(before), after = v }
      end
    else
      local text = tostring(e.text or "")
      if rows[row] ~= text then
        changes[1] = { kind = "cell", step = s.id, field = f.id, row = row, before = rows[row], after = text }
      end
    end
  else
    error("unknown action " .. tostring(action), 0)
  end
  return commit(pack, doc, changes, action == "set" and e.group or nil, message, accepted)
end

function EDITS.row(pack, doc, e) return rows_edit(pack, doc, e, true) end
function EDITS.item(pack, doc, e) return rows_edit(pack, doc, e, false) end

-- { op = "title", text, group }
function EDITS.title(pack, doc, e)
  local title = tostring(e.text or "")
  local changes = {}
  for _, c in ipairs(title_changes(pack, doc, title)) do
    if not deep_equal(c.before, c.after) then changes[#changes + 1] = c end
  end
  return commit(pack, doc, changes, e.group)
end

-- { op = "value", step, field, value }: a whole answer, already typed
-- (plain mode, which checks it first).
function EDITS.value(pack, doc, e)
  local s, f = field_of(pack, e.step, e.field)
  return commit(pack, doc, value_change(doc, s, f, e.value), e.group)
end

-- What review.lua's fn(id, ...) does to review item id, as a change: the
-- item before and after (fn changes it in place; commit puts the after
-- back, which is the same).  nil and the refusal's message when fn refuses.
local function review_change(doc, id, what, fn, ...)
  local it = review_item(doc, id)
  local before = copy(it)
  local ok, res = pcall(fn, id, ...)
  if not ok then return nil, tostring(res) end
  if type(res) == "table" and res.message then return nil, res.message end
  it = review_item(doc, id)
  if deep_equal(before, it) then return {} end
  return { { kind = "review", id = math.tointeger(tonumber(id)), before = before, after = copy(it),
             step = it.step ~= "general" and it.step or nil, field = it.field, what = what } }
end

-- { op = "review_accept", step, field, id, author, now }: the proposed
-- change review item id (else the first open one on step.field) typed into
-- its question as text is, and the item resolved as accepted: one step of
-- undo, which takes back both (the item open again).
function EDITS.review_accept(pack, doc, e)
  local review = require("evalwiz.review")
  local function no(message) return { accepted = false, message = message, journal = seq(), changed = false } end
  local id = e.id or review.open_proposal(e.step, e.field)
  if id == nil then return no("this question has no proposed change to accept (F12 lists the review items)") end
  local p = review.proposal(id)
  if p.message then return no(p.message) end
  local s, f = field_of(pack, p.step, p.field)
  local v, refused, err = typed_text(pack, doc, s, f, p.text)
  if refused or err then
    return no(string.format("review item %s: the proposed answer is refused: %s", tostring(id), tostring(refused or err)))
  end
  local changes = value_change(doc, s, f, v)
  local item = review_change(doc, id, "acceptance", review.accepted, tostring(e.author or "the team"), tostring(e.now or ""))
  for _, c in ipairs(item or {}) do changes[#changes + 1] = c end
  local res = commit(pack, doc, changes, nil,
    string.format("review item %s accepted: the answer is the proposed one (Ctrl-Z takes it back)", tostring(id)), true)
  res.changed = true
  return res
end

-- { op = "review", action = reply|resolve|decline, id, text, author, now }:
-- the team's answer to review item id, one step of undo, journalled.
local REVIEW_ACTIONS = {
  reply = { what = "reply", done = "answered", run = function(rv, e) return rv.reply, e.text, e.author, e.now end },
  resolve = { what = "resolution", done = "resolved", run = function(rv, e) return rv.resolve, e.author, e.now end },
  decline = { what = "refusal", done = "declined", run = function(rv, e) return rv.decline, e.text, e.author, e.now end },
}

function EDITS.review(pack, doc, e)
  local a = REVIEW_ACTIONS[e.action]
  if not a then error("edit: unknown review action " .. tostring(e.action), 0) end
  local review = require("evalwiz.review")
  local fn, x, y, z = a.run(review, { text = tostring(e.text or ""), author = tostring(e.author or "the team"), now = tostring(e.now or "") })
  local changes, why = review_change(doc, e.id, a.what, fn, x, y, z)
  if not changes then return { accepted = false, message = why, journal = seq(), changed = false } end
  local it = review_item(doc, e.id)
  local res = commit(pack, doc, changes, nil,
    string.format("review item %s %s (Ctrl-Z takes it back)", tostring(e.id), #changes > 0 and a.done or ("already " .. tostring(it and it.status))), true)
  res.status = it and it.status
  return res
end

-- { op = "send", version, was, by, date, file, format, template }: the
-- document of version (rendered as that version, versions.next; was is
-- meta.version before it) has been written: its entry goes under
-- versions: and meta.version becomes version, one step of undo, journalled
-- (undo takes the entry out and meta.version back to was).
function EDITS.send(pack, doc, e)
  local versions = require("evalwiz.versions")
  local n = math.tointeger(tonumber(e.version))
  if not n then error("edit: send needs the version", 0) end
  local entry = versions.entry(n, { by = e.by, date = e.date, file = e.file, format = e.format, template = e.template })
  local res = commit(pack, doc, { { kind = "sent", on = true, version = n, was = e.was, entry = entry } }, nil,
    string.format("%s: %s (Ctrl-Z takes it back)", tostring(e.file), versions.sent_text(entry)), true)
  return res
end

function EDITS.undo(pack, doc) return undo_redo(pack, doc, history.undo, history.redo, "undone") end
function EDITS.redo(pack, doc) return undo_redo(pack, doc, history.redo, history.undo, "redone") end

-- One edit: the table above says what each op takes.  Returns { accepted,
-- message, journal = records for PLAN.recover, changed = the plan changed,
-- where = { step (index), step_id, field, row } of the change }.
function M.apply(e)
  local pack, doc = state()
  if type(e) ~= "table" or type(e.op) ~= "string" or not EDITS[e.op] then
    error("edit: unknown edit " .. tostring(type(e) == "table" and e.op or e), 0)
  end
  return EDITS[e.op](pack, doc, e)
end

-- How many steps undo and redo can take now (for the hint bar).
function M.depth()
  state()
  return #history.undo, #history.redo
end

return M
