-- gating.lua: which earlier steps a step depends on and are not yet
-- complete.  The answer is a warning, never a block: a team may work on any
-- step, but should know what it is building on.  A step counts as done when
-- its answers are complete, or when the team ticked it in the answer the
-- pack names as done_field in pack.lua (steps done before evalwiz was used).
local plan = require("evalwiz.plan")

local M = {}

-- The steps the team says were done outside evalwiz.
local function declared_done(pack, doc)
  local out = {}
  local path = pack.done_field
  if not path then return out end
  local sid, fid = path:match("^([%w_]+)%.([%w_]+)$")
  local st = doc.answers and doc.answers[sid]
  local list = st and st[fid]
  if type(list) == "table" then
    for _, id in ipairs(list) do if type(id) == "string" then out[id] = true end end
  end
  return out
end

-- Every prerequisite of step_id, direct and indirect, in pack order.
function M.prerequisites(pack, step_id)
  local need, stack = {}, { step_id }
  while #stack > 0 do
    local id = table.remove(stack)
    local s = pack.by_id[id]
    for _, p in ipairs(s and s.prerequisites or {}) do
      if not need[p] and p ~= step_id then
        need[p] = true
        stack[#stack + 1] = p
      end
    end
  end
  local out = {}
  for _, s in ipairs(pack.steps) do if need[s.id] then out[#out + 1] = s.id end end
  return out
end

local STATUS_WORDS = {
  not_started = "not started", in_progress = "in progress", problems = "has problems",
}

-- The earlier steps not complete: a list of { id, title, number, status },
-- and a warning message (nil when nothing is missing).  doc is a plan
-- document, or { answers = view } for a read-only answer view.
function M.missing(pack, doc, step_id)
  if not pack.by_id[step_id] then
    error(string.format("no step %q in the pack %s", tostring(step_id), pack.id), 2)
  end
  local view = plan.view(doc)
  local done = declared_done(pack, doc)
  local out = plan.seq()
  for _, id in ipairs(M.prerequisites(pack, step_id)) do
    if not done[id] then
      local s = pack.by_id[id]
      local status = plan.step_status(s, doc, view)
      if status ~= "complete" then
        out[#out + 1] = { id = id, title = s.title, number = s.number or (s.index - 1), status = status }
      end
    end
  end
  return out, M.message(pack.by_id[step_id], out)
end

-- "Before <step>, these earlier steps are not complete: 4. Implementation
-- and process study (in progress), ..."
function M.message(step, missing)
  if #missing == 0 then return nil end
  local parts = {}
  for _, m in ipairs(missing) do
    parts[#parts + 1] = string.format("%s. %s (%s)", tostring(m.number), m.title, STATUS_WORDS[m.status] or m.status)
  end
  return string.format("%s builds on earlier steps that are not complete: %s. You can carry on; "
    .. "answers here may change once those steps are done.", step.title, table.concat(parts, "; "))
end

-- A panel for a step's prerequisites, added to each step that has any when
-- the pack is loaded.  Its render gets the answer view.
function M.panel(pack, step_id)
  return {
    id = "prerequisites",
    title = "Earlier steps",
    builtin = true,   -- evalwiz's own: pack lint does not check it as the pack's code
    render = function(a)
      local _, msg = M.missing(pack, { answers = a }, step_id)
      return msg or ""
    end,
  }
end

return M
