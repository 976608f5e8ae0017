-- i18n.lua: a pack's translations: which language a session uses, and
-- the pack's texts (steps, questions, options, glossary, diagram) in it.
-- A pack is written in the first of its languages (languages = { "en",
-- "cy" } in pack.lua); every other one has a file lang/CODE.lua that
-- returns the texts by step and field id (doc/step-packs.md, Translations).
-- Translating changes the loaded pack's own tables in place, remembering
-- what they said first, so a session can switch language (a plan that
-- records its own) and back without loading the pack again.
local M = {}

-- What each kind of table may translate.
M.STEP_TEXTS = { "title", "short", "purpose", "guidance", "leads_to" }
M.FIELD_TEXTS = { "label", "help", "example", "item_label", "unit" }
-- The texts lint reports when they have no translation (examples and
-- units are often the same words, or answers in the plan's language).
M.REPORTED_FIELD = { label = true, help = true }
M.REPORTED_STEP = { title = true, short = true, purpose = true, guidance = true, leads_to = true }

local FILE_KEYS = { title = true, description = true, steps = true, glossary = true, diagram = true, words = true }
local STEP_KEYS = { fields = true }
for _, k in ipairs(M.STEP_TEXTS) do STEP_KEYS[k] = true end
local FIELD_KEYS = { options = true, columns = true }
for _, k in ipairs(M.FIELD_TEXTS) do FIELD_KEYS[k] = true end

-- "cy_GB.UTF-8@euro" -> "cy"; "C", "POSIX" and empty -> nil.
function M.normalise(tag)
  if type(tag) ~= "string" then return nil end
  local lang = string.match(tag, "^(%a%a%a?)[_%-%.@]") or string.match(tag, "^(%a%a%a?)$")
  if not lang then return nil end
  lang = string.lower(lang)
  if lang == "c" then return nil end
  return lang
end

-- The languages a locale's variables ask for, in order: LANGUAGE (a colon
-- list), then the first set of LC_ALL, LC_MESSAGES, LANG.  env is a table
-- of those variables (nil when unset).
function M.from_locale(env)
  local out, seen = {}, {}
  local function add(tag)
    local l = M.normalise(tag)
    if l and not seen[l] then seen[l] = true out[#out + 1] = l end
  end
  if type(env) ~= "table" then return out end
  for part in string.gmatch(env.LANGUAGE or "", "[^:]+") do add(part) end
  for _, k in ipairs({ "LC_ALL", "LC_MESSAGES", "LANG" }) do
    local v = env[k]
    if type(v) == "string" and v ~= "" then add(v) break end
  end
  return out
end

-- The language to use: asked (--lang), then the plan's (meta.lang), then
-- the locale's, then the pack's first.  Returns the language and, when
-- something asked for was not there, a note saying so.
function M.choose(languages, asked, plan_lang, locale, pack_id)
  local has = {}
  for _, l in ipairs(languages) do has[l] = true end
  local first = languages[1]
  local note
  local a = asked and (M.normalise(asked) or asked)
  if a then
    if has[a] then return a end
    note = string.format("the step pack %s has no %s translation (it has %s); using %s", pack_id or "", asked,
      table.concat(languages, ", "), first)
    return first, note
  end
  local p = plan_lang and M.normalise(plan_lang)
  if p then
    if has[p] then return p end
    note = string.format("the plan's language is %s, which the step pack %s does not have (it has %s); using %s",
      plan_lang, pack_id or "", table.concat(languages, ", "), first)
  end
  for _, l in ipairs(locale or {}) do
    if has[l] then return l, note end
  end
  return first, note
end

-- ---- applying ------------------------------------------------------------

-- orig[tbl][key]: what the pack said before any translation
local function setter(orig)
  return function(tbl, key, value)
    if type(tbl) ~= "table" then return end
    local o = orig[tbl]
    if not o then o = {} orig[tbl] = o end
    if o[key] == nil then
      local v = tbl[key]
      o[key] = v == nil and false or v
    end
    if value ~= nil then tbl[key] = value end
  end
end

local function restore(orig)
  for tbl, keys in pairs(orig) do
    for k, v in pairs(keys) do
      if v == false then tbl[k] = nil else tbl[k] = v end
    end
  end
end

local function apply_field(set, f, t)
  if type(t) ~= "table" then return end
  for _, k in ipairs(M.FIELD_TEXTS) do
    if type(t[k]) == "string" then set(f, k, t[k]) end
  end
  if type(t.options) == "table" and type(f.options) == "table" then
    for _, o in ipairs(f.options) do
      local ot = t.options[o.value] or t.options[tostring(o.value)]
      if type(ot) == "string" then set(o, "label", ot)
      elseif type(ot) == "table" then
        if type(ot.label) == "string" then set(o, "label", ot.label) end
        if type(ot.help) == "string" then set(o, "help", ot.help) end
      end
    end
  end
  if type(t.columns) == "table" then
    for _, c in ipairs(f.columns or {}) do apply_field(set, c, t.columns[c.id]) end
  end
end

-- Puts the pack's texts in lang (its first language: as written).
-- Returns lang.
function M.apply(pack, lang)
  pack.i18n_orig = pack.i18n_orig or {}
  restore(pack.i18n_orig)
  pack.i18n_orig = {}
  pack.lang = lang
  local tr = pack.translations and pack.translations[lang]
  M.current_words = tr and type(tr.words) == "table" and tr.words or nil
  if not tr then return lang end
  local set = setter(pack.i18n_orig)
  set(pack, "title", type(tr.title) == "string" and tr.title or nil)
  set(pack, "description", type(tr.description) == "string" and tr.description or nil)
  for _, s in ipairs(pack.steps) do
    local st = tr.steps and tr.steps[s.id]
    if type(st) == "table" then
      for _, k in ipairs(M.STEP_TEXTS) do
        if type(st[k]) == "string" then set(s, k, st[k]) end
      end
      for _, f in ipairs(s.fields) do apply_field(set, f, st.fields and st.fields[f.id]) end
    end
  end
  if type(tr.glossary) == "table" then
    for _, e in ipairs(pack.glossary or {}) do
      local et = type(e) == "table" and tr.glossary[e.term]
      if type(et) == "table" then
        local aliases = type(et.aliases) == "table" and et.aliases or e.aliases
        -- the term as the pack writes it stays a way to find the entry
        if type(et.term) == "string" and et.term ~= e.term then
          local with = { e.term }
          for _, a in ipairs(aliases or {}) do with[#with + 1] = a end
          aliases = with
        end
        if aliases ~= e.aliases then set(e, "aliases", aliases) end
        if type(et.term) == "string" then set(e, "term", et.term) end
        if type(et.definition) == "string" then set(e, "definition", et.definition) end
      end
    end
  end
  if type(tr.diagram) == "table" and pack.diagram then
    for _, c in ipairs(pack.diagram.columns) do
      if type(tr.diagram[c.key]) == "string" then set(c, "title", tr.diagram[c.key]) end
    end
    if type(tr.diagram.empty) == "string" then set(pack.diagram, "empty", tr.diagram.empty) end
  end
  return lang
end

-- A fixed text of the engine or a template (a heading, "Not yet answered")
-- in the pack's current language: the translation file's words, else the
-- text itself.
function M.word(pack, text)
  local tr = pack and pack.lang and pack.translations and pack.translations[pack.lang]
  local w = tr and tr.words and tr.words[text]
  if type(w) == "string" then return w end
  return text
end

-- tr(text, ...): for a pack's own code (api.exports), a text its code makes
-- (a check's title, a reason) in the language last applied: the words of
-- its translation file, else the text itself; with values, formatted by
-- string.format, so a translation keeps the text's %s and %d in order.
function M.tr(text, ...)
  local w = M.current_words and M.current_words[text]
  if type(w) ~= "string" then w = text end
  if select("#", ...) > 0 then return string.format(w, ...) end
  return w
end

-- The % conversions of a format text, in order ("%s %d" -> "sd"); a space
-- after % is prose ("95% sure"), not a flag.
local function conversions(text)
  local out = {}
  for spec in string.gmatch(text, "%%[-+#0]*%d*%.?%d*([%a%%])") do
    if spec ~= "%" then out[#out + 1] = spec end
  end
  return table.concat(out)
end

-- ---- loading and checking ------------------------------------------------

-- The line of the first "key =" or ["key"] = in text, or nil.
local function line_of(text, key)
  if not text or type(key) ~= "string" then return nil end
  local n = 1
  for line in (text .. "\n"):gmatch("(.-)\n") do
    if line:find("%f[%w_]" .. key:gsub("%p", "%%%0") .. "%s*=") or line:find('%["' .. key:gsub("%p", "%%%0") .. '"%]%s*=') then
      return n
    end
    n = n + 1
  end
  return nil
end

-- Checks a translation file's table against the pack: every step, field,
-- column, option and setting it names must exist.  where: the file's name
-- for messages; text: its text, for line numbers.  Errors name file:line.
function M.check(pack, tr, where, text, suggest)
  local function bad(key, fmt, ...)
    local l = line_of(text, key)
    error(string.format("%s%s: %s", where, l and (":" .. l) or "", string.format(fmt, ...)), 0)
  end
  local function keys(t, allowed, what, key_for_line)
    for k in pairs(t) do
      if not allowed[k] then
        bad(type(k) == "string" and k or key_for_line, "%s: unknown setting %s%s", what, tostring(k), suggest(tostring(k), allowed))
      end
    end
  end
  local function text_keys(t, list, what)
    for _, k in ipairs(list) do
      if t[k] ~= nil and type(t[k]) ~= "string" then bad(k, "%s: %s must be text", what, k) end
    end
  end
  if type(tr) ~= "table" then bad(nil, "a translation file must return a table (return { steps = { ... } })") end
  keys(tr, FILE_KEYS, "the file")
  text_keys(tr, { "title", "description" }, "the file")
  local function field(f, t, what)
    if type(t) ~= "table" then bad(f.id, "%s must be a table of texts", what) end
    keys(t, FIELD_KEYS, what, f.id)
    text_keys(t, M.FIELD_TEXTS, what)
    if t.options ~= nil then
      if type(f.options) ~= "table" then bad(f.id, "%s: options are worked out by the pack's code; translate them there", what) end
      local values = {}
      for _, o in ipairs(f.options) do values[tostring(o.value)] = true end
      for v, ot in pairs(t.options) do
        if not values[tostring(v)] then bad(tostring(v), "%s: there is no option %s%s", what, tostring(v), suggest(tostring(v), values)) end
        if type(ot) ~= "string" and (type(ot) ~= "table" or (ot.label ~= nil and type(ot.label) ~= "string")) then
          bad(tostring(v), "%s: option %s must be text, or { label = ..., help = ... }", what, tostring(v))
        end
      end
    end
    if t.columns ~= nil then
      local cols = {}
      for _, c in ipairs(f.columns or {}) do cols[c.id] = c end
      for cid, ct in pairs(t.columns) do
        if not cols[cid] then bad(tostring(cid), "%s: there is no column %s%s", what, tostring(cid), suggest(tostring(cid), cols)) end
        field(cols[cid], ct, what .. "." .. cid)
      end
    end
  end
  for sid, st in pairs(tr.steps or {}) do
    local s = pack.by_id[sid]
    if not s then
      local ids = {}
      for _, x in ipairs(pack.steps) do ids[#ids + 1] = x.id end
      bad(tostring(sid), "there is no step %s%s", tostring(sid), suggest(tostring(sid), ids))
    end
    if type(st) ~= "table" then bad(sid, "%s must be a table of texts", sid) end
    keys(st, STEP_KEYS, sid, sid)
    text_keys(st, M.STEP_TEXTS, sid)
    for fid, ft in pairs(st.fields or {}) do
      local f = s.by_id[fid]
      if not f then
        local ids = {}
        for _, x in ipairs(s.fields) do ids[#ids + 1] = x.id end
        bad(tostring(fid), "the step %s has no field %s%s", sid, tostring(fid), suggest(tostring(fid), ids))
      end
      field(f, ft, sid .. "." .. fid)
    end
  end
  if tr.glossary ~= nil then
    local terms = {}
    for _, e in ipairs(pack.glossary or {}) do if type(e) == "table" then terms[e.term] = true end end
    for term, et in pairs(tr.glossary) do
      if not terms[term] then bad(tostring(term), "the glossary has no term %s%s", tostring(term), suggest(tostring(term), terms)) end
      if type(et) ~= "table" then bad(tostring(term), "glossary %s must be { term = ..., definition = ... }", tostring(term)) end
      keys(et, { term = true, definition = true, aliases = true }, "glossary " .. term, term)
    end
  end
  if tr.diagram ~= nil then
    local ck = { empty = true }
    for _, c in ipairs(pack.diagram and pack.diagram.columns or {}) do ck[c.key] = true end
    keys(tr.diagram, ck, "diagram", "diagram")
  end
  if tr.words ~= nil then
    for k, v in pairs(tr.words) do
      if type(k) ~= "string" or type(v) ~= "string" then bad("words", "words maps a text to its translation, both text") end
      -- a text the pack's code formats (tr("%d families", n)) keeps its
      -- conversions, in order, or string.format would fail at run time
      if conversions(k) ~= conversions(v) then
        bad(k, "words: the translation of %q must keep its %% conversions (%s) in the same order, but has %s", k,
          conversions(k) ~= "" and conversions(k) or "none", conversions(v) ~= "" and conversions(v) or "none")
      end
    end
  end
end

-- Merges translation tables: over's texts win (an extending pack's file
-- over its base's).
local function merge(base, over)
  if type(base) ~= "table" then return over end
  if type(over) ~= "table" then return base end
  local out = {}
  for k, v in pairs(base) do out[k] = v end
  for k, v in pairs(over) do
    if type(v) == "table" and type(out[k]) == "table" and #v == 0 then out[k] = merge(out[k], v) else out[k] = v end
  end
  return out
end
M.merge = merge

-- ---- what is left to translate --------------------------------------------

-- The texts of the pack with no translation in lang: a list of
-- { path, what, text } ("step.field", "help", "the help text").
function M.untranslated(pack, lang)
  local tr = pack.translations and pack.translations[lang] or {}
  local out = {}
  local function add(path, what, text)
    out[#out + 1] = { path = path, what = what, text = text }
  end
  local function field(path, f, t)
    t = type(t) == "table" and t or {}
    for _, k in ipairs(M.FIELD_TEXTS) do
      if M.REPORTED_FIELD[k] and type(f[k]) == "string" and f[k] ~= "" and type(t[k]) ~= "string" then add(path, k, f[k]) end
    end
    if type(f.options) == "table" then
      for _, o in ipairs(f.options) do
        local ot = t.options and (t.options[o.value] or t.options[tostring(o.value)])
        local has = type(ot) == "string" or (type(ot) == "table" and type(ot.label) == "string")
        if not has and type(o.label) == "string" and o.label ~= "" then add(path, "option " .. tostring(o.value), o.label) end
        -- an option's help, shown beside it in the wizard and plain mode
        if type(o.help) == "string" and o.help ~= "" and not (type(ot) == "table" and type(ot.help) == "string") then
          add(path, "option " .. tostring(o.value) .. " help", o.help)
        end
      end
    end
    for _, c in ipairs(f.columns or {}) do field(path .. "." .. c.id, c, t.columns and t.columns[c.id]) end
  end
  if type(pack.title) == "string" and type(tr.title) ~= "string" then add("pack", "title", pack.title) end
  for _, s in ipairs(pack.steps) do
    local st = tr.steps and tr.steps[s.id] or {}
    for _, k in ipairs(M.STEP_TEXTS) do
      if M.REPORTED_STEP[k] and type(s[k]) == "string" and s[k] ~= "" and type(st[k]) ~= "string" then add(s.id, k, s[k]) end
    end
    for _, f in ipairs(s.fields) do
      if f.type ~= "computed" or f.label then field(s.id .. "." .. f.id, f, st.fields and st.fields[f.id]) end
    end
  end
  for _, e in ipairs(pack.glossary or {}) do
    local et = tr.glossary and tr.glossary[e.term]
    if type(et) ~= "table" or type(et.definition) ~= "string" then add("glossary", e.term, e.definition) end
  end
  if pack.diagram then
    for _, c in ipairs(pack.diagram.columns) do
      if type(tr.diagram) ~= "table" or type(tr.diagram[c.key]) ~= "string" then add("diagram", c.key, c.title) end
    end
  end
  return out
end

return M
