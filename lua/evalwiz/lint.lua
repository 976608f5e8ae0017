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
-- untranslated: a language code; the pack's texts with no translation
-- into it are listed too (i18n.untranslated), at its lang/CODE.lua.
function M.run(dir, display, bases, default_demo, untranslated)
  local problems = {}
  local seen_msg = {}
  local function report(where, fmt, ...)
    local msg = string.format(fmt, ...)
    local key = where .. "\0" .. msg
    if seen_msg[key] then return end
    seen_msg[key] = true
    problems[#problems + 1] = { where = where or display .. "/pack.lua:1", message = msg }
  end
  local ok, pack = pcall(function() return pack_mod.load_all(pack_mod.load(dir, display, core.resolver(bases), nil, true)) end)
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

  -- step numbers as people see them: its own, else its place (as the
  -- wizard numbers it); two steps with one number are a mistake of the
  -- pack that made either of them (an added step, or a renumbering)
  local numbers = {}
  local function number_of(s) return tostring(s.number or (s.index - 1)) end
  local function ours(s)
    if own[s.file] then return step_where(s) end
    if s.number_from and own[s.number_from] then return s.number_from .. ":" .. line_of(s.number_from, s.id) end
    return nil
  end
  for _, s in ipairs(pack.steps) do
    local n = number_of(s)
    local first = numbers[n]
    if first then
      local where = ours(s) or ours(first)
      if where then
        local which = ours(s) and s or first
        local other = which == s and first or s
        report(where, 'step "%s" is numbered %s, like the step "%s"%s; give it a number of its own (number = ...)%s',
          which.id, n, other.id, which.number and "" or " (it has no number, so it takes its place in the pack)",
          pack.base and ', such as "3a" for a step between 3 and 4, or renumber the base pack\'s steps with extend_step { id = ..., number = ... }' or "")
      end
    else
      numbers[n] = s
    end
  end

  -- migrations: a version the pack reached has a migration (empty when no
  -- answer moves); every answer they move lands on a question of the pack
  -- (or one a later migration moves on); a question the pack still asks
  -- is not renamed or retired; renamed option values are options
  do
    local text = host.readtext(dir .. "/pack.lua") or ""
    local lines = {}
    for l in (text .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = l end
    -- the first line holding needle, from line `from` on (a migration's own)
    local function line_with(needle, fallback, from)
      for i = from or 1, #lines do
        if lines[i]:find(needle, 1, true) then return display .. "/pack.lua:" .. i end
      end
      if from then return line_with(needle, fallback) end
      return fallback
    end
    local function start_of(v)
      for i, l in ipairs(lines) do if l:find("[" .. v .. "]", 1, true) then return i end end
      return nil
    end
    local top = line_with("migrations", nil) or line_with("version", display .. "/pack.lua:1")
    local migs = pack.migrations or {}
    for v = 2, pack.version do
      if not migs[v] then
        report(top, "version %d has no migration: add migrations[%d] = { ... } saying how answers move to it, or {} when none do", v, v)
      end
    end
    -- paths a migration after version v moves on (so they need not be questions)
    local function moved_later(path, v)
      for w = v + 1, pack.version do
        local m = migs[w] or {}
        if (m.rename or {})[path] or (m.split or {})[path] then return true end
        for _, r in ipairs(m.retire or {}) do if r == path then return true end end
      end
      return false
    end
    local paths
    local function suggest(path)
      if not paths then
        paths = {}
        for _, st in ipairs(pack.steps) do for _, f in ipairs(st.fields) do paths[#paths + 1] = st.id .. "." .. f.id end end
      end
      return require("evalwiz.api").suggest(path, paths)
    end
    local function lands(path, v) return pack_mod.find_field(pack, path) ~= nil or moved_later(path, v) end
    for v = 2, pack.version do
      local m = migs[v]
      local first = start_of(v)
      local function line_with_v(needle, fallback) return line_with(needle, fallback, first) end
      if m then
        for _, from in ipairs(M.keys(m.rename)) do
          local to = m.rename[from]
          local at = line_with_v('"' .. to .. '"', top)
          if not lands(to, v) then
            report(at, "migrations[%d] renames %s to %s, which is not a question of the pack%s: the answer would be stranded", v, from, to, suggest(to))
          end
          if pack_mod.find_field(pack, from) then
            report(line_with_v('"' .. from .. '"', top), "migrations[%d] renames %s, but the pack still asks %s: a renamed question leaves the pack", v, from, from)
          end
        end
        for _, from in ipairs(M.keys(m.split)) do
          -- what it splits into, from a sample of the old answer
          local okf, res = pcall(m.split[from], "an example answer; 2027-01-01")
          if okf and type(res) == "table" then
            for _, to in ipairs(M.keys(res)) do
              if type(to) ~= "string" or not lands(to, v) then
                report(line_with_v('"' .. from .. '"', top), "migrations[%d] splits %s into %s, which is not a question of the pack%s: that part would be stranded",
                  v, from, tostring(to), suggest(tostring(to)))
              end
            end
          end
        end
        for _, path in ipairs(m.retire or {}) do
          if pack_mod.find_field(pack, path) then
            report(line_with_v('"' .. path .. '"', top), "migrations[%d] retires %s, but the pack still asks it: its answers would be lost", v, path)
          end
        end
        for _, path in ipairs(M.keys(m.values)) do
          local sid, fid, col = path:match("^([%w_]+)%.([%w_]+)%.?([%w_]*)$")
          local f = pack_mod.find_field(pack, sid .. "." .. fid)
          if f and col ~= "" then
            local c
            for _, x in ipairs(f.columns or {}) do if x.id == col then c = x end end
            f = c
          end
          local at = line_with_v('"' .. path .. '"', top)
          if not f then
            if not moved_later(sid .. "." .. fid, v) then
              report(at, "migrations[%d] renames the options of %s, which is not a question of the pack%s", v, path, suggest(path))
            end
          elseif f.type ~= "choice" and f.type ~= "multi" then
            report(at, "migrations[%d] renames the options of %s, a %s question: only choice and multi have options", v, path, f.type)
          elseif type(f.options) == "table" then
            local ok = {}
            for _, o in ipairs(f.options) do ok[o.value] = true end
            for _, old in ipairs(M.keys(m.values[path])) do
              local new = m.values[path][old]
              if not ok[new] then
                report(at, 'migrations[%d] renames the option "%s" of %s to "%s", which is not one of its options%s',
                  v, old, path, new, require("evalwiz.api").suggest(new, (function()
                    local vals = {}
                    for _, o in ipairs(f.options) do vals[#vals + 1] = o.value end
                    return vals
                  end)()))
              end
            end
          end
        end
      end
    end
  end

  -- static checks: ids, help, labels, options
  for _, s in ipairs(pack.steps) do
    local sw = step_where(s)
    if own[s.file] then
      local p = id_problem(s.id)
      if p then report(sw, "step %s", p) end
      if not s.purpose or s.purpose == "" then report(sw, 'step "%s" has no purpose: say in a sentence what the step is for', s.id) end
    end
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
          if okv and res ~= nil and res ~= false and type(res) ~= "string" then
            local kind, why = plan.validator_result(res)
            if not kind then report(fw, "%s: its validator is wrong on %s: %s", name, P.name, why) end
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

  -- the pack's own checks and facts, on the same plans: they run, return
  -- the shape of a result, and read only answers the pack has
  local plancheck = require("evalwiz.plancheck")
  for _, P in ipairs(plans) do
    if pack.facts and owned(pack.facts_where or (display .. "/pack.lua:1")) then
      local reads = {}
      local okf, res = pcall(pack.facts.from_plan, recording_view(P.doc, reads))
      local fw = display .. "/pack.lua:1"
      if not okf then report(split_where(tostring(res)), "the pack's facts fail on %s: %s", P.name, select(2, split_where(tostring(res)))) end
      if okf and type(res) ~= "table" then report(fw, "the pack's facts must be a table, not a %s (on %s)", type(res), P.name) end
      check_reads(fw, "the pack's facts", reads)
    end
    for _, c in ipairs(pack.checks or {}) do
      if owned(c.where) then
        local reads = {}
        local view = recording_view(P.doc, reads)
        local ctx = { label = function(path) return tostring(path) end, shared = {}, pack = { id = pack.id, version = pack.version },
                      facts = pack.facts and select(2, pcall(pack.facts.from_plan, plan.view(P.doc))) or {} }
        if type(ctx.facts) ~= "table" then ctx.facts = {} end
        local okc, res = run_fn(c.where, string.format('check "%s"', c.id), P.name, c.run, view, ctx)
        if okc then
          local why = plancheck.result_problem(res)
          if why then report(c.where, 'check "%s" is wrong on %s: %s', c.id, P.name, why) end
        end
        check_reads(c.where, string.format('check "%s"', c.id), reads)
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
          -- every combination of candidate answers, up to a limit; a
          -- condition may read more answers once the first ones it reads
          -- are given (shared(a) and a.ig.dpia_done): those join the
          -- answers tried, and the search starts again, a few times
          for _ = 1, 4 do
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
            local idx, tries, more = {}, 0, {}
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
              local okw, res = pcall(f.when, recording_view({ answers = answers }, more))
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
            local added = false
            for _, r in ipairs(more) do
              local k = tostring(r.step) .. "." .. tostring(r.field)
              if not seen[k] and pack.by_id[r.step] and pack.by_id[r.step].by_id[r.field] then
                seen[k] = true
                keys[#keys + 1] = r
                added = true
              end
            end
            if reached or not added then break end
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
  if type(untranslated) == "string" and untranslated ~= "" then
    M.untranslated(pack, display, untranslated, report)
  end
  return M.sorted(problems)
end

-- The keys of a table, sorted (nil: none).
function M.keys(t)
  local out = {}
  for k in pairs(t or {}) do out[#out + 1] = k end
  table.sort(out, function(a, b) return tostring(a) < tostring(b) end)
  return out
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

-- Reports each text of the pack with no translation into lang.
function M.untranslated(pack, display, lang, report)
  local i18n = require("evalwiz.i18n")
  local has = false
  for _, l in ipairs(pack.languages) do if l == lang then has = true end end
  if not has then
    report(display .. "/pack.lua:1", "languages does not name %s (the pack has %s): add it, and the file lang/%s.lua",
      lang, table.concat(pack.languages, ", "), lang)
    return
  end
  if lang == pack.languages[1] then return end
  -- the texts as the pack writes them, whatever language the session chose
  local was = pack.lang
  i18n.apply(pack, pack.languages[1])
  local where = display .. "/lang/" .. lang .. ".lua:1"
  for _, u in ipairs(i18n.untranslated(pack, lang)) do
    local text = u.text:gsub("%s+", " ")
    if utf8.len(text) and utf8.len(text) > 50 then text = text:sub(1, utf8.offset(text, 48) - 1) .. "..." end
    report(where, "untranslated: %s %s: %q", u.path, u.what, text)
  end
  if was then i18n.apply(pack, was) end
end

return M
