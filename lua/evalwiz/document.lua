-- document.lua: renders the open plan through a template: builds what
-- template code sees (answers, computed values, the pack's words, helpers
-- that print an answer by its type, the diagram, the advisor and the
-- calculators when they are there), runs the template and lists the gaps.
local core = require("evalwiz.core")
local i18n = require("evalwiz.i18n")
local plan = require("evalwiz.plan")
local template = require("evalwiz.template")
local diagram = require("evalwiz.diagram")

local M = {}

local safe, plain = template.safe, template.plain

-- A read-only copy of a module table, for templates: they may call its
-- functions but not replace them.
local read_only
function read_only(t)
  if type(t) ~= "table" then return t end
  return setmetatable({}, {
    __index = function(_, k)
      local v = t[k]
      if type(v) == "table" then return read_only(v) end
      return v
    end,
    __newindex = function() error("this table is read-only in templates", 2) end,
    __len = function() return #t end,
    __pairs = function()
      return function(_, k)
        local nk, nv = next(t, k)
        if type(nv) == "table" then nv = read_only(nv) end
        return nk, nv
      end, nil, nil
    end,
    __metatable = false,
  })
end

local function optional(name)
  local ok, mod = pcall(require, "evalwiz." .. name)
  if ok and type(mod) == "table" then return mod end
  return nil
end

-- Template folders: the default one, the templates folders of the loaded
-- pack and the packs it builds on, then --templates (searched first).
local function folders(dirs)
  local out = {}
  for i, d in ipairs(dirs or {}) do
    if type(d) == "table" then out[#out + 1] = { path = d.path or d[1], display = d.display or d[2] or d.path or d[1] }
    else out[#out + 1] = { path = d, display = d } end
    if i == 1 then
      local pack = core.state.pack
      for _, pd in ipairs(pack and pack.template_dirs or {}) do out[#out + 1] = { path = pd.path, display = pd.display } end
    end
  end
  return out
end
M.folders = folders

-- The templates that fit the loaded pack (template.fits), each marked
-- default = true when it is the one render makes without -t.
local function fitting(dirs)
  local pack = core.state.pack
  local out = {}
  for _, t in ipairs(template.list(dirs)) do
    if not pack or template.fits(t.pack, pack.ids) then
      t.default = pack ~= nil and t.id == M.default_name(dirs) or nil
      out[#out + 1] = t
    end
  end
  return out
end

-- The template render makes when none is named: the pack's default_template,
-- else the only template that fits the pack; nil when there is no such one.
function M.default_name(dirs)
  local pack = core.state.pack
  if pack and pack.default_template then return pack.default_template end
  local only
  for _, t in ipairs(template.list(dirs)) do
    if not pack or template.fits(t.pack, pack.ids) then
      if only then return nil end
      only = t.id
    end
  end
  return only
end

function M.list(dirs)
  local out = plan.seq()
  for _, t in ipairs(fitting(folders(dirs))) do
    t.pack = nil
    out[#out + 1] = setmetatable(t, { __order = { "id", "title", "description", "kind", "file" } })
  end
  return out
end

-- Splits "step.field" into the pack's step and field (nil when unknown).
-- A question the pack does not have is an error with the nearest one it
-- has, so a misspelt path in a template is never an empty place in the
-- document; a question an extending pack removed or hid reads as hidden
-- (the last value returned is true then).
local function lookup(pack, path)
  local sid, fid = string.match(tostring(path), "^([%w_]+)%.([%w_]+)$")
  if not sid then error(string.format("%q is not of the form step.field", tostring(path)), 3) end
  local step = pack.by_id[sid]
  local field = step and step.by_id[fid]
  if not field then
    if pack.removed and pack.removed[sid .. "." .. fid] then return step, nil, sid, fid, true end
    local paths = {}
    for _, s in ipairs(pack.steps) do
      for _, f in ipairs(s.fields) do paths[#paths + 1] = s.id .. "." .. f.id end
    end
    error(string.format("the pack %s has no question %s%s", pack.id, tostring(path),
      require("evalwiz.api").suggest(tostring(path), paths)), 3)
  end
  return step, field, sid, fid
end

-- cache: the render's table of options by field (see plan.options_in), so
-- a records table of n rows with a dynamic choice column costs n, not n².
local function option_label(field, value, view, cache)
  local _, set = plan.options_in(field, view, cache)
  local o = set[value]
  if o then return o.label or tostring(value) end
  return tostring(value)
end

-- The globals a template sees, and the renderer that runs it.
-- string.gsub(s, "\n\n\n+", "\n\n"), the same result: gsub tries the
-- pattern at every byte of the document and copies it a byte at a time;
-- a plain find jumps from run to run (memchr) and copies what lies between.
local function squeeze_blank_lines(s)
  local find, sub, byte = string.find, string.sub, string.byte
  local i = find(s, "\n\n\n", 1, true)
  if not i then return s end
  local out, n, pos = {}, 0, 1
  while i do
    local j = i + 3
    while byte(s, j) == 10 do j = j + 1 end
    n = n + 1
    out[n] = sub(s, pos, i + 1)
    pos = j
    i = find(s, "\n\n\n", j, true)
  end
  out[n + 1] = sub(s, pos)
  return table.concat(out)
end
M.squeeze_blank_lines = squeeze_blank_lines

-- ---- anchors and identity ---------------------------------------------------
-- Each answer in a Word, ODT or HTML document carries an invisible anchor
-- naming its question, so that a partner's comments and changes can be
-- mapped back to the plan: ew_<step>__<field>, or when that is longer than
-- the 40 characters Word allows in a bookmark's name, ew_h and the 32-bit
-- FNV-1a hash of "step.field" in 8 lower-case hexadecimal digits.
local function fnv1a32(s)
  local h = 0x811c9dc5
  for i = 1, #s do h = ((h ~ string.byte(s, i)) * 0x01000193) & 0xffffffff end
  return h
end

local function anchor_id(sid, fid)
  local id = "ew_" .. sid .. "__" .. fid
  if #id <= 40 then return id end
  return string.format("ew_h%08x", fnv1a32(sid .. "." .. fid))
end
M.anchor_id = anchor_id

-- The identity of a plan without meta.id: plan.derived_id, there so that
-- opening a plan need not load this module.
M.derived_id = plan.derived_id

-- What a document says of the plan it came from: its id (meta.id, else the
-- derived one), its version (meta.version, else when it was last changed,
-- meta.updated) and its pack (id@version).
function M.identity(pack, doc)
  local meta = doc.meta or {}
  local id = meta.id
  if type(id) ~= "string" or id == "" then id = M.derived_id(doc) or "" end
  local version = meta.version
  if version == nil or version == "" then version = meta.updated end
  return { id = id, version = version ~= nil and tostring(version) or "",
           pack = string.format("%s@%s", pack.id, tostring(pack.version or "")) }
end

-- ---- drafts -----------------------------------------------------------------
-- What an unanswered question gives in a draft: a character no answer is
-- left holding (a private-use one; the template's escaping leaves a safe
-- value as it is), found again by draft_section below.
local DRAFT_GAP = "\u{E000}"

-- Whether a line is nothing but labels, list and table marks and gaps:
-- "**Eligibility:** GAP", "- **Team:** GAP", "*Why:* GAP".
local function only_gaps(line)
  if not string.find(line, DRAFT_GAP, 1, true) then return false end
  local rest = line:gsub(DRAFT_GAP, "")
  rest = rest:gsub("%*%*[^*]-%*%*", ""):gsub("%*[^*]-%*", ""):gsub("^%s*[-+]%s", "")
  return not string.find(rest, "[%w\128-\255]")
end

-- A table row to leave out of a draft: one with a gap in it and at most
-- one cell of anything else (the row's own name, such as a risk or a
-- milestone, whose answer is missing).
local function gap_row(line)
  if not string.find(line, DRAFT_GAP, 1, true) then return false end
  local full = 0
  for cell in (line:gsub("^%s*|", ""):gsub("|%s*$", "") .. "|"):gmatch("(.-[^\\])|") do
    if cell:find("[%w\128-\255]") and not only_gaps(cell) then full = full + 1 end
  end
  return full <= 1
end

local function heading_level(block)
  local h = block:match("^(#+) ")
  return h and #h or nil
end

-- One section of a draft, rendered (title: its heading's words, nil for a
-- section without one): collapse (nothing in it answered) makes it one line
-- in place of its heading and body, returned second; else the unanswered questions go with their labels, a table
-- row whose answer is missing goes, a table left with no rows goes with its
-- label, a heading left with nothing under it goes; a gap that stays (in a
-- sentence, in a row half answered) is the mark (mark: its words, between
-- the marks a conversion makes stand out; nil: italic words).
local draft_section
function draft_section(text, collapse, mark, W, whole, title)
  if whole then
    local words = template.escape("markdown", W(template.GAP_TEXT))
    local gap_text = mark and ("<evalwiz:g/gap>" .. words .. "<evalwiz:y/gap>") or ("*" .. words .. "*")
    return (text:gsub(DRAFT_GAP, function() return gap_text end))
  end
  if collapse then
    if not title then return "" end
    -- an item of a list: the sections not started one after another make
    -- one list, under a label (the third value) set apart from the section
    -- before
    return nil, "- " .. title .. "\n", "**" .. template.escape_inline(W("Not started yet (see \u{201C}What is still missing\u{201D}):")) .. "**\n\n"
  end
  if not string.find(text, DRAFT_GAP, 1, true) then return text end
  local blocks = {}
  for b in (text:gsub("\n\n\n+", "\n\n") .. "\n\n"):gmatch("(.-)\n\n+") do
    if b:find("%S") then blocks[#blocks + 1] = b end
  end
  local kept, dropped = {}, {}
  for i, b in ipairs(blocks) do
    local lines, out, any_row, rows, first = {}, {}, false, 0, b:match("^%s*(.)")
    for l in (b .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = l end
    if first == "|" then
      for n, l in ipairs(lines) do
        if n <= 2 or not gap_row(l) then out[#out + 1] = l; if n > 2 then rows = rows + 1 end
        else any_row = true end
      end
      if any_row and rows == 0 then out = {} end
    elseif first == "-" then
      for _, l in ipairs(lines) do if not only_gaps(l) then out[#out + 1] = l end end
    elseif only_gaps(b:gsub("\n", " ")) then
      out = {}
    else
      out = lines
    end
    if #out == 0 then dropped[i] = true else blocks[i] = table.concat(out, "\n"); kept[i] = true end
  end
  -- a bold label over what was left out goes too; then from the end a
  -- heading with nothing (or only a smaller heading) under it
  for i, b in ipairs(blocks) do
    if kept[i] and b:match("^%*%*[^\n]*%*%*%s*$") and (dropped[i + 1] or blocks[i + 1] == nil) then
      kept[i], dropped[i] = nil, true
    end
  end
  local next_level
  for i = #blocks, 1, -1 do
    if kept[i] then
      local lvl = heading_level(blocks[i])
      if lvl and (next_level == nil or next_level <= lvl) then
        kept[i] = nil
      else
        next_level = lvl or math.huge
      end
    end
  end
  local out = {}
  for i, b in ipairs(blocks) do if kept[i] then out[#out + 1] = b end end
  if #out == 0 then return draft_section(text, true, mark, W, false, title) end
  local words = template.escape("markdown", W(template.GAP_TEXT))
  local gap_text = mark and ("<evalwiz:g/gap>" .. words .. "<evalwiz:y/gap>") or ("*" .. words .. "*")
  return (table.concat(out, "\n\n"):gsub(DRAFT_GAP, function() return gap_text end)) .. "\n\n"
end

-- The formats, by id, from the one table of them (src/render/formats.c):
-- { id, exts, kind, label, binary, anchors, extras = {dot, diagram,
-- diagram_ascii} }.  anchors: the Markdown marks each answer (src/render
-- turns the marks into ids and bookmarks); extras: what the conversion
-- reads besides the text.
local formats_by_id, formats_list
local function formats()
  if not formats_by_id then
    formats_list, formats_by_id = host.formats(), {}
    for _, f in ipairs(formats_list) do formats_by_id[f.id] = f end
  end
  return formats_by_id, formats_list
end
M.formats = function() local _, list = formats(); return list end

-- anchors: mark each answer; marks: mark the gaps (a format with anchors
-- or made by pandoc, whose conversions read the marks); notes: the review
-- items not resolved after the answers they are on (HTML, with anchors).
local function build(pack, doc, dirs, kind, now, title, anchors, marks, notes, full, listed)
  local view = plan.view(doc)
  -- A draft (a Markdown document of a plan with required questions not yet
  -- answered, unless full): an unanswered question is left out rather than
  -- printed as its label and a mark (show() and gap() give DRAFT_GAP, which
  -- draft_section() takes out with its label, or makes the mark where it
  -- stands inside a sentence), a section with nothing answered is one line,
  -- and the end lists what is still missing.  tally: what the section being
  -- rendered has answered and left unanswered.
  local draft = false
  local tally = { answered = 0, missing = 0 }
  local opt_cache = {}   -- the plan does not change while it is rendered
  local G = {}
  local r
  local function esc(s) return template.escape(r.ctx.kind, s) end
  -- fixed texts in the pack's language (its translation file's words)
  local function W(text) return i18n.word(pack, text) end
  -- words("row {1} changed: {2}", n, text): a fixed text with values, as
  -- plain text (escaped where it is put in), each {N} the Nth value wherever
  -- the translation puts it.
  local function words(text, ...)
    local args = { ... }
    return (string.gsub(W(text), "{(%d)}", function(k) return tostring(args[tonumber(k)] or "") end))
  end
  local translated = pack.lang ~= nil and pack.languages ~= nil and pack.lang ~= pack.languages[1]
  local unanswered = W(template.GAP_TEXT)
  -- The gap mark: the one text (template.GAP_TEXT, in the pack's language),
  -- and for a format whose conversion reads marks, between <evalwiz:g/gap>
  -- and <evalwiz:y/gap> so that it can stand out there (never found by its
  -- words).
  local function gap()
    local k = r.ctx.kind
    if draft then
      tally.missing = tally.missing + 1
      return safe(DRAFT_GAP)
    end
    if k == "markdown" and marks then
      return safe("<evalwiz:g/gap>" .. template.escape("markdown", unanswered) .. "<evalwiz:y/gap>")
    end
    return safe(k == "markdown" and ("*" .. unanswered .. "*") or k == "csv" and unanswered or ("[" .. unanswered .. "]"))
  end

  local function visible(path)
    local step, field = lookup(pack, path)
    if not field then return false end
    return (plan.visible(field, view))
  end

  -- A computed value; a compute function that fails (or runs away) stops
  -- the render naming its own file and line first, then the template's.
  local function computed(step, field)
    local ok, res = plan.call(field.compute, view)
    if ok then return res end
    error({ template_error = true, pack_error = true,
            message = string.format("%s.%s: its compute function failed: %s", step.id, field.id, tostring(res)) }, 0)
  end

  -- The answer (or computed value) at path, its field, and whether the
  -- question is removed (then there is neither).
  local function value_of(path)
    local step, field, sid, fid, removed = lookup(pack, path)
    if removed then return nil, nil, true end
    if field.type == "computed" then return computed(step, field), field end
    local answers = doc.answers[sid]
    return answers and answers[fid], field
  end

  -- One value as text, by the field's type (unescaped).
  local function scalar(field, v)
    if v == nil then return "" end
    local t = field and field.type
    if t == "choice" then return option_label(field, v, view, opt_cache) end
    if t == "multi" and type(v) == "table" then
      local parts = {}
      for i, x in ipairs(v) do parts[i] = option_label(field, x, view, opt_cache) end
      return table.concat(parts, ", ")
    end
    if t == "yesno" then return v and W("Yes") or W("No") end
    if t == "date" then return r.filters.date(v) end
    if type(v) == "number" then
      local unit = field and field.unit
      -- a year is a name, not a quantity: no thousands separator
      if math.type(v) == "integer" and field and string.find(field.id, "year$") then return tostring(v) end
      local text = template.num_text(v, field and field.decimals)
      if unit == "£" then
        -- pounds and pence read as money: £27.20, never £27.2
        if not (field and field.decimals) and v ~= math.floor(v) then text = template.num_text(v, 2) end
        return (text:gsub("^(%-?)", "%1£"))
      end
      if unit == "%" then return text .. "%" end
      return text .. (unit and (" " .. unit) or "")
    end
    return plain(v)
  end

  -- scalar() for the cells of a records answer, column i being c, with the
  -- common cells (a text, a choice's label) done here: tables in a large
  -- plan have thousands of rows.  The same text as scalar(c, cv).
  local function cell_texts()
    local sets = {}
    local function set_of(i, c)
      local set = sets[i]
      if not set then
        local _, s = plan.options_in(c, view, opt_cache)
        set = s
        sets[i] = set
      end
      return set
    end
    return function(i, c, cv)
      local t = c.type
      if (t == "text" or t == "textarea") and type(cv) == "string" then return cv end
      if t == "choice" then
        local o = set_of(i, c)[cv]
        if o then return o.label or tostring(cv) end
        return tostring(cv)
      end
      if t == "multi" and type(cv) == "table" then
        local set, parts = set_of(i, c), {}
        for k, x in ipairs(cv) do
          local o = set[x]
          parts[k] = o and (o.label or tostring(x)) or tostring(x)
        end
        return table.concat(parts, ", ")
      end
      return scalar(c, cv)
    end
  end

  local is_empty, escape_cell = plan.is_empty, template.escape_cell

  local function records_table(field, rows)
    local k = r.ctx.kind
    local cols = field.columns
    local cell = cell_texts()
    if k == "markdown" then
      local head, rule = {}, {}
      for i, c in ipairs(cols) do
        head[i] = escape_cell(c.label or c.id)
        rule[i] = "---"
      end
      -- numbers and amounts line up on the right
      for i, c in ipairs(cols) do
        if c.type == "number" then rule[i] = "---:" end
      end
      local out = { "| " .. table.concat(head, " | ") .. " |", "| " .. table.concat(rule, " | ") .. " |" }
      local ncols, cells = #cols, {}
      for _, row in ipairs(rows) do
        local is_row = type(row) == "table"
        for i = 1, ncols do
          local c = cols[i]
          -- not `is_row and row[c.id] or nil`: that turns a false answer into nil
          local cv = nil
          if is_row then cv = row[c.id] end
          -- is_empty(cv), inline: this runs for every cell
          if cv == nil or cv == "" or (type(cv) == "table" and next(cv) == nil) then cells[i] = " "
          else cells[i] = escape_cell(cell(i, c, cv)) end
        end
        out[#out + 1] = "| " .. table.concat(cells, " | ", 1, ncols) .. " |"
      end
      return table.concat(out, "\n") .. "\n"
    end
    local out = {}
    for n, row in ipairs(rows) do
      local cells = {}
      for i, c in ipairs(cols) do
        local cv = nil
        if type(row) == "table" then cv = row[c.id] end
        if not is_empty(cv) then cells[#cells + 1] = (c.label or c.id) .. ": " .. cell(i, c, cv) end
      end
      out[#out + 1] = (k == "text" and (n .. ". ") or "") .. table.concat(cells, "; ")
    end
    if k == "csv" then return esc(table.concat(out, "\n")) end
    return table.concat(out, "\n") .. "\n"
  end

  -- show("step.field"): the answer formatted for the document, the gap
  -- mark when it is empty, nothing when the field is hidden.
  local function shown(path, fallback)
    local v, field, removed = value_of(path)
    if removed or not plan.visible(field, view) then return safe(""), false, true end
    if plan.is_empty(v) then
      if fallback ~= nil then return fallback end
      return gap(), false, false, true
    end
    tally.answered = tally.answered + 1
    local t = field and field.type
    if t == "list" and type(v) == "table" then
      if r.ctx.kind == "csv" then return esc(table.concat(v, "; ")) end
      local out = {}
      for _, item in ipairs(v) do out[#out + 1] = "- " .. esc(plain(item)) end
      return safe(table.concat(out, "\n") .. "\n"), true
    end
    if t == "records" and type(v) == "table" then
      return safe(records_table(field, v)), true
    end
    -- text is escaped where it is printed, knowing where on the line it falls
    if not field and type(v) == "table" then return plain(v) end
    return scalar(field, v)
  end

  -- The marks around an answer (a format with anchors): <evalwiz:a/ID> and
  -- <evalwiz:z/ID> around one within a line, paragraphs of their own
  -- <evalwiz:b/ID> and <evalwiz:e/ID> around a list or table.  They are
  -- autolinks, which an answer's own text can never make (its < is
  -- escaped).  Each question is anchored where it is first shown only:
  -- names must be unique in a document.
  local anchored = {}
  -- The review notes on a question (notes): after its answer, between
  -- <evalwiz:n/ID> and <evalwiz:m/ID>, which src/render makes a note.
  local notes_on
  local function note_marks(sid, fid, id)
    if not notes then return "" end
    if not notes_on then
      notes_on = {}
      for _, it in ipairs(require("evalwiz.review").for_document(pack, doc, nil, nil, words)) do
        if it.status ~= "resolved" and it.path ~= "general" then
          notes_on[it.path] = notes_on[it.path] or {}
          table.insert(notes_on[it.path], it)
        end
      end
    end
    local out = {}
    for _, it in ipairs(notes_on[sid .. "." .. fid] or {}) do
      local who = it.author ~= "" and (" (" .. it.author .. ")") or ""
      local words = it.comment
      if it.proposed then words = words .. " \u{2014} " .. W("proposed") .. ": " .. it.proposed end
      if it.reply ~= "" then words = words .. " \u{2014} " .. W("reply") .. ": " .. it.reply end
      out[#out + 1] = "<evalwiz:n/" .. id .. ">**" .. template.escape_inline(W("Review") .. " #" .. tostring(it.id)) .. "**"
        .. template.escape_inline(who .. ": " .. words:gsub("%s*\n%s*", " ")) .. "<evalwiz:m/" .. id .. ">"
    end
    return table.concat(out)
  end
  function G.show(path, fallback)
    local out, block, hidden, missing = shown(path, fallback)
    if (missing and draft) or hidden or not anchors or r.ctx.kind ~= "markdown" or anchored[path] then return out end
    anchored[path] = true
    local sid, fid = string.match(path, "^([%w_]+)%.([%w_]+)$")
    local id = anchor_id(sid, fid)
    if block then
      local text = tostring(out)
      if string.sub(text, -1) ~= "\n" then text = text .. "\n" end
      local n = note_marks(sid, fid, id)
      return safe("<evalwiz:b/" .. id .. ">\n\n" .. text .. "\n<evalwiz:e/" .. id .. ">\n" .. (n ~= "" and ("\n" .. n .. "\n") or ""))
    end
    local text
    if template.is_safe(out) then text = out.s else text = template.escape_inline(plain(out)) end
    return safe("<evalwiz:a/" .. id .. ">" .. text .. "<evalwiz:z/" .. id .. ">" .. note_marks(sid, fid, id))
  end

  -- anchor_start(path) and anchor_end(path): the marks around an answer a
  -- template prints itself (a table of its own made from rows()), so that
  -- it carries its anchor as show() would; nothing when there are none.
  function G.anchor_start(path)
    if not anchors or r.ctx.kind ~= "markdown" or anchored[path] then return safe("") end
    local sid, fid = lookup(pack, path)
    anchored[path] = true
    sid, fid = string.match(path, "^([%w_]+)%.([%w_]+)$")
    return safe("<evalwiz:b/" .. anchor_id(sid, fid) .. ">\n")
  end
  function G.anchor_end(path)
    if not anchors or r.ctx.kind ~= "markdown" then return safe("") end
    local sid, fid = string.match(tostring(path), "^([%w_]+)%.([%w_]+)$")
    if not sid then return safe("") end
    return safe("\n<evalwiz:e/" .. anchor_id(sid, fid) .. ">\n")
  end

  -- The raw answer (nil when hidden or unanswered), for conditions and loops.
  function G.get(path)
    local v, field, removed = value_of(path)
    if removed or not plan.visible(field, view) then return nil end
    if plan.is_empty(v) then return nil end
    tally.answered = tally.answered + 1
    return read_only(v)
  end

  -- heading("step.field", "The problem"): the template's own words for a
  -- question, unless an extending pack changed the question (relabelled,
  -- replaced or added it): then its new words, so a template written for
  -- the base pack shows the extension's questions without being copied.
  -- It ends as a heading before an answer does: with a colon, unless it
  -- is a question or ends in a stop already.
  function G.heading(path, words)
    local _, field = lookup(pack, path)
    local text = words or (field and field.label) or tostring(path)
    if field and (field.relabelled or field.added) and field.label then text = field.label end
    -- in another language: the template's words translated, else the
    -- question as the pack's translation asks it
    if translated and text == words then
      local w = W(words)
      text = w ~= words and w or (field and field.label) or w
    end
    if not string.find(text, "[%?:%.!]$") then text = text .. ":" end
    return text
  end

  function G.label(path)
    local _, field, sid, fid = lookup(pack, path)
    return field and field.label or (sid .. "." .. fid)
  end

  -- option("step.field", value): the label of a choice value.
  function G.option(path, value)
    local _, field = lookup(pack, path)
    if not field then return value end
    return option_label(field, value, view, opt_cache)
  end

  -- column_option("step.field", "column", value): the label of a choice
  -- value in a records column.
  function G.column_option(path, column, value)
    local _, field = lookup(pack, path)
    if not field or not field.columns then return value end
    for _, c in ipairs(field.columns) do
      if c.id == column and (c.type == "choice" or c.type == "multi") then return option_label(c, value, view, opt_cache) end
    end
    return value
  end

  -- option_help("step.field", value): the pack's explanation of a choice.
  function G.option_help(path, value)
    local _, field = lookup(pack, path)
    if not field or (field.type ~= "choice" and field.type ~= "multi") then return nil end
    local _, set = plan.options_in(field, view, opt_cache)
    local o = set[value]
    return o and o.help
  end

  G.visible = visible
  G.answered = function(path) return G.get(path) ~= nil end

  -- rows("step.field"): a records answer as a list of rows whose choice
  -- cells read as their labels.
  function G.rows(path)
    local v, field = value_of(path)
    if not field or field.type ~= "records" or type(v) ~= "table" or not plan.visible(field, view) then return {} end
    local out = {}
    local cell = cell_texts()
    for i, row in ipairs(v) do
      local copy = {}
      if type(row) == "table" then
        for ci, c in ipairs(field.columns) do
          local cv = row[c.id]
          if not is_empty(cv) then copy[c.id] = (c.type == "number" or c.type == "yesno") and cv or cell(ci, c, cv) end
        end
      end
      out[i] = copy
    end
    return out
  end

  -- Answers all the way down are read-only: a template must not change
  -- the plan it prints (the wizard saves it afterwards).
  local answers_ro = setmetatable({}, {
    __index = function(_, sid)
      local st = doc.answers[sid]
      if st == nil and not pack.by_id[sid] then
        local ids = {}
        for _, s in ipairs(pack.steps) do ids[#ids + 1] = s.id end
        error(string.format("the pack %s has no step %s%s", pack.id, tostring(sid), require("evalwiz.api").suggest(sid, ids)), 2)
      end
      local step = pack.by_id[sid]
      local ro = read_only(type(st) == "table" and st or {})
      if not step then return ro end
      -- a.step.field of a question the step does not have (and the plan
      -- does not hold) is a misspelling
      return setmetatable({}, {
        __index = function(_, fid)
          if step.by_id[fid] == nil and (type(st) ~= "table" or st[fid] == nil)
              and not (pack.removed and pack.removed[sid .. "." .. tostring(fid)]) then
            local ids = {}
            for _, f in ipairs(step.fields) do ids[#ids + 1] = f.id end
            error(string.format("the step %s has no question %s%s", sid, tostring(fid), require("evalwiz.api").suggest(fid, ids)), 2)
          end
          return ro[fid]
        end,
        __newindex = function() error("answers are read-only in templates", 2) end,
        __pairs = function() return pairs(ro) end,
        __len = function() return #ro end,
        __metatable = false,
      })
    end,
    __newindex = function() error("answers are read-only in templates", 2) end,
    __metatable = false,
  })
  G.answers = answers_ro
  G.a = answers_ro
  -- computed.step.field: a computed question's value (nil when it cannot
  -- be worked out yet); a name that is no computed question is an error.
  G.computed = setmetatable({}, {
    __index = function(_, sid)
      return setmetatable({}, { __index = function(_, fid)
        local step, f, _, _, removed = lookup(pack, tostring(sid) .. "." .. tostring(fid))
        if removed then return nil end
        if f.type ~= "computed" then
          error(string.format("%s.%s is a question, not a computed value: use get(\"%s.%s\") or show(...)", sid, fid, sid, fid), 2)
        end
        return read_only(computed(step, f))
      end })
    end,
  })
  local meta = {}
  for k, v in pairs(doc.meta or {}) do meta[k] = v end
  G.meta = read_only(meta)
  G.now = now
  G.title = title
  G.today = now and now:sub(1, 10) or nil
  -- One check of the plan for the whole render: the steps' statuses and
  -- the gaps at the end share it (and the options worked out for it).
  local problems = plan.check(pack, doc, view, opt_cache)
  -- the required questions the reader sees, and how many are answered
  local required, missing = 0, 0
  for _, p in ipairs(problems) do if p.kind == "missing" then missing = missing + 1 end end
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do
      if f.required and f.type ~= "note" and f.type ~= "computed" and plan.visible(f, view) then required = required + 1 end
    end
  end
  draft = kind == "markdown" and not full and missing > 0
  G.draft = draft
  -- gaps: how many required questions are not yet answered (a template's
  -- opening may say how they are shown when there are some)
  G.gaps = missing
  -- draft_note(): the note at the top of a draft: how many of the plan's
  -- questions are answered, and when; between <evalwiz:d/note> and
  -- <evalwiz:f/note> (a format whose conversion reads marks), which
  -- src/render makes a box that stands out.
  G.draft_note = function()
    if not draft then return safe("") end
    -- listed: where the template says what is missing (list, count or none)
    local say = listed == "count" and "{1} of {2} questions answered so far, {3}; the full plan lists what is still missing."
      or listed == "none" and "{1} of {2} questions answered so far, {3}."
      or "{1} of {2} questions answered so far, {3}; what is still missing is listed at the end."
    local text = "**" .. template.escape_inline(W("Draft")) .. "** \u{2014} "
      .. template.escape_inline(words(say, required - missing, required, now and r.filters.date(now:sub(1, 10)) or ""))
    if marks then return safe("<evalwiz:d/note>\n\n" .. text .. "\n\n<evalwiz:f/note>\n") end
    return safe(text .. "\n")
  end
  local by_step = plan.problems_by_step(problems)
  local steps = {}
  for i, s in ipairs(pack.steps) do
    -- the questions a reader sees: every shown one but notes
    local fields = {}
    for _, f in ipairs(s.fields) do
      if f.type ~= "note" and plan.visible(f, view) then
        fields[#fields + 1] = { path = s.id .. "." .. f.id, label = f.label or f.id, type = f.type }
      end
    end
    steps[i] = { id = s.id, number = s.number, title = s.title, purpose = s.purpose, level = s.level, leads_to = s.leads_to,
                 status = (plan.status_of(s, doc, view, by_step[s.id] or {})), fields = fields }
  end
  G.pack = read_only({ id = pack.id, version = pack.version, title = pack.title, steps = steps })
  -- has_step("id"): whether the plan's pack has the step (an
  -- extending pack may hide a step of the pack a template was written for).
  G.has_step = function(id)
    if pack.by_id[id] then return true end
    if pack.hidden_steps and pack.hidden_steps[id] then return false end
    local ids = {}
    for _, s in ipairs(pack.steps) do ids[#ids + 1] = s.id end
    error(string.format("the pack %s has no step %s%s", pack.id, tostring(id), require("evalwiz.api").suggest(id, ids)), 2)
  end
  G.step = function(id)
    for _, s in ipairs(steps) do if s.id == id then return read_only(s) end end
    local ids = {}
    for _, s in ipairs(steps) do ids[#ids + 1] = s.id end
    error(string.format("the pack %s has no step %s%s", pack.id, tostring(id), require("evalwiz.api").suggest(id, ids)), 2)
  end
  G.gap = gap
  -- t("Theory of change"): a template's fixed text in the plan's language.
  -- With values, t("{1} months after allocation", n): each {N} is the Nth
  -- value (formatted text as it is, other text escaped), wherever the
  -- translation puts it.
  G.t = function(text, ...)
    local w = W(tostring(text))
    local n = select("#", ...)
    if n == 0 then return safe(w) end
    local args = { ... }
    w = string.gsub(w, "{(%d)}", function(k)
      local v = args[tonumber(k)]
      if v == nil then return "" end
      if template.is_safe(v) then return v.s end
      return esc(tostring(v))
    end)
    return safe(w)
  end
  G.lang = pack.lang
  -- What an extending pack brought (pack.lua marks them added): its own
  -- steps whole, and the questions it added to or replaced in the base
  -- pack's steps.  [{id, number, title, new, fields = [{path, label, type}]}]
  -- in pack order, so that a generic section of a template can list them.
  local additions = {}
  for _, s in ipairs(pack.steps) do
    local fields = {}
    for _, f in ipairs(s.fields) do
      if (s.added or f.added) and f.type ~= "note" and plan.visible(f, view) then
        fields[#fields + 1] = { path = s.id .. "." .. f.id, label = f.label or f.id, type = f.type }
      end
    end
    if #fields > 0 then
      additions[#additions + 1] = { id = s.id, number = s.number, title = s.title, new = s.added and true or false, fields = fields }
    end
  end
  G.additions = function() return read_only(additions) end
  -- The pack's diagram (the default pack's logic model).
  local model = diagram.model(view, pack.diagram)
  G.diagram = read_only({
    mermaid = function() return safe(diagram.mermaid(model)) end,
    -- the figure as Mermaid blocks, one a part (diagram.parts): a large
    -- model becomes several figures that each print at full size
    figures = function()
      local blocks = {}
      for i, part in ipairs(diagram.parts(model)) do
        blocks[i] = "```mermaid\n" .. diagram.mermaid(part) .. "```\n"
      end
      return safe(table.concat(blocks, "\n"))
    end,
    dot = function(title) return safe(diagram.dot(model, title)) end,
    -- the boxes' text band by band, [{ title, boxes = [text] }], for a
    -- list under the figure: in Word and ODT the figure is a picture
    bands = function()
      local out = {}
      for i, c in ipairs(model.columns) do
        local boxes = {}
        for k, n in ipairs(c.nodes) do boxes[k] = n.label end
        out[i] = { title = c.title, boxes = boxes }
      end
      return out
    end,
    text = function(width, ascii) return safe(table.concat(diagram.text(model, width or 72, ascii), "\n") .. "\n") end,
    empty = diagram.is_empty(model),
  })
  -- The calculators, when this build has them.
  local power, econ = optional("power"), optional("econ")
  G.calc = (power or econ) and read_only({ power = power, econ = econ }) or nil
  G.plan = read_only({ meta = meta, pack = pack.id })
  -- The partner's review and the team's answers (review.lua), for a
  -- "response to review" appendix: review() is [{ id, kind, question (its
  -- label, or "General"), path, author, date, comment, quote, reply (the
  -- replies, one a line), status, outcome (what became of it), proposed }].
  -- The changes since the version sent last (versions.lua, compared by
  -- diff.lua), for a "changes since version N" section: changes() is nil
  -- when no version was sent, else { since (N), date, count, steps =
  -- [{ step, number, title, changes = [{ kind (added, removed, changed),
  -- path, label, old, new, items = [text] }] }] }.
  local since
  local function changes()
    if since == nil then
      local ok, res = pcall(require("evalwiz.versions").changes, pack, doc)
      since = ok and res or false
    end
    return since or nil
  end
  G.changes = function()
    local c = changes()
    if not c then return nil end
    local steps = {}
    for _, st in ipairs(c.steps) do
      local list = {}
      for _, ch in ipairs(st.changes) do
        local items = {}
        for _, it in ipairs(ch.items or {}) do
          if it.columns then
            local cols = {}
            for _, col in ipairs(it.columns) do
              if col.old and col.new then
                cols[#cols + 1] = words("{1} was {2}, now {3}", col.label, col.old, col.new)
              elseif col.old then
                cols[#cols + 1] = words("{1} was {2}", col.label, col.old)
              else
                cols[#cols + 1] = words("{1} now {2}", col.label, col.new or "")
              end
            end
            items[#items + 1] = words("row {1} changed: {2}", it.item, table.concat(cols, "; "))
          else
            items[#items + 1] = words("item {1} " .. tostring(it.kind) .. ": {2}", it.item, it.text)
          end
        end
        -- one line each: a list item in the document
        local function line(t) return t and (t:gsub("^%s+", ""):gsub("%s+$", ""):gsub("%s*\n%s*", " / ")) or nil end
        for i, x in ipairs(items) do items[i] = line(x) end
        list[#list + 1] = { kind = ch.kind, path = ch.path, label = ch.label, old = line(ch.old), new = line(ch.new),
                            items = #items > 0 and items or nil }
      end
      steps[#steps + 1] = { step = st.step, number = st.number, title = st.title, changes = list }
    end
    return read_only({ since = c.since, date = tostring(c.date or ""):sub(1, 10), count = c.count, steps = steps })
  end
  G.review = function()
    local c = changes()
    return read_only(require("evalwiz.review").for_document(pack, doc, c and c.paths, c and c.since, words))
  end
  -- What the pack declares, worked out once: its facts, its checks (all of
  -- them, and those of kind health on their own), its advisor and advice.
  local plancheck = require("evalwiz.plancheck")
  local plan_facts
  if pack.facts then
    local ok, res = pcall(plancheck.facts, pack, view)
    if ok then plan_facts = res end
  end
  G.plan_facts = plan_facts and read_only(plan_facts)
  local checks = plancheck.run(pack, view)
  G.checks = read_only(checks)
  local health = {}
  for _, c in ipairs(checks) do if c.kind == "health" then health[#health + 1] = c end end
  G.health_check = #health > 0 and read_only(health) or nil
  G.advise = read_only(pack.advisor)
  G.facts = read_only(pack.facts)
  if plan_facts and pack.advisor then
    local ok, res = pcall(pack.advisor.advise, plan_facts)
    if ok and type(res) == "table" then G.advice = read_only(res) end
  end
  r = template.renderer({
    kind = kind, dirs = dirs, globals = G,
    -- names a template may test that are nil for some packs and plans
    declared = { "health_check", "advice", "plan_facts", "calc", "advise", "facts", "today", "now", "title" },
    label = function(path, v) return G.option(path, v) end,
    gap = gap,
    translate = W,
    section = function(when, sec, text, heading)
      if not draft then return text end
      if when == "start" then
        tally.answered, tally.missing = 0, 0
        return nil
      end
      return draft_section(text, heading ~= nil and tally.answered == 0 and tally.missing > 0, marks, W, sec.draft == "full", heading)
    end,
  })
  return r, model, problems, draft
end
M.build = build

-- The open plan's logic model as text lines fitting cols cells, for the
-- wizard (ascii: no box-drawing characters).
function M.diagram_text(cols, ascii)
  local doc = core.state.doc
  if not doc then error("no plan open", 0) end
  local lines = diagram.text(diagram.model(plan.view(doc), core.state.pack and core.state.pack.diagram), cols, ascii)
  return plan.seq(lines)
end

-- HTML draws the logic model as SVG through Graphviz's dot when it has at
-- most this many boxes, else as the text diagram: dot takes about 0.1 s of
-- processor time for a thousand boxes but 1.7 s for ten thousand, and no
-- page shows a figure that large legibly.
local MAX_SVG_BOXES = 1000

local function boxes_in(model)
  local n = 0
  for _, c in ipairs(model.columns) do n = n + #c.nodes end
  return n
end

-- The DOT of each part of the model (diagram.parts), a form feed between
-- them: the picture of each of the document's Mermaid blocks in turn.
local function dot_parts(model)
  local dots = {}
  for i, part in ipairs(diagram.parts(model)) do dots[i] = diagram.dot(part, nil) end
  return table.concat(dots, "\f")
end

-- Renders the open plan.  name: template id; format: md, html, tex, docx,
-- odt, pdf, csv, dot, txt; dirs: template folders; now: ISO time; opts:
-- { review = true: the review items not resolved beside their answers (HTML) }.
-- Returns { text, kind, title, format, dot, diagram, gaps = { {path, step, label} } }.
function M.render(name, format, dirs, now, opts)
  local pack, doc = core.state.pack, core.state.doc
  if not pack then error("no pack loaded", 0) end
  if not doc then error("no plan open", 0) end
  local as_version = type(opts) == "table" and math.tointeger(tonumber(opts.version)) or nil
  if as_version then
    -- the document of the version about to be sent (versions.next): the
    -- plan as it is with meta.version that, the open plan unchanged
    local meta = {}
    for k, v in pairs(doc.meta or {}) do meta[k] = v end
    meta.version = as_version
    local view = {}
    for k, v in pairs(doc) do view[k] = v end
    view.meta = setmetatable(meta, getmetatable(doc.meta))
    doc = setmetatable(view, getmetatable(doc))
  end
  dirs = folders(dirs)
  local function fit_names()
    local names = {}
    for _, t in ipairs(fitting(dirs)) do names[#names + 1] = t.id end
    return #names > 0 and table.concat(names, ", ") or "none"
  end
  if name == nil or name == "" then
    name = M.default_name(dirs)
    if not name then
      return { refuse = string.format("the pack %s names no default template: choose one with -t (the templates for it are: %s)",
        pack.id, fit_names()) }
    end
  end
  local path = template.find(dirs, name)
  if not path then
    error(string.format("no template %q; the templates for the pack %s are: %s", tostring(name), pack.id, fit_names()), 0)
  end
  -- load once to learn the kind, then with a renderer of that kind
  local r0 = template.renderer({ kind = "text", dirs = dirs, globals = {} })
  local probe = r0.load(name)
  if not template.fits(probe.pack, pack.ids) then
    local want = template.pack_ids(probe.pack)
    return { refuse = string.format("the template %s is for the pack %s, and this plan follows the pack %s; the templates for it are: %s",
      name, table.concat(want, " or "), pack.id, fit_names()) }
  end
  local by_id, list = formats()
  if format == nil or format == "" then
    -- the kind's default, as the table of formats says
    for _, f in ipairs(list) do
      if f.default and f.kind == probe.kind then format = f.id break end
    end
  end
  local variant = probe.variants[format]
  local kind = variant and variant.kind or probe.kind
  local spec = by_id[format]
  if not variant and not (spec and spec.kind == probe.kind) then
    local names = {}
    for _, f in ipairs(list) do if f.kind == probe.kind then names[#names + 1] = f.id end end
    for f in pairs(probe.variants) do names[#names + 1] = f end
    table.sort(names)
    return { refuse = string.format("the template %s cannot make %s; it makes %s", name, format, table.concat(names, ", ")) }
  end
  local title = plan.title_answer(pack, doc) or (doc.meta and doc.meta.title) or "Evaluation plan"
  local marks = (formats()[format] or {}).marks and kind == "markdown"
  local review = type(opts) == "table" and opts.review == true and format == "html" and kind == "markdown"
  -- the review notes sit beside their questions, answered or not: a
  -- review document shows every question (a draft leaves unanswered ones out)
  local r, model, problems, draft = build(pack, doc, dirs, kind, now, title, (formats()[format] or {}).anchors and kind == "markdown",
    marks, review, (type(opts) == "table" and opts.full == true) or review, variant and "none" or probe.gaps)
  local t = r.load(name)
  local sections = variant and t.variants[format].sections or t.sections
  local body = template.run(r, t, sections, kind)
  -- the gaps: required questions the plan has not answered
  local gaps = plan.seq()
  for _, p in ipairs(problems) do
    if p.kind == "missing" then
      local step = pack.by_id[p.step]
      local field = step and step.by_id[p.field]
      gaps[#gaps + 1] = { path = p.path, step = step and step.title or p.step,
                          label = field and field.label or p.field }
    end
  end
  -- The gaps as a list, step by step in the questions' own words (never
  -- their ids, which mean nothing to a reader), onto lines.
  local function list_gaps(lines)
    local step
    for _, g in ipairs(gaps) do
      if g.step ~= step then
        step = g.step
        lines[#lines + 1] = kind == "markdown" and ("\n**" .. template.escape("markdown", g.step) .. "**\n\n") or ("\n" .. g.step .. "\n\n")
      end
      lines[#lines + 1] = "- " .. (kind == "markdown" and template.escape("markdown", g.label) or g.label) .. "\n"
    end
  end
  -- lines after the body, a blank line between (the ends compared, not
  -- matched: a pattern ending in $ is tried at every position of the whole
  -- document)
  local function add_after(lines)
    if #lines == 0 then return end
    if body ~= "" and string.sub(body, -2) ~= "\n\n" then body = body .. (string.sub(body, -1) == "\n" and "\n" or "\n\n") end
    body = body .. table.concat(lines)
  end
  local W = function(text) return i18n.word(pack, text) end
  if draft and #gaps > 0 and not variant and t.gaps ~= "none" then
    -- a draft's end: what is still missing, step by step in the questions'
    -- own words; a step with nothing answered is one line of the list of
    -- steps not started (its questions would fill pages)
    local e = function(x) return template.escape("markdown", x) end
    local lines = { "## " .. e(W("What is still missing")) .. "\n\n" }
    if marks then lines[#lines + 1] = "<evalwiz:d/missing>\n\n" end
    if t.gaps == "count" then
      local translated = pack.lang ~= nil and pack.languages ~= nil and pack.lang ~= pack.languages[1]
      lines[#lines + 1] = e(translated and string.format(W("Questions still to answer: %d."), #gaps)
        or string.format("This plan is not finished: %d question%s still %s an answer (the full plan lists them).",
          #gaps, #gaps == 1 and "" or "s", #gaps == 1 and "needs" or "need")) .. "\n\n"
    else
      local started = {}
      for _, s in ipairs(pack.steps) do
        local a = doc.answers[s.id]
        for _, f in ipairs(s.fields) do
          if f.type ~= "note" and f.type ~= "computed" and type(a) == "table" and not plan.is_empty(a[f.id]) then
            started[s.title] = true
            break
          end
        end
      end
      local idle, count, order = {}, {}, {}
      for _, g in ipairs(gaps) do
        if not count[g.step] then order[#order + 1] = g.step; count[g.step] = 0 end
        count[g.step] = count[g.step] + 1
      end
      for _, st in ipairs(order) do
        if not started[st] then
          idle[#idle + 1] = "- " .. e((string.gsub(W(count[st] == 1 and "{1} (1 question)" or "{1} ({2} questions)"), "{(%d)}",
            function(k) return k == "1" and st or tostring(count[st]) end))) .. "\n"
        end
      end
      if #idle > 0 then
        lines[#lines + 1] = "**" .. e(W("Not started yet")) .. "**\n\n" .. table.concat(idle) .. "\n"
      end
      local step
      for _, g in ipairs(gaps) do
        if started[g.step] then
          if g.step ~= step then
            step = g.step
            lines[#lines + 1] = "\n**" .. e(g.step) .. "**\n\n"
          end
          lines[#lines + 1] = "- " .. e(g.label) .. "\n"
        end
      end
      lines[#lines + 1] = "\n"
    end
    if marks then lines[#lines + 1] = "<evalwiz:f/missing>\n" end
    add_after(lines)
  elseif #gaps > 0 and not variant and t.gaps ~= "none" and pack.lang ~= nil and pack.languages ~= nil
    and pack.lang ~= pack.languages[1] then
    -- another language: the words of the pack's translation, one form for
    -- any number (%d is the number of questions)
    local lines = {}
    local head, unfinished = i18n.word(pack, "Not yet answered"),
      string.format(i18n.word(pack, "Questions still to answer: %d."), #gaps)
    if t.gaps == "count" and kind ~= "csv" then
      lines[#lines + 1] = kind == "markdown" and string.format("## %s\n\n%s\n", head, unfinished)
        or string.format("%s\n%s\n\n%s\n", head, string.rep("=", utf8.len(head) or #head), unfinished)
    elseif kind == "markdown" or kind == "text" then
      lines[#lines + 1] = kind == "markdown" and string.format("## %s\n\n%s\n\n", head, unfinished)
        or string.format("%s\n%s\n\n", head, string.rep("=", utf8.len(head) or #head))
      list_gaps(lines)
    end
    add_after(lines)
  elseif #gaps > 0 and not variant and t.gaps ~= "none" then
    local lines = {}
    if t.gaps == "count" and kind ~= "csv" then
      lines[#lines + 1] = string.format(kind == "markdown" and "## Not yet answered\n\n%s\n" or "Not yet answered\n================\n\n%s\n",
        string.format("This plan is not finished: %d question%s still %s an answer (the full plan lists them).",
          #gaps, #gaps == 1 and "" or "s", #gaps == 1 and "needs" or "need"))
    elseif kind == "markdown" then
      -- a draft's list of what is missing
      lines[#lines + 1] = "## Not yet answered\n\n"
      lines[#lines + 1] = string.format("This plan is a draft: %d question%s still %s an answer.\n",
        #gaps, #gaps == 1 and "" or "s", #gaps == 1 and "needs" or "need")
      list_gaps(lines)
    elseif kind == "text" then
      lines[#lines + 1] = "Not yet answered\n================\n"
      list_gaps(lines)
    end
    add_after(lines)
  end
  if kind == "markdown" or kind == "text" then
    -- partials and skipped answers leave runs of blank lines: keep one
    body = squeeze_blank_lines(body)
    body = string.gsub(body, "^\n+", "")
  end
  -- What the format's conversion reads besides the text (render_convert
  -- puts the picture or a text diagram in place of the Mermaid block):
  -- the DOT source for a picture, the text diagram (ASCII for LaTeX).  Each
  -- is as long as the logic model, so a large plan rendered to Markdown
  -- does not pay for them; a format of a template's own (a variant) gets
  -- them all.
  local need = spec and spec.extras or { dot = true, diagram = true, diagram_ascii = true }
  local identity = M.identity(pack, doc)
  return {
    text = body,
    kind = kind, title = title, format = format, template = t.id,
    dot = need.dot and boxes_in(model) <= MAX_SVG_BOXES and dot_parts(model) or nil,
    diagram = need.diagram and table.concat(diagram.text(model, 72, false), "\n") .. "\n" or nil,
    diagram_ascii = need.diagram_ascii and table.concat(diagram.text(model, 72, true), "\n") .. "\n" or nil,
    gaps = gaps,
    plan_id = identity.id, plan_version = identity.version, pack_ref = identity.pack,
  }
end

return M
