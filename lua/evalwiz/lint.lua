-- lint.lua: checks a step pack the way a careful reviewer would: ids, help,
-- options, and every pack function run on an empty plan and on a demo plan
-- through a view that records which answers it reads, so references to
-- fields that do not exist and questions that can never be shown are found.
local pack_mod = require("evalwiz.pack")
local plan = require("evalwiz.plan")
local core = require("evalwiz.core")

local M = {}

-- Ids that look like placeholders rather than names that will last.
local UNSTABLE = {
  "^q%d+$", "^field_?%d*$", "^step_?%d*$", "^question_?%d*$", "^new_", "^untitled", "^tmp", "^temp_",
  "^test_?%d*$", "^todo", "^x+%d*$", "^foo", "^bar$",
}

local function id_problem(id)
  for _, p in ipairs(UNSTABLE) do
    if id:match(p) then return string.format('id "%s" looks like a placeholder; give it a name that says what it holds (ids are stored in plans and must never change)', id) end
  end
  if #id > 40 then return string.format('id "%s" is longer than 40 characters', id) end
  return nil
end

local function sample(field)
  local t = field.type
  if t == "text" or t == "textarea" then return type(field.example) == "string" and field.example or "an example answer" end
  if t == "number" then return field.min or (field.max and math.min(field.max, 1)) or 1 end
  if t == "yesno" then return true end
  if t == "date" then return "2026-01-01" end
  if t == "choice" then return type(field.options) == "table" and field.options[1] and field.options[1].value or nil end
  if t == "multi" then
    return plan.seq({ type(field.options) == "table" and field.options[1] and field.options[1].value or nil })
  end
  if t == "list" then return plan.seq({ "an item" }) end
  if t == "records" then
    local row = {}
    for _, c in ipairs(field.columns) do row[c.id] = sample(c) end
    return plan.seq({ row })
  end
  return nil
end

-- Candidate answers for a field a when condition reads; NONE is "no answer".
local NONE = {}
local function candidates(field, demo_values)
  local out = { NONE }
  local t = field and field.type
  if t == "choice" and type(field.options) == "table" then
    for _, o in ipairs(field.options) do out[#out + 1] = o.value end
  elseif t == "multi" and type(field.options) == "table" then
    local all = plan.seq()
    for _, o in ipairs(field.options) do out[#out + 1] = plan.seq({ o.value }); all[#all + 1] = o.value end
    out[#out + 1] = all
  elseif t == "yesno" then
    out[#out + 1] = true; out[#out + 1] = false
  elseif t == "number" then
    for _, n in ipairs({ field.min or 0, 1, 3, 10, 100, 1000, field.max or 100000 }) do out[#out + 1] = n end
  elseif t ~= nil then
    local s = sample(field)
    if s ~= nil then out[#out + 1] = s end
  end
  for _, v in ipairs(demo_values or {}) do out[#out + 1] = v end
  return out
end

-- A read-only view like plan.view that records every a.step.field read.
local function recording_view(doc, reads)
  local answers = doc.answers
  return setmetatable({}, {
    __index = function(_, step_id)
      return setmetatable({}, {
        __index = function(_, field_id)
          reads[#reads + 1] = { step = step_id, field = field_id }
          local st = answers[step_id]
          return st and st[field_id]
        end,
        __newindex = function() error("answers are read-only here", 2) end,
        __pairs = function() return next, answers[step_id] or {}, nil end,
      })
    end,
    __newindex = function() error("answers are read-only here", 2) end,
  })
end

local function split_where(msg)
  local file, line, rest = msg:match("^(.-):(%d+): (.*)$")
  if file then return file .. ":" .. line, rest end
  file, rest = msg:match("^([^:]+): (.*)$")
  if file then return file .. ":1", rest end
  return "pack.lua:1", msg
end

-- Finds demo plans: the pack's examples/*.yaml, else the demo plan evalwiz
-- ships (default_demo) when it is a plan of this pack or of a pack it
-- builds on (its pack: id says so).
local function demo_plans(pack, dir, display, default_demo)
  local out = {}
  local names = host.listdir(dir .. "/examples")
  for _, n in ipairs(names or {}) do
    if n:match("%.ya?ml$") then
      -- loadyaml returns value, positions, text on success and nil, message on failure
      local doc, second = host.loadyaml(dir .. "/examples/" .. n, display .. "/examples/" .. n)
      local err = doc == nil and second or nil
      out[#out + 1] = { doc = doc, err = err, name = display .. "/examples/" .. n, own = true }
    end
  end
  if #out == 0 and type(default_demo) == "table" then
    local id = type(default_demo.pack) == "table" and default_demo.pack.id
    for _, pid in ipairs(pack.ids or { pack.id }) do
      if id == pid then
        out[#out + 1] = { doc = default_demo, name = "the default demo plan" }
        break
      end
    end
  end
  return out
end

-- Returns a list of { where = "file:line", message = "..." } in file order.
function M.run(dir, display, bases, default_demo)
  local problems = {}
  local seen_msg = {}
  local function report(where, fmt, ...)
    local msg = string.format(fmt, ...)
    local key = where .. "\0" .. msg
    if seen_msg[key] then return end
    seen_msg[key] = true
    problems[#problems + 1] = { where = where or display .. "/pack.lua:1", message = msg }
  end
  local ok, pack = pcall(pack_mod.load, dir, display, core.resolver(bases))
  if not ok then
    local where, msg = split_where(tostring(pack))
    report(where, "%s", msg)
    return M.sorted(problems)
  end
  local own = {}
  for _, f in ipairs(pack.own_files) do own[f] = true end
  local function owned(where) return where and own[where:match("^(.-):%d+$") or where] end

  -- `return step {...}` is a tail call, so the step's own line is lost:
  -- find the line that declares its id in the file's text
  local sources = {}
  local function line_of(display_file, id)
    local rel = display_file:sub(#display + 2)
    local text = sources[display_file]
    if text == nil then
      text = (display_file:sub(1, #display + 1) == display .. "/" and host.readtext(dir .. "/" .. rel)) or false
      sources[display_file] = text
    end
    if not text then return 1 end
    local n = 1
    for line in (text .. "\n"):gmatch("(.-)\n") do
      if line:find('id%s*=%s*"' .. id .. '"') then return n end
      n = n + 1
    end
    return 1
  end
  local function step_where(s)
    return s.where or (s.file .. ":" .. line_of(s.file, s.id))
  end

  -- static checks: ids, help, labels, options, step numbers
  local numbers = {}
  for _, s in ipairs(pack.steps) do
    local sw = step_where(s)
    if own[s.file] then
      local p = id_problem(s.id)
      if p then report(sw, "step %s", p) end
      if not s.purpose or s.purpose == "" then report(sw, 'step "%s" has no purpose: say in a sentence what the step is for', s.id) end
      if s.number and numbers[s.number] then
        report(sw, 'step "%s" has the number %d, like the step "%s"', s.id, s.number, numbers[s.number])
      end
    end
    if s.number then numbers[s.number] = numbers[s.number] or s.id end
    local function check_field(f, parent)
      local fw = f.where or sw
      if not owned(fw) then return end
      local name = parent and string.format('column "%s" of "%s"', f.id, parent) or string.format('field "%s"', f.id)
      local p = id_problem(f.id)
      if p then report(fw, "%s: %s", name, p) end
      if f.type ~= "note" and (type(f.help) ~= "string" or f.help:match("^%s*$")) then
        report(fw, "%s has no help: say in plain words what to write and why it matters", name)
      end
      if f.type ~= "note" and f.type ~= "computed" and (type(f.label) ~= "string" or f.label == "") then
        report(fw, "%s has no label", name)
      end
      if type(f.options) == "table" then
        for _, o in ipairs(f.options) do
          if not o.value:match("^[%w_%-]+$") then
            report(fw, '%s: option value "%s" should be a short id (letters, digits, _ or -); put the words in its label', name, o.value)
          end
        end
      end
      for _, c in ipairs(f.columns or {}) do check_field(c, f.id) end
    end
    for _, f in ipairs(s.fields) do check_field(f) end
  end

  -- dynamic checks: every function on an empty plan and on the demo plans
  local plans = { { doc = { evalwiz = 1, pack = {}, meta = {}, answers = {} }, name = "an empty plan" } }
  for _, d in ipairs(demo_plans(pack, dir, display, default_demo)) do
    if d.err then
      local where, msg = split_where(d.err)
      report(where, "%s", msg)
    else
      local okd, doc = pcall(plan.adopt, d.doc, {}, d.name)
      if okd then
        plans[#plans + 1] = { doc = doc, name = d.name }
        -- the pack's own examples must fit its questions
        if d.own then
          for _, p in ipairs(plan.check(pack, doc)) do
            if p.kind == "error" then report(d.name .. ":1", "%s: %s", p.path, p.message) end
          end
        end
      else
        report(d.name .. ":1", "%s", (tostring(doc):gsub("^" .. d.name:gsub("%p", "%%%0") .. ":[%d:]*%s*", "")))
      end
    end
  end

  local when_reads = {}   -- field -> list of reads
  local function check_reads(where, what, reads)
    for _, r in ipairs(reads) do
      local st = pack.by_id[r.step]
      if type(r.step) ~= "string" or not st then
        report(where, '%s reads a.%s.%s, but there is no step "%s"', what, tostring(r.step), tostring(r.field), tostring(r.step))
      elseif type(r.field) ~= "string" or not st.by_id[r.field] then
        report(where, '%s reads a.%s.%s, but the step "%s" has no field "%s"', what, r.step, tostring(r.field), r.step, tostring(r.field))
      end
    end
  end
  local function run_fn(where, what, plan_name, fn, ...)
    local okf, res = pcall(fn, ...)
    if not okf then report(where, "%s fails on %s: %s", what, plan_name, tostring(res)) end
    return okf, res
  end

  for _, s in ipairs(pack.steps) do
    local sw = step_where(s)
    for _, P in ipairs(plans) do
      for _, f in ipairs(s.fields) do
        local fw = f.where or sw
        local name = string.format('field "%s"', f.id)
        if f.when then
          local reads = {}
          local okw, res = run_fn(fw, name .. ": its when condition", P.name, f.when, recording_view(P.doc, reads))
          check_reads(fw, name .. ": its when condition", reads)
          when_reads[f] = when_reads[f] or { reads = {}, results = {} }
          for _, r in ipairs(reads) do table.insert(when_reads[f].reads, r) end
          if okw then table.insert(when_reads[f].results, res and true or false) end
        end
        if type(f.options) == "function" then
          local reads = {}
          local oko, res = run_fn(fw, name .. ": its options function", P.name, f.options, recording_view(P.doc, reads))
          check_reads(fw, name .. ": its options function", reads)
          if oko then
            local _, err = require("evalwiz.api").normalise_options(f.id, res)
            if err and not (type(res) == "table" and #res == 0) then
              report(fw, "%s: its options function gives bad options on %s: %s", name, P.name, err)
            end
          end
        end
        if f.compute then
          local reads = {}
          run_fn(fw, name .. ": its compute function", P.name, f.compute, recording_view(P.doc, reads))
          check_reads(fw, name .. ": its compute function", reads)
        end
        if f.validate then
          local reads = {}
          local st = P.doc.answers[s.id]
          local v = st and st[f.id]
          if plan.is_empty(v) then v = sample(f) end
          local okv, res = run_fn(fw, name .. ": its validator", P.name, f.validate, v, recording_view(P.doc, reads))
          check_reads(fw, name .. ": its validator", reads)
          if okv and res ~= nil and type(res) ~= "string" and not (type(res) == "table" and type(res.message) == "string") then
            report(fw, "%s: its validator must return nil (all is well) or a message, not a %s", name, type(res))
          end
        end
      end
      for _, p in ipairs(s.panels) do
        if p.builtin then goto next_panel end
        local pw = p.where or sw
        local reads = {}
        local view = recording_view(P.doc, reads)
        local shown = true
        if p.when then
          local okw, res = run_fn(pw, string.format('panel "%s": its when condition', p.id), P.name, p.when, view)
          shown = okw and res
        end
        if shown then
          local okr, res = run_fn(pw, string.format('panel "%s": its render function', p.id), P.name, p.render, view)
          -- text, or { text = ..., warnings = { ... } } (shown at the step's top)
          local shape_ok = type(res) == "string" or (type(res) == "table" and type(res.text) == "string"
            and (res.warnings == nil or type(res.warnings) == "table"))
          if okr and res ~= nil and not shape_ok then
            report(pw, 'panel "%s": render must return text, { text = ..., warnings = {...} } or nil, not a %s',
              p.id, type(res))
          end
        end
        check_reads(pw, string.format('panel "%s"', p.id), reads)
        ::next_panel::
      end
    end
  end

  -- reachability: try the answers a when condition reads
  local demo_docs = {}
  for i = 2, #plans do demo_docs[#demo_docs + 1] = plans[i].doc end
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do
      local info = when_reads[f]
      local fw = f.where or step_where(s)
      if info and owned(fw) then
        local reached = false
        for _, r in ipairs(info.results) do if r then reached = true end end
        local keys, seen = {}, {}
        for _, r in ipairs(info.reads) do
          local k = tostring(r.step) .. "." .. tostring(r.field)
          if not seen[k] then seen[k] = true; keys[#keys + 1] = r end
          if r.step == s.id and r.field == f.id then
            report(fw, 'field "%s": its when condition reads its own answer, so it stays hidden until it is answered', f.id)
            reached = true
          end
        end
        if not reached and #keys == 0 then
          report(fw, 'field "%s" is never shown: its when condition reads no answers and is always false', f.id)
        elseif not reached then
          -- every combination of candidate answers, up to a limit
          local cands = {}
          for i, r in ipairs(keys) do
            local st = pack.by_id[r.step]
            local demo_vals = {}
            for _, d in ipairs(demo_docs) do
              local a = d.answers[r.step]
              if a and a[r.field] ~= nil then demo_vals[#demo_vals + 1] = a[r.field] end
            end
            cands[i] = candidates(st and st.by_id[r.field], demo_vals)
          end
          local idx, tries = {}, 0
          for i = 1, #keys do idx[i] = 1 end
          while not reached and tries < 2000 do
            tries = tries + 1
            local answers = {}
            for i, r in ipairs(keys) do
              local v = cands[i][idx[i]]
              if v == NONE then v = nil end
              answers[r.step] = answers[r.step] or {}
              answers[r.step][r.field] = v
            end
            local okw, res = pcall(f.when, plan.view({ answers = answers }))
            if okw and res then reached = true end
            local i = 1
            while i <= #keys do
              idx[i] = idx[i] + 1
              if idx[i] <= #cands[i] then break end
              idx[i] = 1
              i = i + 1
            end
            if i > #keys then break end
          end
          if not reached then
            local names = {}
            for _, r in ipairs(keys) do names[#names + 1] = tostring(r.step) .. "." .. tostring(r.field) end
            report(fw, 'field "%s" is never shown: its when condition was false for every answer tried to %s', f.id, table.concat(names, ", "))
          end
        end
      end
    end
  end
  return M.sorted(problems)
end

function M.sorted(problems)
  local function key(p)
    local file, line = p.where:match("^(.-):(%d+)$")
    return file or p.where, tonumber(line) or 0
  end
  table.sort(problems, function(a, b)
    local fa, la = key(a)
    local fb, lb = key(b)
    if fa ~= fb then return fa < fb end
    if la ~= lb then return la < lb end
    return a.message < b.message
  end)
  local out = plan.seq()
  for i, p in ipairs(problems) do
    out[i] = setmetatable(p, { __order = { "where", "message" } })
  end
  return out
end

return M
