-- core.lua: the session the C side drives: one pack, one plan.  Every
-- function takes and returns plain data (text, numbers, lists, records).
local pack_mod = require("evalwiz.pack")
local plan = require("evalwiz.plan")
local i18n = require("evalwiz.i18n")

local M = {}

-- gen counts changes to the open plan's answers, so that views of them
-- (the wizard's screens and step statuses) can be kept until it moves.
local state = { pack = nil, doc = nil, name = nil, positions = {}, gen = 0 }
M.state = state

-- Says that the open plan changed: the answer at step.field (both nil:
-- anything may have), or what ("title").
function M.changed(step_id, field_id, what)
  state.gen = state.gen + 1
  local l = state.listener
  if l then l(step_id, field_id, what) end
end

-- The one function told of every change (ui.lua's cache of what the
-- screens show), or nil.
function M.listen(fn)
  state.listener = fn
end

-- bases (from C) says where extends = "id" looks, in the order of the pack
-- path: { search = { folders holding packs by id }, default = the folder of
-- the built-in pack found when no folder has one, default_id = its id }.
local function resolver(bases)
  if type(bases) ~= "table" then return nil end
  return function(id)
    if type(id) ~= "string" or not id:match("^[%w_%.%-]+$") or id:match("^%.") then return nil end
    for _, d in ipairs(bases.search or {}) do
      local names = host.listdir(d .. "/" .. id)
      if names then
        for _, n in ipairs(names) do
          if n == "pack.lua" then return d .. "/" .. id, d .. "/" .. id end
        end
      end
    end
    if id == bases.default_id and bases.default then return bases.default, "wizard" end
    return nil
  end
end
M.resolver = resolver

-- The language asked for (--lang, or nil) and the locale's variables
-- ({ LANGUAGE, LC_ALL, LC_MESSAGES, LANG }), for choosing the language of
-- the pack's texts (i18n.choose); before load_pack.
function M.set_lang(asked, env)
  state.lang_asked = type(asked) == "string" and asked ~= "" and asked or nil
  state.locale = i18n.from_locale(env)
  return { locale = plan.seq(state.locale) }
end

-- Puts the pack in the language chosen for this session and plan; returns
-- the language and a note when one asked for is not there.
local function use_language()
  local pack = state.pack
  local meta = state.doc and state.doc.meta
  local lang, note = i18n.choose(pack.languages, state.lang_asked, meta and meta.lang, state.locale, pack.id)
  if lang ~= pack.lang then
    i18n.apply(pack, lang)
    M.changed()
  end
  return lang, note
end

-- The language of the pack's texts now, and the languages it has.
function M.language()
  local pack = state.pack
  return { lang = pack and pack.lang, languages = pack and plan.seq(pack.languages) or plan.seq() }
end

function M.load_pack(dir, display, bases)
  -- remembered so that a reload (Ctrl-R in the wizard) finds the same base packs
  state.bases = bases or state.bases
  state.pack_dir, state.pack_display = dir, display
  state.pack = pack_mod.load(dir, display, resolver(state.bases))
  local lang, note = use_language()
  return { id = state.pack.id, version = state.pack.version, title = state.pack.title,
           steps = #state.pack.steps, lang = lang, lang_note = note }
end

-- What evalwiz packs lists about the pack in dir: { id, version, title,
-- description, extends } or { error = why it does not load }.
function M.pack_info(dir, display, bases)
  local ok, p = pcall(pack_mod.load, dir, display, resolver(bases or state.bases))
  if not ok then return { error = tostring(p) } end
  return setmetatable({ id = p.id, version = p.version, title = p.title, description = p.description,
    extends = p.base and p.base.id or nil, steps = #p.steps },
    { __order = { "id", "version", "title", "description", "extends", "steps" } })
end

-- Loads the same pack again from disk, keeping the open plan's answers.
-- On a mistake in the pack the old one stays loaded and the error is raised.
function M.reload_pack()
  if not state.pack_dir then error("no pack loaded", 0) end
  local pack = pack_mod.load(state.pack_dir, state.pack_display, resolver(state.bases))
  state.pack = pack
  use_language()
  if state.doc then plan.use_defaults(state.doc, pack.defaults) end
  M.changed()
  return { id = pack.id, version = pack.version, title = pack.title, steps = #pack.steps }
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
    integer = f.integer and true or nil,
    dynamic_options = type(f.options) == "function" or nil,
    default = f.default, min_items = f.min_items, max_items = f.max_items, item_label = f.item_label,
    hidden = f.hidden or nil,
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

-- id: the plan's identity, 32 hexadecimal digits from C's random source.
function M.new_plan(title, now, id)
  local pack = need_pack()
  state.doc = plan.new(pack, title, now)
  if type(id) == "string" and id ~= "" then state.doc.meta.id = id end
  -- a plan started with --lang records its language (documents use it)
  if state.lang_asked and pack.lang ~= pack.languages[1] then state.doc.meta.lang = pack.lang end
  plan.use_defaults(state.doc, pack.defaults)
  state.name = nil
  M.changed()
  return plan.document(pack, state.doc)
end

-- new_id (only when the plan may be saved): the identity a plan without
-- meta.id gets, written by its next save.
function M.open(doc, positions, name, new_id)
  local pack = need_pack()
  state.doc = plan.adopt(doc, positions, name)
  plan.use_defaults(state.doc, pack.defaults)
  state.positions = positions or {}
  state.name = name
  M.changed()
  local meta = state.doc.meta
  if type(new_id) == "string" and new_id ~= "" and (meta.id == nil or meta.id == "") then
    -- the id its documents carried while it had none (plan.derived_id),
    -- so that a document sent before this save still names this plan
    meta.id = plan.derived_id(state.doc) or new_id
  end
  local notes = plan.seq()
  local _, lang_note = use_language()
  if lang_note and not state.lang_asked then notes[#notes + 1] = lang_note end
  local p = state.doc.pack
  if p.id and p.id ~= pack.id then
    notes[#notes + 1] = string.format("the plan was written for the pack %q, not %q; answers the pack does not know are kept", tostring(p.id), pack.id)
  end
  local from, moved = pack_mod.migrate(pack, state.doc)
  for _, n in ipairs(moved) do notes[#notes + 1] = n end
  if math.type(p.version) == "integer" and p.version > pack.version and (p.id == nil or p.id == pack.id) then
    notes[#notes + 1] = string.format("the plan was written for version %d of the pack %s, newer than this one (%d); answers it does not know are kept", p.version, pack.id, pack.version)
  end
  return { notes = notes, migrated_from = from }
end

-- The open plan against the loaded pack, for evalwiz migrate: { id,
-- version } of the pack, or { refuse = why } when the plan cannot follow
-- it (written for another pack, or for a newer version of this one).
function M.pack_version()
  local pack, doc = need_pack(), need_plan()
  local p = doc.pack or {}
  if p.id ~= nil and p.id ~= pack.id then
    return { refuse = string.format("the plan follows the pack %s, not %s", tostring(p.id), pack.id) }
  end
  if math.type(p.version) == "integer" and p.version > pack.version then
    return { refuse = string.format("the plan was written for version %d of the pack %s, newer than the one installed (%d); install the newer pack",
      p.version, pack.id, pack.version) }
  end
  return { id = pack.id, version = pack.version }
end


-- Resolves "step.field" to the pack's step and field, or raises naming
-- the steps or fields there are (and the one meant).
local function resolve(path)
  local pack = need_pack()
  local step_id, field_id = path:match("^([%w_]+)%.([%w_]+)$")
  if not step_id then
    -- the example is the pack's own first question
    local s1 = pack.steps[1]
    local f1 = s1 and s1.fields[1]
    error(string.format("%q is not of the form STEP.FIELD%s", path,
      f1 and string.format(" (for example %s.%s)", s1.id, f1.id) or ""), 0)
  end
  local step = pack.by_id[step_id]
  if not step then
    local ids = {}
    for _, s in ipairs(pack.steps) do ids[#ids + 1] = s.id end
    error(string.format("%s: no step %q in the pack %s%s; the steps are: %s", path, step_id, pack.id,
      require("evalwiz.api").suggest(step_id, ids), table.concat(ids, ", ")), 0)
  end
  local field = step.by_id[field_id]
  if not field then
    local ids = {}
    for _, f in ipairs(step.fields) do if f.type ~= "note" then ids[#ids + 1] = f.id end end
    error(string.format("%s: the step %s has no field %q%s; its fields are: %s", path, step_id, field_id,
      require("evalwiz.api").suggest(field_id, ids), table.concat(ids, ", ")), 0)
  end
  return step, field
end
M.resolve = resolve

-- Returns { value = ..., type = field type, kind = "text"|"yaml" }.
function M.get(path)
  local doc = need_plan()
  local step, field = resolve(path)
  local v
  if field.type == "computed" then
    local ok, res = plan.call(field.compute, plan.view(doc))
    -- the pack's code failed (or ran away): not the caller's mistake
    if not ok then return { failed = path .. ": its compute function failed: " .. res } end
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

-- An empty item (null, ~ or "") among the count items of a list parsed
-- from YAML: its number, or nil.  A null leaves a hole in the Lua table.
local function empty_item(parsed, count)
  if type(parsed) ~= "table" then return nil end
  local n = math.tointeger(count) or 0
  for k in pairs(parsed) do if math.type(k) == "integer" and k > n then n = k end end
  for i = 1, n do
    local x = parsed[i]
    if x == nil or (type(x) == "string" and not x:find("%S")) then return i end
  end
  return nil
end
M.empty_item = empty_item

-- Sets one answer from text; raises "STEP.FIELD: message" when refused.
-- count: how many items parsed (the text read as YAML) has when it is a
-- list, so that an empty item at its end is seen too.
function M.set(path, raw, parsed, count)
  local doc = need_plan()
  local step, field = resolve(path)
  if (field.type == "list" or field.type == "multi" or field.type == "records") and type(parsed) == "table" then
    local i = empty_item(parsed, count)
    if i then
      error(string.format("%s: item %d of the list is empty (null, ~ or \"\"); leave it out, or give its text", path, i), 0)
    end
  end
  local v, err = plan.coerce(field, raw, parsed, plan.view(doc))
  if err then error(path .. ": " .. err, 0) end
  doc.answers[step.id] = doc.answers[step.id] or {}
  doc.answers[step.id][field.id] = v
  M.changed(step.id, field.id)
  return true
end

-- What the pack's validators and checks say about the answers at paths
-- (after a set or a fill): { errors = [{path, message}], warnings = [...] }.
-- A validator's error (or a type the answer does not fit) refuses the
-- answer; what it calls a warning, and what the pack's checks report at the
-- question, are warnings: checks compare several answers, which people set
-- one at a time.
function M.validate(paths)
  local pack, doc = need_pack(), need_plan()
  local view = plan.view(doc)
  local errors, warnings = plan.seq(), plan.seq()
  local seen = {}
  for _, path in ipairs(paths or {}) do
    local step, field = resolve(path)
    for _, p in ipairs(plan.field_problems(step, field, doc, view, nil, {})) do
      local key = p.kind .. "\0" .. p.path .. "\0" .. p.message
      if not seen[key] and p.kind ~= "missing" then
        seen[key] = true
        local item = setmetatable({ path = p.path, message = p.message }, { __order = { "path", "message" } })
        if p.kind == "error" and not p.check then errors[#errors + 1] = item else warnings[#warnings + 1] = item end
      end
    end
  end
  return { errors = errors, warnings = warnings }
end

-- The plan as written to its file.  Its pack: stays the plan's own when
-- another pack was used to open it (--pack): no command rewrites a plan's
-- pack id.
function M.document(now)
  local pack, doc = need_pack(), need_plan()
  local out = plan.document(pack, doc, now)
  if doc.review ~= nil then out.review = require("evalwiz.review").document(doc.review) end
  if doc.versions ~= nil then out.versions = require("evalwiz.versions").document(doc.versions) end
  local own = doc.pack or {}
  if type(own.id) == "string" and own.id ~= pack.id then
    out.pack.id, out.pack.version = own.id, own.version
  end
  return out
end

-- Problems with their positions in the file.
function M.check()
  local pack, doc = need_pack(), need_plan()
  local view = plan.view(doc)
  local problems = plan.check(pack, doc, view)
  -- the pack's checks that report at no question: a health check that
  -- could not run, and consistency checks of the whole plan
  local plancheck = require("evalwiz.plancheck")
  for _, c in ipairs(pack.checks or {}) do
    if not c.attached then
      local r = plancheck.run_one(pack, c, view)
      if r and (r.status == "error" or (c.kind ~= "health" and (r.status == "fail" or r.status == "warn"))) then
        local msg = r.reason .. ((r.fix and r.fix ~= "") and (" " .. r.fix) or "")
        problems[#problems + 1] = { kind = r.status == "warn" and "warning" or "error", path = c.id, message = msg }
      end
    end
  end
  -- the partner's review and the versions sent: their shape
  for _, sec in ipairs({ "review", "versions" }) do
    for _, msg in ipairs(require("evalwiz." .. sec).problems(doc)) do
      problems[#problems + 1] = { kind = "error", path = sec, message = (tostring(msg):gsub("^" .. sec .. ": ", "")), at = sec }
    end
  end
  local out = plan.seq()
  local counts = { error = 0, missing = 0, warning = 0 }
  for _, p in ipairs(problems) do
    local pos = (p.at and state.positions[p.at]) or state.positions["answers." .. p.path] or (p.step and state.positions["answers." .. p.step])
    counts[p.kind] = (counts[p.kind] or 0) + 1
    out[#out + 1] = { kind = p.kind, path = p.path, message = p.message, where = pos }
  end
  return { problems = out, errors = counts.error, missing = counts.missing, warnings = counts.warning }
end

-- The earlier steps step_id builds on that are not complete: a warning,
-- never a block.  { step = id, missing = [{id, title, number, status}], message = text or nil }
function M.gating(step_id)
  local pack, doc = need_pack(), need_plan()
  local missing, message = require("evalwiz.gating").missing(pack, doc, step_id)
  return { step = step_id, missing = missing, message = message }
end

-- The step's live panels, rendered: [{id, title, text}]; a panel that fails
-- shows its error instead of stopping the others.
function M.panels(step_id)
  local pack, doc = need_pack(), need_plan()
  local step = pack.by_id[step_id]
  if not step then error(string.format("no step %q in the pack %s", tostring(step_id), pack.id), 0) end
  local view = plan.view(doc)
  local out = plan.seq()
  for _, p in ipairs(step.panels) do
    local show = true
    if p.when then
      local ok, res = plan.call(p.when, view)
      show = not ok or res
    end
    if show then
      -- render gives text, or { text = ..., warnings = { "...", ... } }:
      -- warnings the wizard shows at the top of the step and on its mark
      local ok, res = plan.call(p.render, view)
      local text, warnings = nil, plan.seq()
      if ok and type(res) == "table" then
        text = res.text ~= nil and tostring(res.text) or ""
        for _, w in ipairs(type(res.warnings) == "table" and res.warnings or {}) do
          warnings[#warnings + 1] = tostring(w)
        end
      else
        text = ok and (res ~= nil and tostring(res) or "") or ("this panel failed: " .. res)
      end
      if text ~= "" or #warnings > 0 then
        out[#out + 1] = { id = p.id, title = p.title or p.id, text = text, warnings = warnings }
      end
    end
  end
  return out
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

-- ---- the advisor, the checks and the glossary -----------------------------

-- The pack's facts for the open plan (see plancheck.facts): what its
-- advisor, its checks and the templates read.
local function plan_facts()
  local pack = need_pack()
  local f = require("evalwiz.plancheck").facts(pack, plan.view(need_plan()))
  local copy = {}
  for k, v in pairs(f) do copy[k] = v end
  return copy
end
M.plan_facts = plan_facts

-- The advice of the pack's advisor for the open plan (with_plan) or for the
-- facts alone, with the command line's KEY=VALUE facts on top.  Returns
-- { status = 0, advice, text } or { status = 64 (usage), 65 (a bad value)
-- or 69 (the pack has no advisor), message }.
function M.advise(args, with_plan)
  local pack = need_pack()
  local advise = pack.advisor
  if not advise then
    return { status = 69, message = string.format("the pack %s has no design advisor", pack.id) }
  end
  local base = with_plan and plan_facts() or {}
  local facts, err, kind = advise.parse_facts(args or {}, base)
  if not facts then return { status = kind == "usage" and 64 or 65, message = err } end
  local a = advise.advise(facts)
  return { status = 0, advice = a, text = advise.format_text(a) }
end

-- The pack's checks of the open plan: every result (see plancheck.run_one),
-- and as text, a heading per group.  kind: only that kind's, when given.
function M.checks(kind)
  local pack, doc = need_pack(), need_plan()
  local plancheck = require("evalwiz.plancheck")
  local list = plancheck.run(pack, plan.view(doc), kind)
  local health = plan.seq()
  for _, r in ipairs(list) do if r.kind == "health" then health[#health + 1] = r end end
  return { items = list, text = plancheck.format_text(list, function(t) return i18n.word(pack, t) end), health = health }
end

-- The plan's health check: the pack's checks of kind health.
-- { items = list, text = the check as text }.
function M.health()
  return M.checks("health")
end

-- The glossary, or one term.  Returns { status = 0, entries, text } or
-- { status = 1, message } (no such term, with suggestions).
function M.glossary(term)
  local pack = need_pack()
  local glossary = require("evalwiz.glossary")
  local function entry(e)
    local aliases = plan.seq()
    for _, x in ipairs(e.aliases or {}) do aliases[#aliases + 1] = x end
    return setmetatable({ term = e.term, aliases = aliases, definition = e.definition },
      { __order = { "term", "aliases", "definition" } })
  end
  if #pack.glossary == 0 then
    return { status = 1, message = string.format("the pack %s has no glossary", pack.id) }
  end
  if term == nil or term == "" then
    local entries = plan.seq()
    for _, e in ipairs(pack.glossary) do entries[#entries + 1] = entry(e) end
    table.sort(entries, function(x, y) return x.term:lower() < y.term:lower() end)
    return { status = 0, entries = entries, text = glossary.format_all(pack) }
  end
  local e, suggestions = glossary.find(pack, term)
  if e then
    return { status = 0, entries = plan.seq({ entry(e) }), text = glossary.format_entry(e) }
  end
  local msg = string.format('no glossary entry for "%s"', term)
  if #suggestions > 0 then
    msg = msg .. "; did you mean: " .. table.concat(suggestions, ", ") .. "?"
  else
    msg = msg .. "; 'evalwiz glossary' lists them all"
  end
  return { status = 1, message = msg }
end

-- The glossary terms a help text uses, for the wizard's help pane:
-- a list of { term, definition } in the order they appear.
function M.glossary_terms(text)
  local pack = need_pack()
  local out = plan.seq()
  for _, e in ipairs(require("evalwiz.glossary").terms_in(pack, text)) do
    out[#out + 1] = setmetatable({ term = e.term, definition = e.definition }, { __order = { "term", "definition" } })
  end
  return out
end

return M
