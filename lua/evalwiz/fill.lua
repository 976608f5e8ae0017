-- fill.lua: merging answers from a partial plan into the open plan, each
-- checked against the pack like `evalwiz set`; refused answers are reported
-- with the place in the answers file and left out.
local plan = require("evalwiz.plan")
local core = require("evalwiz.core")

local M = {}

local function scalar_text(v)
  if type(v) == "string" then return v end
  if type(v) == "number" or type(v) == "boolean" then return tostring(v) end
  return nil
end

-- A value YAML already typed, made into the field's type where that is
-- unambiguous (a number in a text field is text), then checked.
local function accept(field, v, view)
  local t = field.type
  if t == "computed" or t == "note" then
    return nil, "this field cannot be set: it is " .. (t == "note" and "guidance only" or "computed from other answers")
  end
  if type(v) == "string" and t ~= "list" and t ~= "records" then
    return plan.coerce(field, v, nil, view)
  end
  if (t == "text" or t == "textarea") and scalar_text(v) then v = scalar_text(v) end
  if (t == "list" or t == "multi" or t == "records") and type(v) == "table" then
    -- a null item leaves a hole: never let that become a mapping
    local i = core.empty_item(v, 0)
    if i then return nil, string.format("item %d of the list is empty (null, ~ or \"\"); leave it out, or give its text", i) end
  end
  if t == "list" and type(v) == "table" then
    local out = plan.seq()
    for i, item in ipairs(v) do out[i] = scalar_text(item) or item end
    v = out
  end
  if t == "records" and type(v) == "table" then
    for _, row in ipairs(v) do
      if type(row) == "table" then
        for _, col in ipairs(field.columns) do
          local cv = row[col.id]
          if type(cv) == "string" and col.type ~= "text" and col.type ~= "textarea" then
            local typed, err = plan.coerce(col, cv, nil, view)
            if typed ~= nil and not err then row[col.id] = typed end
          elseif (col.type == "text" or col.type == "textarea") and type(cv) ~= "table" and cv ~= nil then
            row[col.id] = scalar_text(cv)
          end
        end
      end
    end
  end
  local err = plan.check_type(field, v, view)
  if err then return nil, err end
  return v
end

local function sorted(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end

-- doc: the answers file as read from YAML; positions: its "path" -> "line:col".
-- Each answer taken is then checked by the pack's validators, as `set`
-- does: one they refuse is put back as it was and refused; their warnings
-- (and the pack's checks at the question) are passed on.
-- Returns { accepted = n, refused = [{ where, path, message }], warnings = [...] }.
function M.run(doc, positions, name)
  local pack, target = core.state.pack, core.state.doc
  if not pack or not target then error("no plan open", 0) end
  positions = positions or {}
  local function where(path)
    return string.format("%s:%s", name, positions["answers." .. path] or positions["answers"] or "1:1")
  end
  if type(doc) ~= "table" or type(doc.answers) ~= "table" or #doc.answers > 0 then
    error(string.format("%s:%s: there are no answers here: the file should have an answers: mapping of step: {field: answer}",
      name, positions["answers"] or "1:1"), 0)
  end
  local refused = plan.seq()
  local accepted = 0
  local taken = {}
  local view = plan.view(target)
  local function refuse(path, msg)
    refused[#refused + 1] = setmetatable({ where = where(path), path = path, message = msg },
      { __order = { "where", "path", "message" } })
  end
  local function fill_step(step_id, answers)
    local step = pack.by_id[step_id]
    if not step then
      refuse(step_id, string.format("the pack %s has no step %q", pack.id, tostring(step_id)))
      return
    end
    if type(answers) ~= "table" or #answers > 0 then
      refuse(step_id, "expected a mapping of field: answer")
      return
    end
    local order = {}
    local done = {}
    for _, f in ipairs(step.fields) do
      if answers[f.id] ~= nil then order[#order + 1] = f.id; done[f.id] = true end
    end
    for _, k in ipairs(sorted(answers)) do if not done[k] then order[#order + 1] = k end end
    for _, field_id in ipairs(order) do
      local path = step_id .. "." .. tostring(field_id)
      local field = step.by_id[field_id]
      local v = answers[field_id]
      if not field then
        refuse(path, string.format("the step %s has no field %q", step_id, tostring(field_id)))
      elseif not plan.is_empty(v) then
        local typed, err = accept(field, v, view)
        if err then
          refuse(path, err)
        elseif typed ~= nil then
          target.answers[step_id] = target.answers[step_id] or {}
          taken[#taken + 1] = { path = path, step = step_id, field = field_id, old = target.answers[step_id][field_id] }
          target.answers[step_id][field_id] = typed
          accepted = accepted + 1
        end
      end
    end
  end
  local seen = {}
  for _, s in ipairs(pack.steps) do
    if doc.answers[s.id] ~= nil then seen[s.id] = true; fill_step(s.id, doc.answers[s.id]) end
  end
  for _, k in ipairs(sorted(doc.answers)) do
    if not seen[k] then fill_step(k, doc.answers[k]) end
  end
  -- the validators see every answer taken, as set's do
  local warnings = plan.seq()
  if #taken > 0 then
    core.changed()
    local paths = {}
    for _, t in ipairs(taken) do paths[#paths + 1] = t.path end
    local res = core.validate(paths)
    local bad = {}
    for _, e in ipairs(res.errors) do
      if not bad[e.path] then
        bad[e.path] = true
        refuse(e.path, e.message)
      end
    end
    for _, t in ipairs(taken) do
      if bad[t.path] then
        target.answers[t.step][t.field] = t.old
        accepted = accepted - 1
      end
    end
    for _, w in ipairs(res.warnings) do
      warnings[#warnings + 1] = setmetatable({ where = where(w.path), path = w.path, message = w.message },
        { __order = { "where", "path", "message" } })
    end
  end
  return { accepted = accepted, refused = refused, warnings = warnings }
end

return M
