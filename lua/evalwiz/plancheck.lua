-- plancheck.lua: runs the checks a pack declares (pack.lua's checks files,
-- each a list of check{...}) on a plan, and the pack's facts they read.
-- A check of kind "health" is advice about the whole plan, listed on its
-- own (F3, `evalwiz check`, documents); every other kind reports at the
-- first question it reads, as a warning ("warn") or an error ("fail").
local M = {}

local SEQ = { __kind = "seq" }
local function seq(t) return setmetatable(t or {}, SEQ) end

local STATUS = { pass = true, warn = true, fail = true, na = true }
local RESULT_KEYS = { status = true, reason = true, fix = true }
M.STATUS = STATUS

-- The headings of a kind's checks when their file gives no title.
local KIND_TITLES = { health = "Plan health check", consistency = "Consistency checks" }

-- Results and contexts are kept by answer view: a view shows the answers as
-- they were, so what was worked out from it stays true while it lives.
local memo = setmetatable({}, { __mode = "k" })

local function memo_for(view)
  local m = memo[view]
  if not m then
    m = { results = {}, facts = nil }
    memo[view] = m
  end
  return m
end

local function call(fn, ...)
  return require("evalwiz.plan").call(fn, ...)
end

-- The pack's facts for the answers in view: a table, empty when the pack
-- declares none.  Raises when the facts file fails.
function M.facts(pack, view)
  if not pack.facts then return {} end
  local m = memo_for(view)
  if m.facts == nil then
    local ok, res = call(pack.facts.from_plan, view)
    if not ok then error("the pack's facts could not be worked out: " .. tostring(res), 0) end
    local copy = {}
    if type(res) == "table" then for k, v in pairs(res) do copy[k] = v end end
    m.facts = copy
  end
  return m.facts
end

-- The words of a question, for reasons that name it.
local function label_of(pack, path)
  local sid, fid = tostring(path):match("^([%w_]+)%.([%w_]+)$")
  local s = sid and pack.by_id[sid]
  local f = s and s.by_id[fid]
  return f and f.label or tostring(path)
end

-- The words of a choice's option (its label), for reasons that name an
-- answer; the value itself when the question or the option is unknown.
local function option_of(pack, view, path, value)
  local sid, fid = tostring(path):match("^([%w_]+)%.([%w_]+)$")
  local s = sid and pack.by_id[sid]
  local f = s and s.by_id[fid]
  if f and (f.type == "choice" or f.type == "multi") then
    local _, set = require("evalwiz.plan").options_in(f, view)
    local o = set[value]
    if o and o.label then return o.label end
  end
  return tostring(value)
end

-- What run(a, ctx) gets as ctx: the facts (worked out on first use), the
-- words of a question and of a choice's option, and a table the checks of
-- one run share.
local function context(pack, view)
  local m = memo_for(view)
  if m.ctx and m.ctx_pack == pack then return m.ctx end
  local shared = {}
  local ctx = setmetatable({
    label = function(path) return label_of(pack, path) end,
    option = function(path, value) return option_of(pack, view, path, value) end,
    shared = shared,
    pack = { id = pack.id, version = pack.version, title = pack.title },
  }, {
    __index = function(t, k)
      if k == "facts" then
        local f = M.facts(pack, view)
        -- a copy each check may change without changing the next one's
        local c = {}
        for key, v in pairs(f) do c[key] = v end
        return c
      end
      return nil
    end,
  })
  m.ctx, m.ctx_pack = ctx, pack
  return ctx
end

-- A result checked for shape: nil (not applicable), or a result table.
-- Returns result or nil, message.
local function validate_result(res)
  if res == nil then return nil end
  if type(res) ~= "table" then
    return nil, string.format("run must return nil or { status = ..., reason = ... }, not a %s", type(res))
  end
  for k in pairs(res) do
    if not RESULT_KEYS[k] then
      local api = require("evalwiz.api")
      return nil, string.format("run returned an unknown key %s%s; a result has status, reason and fix",
        tostring(k), api.suggest(k, RESULT_KEYS))
    end
  end
  if not STATUS[res.status] then
    return nil, string.format('run returned the status %s; use "pass", "warn", "fail" or "na"',
      type(res.status) == "string" and ('"' .. res.status .. '"') or tostring(res.status))
  end
  if res.reason ~= nil and type(res.reason) ~= "string" then return nil, "reason must be text" end
  if res.fix ~= nil and type(res.fix) ~= "string" then return nil, "fix must be text" end
  if res.status ~= "pass" and (res.reason == nil or res.reason == "") then
    return nil, string.format('a "%s" result needs a reason, saying in plain words what is wrong', res.status)
  end
  return res
end

-- Why a run's result is wrong, or nil when it is fine (for pack lint).
function M.result_problem(res)
  local _, why = validate_result(res)
  return why
end

local ORDER = { "id", "title", "kind", "group", "status", "reason", "fix", "fields" }

-- Runs one check on the answers in view.  Returns a result:
-- { id, title, kind, group, status, reason, fix, fields, where } with status
-- pass | warn | fail | na | error (the check itself failed), or nil when the
-- check does not apply.
function M.run_one(pack, check, view)
  local m = memo_for(view)
  local hit = m.results[check]
  if hit ~= nil then return hit or nil end
  local ok, res = call(check.run, view, context(pack, view))
  local out
  if not ok then
    out = { status = "error", reason = string.format('the check "%s" failed: %s', check.title, res) }
  else
    local r, why = validate_result(res)
    if why then
      out = { status = "error", reason = string.format('%s: the check "%s" is wrong: %s', check.where, check.title, why) }
    elseif r then
      out = { status = r.status, reason = r.reason, fix = r.fix }
    end
  end
  if out then
    -- the title and heading in the session's language (the words of the
    -- pack's translation file; the reason is the check's own business)
    local tr = require("evalwiz.i18n").tr
    out.id, out.title, out.kind, out.where = check.id, tr(check.title), check.kind, check.where
    out.group = tr(check.group or KIND_TITLES[check.kind] or "Checks")
    out.fields = seq({ table.unpack(check.fields) })
    setmetatable(out, { __order = ORDER })
  end
  m.results[check] = out or false
  return out
end

-- Every check of the pack (of one kind, when kind is given), in pack order.
function M.run(pack, view, kind)
  local out = seq()
  for _, c in ipairs(pack.checks or {}) do
    if kind == nil or c.kind == kind then
      local r = M.run_one(pack, c, view)
      if r then out[#out + 1] = r end
    end
  end
  return out
end

-- The problems of the checks that report at a question (pack.attach_checks),
-- for plan.field_problems: warn is a warning, fail and a check that failed
-- are errors.
function M.field_problems(field, view, out)
  for _, c in ipairs(field.checks or {}) do
    local r = M.run_one(c.pack, c, view)
    if r and (r.status == "warn" or r.status == "fail" or r.status == "error") then
      local path = c.fields[1]
      local sid, fid = path:match("^([%w_]+)%.([%w_]+)$")
      local msg = r.reason
      if r.fix and r.fix ~= "" then msg = msg .. " " .. r.fix end
      out[#out + 1] = { kind = r.status == "warn" and "warning" or "error", step = sid, field = fid, path = path,
                        message = msg, check = c.id }
    end
  end
  return out
end

local LABEL = { pass = "pass", warn = "warn", fail = "fail", na = "n/a", error = "error" }

local wrap = require("evalwiz.text").wrap

-- Results as text: a heading per group, one wrapped entry per check.  word
-- gives a status's label in the plan's language (i18n.word: "pass" is
-- "yn pasio" in Welsh), English without it; the labels' column is as wide
-- as the longest.
function M.format_text(results, word)
  word = word or function(text) return text end
  local out, group = {}, nil
  local labels, width = {}, 5
  for _, r in ipairs(results) do
    local label = word(LABEL[r.status] or tostring(r.status))
    labels[r] = label
    width = math.max(width, utf8.len(label) or #label)
  end
  local rest = string.rep(" ", width + 3)
  for _, r in ipairs(results) do
    if r.group ~= group then
      if group ~= nil then out[#out + 1] = "" end
      group = r.group
      out[#out + 1] = group .. ":"
    end
    local text = r.title .. ": " .. (r.reason or "")
    if r.fix and r.fix ~= "" then text = text .. " " .. r.fix end
    local label = labels[r]
    out[#out + 1] = wrap(text, 78, "  " .. label .. string.rep(" ", width - (utf8.len(label) or #label) + 1), rest)
  end
  if #out == 0 then return "" end
  return table.concat(out, "\n") .. "\n"
end

return M
