-- api.lua: the step-author API.  Pack files call step{} and the field
-- constructors; each checks its arguments and reports a mistake at the line
-- of the pack file that made it.
local M = {}

local FIELD_TYPES = {
  text = true, textarea = true, number = true, choice = true, multi = true,
  yesno = true, date = true, list = true, records = true, computed = true, note = true,
}
M.FIELD_TYPES = FIELD_TYPES

-- The levels a step may move toward unless the pack declares its own
-- (levels = { ... } in pack.lua); the first is what a step without one has.
local DEFAULT_LEVELS = { "none", "L1", "L2", "L3", "L4" }
M.DEFAULT_LEVELS = DEFAULT_LEVELS

local function has_level(levels, level)
  for _, l in ipairs(levels) do if l == level then return true end end
  return false
end

local ID_PATTERN = "^[a-z][a-z0-9_]*$"

-- While a pack whose files passed every check before is loaded again
-- (pack.lua's stamp: the same texts, the same rules), the constructors
-- skip the checks that can only fail on a mistake and build the same
-- tables; a changed pack, pack lint and any other load check everything.
local trusted = false

-- Sets whether the constructors may skip their checks; returns what it was.
function M.trust(flag)
  local was = trusted
  trusted = flag and true or false
  return was
end

-- error at the pack file's line: level 3 = the caller of the constructor
local function fail(fmt, ...)
  error(string.format(fmt, ...), 3)
end

-- "file:line" of the pack file that called a constructor (level 3 from
-- here): where error(msg, 4) raised here would say it came from.
local position = host.position
local function caller_where()
  local where = position(3)  -- not a tail call: that would change the levels
  return where
end
M.caller_where = caller_where

-- string.match itself: id:match goes through the sandbox's guard, which
-- lets evalwiz's own code through but only after a look up the stack
local match = string.match

-- The edit distance between two words, a swap of two neighbouring letters
-- counting as one edit (optimal string alignment), for "did you mean".
local function distance(a, b)
  if #a > 40 or #b > 40 then return math.huge end
  local d = {}
  for i = 0, #a do d[i] = { [0] = i } end
  for j = 0, #b do d[0][j] = j end
  for i = 1, #a do
    local ca = string.byte(a, i)
    for j = 1, #b do
      local cb = string.byte(b, j)
      local v = math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (ca == cb and 0 or 1))
      if i > 1 and j > 1 and ca == string.byte(b, j - 1) and string.byte(a, i - 1) == cb then
        v = math.min(v, d[i - 2][j - 2] + 1)
      end
      d[i][j] = v
    end
  end
  return d[#a][#b]
end
M.distance = distance

-- The nearest of names (a list, or a set's keys) to word, or nil when none
-- is close: at most a third of the word's letters wrong.
function M.nearest(word, names)
  if type(word) ~= "string" or #word < 3 then return nil end
  -- a copy: the caller's list keeps its order (it may print it too)
  local list = {}
  if names[1] ~= nil then
    for i, n in ipairs(names) do list[i] = n end
  else
    for k in pairs(names) do list[#list + 1] = k end
  end
  table.sort(list, function(x, y) return tostring(x) < tostring(y) end)
  local best, best_d = nil, math.huge
  for _, n in ipairs(list) do
    if type(n) == "string" then
      local d = distance(string.lower(word), string.lower(n))
      if d < best_d then best, best_d = n, d end
    end
  end
  if best and best_d <= math.max(1, #word // 3) then return best end
  return nil
end

-- ' (did you mean "label"?)' or "".
function M.suggest(word, names)
  local n = M.nearest(word, names)
  if n then return string.format(' (did you mean "%s"?)', n) end
  return ""
end

local function check_id(kind, id)
  if id == nil then error(string.format("%s needs an id", kind), 3) end  -- 3: the pack code, not the constructor
  if type(id) ~= "string" or not match(id, ID_PATTERN) then
    error(string.format("%s id %q must be lower-case letters, digits and _, starting with a letter", kind, tostring(id)), 3)
  end
end

local function normalise_options(id, options)
  if type(options) == "function" then return options end
  if type(options) ~= "table" or #options == 0 then
    return nil, string.format('field "%s": %s', id, "choice needs options (a list, or a function of the answers)")
  end
  local out, seen = {}, {}
  for i, o in ipairs(options) do
    local opt
    if type(o) == "string" then
      opt = { value = o, label = o }
    elseif type(o) == "table" then
      local value = o.value or o[1]
      if type(value) ~= "string" or value == "" then
        return nil, string.format('field "%s": option %d needs a value', id, i)
      end
      opt = { value = value, label = o.label or o[2] or value, help = o.help, placeholder = o.placeholder }
    else
      return nil, string.format('field "%s": option %d must be text or a table', id, i)
    end
    if seen[opt.value] then
      return nil, string.format('field "%s": option "%s" appears twice', id, opt.value)
    end
    seen[opt.value] = true
    out[#out + 1] = opt
  end
  return out
end
M.normalise_options = normalise_options

-- Every setting a field takes, and the types it applies to (true: all).
local KNOWN_KEYS = {
  id = true, label = true, help = true, example = true, terms = true, when = true,
  required = "answerable", default = "answerable", validate = "answerable",
  options = { choice = true, multi = true },
  min = { number = true }, max = { number = true }, integer = { number = true },
  unit = { number = true, computed = true }, decimals = { number = true, computed = true },
  columns = { records = true }, item_label = { list = true, records = true },
  min_items = { list = true, multi = true, records = true }, max_items = { list = true, multi = true, records = true },
  compute = { computed = true }, text = { note = true },
}
M.FIELD_KEYS = KNOWN_KEYS

-- The types of field that take an answer (not computed, not note).
local function answerable(t) return t ~= "computed" and t ~= "note" end

-- The settings' types: what each must be when given.
local TEXT_KEYS = { "label", "help", "unit", "item_label", "text" }
local BOOLEAN_KEYS = { "required", "integer" }
local COUNT_KEYS = { "min_items", "max_items", "decimals" }

local function shown(v)
  if type(v) == "string" then return string.format("%q", v) end
  return type(v) == "table" and "a table" or tostring(v)
end

local FUNCTION_KEYS = { "when", "validate", "compute" }

local function field(ftype)
  return function(spec)
    if type(spec) ~= "table" then
      fail("%s{...} expects a table of settings", ftype)
    end
    local id = spec.id
    if not trusted then
      check_id(ftype .. " field", id)
      for k in pairs(spec) do
        if type(k) ~= "string" or not KNOWN_KEYS[k] then
          fail('field "%s": unknown setting %s%s', id, tostring(k), M.suggest(k, KNOWN_KEYS))
        end
        local applies = KNOWN_KEYS[k]
        if (applies == "answerable" and not answerable(ftype)) or (type(applies) == "table" and not applies[ftype]) then
          local to = {}
          if type(applies) == "table" then for t in pairs(applies) do to[#to + 1] = t end end
          table.sort(to)
          fail('field "%s": %s does not apply to a %s field%s', id, k, ftype,
            #to > 0 and (" (only to " .. table.concat(to, " and ") .. ")") or " (it takes no answer)")
        end
      end
      for _, k in ipairs(TEXT_KEYS) do
        if spec[k] ~= nil and type(spec[k]) ~= "string" then fail('field "%s": %s must be text, not %s', id, k, shown(spec[k])) end
      end
      for _, k in ipairs(BOOLEAN_KEYS) do
        if spec[k] ~= nil and type(spec[k]) ~= "boolean" then
          fail('field "%s": %s must be true or false, not %s', id, k, shown(spec[k]))
        end
      end
      for _, k in ipairs(COUNT_KEYS) do
        if spec[k] ~= nil and (math.type(spec[k]) ~= "integer" or spec[k] < 0) then
          fail('field "%s": %s must be a whole number of items, 0 or more, not %s', id, k, shown(spec[k]))
        end
      end
      if spec.min_items and spec.max_items and spec.min_items > spec.max_items then
        fail('field "%s": min_items (%d) is larger than max_items (%d)', id, spec.min_items, spec.max_items)
      end
      if spec.example ~= nil and type(spec.example) ~= "string" and type(spec.example) ~= "number" then
        fail('field "%s": example must be text or a number, not %s', id, shown(spec.example))
      end
      if spec.terms ~= nil then
        local ok = type(spec.terms) == "table"
        for _, t in ipairs(ok and spec.terms or {}) do if type(t) ~= "string" then ok = false end end
        if not ok then fail('field "%s": terms must be a list of glossary terms, like { "attrition" }', id) end
      end
      if ftype ~= "note" and ftype ~= "computed" and type(spec.label) ~= "string" then
        fail('field "%s": %s needs a label', id, ftype)
      end
      if ftype == "note" and type(spec.text) ~= "string" and type(spec.help) ~= "string" then
        fail('field "%s": note needs text', id)
      end
      for _, fn in ipairs(FUNCTION_KEYS) do
        if spec[fn] ~= nil and type(spec[fn]) ~= "function" then
          fail('field "%s": %s must be a function', id, fn)
        end
      end
    end
    local f = {}
    for k, v in pairs(spec) do f[k] = v end
    f.type = ftype
    if ftype == "choice" or ftype == "multi" then
      local opts, err = normalise_options(id, spec.options)
      if not opts then fail("%s", err) end
      f.options = opts
    elseif spec.options ~= nil then
      fail('field "%s": only choice and multi take options', id)
    end
    if trusted then
      -- the checks below only raise; records' columns were checked too
    elseif ftype == "number" then
      if spec.min ~= nil and type(spec.min) ~= "number" then fail('field "%s": min must be a number', id) end
      if spec.max ~= nil and type(spec.max) ~= "number" then fail('field "%s": max must be a number', id) end
      if spec.min and spec.max and spec.min > spec.max then
        fail('field "%s": min is larger than max', id)
      end
    end
    if trusted then
      -- as above
    elseif ftype == "records" then
      if type(spec.columns) ~= "table" or #spec.columns == 0 then
        fail('field "%s": records needs columns (a list of fields)', id)
      end
      local seen = {}
      for i, c in ipairs(spec.columns) do
        if type(c) ~= "table" or not c.type then
          fail('field "%s": column %d must be made with a field constructor', id, i)
        end
        if c.type == "records" or c.type == "list" or c.type == "computed" or c.type == "note" then
          fail('field "%s": column "%s" cannot be a %s', id, c.id, c.type)
        end
        if seen[c.id] then fail('field "%s": column "%s" appears twice', id, c.id) end
        seen[c.id] = true
      end
    elseif spec.columns ~= nil then
      fail('field "%s": only records take columns', id)
    end
    if not trusted and ftype == "computed" and type(spec.compute) ~= "function" then
      fail('field "%s": computed needs compute = function(answers) ... end', id)
    end
    f.help = f.help or (ftype == "note" and f.text) or nil
    f.where = caller_where()
    f.required = spec.required and true or false
    if spec.default ~= nil and not trusted then
      -- the same check an answer gets (options that are a function of
      -- the answers are checked when the plan is)
      if type(spec.default) == "function" then fail('field "%s": default must be a value, not a function', id) end
      if type(f.options) ~= "function" then
        local err = require("evalwiz.plan").check_type(f, spec.default, {})
        if err then fail('field "%s": its default does not fit it: %s', id, err) end
      end
    end
    return f
  end
end

for t in pairs(FIELD_TYPES) do M[t] = field(t) end

local STEP_KEYS = {
  id = true, number = true, title = true, purpose = true, guidance = true, level = true,
  prerequisites = true, fields = true, panels = true, short = true,
  after = true, before = true, leads_to = true,
}

-- A step's number: a whole number, or a short label of digits and a
-- letter ("3a") for a step an extending pack places between two others.
function M.valid_number(n)
  if math.type(n) == "integer" then return true end
  return type(n) == "string" and #n <= 6 and match(n, "^%d+[a-z]?$") ~= nil
end

-- levels: the pack's levels (DEFAULT_LEVELS when it declares none).
function M.step(spec, levels)
  levels = levels or DEFAULT_LEVELS
  if type(spec) ~= "table" then fail("step{...} expects a table of settings") end
  if not trusted then
    check_id("step", spec.id)
    for k in pairs(spec) do
      if type(k) ~= "string" or not STEP_KEYS[k] then
        fail('step "%s": unknown setting %s%s', spec.id, tostring(k), M.suggest(k, STEP_KEYS))
      end
    end
    if type(spec.title) ~= "string" then fail('step "%s": needs a title', spec.id) end
    if spec.number ~= nil and not M.valid_number(spec.number) then
      fail('step "%s": number must be a whole number, or a short label such as "3a" for a step placed between two others', spec.id)
    end
    if spec.level ~= nil and not has_level(levels, spec.level) then
      fail('step "%s": level must be one of %s%s', spec.id, table.concat(levels, ", "), M.suggest(spec.level, levels))
    end
    if spec.leads_to ~= nil and type(spec.leads_to) ~= "string" then
      fail('step "%s": leads_to must be text', spec.id)
    end
  end
  if type(spec.fields) ~= "table" then fail('step "%s": needs fields = { ... }', spec.id) end
  local seen, fields = {}, {}
  for i, given in ipairs(spec.fields) do
    -- a plain copy: a metatable the pack put on a field afterwards would
    -- otherwise run its code whenever evalwiz looks up a setting
    local f = {}
    if type(given) == "table" then
      for k, v in next, given do f[k] = v end
    end
    if not f.type then
      fail('step "%s": field %d was not made with a field constructor', spec.id, i)
    end
    if seen[f.id] and not trusted then  -- at the second one's line: return step {...} is a tail call, its own line is lost
      error(string.format('%sstep "%s": field "%s" appears twice', f.where and (f.where .. ": ") or "", spec.id, f.id), 0)
    end
    seen[f.id] = true
    fields[i] = f
  end
  for i, p in ipairs(not trusted and spec.panels or {}) do
    if type(p) ~= "table" or type(p.id) ~= "string" or type(p.render) ~= "function" then
      fail('step "%s": panel %d needs an id and render = function(answers) ... end', spec.id, i)
    end
  end
  local s = {}
  for k, v in pairs(spec) do s[k] = v end
  s.fields = fields
  s.level = s.level or levels[1]
  s.prerequisites = s.prerequisites or {}
  s.panels = s.panels or {}
  s.kind = "step"
  s.where = caller_where()
  if s.after ~= nil and s.before ~= nil then fail('step "%s": give after or before, not both', spec.id) end
  return s
end

-- panel{ id=, title=, render = function(answers) return "text" end }; render
-- may return { text = "...", warnings = { "..." } } instead: the wizard shows
-- the warnings as lines at the top of the step and on its mark.
function M.panel(spec)
  if type(spec) ~= "table" then fail("panel{...} expects a table of settings") end
  check_id("panel", spec.id)
  if type(spec.render) ~= "function" then fail('panel "%s": needs render = function(answers) ... end', spec.id) end
  return { id = spec.id, title = spec.title, render = spec.render, when = spec.when, where = caller_where() }
end

-- extend_step{ id = "step", add = { fields }, after = "field" | before = "field",
--   replace = { fields }, remove = { "field", ... }, help = { field = "text" },
--   labels = { field = "text" }, title =, purpose =, guidance =, level =,
--   prerequisites = { more }, panels = { more } }: changes a step of the base pack.
local EXTEND_KEYS = {
  id = true, add = true, after = true, before = true, replace = true, remove = true,
  help = true, labels = true, title = true, purpose = true, guidance = true, level = true,
  prerequisites = true, panels = true, short = true, hide = true, when = true, number = true,
  examples = true, leads_to = true,
}
function M.extend_step(spec, levels)
  levels = levels or DEFAULT_LEVELS
  if type(spec) ~= "table" then fail("extend_step{...} expects a table of settings") end
  check_id("extend_step", spec.id)
  for k in pairs(spec) do
    if type(k) ~= "string" or not EXTEND_KEYS[k] then
      fail('extend_step "%s": unknown setting %s%s', spec.id, tostring(k), M.suggest(k, EXTEND_KEYS))
    end
  end
  if spec.after ~= nil and spec.before ~= nil then fail('extend_step "%s": give after or before, not both', spec.id) end
  for _, key in ipairs({ "add", "replace" }) do
    for i, f in ipairs(spec[key] or {}) do
      if type(f) ~= "table" or not f.type then
        fail('extend_step "%s": %s item %d was not made with a field constructor', spec.id, key, i)
      end
    end
  end
  for _, key in ipairs({ "help", "labels", "examples" }) do
    for k, v in pairs(spec[key] or {}) do
      if type(k) ~= "string" or type(v) ~= "string" then
        fail('extend_step "%s": %s must map field ids to text', spec.id, key)
      end
    end
  end
  if spec.hide ~= nil and spec.hide ~= true then
    local ok = type(spec.hide) == "table"
    for _, h in ipairs(ok and spec.hide or {}) do if type(h) ~= "string" then ok = false end end
    if not ok then fail('extend_step "%s": hide is true (the whole step) or a list of field ids', spec.id) end
  end
  if spec.when ~= nil then
    if type(spec.when) ~= "table" then fail('extend_step "%s": when must map field ids to functions of the answers', spec.id) end
    for k, v in pairs(spec.when) do
      if type(k) ~= "string" or type(v) ~= "function" then
        fail('extend_step "%s": when must map field ids to functions of the answers, like { field = function(a) ... end }', spec.id)
      end
    end
  end
  if spec.number ~= nil and not M.valid_number(spec.number) then
    fail('extend_step "%s": number must be a whole number, or a short label such as "3a"', spec.id)
  end
  for i, r in ipairs(spec.remove or {}) do
    if type(r) ~= "string" then fail('extend_step "%s": remove item %d must be a field id', spec.id, i) end
  end
  if spec.level ~= nil and not has_level(levels, spec.level) then
    fail('extend_step "%s": level must be one of %s%s', spec.id, table.concat(levels, ", "), M.suggest(spec.level, levels))
  end
  local e = {}
  for k, v in pairs(spec) do e[k] = v end
  e.kind = "extend"
  e.where = caller_where()
  return e
end

-- check{ id =, title =, kind = "health" | "consistency" | ..., fields = { "step.field", ... },
--   run = function(a, ctx) ... end }: a check of the whole plan, declared in a
-- file that pack.lua lists under checks.  run returns nil (not applicable) or
-- { status = "pass" | "warn" | "fail" | "na", reason = "...", fix = "..." }.
local CHECK_KEYS = { id = true, title = true, kind = true, fields = true, run = true, help = true }
local CHECK_TAG = {}
M.CHECK_TAG = CHECK_TAG
local PATH = "^[a-z][a-z0-9_]*%.[a-z][a-z0-9_]*$"

function M.check(spec)
  if type(spec) ~= "table" then fail("check{...} expects a table of settings") end
  check_id("check", spec.id)
  for k in pairs(spec) do
    if type(k) ~= "string" or not CHECK_KEYS[k] then
      fail('check "%s": unknown setting %s%s', spec.id, tostring(k), M.suggest(k, CHECK_KEYS))
    end
  end
  if type(spec.title) ~= "string" or spec.title == "" then
    fail('check "%s": needs a title, the words people see (for example "A comparison group")', spec.id)
  end
  local kind = spec.kind
  if kind == nil then kind = "consistency" end
  if type(kind) ~= "string" or not match(kind, ID_PATTERN) then
    fail('check "%s": kind must be a short id such as "health" or "consistency"', spec.id)
  end
  if type(spec.run) ~= "function" then fail('check "%s": needs run = function(a, ctx) ... end', spec.id) end
  if spec.help ~= nil and type(spec.help) ~= "string" then fail('check "%s": help must be text', spec.id) end
  local fields = {}
  if spec.fields ~= nil then
    if type(spec.fields) ~= "table" then fail('check "%s": fields must be a list of "step.field"', spec.id) end
    for i, p in ipairs(spec.fields) do
      if type(p) ~= "string" or not match(p, PATH) then
        fail('check "%s": fields item %d must be "step.field", like "about.name"', spec.id, i)
      end
      fields[i] = p
    end
  end
  return { tag = CHECK_TAG, id = spec.id, title = spec.title, kind = kind, fields = fields,
           run = spec.run, help = spec.help, where = caller_where() }
end

function M.is_check(v)
  return type(v) == "table" and rawget(v, "tag") == CHECK_TAG
end

-- A read-only table of a module's public functions: pack code can call
-- them but cannot replace them or reach the module behind them.
local function read_only(copy)
  return setmetatable({}, {
    __index = copy,
    __newindex = function() error("calc is read-only", 2) end,
    __pairs = function() return next, copy, nil end,
    __metatable = false,
  })
end

-- The same for a module loaded only when a pack first uses it: the
-- calculators are large and most screens, and the first frame, never call them.
local function lazy_functions(name)
  local copy
  local function get()
    if not copy then
      copy = {}
      for k, v in pairs(require(name)) do
        if type(v) == "function" then copy[k] = v end
      end
    end
    return copy
  end
  return setmetatable({}, {
    __index = function(_, k) return get()[k] end,
    __newindex = function() error("calc is read-only", 2) end,
    __pairs = function() return next, get(), nil end,
    __metatable = false,
  })
end

-- The names a pack file sees.  levels: the pack's (see M.step).
function M.exports(levels)
  local e = {}
  -- the default pack's reusable checks and helpers (a copy, so one pack
  -- file cannot change what another sees)
  local checks = {}
  for k, v in pairs(require("evalwiz.checks")) do checks[k] = v end
  e.checks = checks

  for t in pairs(FIELD_TYPES) do e[t] = M[t] end
  -- tail calls, so that a mistake is still reported at the pack's line
  if levels then
    e.step = function(spec) return M.step(spec, levels) end
  else
    e.step = M.step
  end
  e.panel = M.panel
  -- the calculators, for panels and computed fields: calc.power.mdes{...}
  e.calc = read_only({
    power = lazy_functions("evalwiz.power"),
    pilot = lazy_functions("evalwiz.pilot"),
    econ = lazy_functions("evalwiz.econ"),
  })
  if levels then
    e.extend_step = function(spec) return M.extend_step(spec, levels) end
  else
    e.extend_step = M.extend_step
  end
  e.check = M.check
  -- tr("text", ...): a text the pack's code makes, in the session's
  -- language (the words of lang/CODE.lua), formatted with the values
  e.tr = function(text, ...) return require("evalwiz.i18n").tr(text, ...) end
  return e
end

return M
