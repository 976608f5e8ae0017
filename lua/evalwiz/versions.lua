-- versions.lua: what the team sent.  Each document rendered for sending
-- (evalwiz review send) is a new version of the plan: meta.version goes
-- up by one, and the plan keeps, under versions:, when it was sent, by
-- whom, as what, and what the answers were then.  So the next document
-- can list the changes since the version the partner has (diff.lua's
-- comparison, not a second one), and a document that comes back is read
-- against the answers it was made from.
--
-- The answers are kept compactly: each version holds only what changed
-- since the version before it (answers: step -> field -> the answer then;
-- removed: the STEP.FIELD paths that had an answer and lost it), so a
-- version in which one answer changed costs one answer.  The answers of
-- version N are versions 1..N applied in turn.  They are kept as the pack
-- of their day named them (pack_version); reading them, the pack's
-- migrations bring them up to date, as evalwiz diff does with an old plan.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")

local M = {}

local seq = plan.seq
local is_empty = plan.is_empty

local ORDER = { "version", "date", "by", "file", "format", "template", "pack_version", "title", "removed", "answers" }

-- the deep copy and comparison edits use (a copy keeps the list marker)
local copy, equal = require("evalwiz.edit").copy, require("evalwiz.edit").deep_equal

-- The plan's versions: list (empty when it has none); raises on one that
-- is not a list of mappings.
local function list_of(doc, make)
  local v = doc.versions
  if v == nil then
    if not make then return seq() end
    v = seq()
    doc.versions = v
  end
  if type(v) ~= "table" or (next(v) ~= nil and not plan.is_list(v)) then
    error("versions: must be a list of the versions sent (each with version, date, by); fix or remove it in the plan file", 0)
  end
  return v
end

local function version_no(e) return type(e) == "table" and math.tointeger(tonumber(e.version)) or nil end

-- The answers as they were at entry number i of list (1..i applied).
local function answers_at(list, i)
  local out = {}
  for k = 1, i do
    local e = list[k]
    if type(e) == "table" then
      for _, path in ipairs(type(e.removed) == "table" and e.removed or {}) do
        local s, f = tostring(path):match("^([%w_]+)%.([%w_]+)$")
        if s and out[s] then out[s][f] = nil end
      end
      for s, fields in pairs(type(e.answers) == "table" and e.answers or {}) do
        if type(fields) == "table" then
          out[s] = out[s] or {}
          for f, v in pairs(fields) do out[s][f] = copy(v) end
        end
      end
    end
  end
  return out
end

-- What changed from the answers old to new: { answers, removed } or nil
-- when nothing did.
local function delta(old, new)
  local answers, removed, any = {}, seq(), false
  local steps = {}
  for s in pairs(old) do steps[s] = true end
  for s in pairs(new) do steps[s] = true end
  local ids = {}
  for s in pairs(steps) do ids[#ids + 1] = s end
  table.sort(ids)
  for _, s in ipairs(ids) do
    local o, n = old[s] or {}, new[s] or {}
    local fids, seen = {}, {}
    for f in pairs(o) do if not seen[f] then seen[f] = true; fids[#fids + 1] = f end end
    for f in pairs(n) do if not seen[f] then seen[f] = true; fids[#fids + 1] = f end end
    table.sort(fids)
    for _, f in ipairs(fids) do
      local ov, nv = o[f], n[f]
      if is_empty(nv) then
        if not is_empty(ov) then removed[#removed + 1] = s .. "." .. f; any = true end
      elseif not equal(ov, nv) then
        answers[s] = answers[s] or {}
        answers[s][f] = copy(nv)
        any = true
      end
    end
  end
  return any and { answers = answers, removed = removed } or nil
end

-- The answers now, without the empty ones (what a document shows).
local function current_answers(doc)
  local out = {}
  for s, fields in pairs(doc.answers or {}) do
    if type(fields) == "table" then
      for f, v in pairs(fields) do
        if not is_empty(v) then out[s] = out[s] or {}; out[s][f] = v end
      end
    end
  end
  return out
end

-- The index in list of version n, or nil.
local function index_of(list, n)
  n = math.tointeger(tonumber(n))
  if not n then return nil end
  for i = #list, 1, -1 do if version_no(list[i]) == n then return i end end
  return nil
end

-- The latest version sent, as { version, date, by, file, index } or nil.
function M.latest(doc)
  local ok, list = pcall(list_of, doc)
  if not ok or #list == 0 then return nil end
  local e = list[#list]
  if type(e) ~= "table" then return nil end
  return { version = version_no(e), date = e.date, by = e.by, file = e.file, index = #list }
end

-- The plan as it was when version n was sent: { pack, meta, answers },
-- migrated to the pack open now; nil when the plan has no version n.
-- Returns also the migration's notes.
function M.plan_at(pack, doc, n)
  local ok, list = pcall(list_of, doc)
  if not ok then return nil end
  local i = index_of(list, n)
  if not i then return nil end
  local e = list[i]
  local meta = {}
  for k, v in pairs(doc.meta or {}) do meta[k] = v end
  meta.title = e.title
  local old = { pack = { id = pack.id, version = math.tointeger(e.pack_version) or pack.version },
                meta = meta, answers = answers_at(list, i) }
  local _, notes = require("evalwiz.pack").migrate(pack, old)
  return old, notes or {}
end

-- The number the next version sent gets: one more than meta.version (when
-- it is a whole number) and than every version sent.
local function next_version(doc)
  local n = math.tointeger(tonumber((doc.meta or {}).version)) or 0
  for _, e in ipairs(list_of(doc)) do
    local v = version_no(e)
    if v and v > n then n = v end
  end
  return n + 1
end

-- The version the open plan is sent as next, without changing it:
-- { version (N), since (the version sent before, or nil), was
-- (meta.version now, or nil) }.  The document of version N is rendered
-- with document.render's opts.version = N; versions.sent (or the wizard's
-- send edit) then makes meta.version N.
function M.next()
  local pack, doc = core.state.pack, core.state.doc
  if not pack then error("no pack loaded", 0) end
  if not doc then error("no plan open", 0) end
  local last = M.latest(doc)
  return { version = next_version(doc), since = last and last.version or nil, was = (doc.meta or {}).version }
end

-- The versions: entry recording that version n is sent now, with the
-- answers changed since the version before (not yet in the plan: sent
-- puts it there, the wizard's send edit through its history).
function M.entry(n, opts)
  local pack, doc = core.state.pack, core.state.doc
  if not pack then error("no pack loaded", 0) end
  if not doc then error("no plan open", 0) end
  opts = opts or {}
  local list = list_of(doc)
  local before = #list > 0 and answers_at(list, #list) or {}
  local d = delta(before, current_answers(doc)) or { answers = {}, removed = seq() }
  local e = { version = math.tointeger(n), date = opts.date, by = opts.by, file = opts.file, format = opts.format,
              template = opts.template ~= "" and opts.template or nil, pack_version = pack.version,
              title = doc.meta and doc.meta.title or nil }
  if #d.removed > 0 then e.removed = d.removed end
  if next(d.answers) ~= nil then e.answers = d.answers end
  return setmetatable(e, { __order = ORDER })
end

-- Version c.version's entry put into doc's versions: and meta.version made
-- c.version (c.on), or taken out and meta.version made c.was again: the
-- wizard's send edit and its undo (edit.lua).
function M.put(doc, c)
  doc.meta = doc.meta or {}
  local list = list_of(doc, true)
  for i = #list, 1, -1 do
    if version_no(list[i]) == c.version then table.remove(list, i) end
  end
  if c.on then
    list[#list + 1] = setmetatable(copy(c.entry), { __order = ORDER })
    doc.meta.version = c.version
  else
    doc.meta.version = c.was
    if #list == 0 then doc.versions = nil end
  end
end

-- Whether doc's versions: has version n.
function M.has(doc, n)
  local ok, list = pcall(list_of, doc)
  return ok and index_of(list, n) ~= nil
end

-- Records that version n was sent (after its document was written):
-- opts { by, date, file, format, template }.  Returns { version, text }.
function M.sent(n, opts)
  local doc = core.state.doc
  local e = M.entry(n, opts)
  local list = list_of(doc, true)
  list[#list + 1] = e
  doc.meta = doc.meta or {}
  doc.meta.version = e.version
  core.changed(nil, nil, "meta")
  return { version = e.version, text = M.sent_text(e) }
end

-- "version 2, sent by Priya Shah, 2026-01-01T00:00:00Z"
function M.sent_text(e)
  return string.format("version %d, sent by %s, %s", e.version, tostring(e.by), tostring(e.date))
end

-- The versions: list as written to the plan file.
function M.document(list)
  if type(list) ~= "table" then return list end
  local out = seq()
  for i, e in ipairs(list) do
    if type(e) == "table" then
      local c = {}
      for k, v in pairs(e) do c[k] = v end
      out[i] = setmetatable(c, { __order = ORDER })
    else
      out[i] = e
    end
  end
  return out
end

-- The changes between the latest version sent and the answers now, as
-- diff.lua's comparison sees them: { since, date, count, steps, paths }
-- (paths: STEP.FIELD -> true for each answer changed), or nil when the
-- plan has sent no version.
function M.changes(pack, doc)
  local last = M.latest(doc)
  if not last or not last.version then return nil end
  local old = M.plan_at(pack, doc, last.version)
  if not old then return nil end
  local meta = {}
  for k, v in pairs(doc.meta or {}) do meta[k] = v end
  local new = { pack = doc.pack, meta = meta, answers = current_answers(doc) }
  old.meta.version, new.meta.version = nil, nil
  local res = require("evalwiz.diff").compare(pack, old, new)
  local paths = {}
  for _, s in ipairs(res.steps) do
    for _, c in ipairs(s.changes) do paths[c.path] = true end
  end
  return { since = last.version, date = last.date, count = res.count, steps = res.steps, paths = paths }
end

-- Checks a plan's versions: section (for evalwiz check): a list of problems.
function M.problems(doc)
  local ok, list = pcall(list_of, doc)
  if not ok then return { list } end
  local out = {}
  for i, e in ipairs(list) do
    if not version_no(e) then
      out[#out + 1] = string.format("versions: entry %d has no version number", i)
    end
  end
  return out
end

return M
