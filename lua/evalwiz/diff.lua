-- diff.lua: what changed between two plans, answer by answer, in the pack's
-- words: added, removed and changed answers, lists and records item by item.
-- compare() gives data (for JSON); render() gives text or Markdown.
local plan = require("evalwiz.plan")

local M = {}

local seq = plan.seq
local is_empty = plan.is_empty

local function ordered(t, order) return setmetatable(t, { __order = order }) end

local function scalar(v)
  if v == nil then return "" end
  if type(v) == "boolean" then return v and "yes" or "no" end
  if type(v) ~= "table" then return tostring(v) end
  return nil
end

-- A value as one piece of text (records and odd shapes as key: value).
local function as_text(v)
  local s = scalar(v)
  if s then return s end
  local parts = {}
  if #v > 0 or next(v) == nil then
    for _, x in ipairs(v) do parts[#parts + 1] = as_text(x) end
    return table.concat(parts, ", ")
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = tostring(k) end
  table.sort(keys)
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. ": " .. as_text(v[k]) end
  return table.concat(parts, "; ")
end
M.as_text = as_text

local function equal(a, b)
  if is_empty(a) and is_empty(b) then return true end
  if type(a) ~= type(b) then return false end
  if type(a) ~= "table" then return a == b end
  for k, v in pairs(a) do if not equal(v, b[k]) then return false end end
  for k, v in pairs(b) do if a[k] == nil and not is_empty(v) then return false end end
  return true
end
M.equal = equal

-- The label of a choice value, "label [value]" when they differ.
local function option_text(field, v)
  if type(field.options) == "table" then
    for _, o in ipairs(field.options) do
      if o.value == v and o.label ~= v then return o.label .. " [" .. v .. "]" end
    end
  end
  return as_text(v)
end

local function value_text(field, v)
  if field and field.type == "choice" and type(v) == "string" then return option_text(field, v) end
  if field and field.type == "multi" and type(v) == "table" then
    local parts = {}
    for _, x in ipairs(v) do parts[#parts + 1] = option_text(field, x) end
    return table.concat(parts, ", ")
  end
  return as_text(v)
end

local function is_list(v) return type(v) == "table" and (#v > 0 or next(v) == nil) end

-- Longest common subsequence over list items: the removed and added items.
local function list_changes(old, new, field)
  local n, m = #old, #new
  local L = {}
  for i = 0, n do L[i] = {}; for j = 0, m do L[i][j] = 0 end end
  for i = n - 1, 0, -1 do
    for j = m - 1, 0, -1 do
      if equal(old[i + 1], new[j + 1]) then L[i][j] = L[i + 1][j + 1] + 1
      else L[i][j] = math.max(L[i + 1][j], L[i][j + 1]) end
    end
  end
  local out, i, j = seq(), 0, 0
  local function item(kind, idx, v)
    local text = (field and field.type == "multi") and option_text(field, v) or value_text(field, v)
    out[#out + 1] = ordered({ kind = kind, item = idx, text = text }, { "kind", "item", "text" })
  end
  while i < n or j < m do
    if i < n and j < m and equal(old[i + 1], new[j + 1]) then i, j = i + 1, j + 1
    elseif i < n and (j == m or L[i + 1][j] >= L[i][j + 1]) then i = i + 1; item("removed", i, old[i])
    else j = j + 1; item("added", j, new[j]) end
  end
  return out
end

-- Records row by row (by position), column by column.
local function record_changes(old, new, field)
  local out = seq()
  local cols, known = {}, {}
  for _, c in ipairs(field.columns or {}) do cols[#cols + 1] = c; known[c.id] = true end
  for i = 1, math.max(#old, #new) do
    local o, nw = old[i], new[i]
    if o == nil then
      out[#out + 1] = ordered({ kind = "added", item = i, text = as_text(nw) }, { "kind", "item", "text" })
    elseif nw == nil then
      out[#out + 1] = ordered({ kind = "removed", item = i, text = as_text(o) }, { "kind", "item", "text" })
    elseif not equal(o, nw) then
      local colch = seq()
      local extra = {}
      if type(o) == "table" then for k in pairs(o) do if not known[k] then extra[#extra + 1] = k end end end
      if type(nw) == "table" then for k in pairs(nw) do if not known[k] and (type(o) ~= "table" or o[k] == nil) then extra[#extra + 1] = k end end end
      table.sort(extra)
      local all = {}
      for _, c in ipairs(cols) do all[#all + 1] = c end
      for _, k in ipairs(extra) do all[#all + 1] = { id = k, label = k } end
      for _, c in ipairs(all) do
        -- (not `and o[c.id] or nil`: a yes/no cell that is false would read as empty)
        local ov, nv = nil, nil
        if type(o) == "table" then ov = o[c.id] end
        if type(nw) == "table" then nv = nw[c.id] end
        if not equal(ov, nv) then
          local kind = is_empty(ov) and "added" or is_empty(nv) and "removed" or "changed"
          colch[#colch + 1] = ordered({ kind = kind, column = c.id, label = c.label or c.id,
            old = (not is_empty(ov)) and value_text(c, ov) or nil, new = (not is_empty(nv)) and value_text(c, nv) or nil },
            { "kind", "column", "label", "old", "new" })
        end
      end
      out[#out + 1] = ordered({ kind = "changed", item = i, columns = colch }, { "kind", "item", "columns" })
    end
  end
  return out
end

local function field_change(step_id, field, field_id, ov, nv)
  if equal(ov, nv) then return nil end
  local kind = is_empty(ov) and "added" or is_empty(nv) and "removed" or "changed"
  local c = {
    kind = kind, path = step_id .. "." .. field_id, label = field and field.label or field_id,
    old = (not is_empty(ov)) and value_text(field, ov) or nil,
    new = (not is_empty(nv)) and value_text(field, nv) or nil,
  }
  if kind == "changed" and is_list(ov) and is_list(nv) then
    if field and field.type == "records" then c.items = record_changes(ov, nv, field)
    else c.items = list_changes(ov, nv, field) end
  end
  return ordered(c, { "kind", "path", "label", "old", "new", "items" })
end

local function sorted_keys(t, skip)
  local keys = {}
  for k in pairs(t or {}) do if not (skip and skip[k]) then keys[#keys + 1] = k end end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end

-- old and new are adopted plan documents.  Returns { count, steps = [...] }
-- where each step has its changes in pack order, unknown steps and fields after.
function M.compare(pack, old, new)
  local steps = seq()
  local count = 0
  local function add_step(id, title, number, changes)
    if #changes == 0 then return end
    count = count + #changes
    steps[#steps + 1] = ordered({ step = id, number = number, title = title, changes = changes },
      { "step", "number", "title", "changes" })
  end
  -- meta first (title, organisation): not the timestamps, which change on every save
  local mchanges = seq()
  local skip = { created = true, updated = true }
  local mkeys = {}
  for _, k in ipairs(sorted_keys(old.meta, skip)) do mkeys[k] = true end
  for _, k in ipairs(sorted_keys(new.meta, skip)) do mkeys[k] = true end
  for _, k in ipairs(sorted_keys(mkeys)) do
    local label = ({ title = "Title", organisation = "Organisation" })[k]
    local c = field_change("meta", label and { label = label } or nil, k, old.meta[k], new.meta[k])
    if c then mchanges[#mchanges + 1] = c end
  end
  add_step("meta", "About the plan", nil, mchanges)
  local seen = {}
  local function compare_step(step_id, pstep, number)
    seen[step_id] = true
    local oa, na = old.answers[step_id] or {}, new.answers[step_id] or {}
    local changes = seq()
    local done = {}
    for _, f in ipairs(pstep and pstep.fields or {}) do
      done[f.id] = true
      local c = field_change(step_id, f, f.id, oa[f.id], na[f.id])
      if c then changes[#changes + 1] = c end
    end
    local rest = {}
    for k in pairs(oa) do if not done[k] then rest[k] = true end end
    for k in pairs(na) do if not done[k] then rest[k] = true end end
    for _, k in ipairs(sorted_keys(rest)) do
      local c = field_change(step_id, nil, k, oa[k], na[k])
      if c then changes[#changes + 1] = c end
    end
    add_step(step_id, pstep and pstep.title or step_id, number, changes)
  end
  for i, s in ipairs(pack.steps) do compare_step(s.id, s, s.number or (i - 1)) end
  local rest = {}
  for k in pairs(old.answers) do if not seen[k] then rest[k] = true end end
  for k in pairs(new.answers) do if not seen[k] then rest[k] = true end end
  for _, k in ipairs(sorted_keys(rest)) do compare_step(k, nil, nil) end
  return ordered({ count = count, steps = steps }, { "count", "steps" })
end

-- Multi-line text indented under a heading word.
local function block(out, indent, word, text)
  local first = true
  text = text:gsub("%s+$", "")
  for line in (text .. "\n"):gmatch("(.-)\n") do
    if first then out[#out + 1] = indent .. word .. line; first = false
    else out[#out + 1] = indent .. string.rep(" ", #word) .. line end
  end
end

local function step_heading(s)
  if s.step == "meta" then return s.title end
  if s.number then return string.format("Step %s: %s (%s)", tostring(s.number), s.title, s.step) end
  return string.format("%s (not a step of this pack)", s.step)
end

local function render_text(result, oldname, newname)
  local out = {}
  if result.count == 0 then return string.format("No differences between %s and %s.\n", oldname, newname) end
  out[#out + 1] = string.format("%d %s between %s and %s.", result.count,
    result.count == 1 and "difference" or "differences", oldname, newname)
  for _, s in ipairs(result.steps) do
    out[#out + 1] = ""
    out[#out + 1] = step_heading(s)
    for _, c in ipairs(s.changes) do
      out[#out + 1] = string.format("  %s: %s (%s)", c.kind, c.label, c.path)
      if c.items then
        for _, it in ipairs(c.items) do
          if it.columns then
            out[#out + 1] = string.format("    item %d changed:", it.item)
            for _, col in ipairs(it.columns) do
              out[#out + 1] = string.format("      %s: %s", col.kind, col.label)
              if col.old then block(out, "        ", "was: ", col.old) end
              if col.new then block(out, "        ", "now: ", col.new) end
            end
          else
            block(out, "    ", string.format("item %d %s: ", it.item, it.kind), it.text)
          end
        end
      else
        if c.old then block(out, "    ", "was: ", c.old) end
        if c.new then block(out, "    ", "now: ", c.new) end
      end
    end
  end
  return table.concat(out, "\n") .. "\n"
end

local function md_quote(out, word, text)
  local first = true
  text = text:gsub("%s+$", "")
  for line in (text .. "\n"):gmatch("(.-)\n") do
    out[#out + 1] = (first and ("  - " .. word .. ": ") or "    ") .. line
    first = false
  end
end

local function render_md(result, oldname, newname)
  local out = {}
  out[#out + 1] = string.format("# Changes from `%s` to `%s`", oldname, newname)
  out[#out + 1] = ""
  if result.count == 0 then
    out[#out + 1] = "No differences."
    return table.concat(out, "\n") .. "\n"
  end
  out[#out + 1] = string.format("%d %s.", result.count, result.count == 1 and "difference" or "differences")
  for _, s in ipairs(result.steps) do
    out[#out + 1] = ""
    out[#out + 1] = "## " .. step_heading(s)
    out[#out + 1] = ""
    for _, c in ipairs(s.changes) do
      out[#out + 1] = string.format("- **%s** %s (`%s`)", c.kind, c.label, c.path)
      if c.items then
        for _, it in ipairs(c.items) do
          if it.columns then
            out[#out + 1] = string.format("  - item %d changed:", it.item)
            for _, col in ipairs(it.columns) do
              out[#out + 1] = string.format("    - %s %s: %s%s%s", col.kind, col.label,
                col.old and ("~~" .. col.old:gsub("\n", " ") .. "~~") or "",
                (col.old and col.new) and " → " or "", col.new and col.new:gsub("\n", " ") or "")
            end
          else
            md_quote(out, "item " .. it.item .. " " .. it.kind, it.text)
          end
        end
      else
        if c.old then md_quote(out, "was", c.old) end
        if c.new then md_quote(out, "now", c.new) end
      end
    end
  end
  return table.concat(out, "\n") .. "\n"
end

-- Called from C: both documents as read from YAML; raises name:line:col on a
-- file that is not a plan.  Returns { count, text } or { count, data }.
function M.run(olddoc, oldpos, oldname, newdoc, newpos, newname, format)
  local pack = require("evalwiz.core").state.pack
  -- an empty file (such as /dev/null) stands for a plan with no answers
  if olddoc == nil then olddoc = { evalwiz = 1 } end
  if newdoc == nil then newdoc = { evalwiz = 1 } end
  local old = plan.adopt(olddoc, oldpos, oldname)
  local new = plan.adopt(newdoc, newpos, newname)
  -- compare answers as the current pack sees them: older plans are migrated first
  local notes = seq()
  local pack_mod = require("evalwiz.pack")
  for _, pair in ipairs({ { old, oldname }, { new, newname } }) do
    local _, moved = pack_mod.migrate(pack, pair[1])
    for _, n in ipairs(moved) do notes[#notes + 1] = pair[2] .. ": note: " .. n end
  end
  local result = M.compare(pack, old, new)
  if format == "json" then return { count = result.count, data = result, notes = notes } end
  if format == "md" then return { count = result.count, text = render_md(result, oldname, newname), notes = notes } end
  return { count = result.count, text = render_text(result, oldname, newname), notes = notes }
end

return M
