-- memo.lua: what the wizard works out from the answers (a question's
-- visibility, problems and description, a step's status, its panels), kept
-- with the answers it read, so that after an edit only what read the
-- answer that changed is worked out again.  Cost follows change, not size:
-- an answer typed in step 1 does not check the 10,000 outcomes of step 2.
--
-- Reads are recorded through the answer view pack code gets (a.step.field),
-- one view per computation (memo.get), and by memo.read for code that reads
-- the plan's answers directly.  Every change to the answers reaches
-- memo.changed through core.listen (edit.lua, core.set); a change that
-- names no answer (a plan opened, the pack reloaded) forgets everything.
local core = require("evalwiz.core")

local M = {}

local field_ver = {}    -- step id -> field id -> version
local step_ver = {}     -- step id -> version (any field of it)
local epoch = 0         -- everything before it is forgotten
local entries = {}      -- key -> { value, deps, epoch }
local frames = {}       -- the computations running, innermost last
local copies = {}       -- step id -> field id -> { ver, copy }: what views hand out
local doc_of = nil      -- the plan the memo is about
local computed = 0      -- computations run (for the tests)

local function fver(step, field)
  local s = field_ver[step]
  return s and s[field] or 0
end

function M.changed(step, field)
  if step == nil then
    epoch = epoch + 1
    entries, copies, field_ver, step_ver = {}, {}, {}, {}
    return
  end
  if field ~= nil then
    local s = field_ver[step]
    if not s then s = {}; field_ver[step] = s end
    s[field] = (s[field] or 0) + 1
    if copies[step] then copies[step][field] = nil end
  else
    field_ver[step] = nil
    copies[step] = nil
  end
  step_ver[step] = (step_ver[step] or 0) + 1
end

core.listen(function(step, field, what)
  if what == "title" then M.changed("\0meta", "title") return end
  -- the review section: no answer reads it (the screens ask it afresh)
  if what == "review" then return end
  M.changed(step, field)
end)

-- The current computation reads step.field (field nil: every field of
-- the step, as pairs() does).
local function record(step, field)
  local f = frames[#frames]
  if not f then return end
  local key = field ~= nil and (step .. "\0" .. field) or step
  if f.seen[key] then return end
  f.seen[key] = true
  f.deps[#f.deps + 1] = { step, field, field ~= nil and fver(step, field) or (step_ver[step] or 0) }
end
M.read = record

-- The meta title, for what shows it.
function M.read_title()
  record("\0meta", "title")
end

local function valid(e)
  if e.epoch ~= epoch then return false end
  for _, d in ipairs(e.deps) do
    local now = d[2] ~= nil and fver(d[1], d[2]) or (step_ver[d[1]] or 0)
    if now ~= d[3] then return false end
  end
  return true
end

-- A copy of an answer for pack code, kept until the answer changes: views
-- of the same unchanged answer hand out the same copy.
local plan = require("evalwiz.plan")
local copy_answer = plan.copy_answer

local function copy_of(doc, step, field)
  local s = copies[step]
  if not s then s = {}; copies[step] = s end
  local c = s[field]
  local v = fver(step, field)
  if c and c[1] == v then return c[2] end
  local a = doc.answers[step]
  local val = a and a[field]
  if plan.is_empty(val) then
    -- a question not answered reads as the pack's default (plan.use_defaults)
    local defs = plan.defaults_of(doc)
    local ds = defs and defs[step]
    if type(ds) == "table" and ds[field] ~= nil then val = ds[field] end
  end
  if type(val) == "table" then val = copy_answer(val) end
  s[field] = { v, val }
  return val
end

local function read_only()
  error("answers are read-only here", 2)
end

-- A read-only view of doc's answers that records what is read into the
-- computation running (the same shape as plan.view: a.step.field).
function M.view(doc)
  local steps = {}
  local view = setmetatable({}, {
    __index = function(_, step_id)
      if type(step_id) ~= "string" then return nil end
      local p = steps[step_id]
      if not p then
        p = setmetatable({}, {
          __index = function(_, field_id)
            if type(field_id) ~= "string" then return nil end
            record(step_id, field_id)
            return copy_of(doc, step_id, field_id)
          end,
          __pairs = function()
            record(step_id, nil)
            local all = {}
            local a = doc.answers[step_id]
            if type(a) == "table" then
              for k in pairs(a) do all[k] = copy_of(doc, step_id, k) end
            end
            local defs = plan.defaults_of(doc)
            if defs and type(defs[step_id]) == "table" then
              for k in pairs(defs[step_id]) do all[k] = copy_of(doc, step_id, k) end
            end
            return next, all, nil
          end,
          __newindex = read_only,
          __metatable = false,
        })
        steps[step_id] = p
      end
      return p
    end,
    __newindex = read_only,
    __metatable = false,
  })
  return view
end

-- The status cache plan.step_status looks in while a computation runs
-- (plan.memo): each step's status through M.get, so gating's statuses are
-- kept and recorded like the rest.
local status_fn

-- value = fn(view) for key, worked out again only when what it read has
-- changed.  Runs with plan.memo set to a fresh view of its own, so that
-- plan.view(doc) inside it (panels, gating, a pack's checks) records too.
function M.get(key, fn)
  local doc = core.state.doc
  if doc ~= doc_of then
    doc_of = doc
    M.changed()
  end
  local e = entries[key]
  local parent = frames[#frames]
  if e and valid(e) then
    if parent then
      for _, d in ipairs(e.deps) do
        local k = d[2] ~= nil and (d[1] .. "\0" .. d[2]) or d[1]
        if not parent.seen[k] then
          parent.seen[k] = true
          parent.deps[#parent.deps + 1] = d
        end
      end
    end
    return e.value
  end
  local frame = { deps = {}, seen = {} }
  computed = computed + 1
  frames[#frames + 1] = frame
  local view = M.view(doc)
  local saved = plan.memo
  plan.memo = { doc = doc, view = view, status = setmetatable({}, { __index = status_fn }) }
  local ok, res = pcall(fn, view)
  plan.memo = saved
  frames[#frames] = nil
  if not ok then error(res, 0) end
  entries[key] = { value = res, deps = frame.deps, epoch = epoch }
  if parent then
    for _, d in ipairs(frame.deps) do
      local k = d[2] ~= nil and (d[1] .. "\0" .. d[2]) or d[1]
      if not parent.seen[k] then
        parent.seen[k] = true
        parent.deps[#parent.deps + 1] = d
      end
    end
  end
  return res
end

-- The computations running (and plan.memo, which the innermost set),
-- exchanged for ctx's: work done in slices (ui.idle's coroutine) keeps its
-- own while it waits between slices, apart from what runs meanwhile.
-- ctx nil: none running.  Returns the ones it replaced.
function M.swap(ctx)
  local out = { frames = frames, memo = plan.memo }
  frames = ctx and ctx.frames or {}
  plan.memo = ctx and ctx.memo or nil
  return out
end

-- What key was last worked out to (nil: never), and whether it still
-- holds: for what may be shown a moment out of date and brought up to date
-- when the keyboard is idle (the step list's marks).
function M.peek(key)
  local doc = core.state.doc
  if doc ~= doc_of then return nil, false end
  local e = entries[key]
  if not e then return nil, false end
  return e.value, valid(e)
end

-- A step's status, and its problems, as plan.step_status gives them.
function M.status(step)
  local r = M.get("status\0" .. step.id, function(view)
    local doc = core.state.doc
    local problems = {}
    for _, f in ipairs(step.fields) do
      for _, p in ipairs(M.field_problems(step, f)) do problems[#problems + 1] = p end
      record(step.id, f.id)
    end
    return { plan.status_of(step, doc, view, problems) }
  end)
  return r[1], r[2]
end

-- A step's status if it is known and still holds; else the last one
-- known (or nil) and false.
function M.status_now(step)
  local r, ok = M.peek("status\0" .. step.id)
  return r and r[1] or nil, ok
end

status_fn = function(_, step)
  return { M.status(step) }
end

-- A field's problems (plan.field_problems): its own answer, and what its
-- condition, options, validator and checks read.
function M.field_problems(step, f)
  return M.get("problems\0" .. step.id .. "\0" .. f.id, function(view)
    record(step.id, f.id)
    return plan.field_problems(step, f, core.state.doc, view)
  end)
end

-- Whether a field is shown (plan.visible).
function M.visible(f, step_id)
  return M.get("visible\0" .. step_id .. "\0" .. f.id, function(view)
    return plan.visible(f, view)
  end)
end

-- How many entries are kept, and how many computations have run (for the
-- tests).
function M.size()
  local n = 0
  for _ in pairs(entries) do n = n + 1 end
  return n, computed
end

return M
