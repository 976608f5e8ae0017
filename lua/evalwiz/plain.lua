-- plain.lua: the line-by-line front end's model: one question at a time as
-- plain text, answers and commands read a line at a time.  C prints `out`,
-- then `prompt`, reads a line and calls input(); no cursor movement, no colour.
local core = require("evalwiz.core")
local edit = require("evalwiz.edit")
local plan = require("evalwiz.plan")

local M = {}

local S = {}

-- tr("..."): plain mode's own words in the language of messages (gettext,
-- po/LANG.po; make update-po finds them by this name).  The pack's texts
-- are translated by the pack (i18n.lua), the commands' words are not.
local tr = host.gettext

local function commands()
  return tr("Commands: ? help, back, skip, goto N, search WORD, clear, save, quit.") .. "\n"
    .. tr("To answer with one of these words, start the line with a backslash: \\skip.") .. "\n"
end

local function pack() return core.state.pack end
local function doc() return core.state.doc end

-- The askable fields in pack order, each with the notes and computed fields
-- that come before it in its step.
local function build()
  local qs = {}
  for si, s in ipairs(pack().steps) do
    local before = {}
    for _, f in ipairs(s.fields) do
      if f.hidden then
        -- hidden by the pack: never asked, never found
      elseif f.type == "note" or f.type == "computed" then
        before[#before + 1] = f
      else
        qs[#qs + 1] = { step = s, field = f, step_index = si, before = before }
        before = {}
      end
    end
    -- notes and computed values that end a step are shown with its last question
    local last = qs[#qs]
    if #before > 0 and last and last.step == s then
      for _, f in ipairs(before) do last.before[#last.before + 1] = f end
    end
  end
  return qs
end

local function answer_of(q)
  local a = doc().answers[q.step.id]
  return a and a[q.field.id]
end

-- The journal records of the edits since the last reply, for the C side's
-- recovery file: every change goes through the model's edits (edit.lua).
local journal = plan.seq()

local function take(r)
  for _, rec in ipairs(r.journal) do journal[#journal + 1] = rec end
end

local function set_answer(q, v)
  take(edit.apply({ op = "value", step = q.step.id, field = q.field.id, value = v }))
end

-- One more item or row at the end of a list or table answer.
local function add_item(q, item)
  local v = doc().answers[q.step.id] and doc().answers[q.step.id][q.field.id]
  local n = type(v) == "table" and #v or 0
  take(edit.apply({ op = q.field.type == "records" and "row" or "item", action = "add", step = q.step.id,
    field = q.field.id, row = n, value = item }))
end

local function visible(q)
  return plan.visible(q.field, plan.view(doc()))
end

-- the options to pick from (a placeholder is a note, never a number)
local function options(q)
  return plan.pickable(q.field, plan.view(doc()))
end

local function option_label(field, v, view)
  for _, o in ipairs(plan.options(field, view)) do
    if o.value == v then return o.label end
  end
  return tostring(v)
end

local function show_value(field, v)
  local view = plan.view(doc())
  if plan.is_empty(v) then return nil end
  local t = field.type
  if t == "yesno" then return v and "yes" or "no" end
  if t == "choice" then return option_label(field, v, view) end
  if t == "multi" then
    local parts = {}
    for _, x in ipairs(v) do parts[#parts + 1] = option_label(field, x, view) end
    return table.concat(parts, "; ")
  end
  if t == "list" then
    local lines = {}
    for i, x in ipairs(v) do lines[#lines + 1] = string.format("  %d. %s", i, tostring(x)) end
    return "\n" .. table.concat(lines, "\n")
  end
  if t == "records" then
    local lines = {}
    for i, row in ipairs(v) do
      local parts = {}
      for _, c in ipairs(field.columns) do
        local cv = type(row) == "table" and row[c.id]
        if not plan.is_empty(cv) then parts[#parts + 1] = (c.label or c.id) .. ": " .. show_value(c, cv) end
      end
      lines[#lines + 1] = string.format("  %d. %s", i, table.concat(parts, "; "))
    end
    return "\n" .. table.concat(lines, "\n")
  end
  if t == "textarea" and tostring(v):find("\n") then
    return "\n  " .. tostring(v):gsub("\n$", ""):gsub("\n", "\n  ")
  end
  if type(v) == "number" then return plan.format_number(field, v) end
  return tostring(v)
end

local function kind_hint(field)
  local t = field.type
  if t == "number" then return plan.describe_number(field) end
  if t == "date" then return tr("a date, YYYY-MM-DD") end
  if t == "yesno" then return tr("yes or no") end
  if t == "textarea" then return tr("several lines; an empty line ends the answer") end
  if t == "choice" then return tr("type the number of one option") end
  if t == "multi" then return tr("type the numbers of all that apply, separated by commas") end
  if t == "list" then return tr("one item a line; an empty line finishes") end
  if t == "records" then return tr("one row at a time, a column a line; an empty line at the first column finishes") end
  return tr("one line")
end

local function prompt_for(q)
  local f = q.field
  -- what one item is called: the pack's item_label ("link 3>"), else item or row
  if f.type == "list" then
    local v = answer_of(q)
    return string.format("%s %d> ", f.item_label or tr("item"), (type(v) == "table" and #v or 0) + 1)
  end
  if f.type == "records" then
    local v = answer_of(q)
    return string.format("%s %d, %s> ", f.item_label or tr("row"), (type(v) == "table" and #v or 0) + 1, f.columns[1].label or f.columns[1].id)
  end
  return "> "
end

local function count_visible()
  local n = 0
  for _, q in ipairs(S.qs) do if visible(q) then n = n + 1 end end
  return n
end

-- The text that presents question i.
local function present(i)
  local q = S.qs[i]
  local out = {}
  if S.shown_step ~= q.step.id then
    S.shown_step = q.step.id
    out[#out + 1] = ""
    if q.step.number then
      out[#out + 1] = string.format(tr("Step %s: %s (step %d of %d)"), tostring(q.step.number), q.step.title, q.step_index, #pack().steps)
    else
      out[#out + 1] = string.format(tr("%s (step %d of %d)"), q.step.title, q.step_index, #pack().steps)
    end
    if q.step.purpose then out[#out + 1] = q.step.purpose end
  end
  local view = plan.view(doc())
  for _, f in ipairs(q.before) do
    if plan.visible(f, view) then
      if f.type == "note" then
        out[#out + 1] = tr("Note:") .. " " .. (f.text or f.help or "")
      else
        local ok, v = plan.call(f.compute, view)
        if ok and type(v) == "number" then v = plan.format_number(f, v) end
        out[#out + 1] = string.format("%s: %s", f.label or f.id, ok and (v ~= nil and tostring(v) or tr("not yet known")) or tr("cannot be worked out yet"))
      end
    end
  end
  local f = q.field
  out[#out + 1] = ""
  out[#out + 1] = string.format(tr("Question %d of %d: %s%s"), i, #S.qs, f.label or f.id, f.required and " " .. tr("(required)") or "")
  out[#out + 1] = "(" .. kind_hint(f) .. ")"
  if f.type == "choice" or f.type == "multi" then
    local opts, err, note = options(q)
    if err then out[#out + 1] = tr("The options cannot be listed:") .. " " .. err end
    if #opts == 0 and not err then
      out[#out + 1] = tr("There are no options yet: they come from earlier answers") .. (note and (" " .. note) or "") .. "."
    end
    for n, o in ipairs(opts) do out[#out + 1] = string.format("  %d. %s", n, o.label) end
  end
  -- the partner's open review items on it, read with the question
  local rv = require("evalwiz.review").on(q.step.id, f.id)
  if rv.count > 0 then
    out[#out + 1] = rv.count == 1
      and tr("Review: 1 open item on this question (reply N TEXT, resolve N, accept N or decline N TEXT answers one):")
      or string.format(tr("Review: %d open items on this question (reply N TEXT, resolve N, accept N or decline N TEXT answers one):"), rv.count)
    for _, line in ipairs(rv.lines) do out[#out + 1] = "  " .. line end
  end
  local shown = show_value(f, answer_of(q))
  if shown then
    out[#out + 1] = tr("Current answer:") .. " " .. shown
    if f.type == "list" or f.type == "records" then
      out[#out + 1] = tr("New items are added after these; type clear to start again.")
    else
      out[#out + 1] = tr("Press Enter to keep it.")
    end
  end
  return table.concat(out, "\n") .. "\n"
end

local function reply(out, extra)
  local r = { out = out or "", prompt = "> ", save = false, quit = false }
  for k, v in pairs(extra or {}) do r[k] = v end
  if #journal > 0 then
    r.journal = journal
    journal = plan.seq()
  end
  return r
end

local function finish_text()
  local missing = {}
  for n, q in ipairs(S.qs) do
    if q.field.required and visible(q) and plan.is_empty(answer_of(q)) then missing[#missing + 1] = tostring(n) end
  end
  local out = "\n" .. tr("That was the last question.") .. "\n"
  if #missing > 0 then
    out = out .. string.format(tr("Required questions not yet answered: %s."), table.concat(missing, ", ")) .. "\n"
  else
    out = out .. tr("Every required question is answered.") .. "\n"
  end
  return out .. tr("Type goto N to go back to a question, or quit to finish.") .. "\n"
end

-- Moves to the next visible question from i (inclusive) in direction d.
local function go(i, d, prefix)
  S.sub = nil
  while S.qs[i] and not visible(S.qs[i]) do i = i + d end
  if i < 1 then
    S.i = 1
    while S.qs[S.i] and not visible(S.qs[S.i]) do S.i = S.i + 1 end
    if not S.qs[S.i] then S.i = #S.qs + 1; return reply((prefix or "") .. finish_text()) end
    return reply((prefix or "") .. tr("This is the first question.") .. "\n" .. present(S.i), { prompt = prompt_for(S.qs[S.i]) })
  end
  if i > #S.qs then
    S.i = #S.qs + 1
    return reply((prefix or "") .. finish_text())
  end
  S.i = i
  return reply((prefix or "") .. present(i), { prompt = prompt_for(S.qs[i]) })
end

function M.start()
  S = { qs = build(), i = 1, sub = nil, shown_step = nil }
  local d = doc()
  local title = d.meta and d.meta.title
  local intro = string.format(tr("evalwiz plain mode: %s, %d questions in %d steps."), title or tr("your plan"), #S.qs, #pack().steps)
    .. "\n" .. tr("Each answer is saved as soon as you give it.") .. "\n" .. commands()
  -- start at the first visible question that is not answered yet
  local first
  for n, q in ipairs(S.qs) do
    if visible(q) and plan.is_empty(answer_of(q)) then first = n; break end
  end
  return go(first or 1, 1, intro)
end

local function help_text(q)
  local f = q.field
  local out = { "" }
  out[#out + 1] = f.label or f.id
  if f.help then out[#out + 1] = f.help end
  if f.example then out[#out + 1] = tr("For example:") .. " " .. tostring(f.example) end
  local default = plan.default_text(f)
  if default then out[#out + 1] = string.format(tr("Left unanswered, evalwiz takes it as: %s."), default) end
  if f.type == "choice" or f.type == "multi" then
    for n, o in ipairs(options(q)) do
      if o.help then out[#out + 1] = string.format("  %d. %s: %s", n, o.label, o.help) end
    end
  end
  if f.type == "records" then
    for _, c in ipairs(f.columns) do
      out[#out + 1] = string.format("  %s: %s", c.label or c.id, c.help or kind_hint(c))
    end
  end
  out[#out + 1] = string.format(tr("Stored as %s."), q.step.id .. "." .. f.id)
  out[#out + 1] = commands()
  return table.concat(out, "\n")
end

local function search(word)
  local w = word:lower()
  local out = {}
  for n, q in ipairs(S.qs) do
    local parts = { q.field.label or "", q.field.help or "", q.step.id .. "." .. q.field.id, q.step.title }
    if type(q.field.options) == "table" then
      for _, o in ipairs(q.field.options) do parts[#parts + 1] = o.label end
    end
    local hay = table.concat(parts, " "):lower()
    if hay:find(w, 1, true) then
      out[#out + 1] = string.format("  %d. %s (%s)%s", n, q.field.label or q.field.id, q.step.title, visible(q) and "" or " [" .. tr("not asked with your answers") .. "]")
    end
  end
  if #out == 0 then return string.format(tr("No question mentions %q."), word) .. "\n" end
  return string.format(tr("Questions that mention %q (type goto N):"), word) .. "\n" .. table.concat(out, "\n") .. "\n"
end

-- A choice typed as its number, its value or its label.
local function pick(opts, text)
  local n = math.tointeger(tonumber(text))
  if n then
    if opts[n] then return opts[n].value end
    return nil, string.format(tr("there is no option %d; type a number from 1 to %d"), n, #opts)
  end
  local l = text:lower()
  for _, o in ipairs(opts) do
    if o.value:lower() == l or o.label:lower() == l then return o.value end
  end
  -- the start of just one option's words, as people shorten them ("6 months")
  local found
  for _, o in ipairs(opts) do
    if o.label:lower():sub(1, #l) == l then
      if found then found = false break end
      found = o.value
    end
  end
  if found then return found end
  return nil, string.format(tr("%q is not one of the options; type its number"), text)
end

-- Text typed for one field (or a records column), typed and checked.
local function parse(field, text, q)
  local view = plan.view(doc())
  if field.type == "choice" then
    local v, err = pick(plan.options(field, view), text)
    if not v then return nil, err end
    return plan.coerce(field, v, nil, view)
  end
  if field.type == "multi" then
    local opts = plan.options(field, view)
    local vals = plan.seq()
    for item in text:gmatch("[^,]+") do
      item = item:match("^%s*(.-)%s*$")
      if item ~= "" then
        local v, err = pick(opts, item)
        if not v then return nil, err end
        vals[#vals + 1] = v
      end
    end
    return plan.coerce(field, text, vals, view)
  end
  return plan.coerce(field, text, nil, view)
end

local function validate_note(q)
  local probs = plan.field_problems(q.step, q.field, doc(), plan.view(doc()))
  local out = {}
  for _, p in ipairs(probs) do
    if p.kind == "error" or p.kind == "warning" then out[#out + 1] = tr("Saved, but note:") .. " " .. p.message .. "\n" end
  end
  return table.concat(out)
end

-- Commits what a multi-line entry holds so far (a command keeps what was typed).
local function commit_sub()
  local sub = S.sub
  S.sub = nil
  if not sub then return false end
  local q = S.qs[S.i]
  if sub.kind == "textarea" and #sub.lines > 0 then
    set_answer(q, table.concat(sub.lines, "\n") .. (#sub.lines > 1 and "\n" or ""))
    return true
  end
  if sub.kind == "records" and next(sub.row) ~= nil then
    add_item(q, sub.row)
    return true
  end
  return false
end

local function command(line)
  local cmd, arg = line:match("^(%S+)%s*(.-)%s*$")
  cmd = cmd and cmd:lower()
  local q = S.qs[S.i]
  if cmd == "?" or cmd == "help" then
    if not q then return reply(commands(), { prompt = "> " }) end
    return reply(help_text(q) .. "\n", { prompt = S.sub and S.sub.prompt or prompt_for(q) })
  end
  if cmd == "search" then
    if arg == "" then return reply(tr("search what? Type search and a word, like search consent.") .. "\n", { prompt = q and prompt_for(q) or "> " }) end
    return reply(search(arg), { prompt = S.sub and S.sub.prompt or (q and prompt_for(q) or "> ") })
  end
  local saved = commit_sub()
  if cmd == "save" then
    return reply(tr("Saved.") .. "\n", { save = true, prompt = q and prompt_for(q) or "> " })
  end
  if cmd == "quit" or cmd == "exit" then
    return reply(tr("Saved. Goodbye.") .. "\n", { save = true, quit = true })
  end
  if cmd == "back" then
    return go(math.min(S.i, #S.qs + 1) - 1, -1, nil), saved
  end
  if cmd == "skip" then
    return go(S.i + 1, 1), saved
  end
  if cmd == "goto" then
    local n = math.tointeger(tonumber(arg))
    if not n then
      for k, qq in ipairs(S.qs) do
        if qq.step.id .. "." .. qq.field.id == arg then n = k end
      end
    end
    if not n or not S.qs[n] then
      return reply(string.format(tr("goto takes a question number from 1 to %d."), #S.qs) .. "\n", { prompt = q and prompt_for(q) or "> " })
    end
    if not visible(S.qs[n]) then
      return reply(string.format(tr("Question %d is not asked with your current answers."), n) .. "\n", { prompt = q and prompt_for(q) or "> " })
    end
    return go(n, 1), saved
  end
  if cmd == "clear" and q then
    set_answer(q, nil)
    return reply(tr("Cleared.") .. "\n" .. present(S.i), { save = true, prompt = prompt_for(q) })
  end
  return nil
end

local WORDS = { ["?"] = true, help = true, back = true, skip = true, ["goto"] = true, search = true,
  save = true, quit = true, exit = true, clear = true }

local function after_answer(q, extra)
  local note = validate_note(q)
  local r = go(S.i + 1, 1, (extra or "") .. note)
  r.save = true
  return r
end

-- The partner's review, answered from plain mode: reply N TEXT, resolve
-- N, accept N, decline N TEXT (the words alone, with a number, so that an
-- answer that starts with one of them is still an answer).
-- Each is an edit (edit.lua), so that it is journalled like an answer.
local function review_edit(e)
  local r = edit.apply(e)
  if not r.accepted then return { message = r.message } end
  take(r)
  return { status = r.status or "resolved" }
end

local REVIEW = {
  { pattern = "^%s*[Rr]eply%s+(%d+)%s+(%S.-)%s*$", run = function(id, text, who, now)
    return review_edit({ op = "review", action = "reply", id = id, text = text, author = who, now = now }) end },
  { pattern = "^%s*[Rr]esolve%s+(%d+)%s*$", run = function(id, _, who, now)
    return review_edit({ op = "review", action = "resolve", id = id, author = who, now = now }) end },
  { pattern = "^%s*[Dd]ecline%s+(%d+)%s+(%S.-)%s*$", run = function(id, text, who, now)
    return review_edit({ op = "review", action = "decline", id = id, text = text, author = who, now = now }) end },
  { pattern = "^%s*[Aa]ccept%s+(%d+)%s*$", run = function(id, _, who, now)
    return review_edit({ op = "review_accept", id = id, author = who, now = now }) end },
}

local function review_command(line, who, now)
  for _, c in ipairs(REVIEW) do
    local id, text = line:match(c.pattern)
    if id then
      local ok, res = pcall(c.run, math.tointeger(tonumber(id)), text, who or "the team", now or "")
      local q = S.qs[S.i]
      local prompt = q and prompt_for(q) or "> "
      if not ok then return reply(tostring(res) .. ".\n", { prompt = prompt }) end
      if res.message then return reply(res.message .. ".\n", { prompt = prompt }) end
      return reply(string.format(tr("Review item %s: %s."), id, tostring(res.status)) .. "\n", { save = true, prompt = prompt })
    end
  end
  return nil
end

function M.input(line, who, now)
  line = line:gsub("\r$", "")
  if not S.sub then
    local r = review_command(line, who, now)
    if r then return r end
  end
  local first = line:match("^%s*(%S+)")
  if first and WORDS[first:lower()] then
    local r, saved = command(line:match("^%s*(.-)$"))
    if r then
      if saved then r.save = true end
      return r
    end
  end
  if line:sub(1, 1) == "\\" then line = line:sub(2) end
  local q = S.qs[S.i]
  if not q then
    return reply(tr("Type goto N to go back to a question, or quit to finish.") .. "\n")
  end
  local f = q.field
  local sub = S.sub
  -- multi-line entries
  if sub and sub.kind == "textarea" then
    if line == "" then
      S.sub = nil
      set_answer(q, table.concat(sub.lines, "\n") .. (#sub.lines > 1 and "\n" or ""))
      return after_answer(q)
    end
    sub.lines[#sub.lines + 1] = line
    return reply("", { prompt = sub.prompt })
  end
  if f.type == "records" then
    sub = sub or { kind = "records", row = {}, col = 1 }
    S.sub = sub
    local col = f.columns[sub.col]
    local v = answer_of(q)
    local rown = (type(v) == "table" and #v or 0) + 1
    if line:match("^%s*$") then
      if sub.col == 1 then
        S.sub = nil
        return go(S.i + 1, 1, validate_note(q))
      end
    elseif sub.col == 1 and f.max_items and rown > f.max_items then
      S.sub = nil
      return reply(string.format(tr("Not taken: this question takes at most %d; an empty line finishes, clear starts again."),
        f.max_items) .. "\n", { prompt = prompt_for(q) })
    else
      local typed, err = parse(col, line, q)
      if err then
        sub.prompt = string.format("%s %d, %s> ", f.item_label or tr("row"), rown, col.label or col.id)
        return reply(string.format(tr("Not taken: %s. Try again, or type ? for help."), err) .. "\n", { prompt = sub.prompt })
      end
      sub.row[col.id] = typed
    end
    sub.col = sub.col + 1
    if sub.col > #f.columns then
      S.sub = nil
      add_item(q, sub.row)
      local word = f.item_label or tr("row")
      return reply(string.format(tr("%s %d saved."), word:sub(1, 1):upper() .. word:sub(2), rown) .. "\n", { save = true, prompt = prompt_for(q) })
    end
    local nc = f.columns[sub.col]
    local hint = nc.type == "choice" and (function()
      local parts = {}
      for n, o in ipairs(plan.options(nc, plan.view(doc()))) do parts[#parts + 1] = string.format("%d. %s", n, o.label) end
      return "  " .. table.concat(parts, "  ") .. "\n"
    end)() or ""
    sub.prompt = string.format("%s %d, %s> ", f.item_label or tr("row"), rown, nc.label or nc.id)
    return reply(hint, { prompt = sub.prompt })
  end
  if f.type == "list" then
    if line:match("^%s*$") then return go(S.i + 1, 1, validate_note(q)) end
    local v = answer_of(q)
    if f.max_items and type(v) == "table" and #v >= f.max_items then
      return reply(string.format(tr("Not taken: this question takes at most %d; an empty line finishes, clear starts again."),
        f.max_items) .. "\n", { prompt = prompt_for(q) })
    end
    add_item(q, line)
    return reply("", { save = true, prompt = prompt_for(q) })
  end
  if line:match("^%s*$") then
    return go(S.i + 1, 1)
  end
  if f.type == "textarea" then
    S.sub = { kind = "textarea", lines = { line }, prompt = "... " }
    return reply("", { prompt = "... " })
  end
  local typed, err = parse(f, line, q)
  if err then
    return reply(string.format(tr("Not taken: %s. Try again, or type ? for help."), err) .. "\n", { prompt = prompt_for(q) })
  end
  set_answer(q, typed)
  return after_answer(q)
end

return M
