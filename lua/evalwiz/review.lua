-- review.lua: a partner's review kept in the plan, under review: a list
-- of items, each a comment or a proposed change on one question (or on
-- the plan in general), with its replies and status (open, answered,
-- resolved).  Items come from a returned Word or OpenDocument file (what
-- src/review/extract.c found in it) or from a simple review file; the
-- team replies, resolves, accepts or declines them.  Accepting a change is
-- an ordinary edit (edit.lua), made by the caller: this module only says
-- what the proposal is and records that it was accepted.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")
local entry = require("evalwiz.entry")

local M = {}

local seq = plan.seq

local ITEM_ORDER = { "id", "kind", "step", "field", "status", "author", "date", "text", "quote",
  "proposed", "resolution", "replies", "matched", "source", "version", "key" }
local REPLY_ORDER = { "author", "date", "text", "key" }
local STATUSES = { open = true, answered = true, resolved = true }

-- ---- anchors ----------------------------------------------------------------

-- The 32-bit FNV-1a hash of s, as 8 lowercase hex digits.
local function fnv1a(s)
  local h = 0x811c9dc5
  for i = 1, #s do
    h = ((h ~ s:byte(i)) * 0x01000193) & 0xffffffff
  end
  return string.format("%08x", h)
end
M.fnv1a = fnv1a

-- The anchor a document gives the answer to step.field: ew_STEP__FIELD,
-- or when that is longer than 40 characters ew_h and the hash of
-- "step.field" (Word's bookmark names stop at 40).
function M.anchor(step_id, field_id)
  local name = "ew_" .. step_id .. "__" .. field_id
  if #name > 40 then return "ew_h" .. fnv1a(step_id .. "." .. field_id) end
  return name
end

-- Every anchor name the pack's questions may carry -> { step, field }.
-- Both spellings are known for each question, so that a document made
-- with either reading of the 40-character rule maps back.
local function anchor_map(pack)
  local map = {}
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do
      local at = { step = s.id, field = f.id }
      map["ew_" .. s.id .. "__" .. f.id] = at
      map["ew_h" .. fnv1a(s.id .. "." .. f.id)] = at
    end
  end
  return map
end

-- ---- the items --------------------------------------------------------------

local function need()
  local st = core.state
  if not st.pack then error("no pack loaded", 0) end
  if not st.doc then error("no plan open", 0) end
  return st.pack, st.doc
end

-- The plan's review list, made when asked to (make) and there is none.
local function items(doc, make)
  local r = doc.review
  if r == nil then
    if not make then return seq() end
    r = seq()
    doc.review = r
  end
  if type(r) ~= "table" or (next(r) ~= nil and not plan.is_list(r)) then
    error("review: must be a list of review items (each with id, kind, status, text); fix or remove it in the plan file", 0)
  end
  return r
end

local function trim(s)
  return (tostring(s or ""):gsub("^%s+", ""):gsub("%s+$", ""))
end

-- Whitespace made single spaces, for comparing texts.
local function squash(s)
  return trim(s):gsub("%s+", " ")
end

local function find(doc, id)
  local want = math.tointeger(tonumber(id))
  for _, it in ipairs(items(doc)) do
    if type(it) == "table" and math.tointeger(it.id) == want and want ~= nil then return it end
  end
  return nil
end

local function need_item(doc, id)
  local it = find(doc, id)
  if not it then
    local ids = {}
    for _, x in ipairs(items(doc)) do if type(x) == "table" and x.id then ids[#ids + 1] = tostring(x.id) end end
    error(string.format("no review item %s in the plan%s", tostring(id),
      #ids > 0 and "; its items are " .. table.concat(ids, ", ") or "; it has no review items (evalwiz review import)"), 0)
  end
  return it
end

local function next_id(list)
  local n = 0
  for _, it in ipairs(list) do
    local i = type(it) == "table" and math.tointeger(it.id)
    if i and i > n then n = i end
  end
  return n + 1
end

-- The field a path names, or nil.
local function field_at(pack, step_id, field_id)
  local s = step_id and pack.by_id[step_id]
  return s and s.by_id[field_id], s
end

-- An answer as plain text, for matching quotes against.
local function answer_text(v)
  if type(v) == "table" then
    local parts = {}
    for _, x in ipairs(v) do
      if type(x) == "table" then
        for _, y in pairs(x) do parts[#parts + 1] = tostring(y) end
      else
        parts[#parts + 1] = tostring(x)
      end
    end
    return table.concat(parts, " ")
  end
  if v == nil then return "" end
  return tostring(v)
end

-- Best effort for a text without an anchor: the one answer (of answers,
-- the plan's as they were in the document) that holds it.  Returns step,
-- field when exactly one does.
local function match_text(pack, answers, text)
  local q = squash(text):lower()
  if #q < 4 then return nil end
  local found = {}
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do
      local a = squash(answer_text((answers[s.id] or {})[f.id])):lower()
      if a ~= "" and (a:find(q, 1, true) or (#a >= 12 and q:find(a, 1, true))) then
        found[#found + 1] = { s.id, f.id }
      end
    end
  end
  if #found == 1 then return found[1][1], found[1][2] end
  return nil
end

-- What a proposal is, as the text to type into its question.
local function proposal_text(field, new)
  new = trim(new)
  if not field then return new end
  local paras = {}
  for p in (new .. "\n"):gmatch("(.-)\n") do
    p = trim(p)
    if p ~= "" then paras[#paras + 1] = p end
  end
  if field.type == "list" or field.type == "multi" then return table.concat(paras, "\n") end
  if field.type == "textarea" then return table.concat(paras, "\n\n") end
  return table.concat(paras, " ")
end

local function quoted(s, max)
  s = squash(s)
  if #s > max then s = s:sub(1, max - 3) .. "..." end
  return "\"" .. s .. "\""
end

-- A change's edits in words: inserted "x"; deleted "y".
local function describe_edits(edits)
  local parts = {}
  for _, e in ipairs(edits or {}) do
    parts[#parts + 1] = (e.type == "delete" and "deleted " or "inserted ") .. quoted(e.text, 60)
  end
  return table.concat(parts, "; ")
end

local function edits_who(edits)
  local names, seen, date = {}, {}, ""
  for _, e in ipairs(edits or {}) do
    local a = trim(e.author)
    if a ~= "" and not seen[a] then seen[a] = true; names[#names + 1] = a end
    if tostring(e.date or "") > date then date = tostring(e.date) end
  end
  return table.concat(names, ", "), date
end

local function ordered_item(it)
  if type(it.replies) == "table" then
    for i, r in ipairs(it.replies) do
      if type(r) == "table" then it.replies[i] = setmetatable(r, { __order = REPLY_ORDER }) end
    end
    setmetatable(it.replies, getmetatable(it.replies) or { __kind = "seq" })
  end
  return setmetatable(it, { __order = ITEM_ORDER })
end

-- The review list as written to the plan file: each item's keys in one
-- order.  core.document calls it.
function M.document(list)
  if type(list) ~= "table" then return list end
  local out = seq()
  for i, it in ipairs(list) do
    if type(it) == "table" then
      local c = {}
      for k, v in pairs(it) do c[k] = v end
      out[i] = ordered_item(c)
    else
      out[i] = it
    end
  end
  return out
end

-- ---- import -----------------------------------------------------------------

local function known_keys(list)
  local keys = {}
  for _, it in ipairs(list) do
    if type(it) == "table" then
      if it.key then keys[it.key] = it end
      for _, r in ipairs(type(it.replies) == "table" and it.replies or {}) do
        if type(r) == "table" and r.key then keys[r.key] = r end
      end
    end
  end
  return keys
end

-- Adds the items of a returned document (what review_extract found) to the
-- plan.  opts: { force, source (the file's name), now }.  Returns
-- { added, replies, same, general, matched, notes, text }, or refuses a
-- document of another plan (unless force).
function M.import(found, opts)
  local pack, doc = need()
  opts = opts or {}
  local notes = seq()
  local meta = found.meta or {}
  -- a plan without meta.id has the id its documents carry, worked out
  local plan_id, doc_id = require("evalwiz.document").identity(pack, doc).id, meta["evalwiz-plan-id"]
  if plan_id == "" then plan_id = nil end
  if doc_id and doc_id ~= "" and plan_id and doc_id ~= plan_id then
    if not opts.force then
      return entry.fail(string.format("%s was made from another plan (its plan id is %s, this plan's is %s); nothing imported. "
        .. "Import it into the plan it came from, or give --force to import it here anyway", tostring(opts.source), doc_id, tostring(plan_id)))
    end
    notes[#notes + 1] = string.format("%s was made from another plan (id %s); imported anyway (--force)", tostring(opts.source), doc_id)
  elseif (not doc_id or doc_id == "") and not opts.rows then
    notes[#notes + 1] = string.format("%s carries no evalwiz plan id: it cannot be checked to be this plan's document", tostring(opts.source))
  end
  local doc_pack = tostring(meta["evalwiz-pack"] or ""):match("^([^@]*)")
  if doc_pack ~= "" and doc_pack ~= pack.id then
    notes[#notes + 1] = string.format("%s was made with the pack %s; this plan uses %s", tostring(opts.source), doc_pack, pack.id)
  end
  -- the answers the document was made from: those of the version it
  -- says it is, when the plan kept it (evalwiz review send), else today's
  local answers, version = doc.answers, nil
  local doc_version = tostring(meta["evalwiz-plan-version"] or "")
  if not opts.rows and doc_version ~= "" then
    local versions = require("evalwiz.versions")
    local sent = versions.plan_at(pack, doc, doc_version)
    if sent then
      answers, version = sent.answers, math.tointeger(tonumber(doc_version))
    elseif versions.latest(doc) then
      notes[#notes + 1] = string.format("%s says it is version %s, which this plan has no record of sending: "
        .. "it is read against the answers as they are now", tostring(opts.source), doc_version)
    end
  end
  local have_anchors = (math.tointeger(found.anchors) or 0) > 0
  if not have_anchors then
    notes[#notes + 1] = string.format("%s has no answer anchors (it was not made by this evalwiz, or they were lost): "
      .. "comments are placed by matching their text to the answers, and those that match no single answer are general", tostring(opts.source))
  end
  local amap = anchor_map(pack)
  local list = items(doc, true)
  local keys = known_keys(list)
  local res = { added = 0, replies = 0, same = 0, general = 0, matched = 0, notes = notes }
  local unknown_anchor = {}

  -- where an anchor (or, without one, a text) puts an item
  local function locate(anchor, text)
    if anchor then
      local at = amap[anchor]
      if at then return at.step, at.field, nil end
      unknown_anchor[anchor] = true
    end
    if not have_anchors or (anchor and not amap[anchor]) then
      local s, f = match_text(pack, answers, text)
      if s then return s, f, "text" end
    end
    return nil
  end

  local function add(it)
    if keys[it.key] then res.same = res.same + 1; return nil end
    it.id = next_id(list)
    if not it.step then res.general = res.general + 1; it.step = "general" end
    if it.matched then res.matched = res.matched + 1 end
    it.source = opts.source
    it.version = version
    list[#list + 1] = ordered_item(it)
    keys[it.key] = it
    res.added = res.added + 1
    return it
  end

  -- comments, then their replies
  local by_key = {}
  for _, c in ipairs(found.comments or {}) do
    if not c.parent then
      local text, quote = trim(c.text), trim(c.quote)
      local s, f, how = locate(c.anchor, quote)
      local key = "c" .. fnv1a(table.concat({ "comment", trim(c.author), trim(c.date), text, squash(quote) }, "\0"))
      local it = {
        kind = "comment", step = s, field = f, author = trim(c.author), date = trim(c.date), text = text,
        status = c.done and "resolved" or "open", key = key, matched = how,
      }
      if quote ~= "" then it.quote = quote end
      add(it)
      by_key[c.key] = keys[key]
    end
  end
  for _, c in ipairs(found.comments or {}) do
    if c.parent then
      local parent = by_key[c.parent]
      local key = "r" .. fnv1a(table.concat({ "reply", trim(c.author), trim(c.date), trim(c.text) }, "\0"))
      if not parent then
        notes[#notes + 1] = string.format("a reply by %s answers a comment not found in the document; kept as a comment of its own", trim(c.author))
        add({ kind = "comment", step = nil, author = trim(c.author), date = trim(c.date), text = trim(c.text), status = "open", key = key })
      elseif keys[key] then
        res.same = res.same + 1
      else
        parent.replies = parent.replies or seq()
        parent.replies[#parent.replies + 1] = setmetatable({ author = trim(c.author), date = trim(c.date), text = trim(c.text), key = key },
          { __order = REPLY_ORDER })
        keys[key] = parent.replies[#parent.replies]
        res.replies = res.replies + 1
      end
    end
  end
  -- tracked changes: one proposal per answer
  for _, ch in ipairs(found.changes or {}) do
    local old, new = trim(ch.old), trim(ch.new)
    local s, f, how = locate(ch.anchor, old ~= "" and old or new)
    local field = s and field_at(pack, s, f)
    local who, date = edits_who(ch.edits)
    local key = "t" .. fnv1a(table.concat({ "change", tostring(ch.anchor or ""), squash(old), squash(new) }, "\0"))
    local it = {
      kind = "change", step = s, field = f, author = who, date = date, text = describe_edits(ch.edits),
      status = "open", key = key, matched = how,
    }
    if old ~= "" then it.quote = old end
    -- a change in a table's answer, or outside any answer, is shown, not proposed
    if field and field.type ~= "records" and field.type ~= "computed" and field.type ~= "note" then
      it.proposed = proposal_text(field, ch.new)
      -- the text round the answer (a label in the same paragraph) is not
      -- part of what is proposed
      local a = squash(answer_text((answers[s] or {})[f]))
      local o, n = squash(old), squash(new)
      local i = a ~= "" and o:find(a, 1, true)
      if i and #o > #a then
        local pre, post = o:sub(1, i - 1), o:sub(i + #a)
        if n:sub(1, #pre) == pre and (post == "" or n:sub(-#post) == post) and #n >= #pre + #post then
          it.quote = (answers[s] or {})[f]
          it.quote = type(it.quote) == "string" and trim(it.quote) or a
          it.proposed = proposal_text(field, n:sub(#pre + 1, #n - #post))
        end
      end
    end
    if add(it) and version and it.proposed ~= nil
        and not require("evalwiz.edit").deep_equal((answers[s] or {})[f], (doc.answers[s] or {})[f]) then
      notes[#notes + 1] = string.format("review item %d proposes a change to %s.%s as it was in version %d; "
        .. "the answer has changed since: check the proposal against it before accepting", it.id, s, f, version)
    end
  end
  local names = {}
  for a in pairs(unknown_anchor) do names[#names + 1] = a end
  table.sort(names)
  if #names > 0 then
    notes[#notes + 1] = string.format("anchors this pack has no question for: %s (placed by their text where one answer holds it, else general)",
      table.concat(names, ", "))
  end
  if res.added > 0 or res.replies > 0 then core.changed(nil, nil, "review") end
  res.version = version
  res.text = string.format("%s%d item%s added, %d repl%s added, %d already in the plan%s%s",
    version and string.format("version %d: ", version) or "", res.added, res.added == 1 and "" or "s", res.replies, res.replies == 1 and "y" or "ies", res.same,
    res.general > 0 and string.format("; %d general (outside any answer)", res.general) or "",
    res.matched > 0 and string.format("; %d placed by matching text", res.matched) or "")
  return res
end

-- A simple review file (YAML or CSV read by the caller into a list of
-- rows { question, comment, author, date }): question is STEP.FIELD, an
-- anchor name, or empty/"general".
function M.import_rows(rows, opts)
  local pack = need()
  opts = opts or {}
  local comments = {}
  local amap = anchor_map(pack)
  for i, r in ipairs(rows or {}) do
    if type(r) ~= "table" then
      return entry.fail(string.format("%s: row %d is not a question, comment and author", tostring(opts.source), i))
    end
    local q, text = trim(r.question), trim(r.comment)
    if text == "" then
      return entry.fail(string.format("%s%s: row %d has no comment; every row needs question, comment and author",
        tostring(opts.source), r.line and (":" .. r.line) or "", i))
    end
    local anchor
    if q ~= "" and q ~= "general" then
      local s, f = q:match("^([%w_]+)%.([%w_]+)$")
      if s and field_at(pack, s, f) then
        anchor = M.anchor(s, f)
        amap[anchor] = { step = s, field = f }
      elseif amap[q] then
        anchor = q
      else
        return entry.fail(string.format("%s%s: row %d: %q is not a question of the pack %s; give STEP.FIELD (see evalwiz steps) or general",
          tostring(opts.source), r.line and (":" .. r.line) or "", i, q, pack.id))
      end
    end
    comments[#comments + 1] = { key = tostring(i), author = r.author, date = r.date, text = text, anchor = anchor, quote = r.quote }
  end
  local meta = { ["evalwiz-plan-id"] = opts.plan_id }
  opts.rows = true
  return M.import({ meta = meta, anchors = 1, comments = comments, changes = {} }, opts)
end

-- ---- listing ----------------------------------------------------------------

local function where(it)
  if it.step == nil or it.step == "general" then return "general" end
  return tostring(it.step) .. "." .. tostring(it.field)
end
M.where = where

local function item_lines(it, out)
  out[#out + 1] = string.format("#%s %s %s on %s, by %s%s", tostring(it.id), tostring(it.status), tostring(it.kind), where(it),
    trim(it.author) ~= "" and trim(it.author) or "someone", trim(it.date) ~= "" and (", " .. trim(it.date)) or "")
  if it.matched then out[#out + 1] = "  (placed by matching its text: the document had no anchor for it)" end
  if it.kind == "change" then
    if it.quote then out[#out + 1] = "  - " .. squash(it.quote) end
    if it.proposed then out[#out + 1] = "  + " .. squash(it.proposed) end
    if it.text and it.text ~= "" then out[#out + 1] = "  " .. it.text end
  else
    if it.quote then out[#out + 1] = "  on " .. quoted(it.quote, 70) end
    for line in (tostring(it.text or "") .. "\n"):gmatch("(.-)\n") do out[#out + 1] = "  " .. line end
  end
  for _, r in ipairs(type(it.replies) == "table" and it.replies or {}) do
    out[#out + 1] = string.format("  reply by %s%s: %s", trim(r.author) ~= "" and trim(r.author) or "someone",
      trim(r.date) ~= "" and (", " .. trim(r.date)) or "", squash(r.text))
  end
  if it.resolution then out[#out + 1] = "  " .. tostring(it.resolution) end
end

-- The plan's review items (only those not resolved, with open_only), as
-- { items, text }.
function M.list(open_only)
  local _, doc = need()
  local out, lines = seq(), {}
  for _, it in ipairs(items(doc)) do
    if type(it) == "table" and (not open_only or it.status ~= "resolved") then
      local c = {}
      for k, v in pairs(it) do if k ~= "key" then c[k] = v end end
      c.step = c.step or "general"
      out[#out + 1] = ordered_item(c)
      item_lines(it, lines)
    end
  end
  if #out == 0 then
    lines[1] = open_only and "no open review items" or "no review items (evalwiz review import PLAN FILE adds them)"
  end
  return { items = out, text = table.concat(lines, "\n") .. "\n" }
end

-- The items on one question (for the wizard and plain mode): those not
-- resolved, as lines of text; { count, lines }.
function M.on(step_id, field_id)
  local _, doc = need()
  local lines, n = seq(), 0
  for _, it in ipairs(items(doc)) do
    if type(it) == "table" and it.status ~= "resolved" and it.step == step_id and it.field == field_id then
      n = n + 1
      local l = {}
      item_lines(it, l)
      for _, x in ipairs(l) do lines[#lines + 1] = x end
    end
  end
  return { count = n, lines = lines }
end

-- How many items not resolved each question has: { ["step.field"] = n, [step] = n }.
function M.open_counts()
  local doc = core.state.doc
  local counts = {}
  if not doc then return counts end
  local ok, list = pcall(items, doc)
  if not ok then return counts end
  for _, it in ipairs(list) do
    if type(it) == "table" and it.status ~= "resolved" and it.step and it.step ~= "general" then
      local k = tostring(it.step) .. "." .. tostring(it.field)
      counts[k] = (counts[k] or 0) + 1
      counts[it.step] = (counts[it.step] or 0) + 1
    end
  end
  return counts
end

-- ---- replies and resolutions --------------------------------------------------

local function add_reply(it, text, author, now)
  it.replies = type(it.replies) == "table" and it.replies or seq()
  it.replies[#it.replies + 1] = setmetatable({ author = author, date = now, text = text }, { __order = REPLY_ORDER })
end

-- review reply: the team's answer; the item becomes answered.
function M.reply(id, text, author, now)
  local _, doc = need()
  local it = need_item(doc, id)
  text = trim(text)
  if text == "" then return entry.fail("the reply is empty; say what the team answers") end
  add_reply(it, text, author, now)
  if it.status ~= "resolved" then it.status = "answered" end
  core.changed(nil, nil, "review")
  return { id = it.id, status = it.status }
end

-- review resolve: nothing more to do about it.
function M.resolve(id, author, now)
  local _, doc = need()
  local it = need_item(doc, id)
  if it.status == "resolved" then return { id = it.id, status = it.status, same = true } end
  it.status = "resolved"
  it.resolution = it.resolution or string.format("resolved by %s, %s", author, now)
  core.changed(nil, nil, "review")
  return { id = it.id, status = it.status }
end

-- What accepting item id would type into which question: { step, field, text }.
function M.proposal(id)
  local pack, doc = need()
  local it = need_item(doc, id)
  if it.kind ~= "change" then return entry.fail(string.format("review item %s is a comment, not a proposed change; reply to it or resolve it", tostring(id))) end
  if it.status == "resolved" then return entry.fail(string.format("review item %s is resolved already (%s)", tostring(id), tostring(it.resolution or "resolved"))) end
  if it.proposed == nil or not field_at(pack, it.step, it.field) then
    return entry.fail(string.format("review item %s proposes no new answer that can be typed in (%s); make the change by hand and resolve it",
      tostring(id), where(it)))
  end
  return { step = it.step, field = it.field, text = tostring(it.proposed) }
end

-- The first open proposed change on a question (the wizard's Ctrl-T), or nil.
function M.open_proposal(step_id, field_id)
  local _, doc = need()
  for _, it in ipairs(items(doc)) do
    if type(it) == "table" and it.kind == "change" and it.status ~= "resolved" and it.proposed ~= nil
        and it.step == step_id and it.field == field_id then
      return it.id
    end
  end
  return nil
end

-- The proposal was made the answer (by the caller's edit).
function M.accepted(id, author, now)
  local _, doc = need()
  local it = need_item(doc, id)
  it.status = "resolved"
  it.resolution = string.format("accepted by %s, %s", author, now)
  core.changed(nil, nil, "review")
  return { id = it.id, status = it.status }
end

-- review decline: a reply saying why, and the item resolved.
function M.decline(id, text, author, now)
  local _, doc = need()
  local it = need_item(doc, id)
  text = trim(text)
  if text == "" then return entry.fail("say why the proposal is declined: the partner reads the reply") end
  add_reply(it, text, author, now)
  it.status = "resolved"
  it.resolution = string.format("declined by %s, %s", author, now)
  core.changed(nil, nil, "review")
  return { id = it.id, status = it.status }
end

-- The review items as a document shows them (document.lua's review()).
-- changed: STEP.FIELD -> true for the answers changed since the version
-- sent last (since), when one was.  words(text, ...) gives the fixed texts
-- in the document's language, each {N} the Nth value (document.lua's; the
-- English as it is without it).
function M.for_document(pack, doc, changed, since, words)
  words = words or function(text, ...)
    local args = { ... }
    return (string.gsub(text, "{(%d)}", function(k) return tostring(args[tonumber(k)] or "") end))
  end
  local out = {}
  local ok, list = pcall(items, doc)
  if not ok then return out end
  for _, it in ipairs(list) do
    if type(it) == "table" then
      local f, s = field_at(pack, it.step, it.field)
      local question = words("General")
      if f then question = words("{1} ({2})", f.label or f.id, s.title or s.id) end
      local replies = {}
      for _, r in ipairs(type(it.replies) == "table" and it.replies or {}) do
        if type(r) == "table" then
          local who, when = trim(r.author) ~= "" and trim(r.author) or words("someone"), tostring(r.date or ""):sub(1, 10)
          replies[#replies + 1] = when ~= "" and words("{1} ({2}, {3})", trim(r.text), who, when) or words("{1} ({2})", trim(r.text), who)
        end
      end
      local comment = trim(it.text)
      if it.kind == "change" and it.proposed then
        comment = words("Suggested change: {1}", comment)
      end
      local outcome
      local res = tostring(it.resolution or "")
      if res:match("^accepted") then
        outcome = it.proposed and words("The answer now reads: {1}", squash(it.proposed)) or words("Accepted")
      elseif res:match("^declined") then
        outcome = words("Not changed")
      elseif it.status == "resolved" then
        outcome = words("Resolved")
      elseif it.status == "answered" then
        outcome = words("Answered; still open")
      else
        outcome = words("Still open")
      end
      if changed and f and changed[it.step .. "." .. it.field] and not res:match("^accepted") then
        outcome = words("{1}; the answer has changed since version {2}", outcome, tostring(since))
      end
      out[#out + 1] = {
        id = it.id, kind = it.kind, question = question, path = f and (it.step .. "." .. it.field) or "general",
        author = trim(it.author), date = tostring(it.date or ""):sub(1, 10), comment = comment, quote = it.quote,
        reply = table.concat(replies, "\n"), status = it.status, outcome = outcome, proposed = it.proposed,
      }
    end
  end
  return out
end

-- Checks a plan's review section (for evalwiz check): a list of problems.
function M.problems(doc)
  local out = {}
  local ok, list = pcall(items, doc)
  if not ok then return { list } end
  for i, it in ipairs(list) do
    if type(it) ~= "table" then
      out[#out + 1] = string.format("review item %d is not a mapping", i)
    elseif not STATUSES[it.status] then
      out[#out + 1] = string.format("review item %s: status %s is not open, answered or resolved", tostring(it.id or i), tostring(it.status))
    end
  end
  return out
end

return M
