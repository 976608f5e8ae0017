-- memo.lua: what the screens show is worked out again only where an edit
-- changed what it read, and is then the same as worked out afresh.
local core = require("evalwiz.core")
local memo = require("evalwiz.memo")
local ui = require("evalwiz.ui")
local edit = require("evalwiz.edit")

local function fresh()
  core.load_pack(srcdir .. "/tests/tui/pack", "pack")
  core.new_plan("T", "2026-01-01T00:00:00Z")
end

local function computed()
  local _, n = memo.size()
  return n
end

-- a screen as plain data, without the step list (whose statuses may be
-- pending: statuses() compares them once all are worked out)
local function plain(v, top)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do if not (top and k == "steps") then c[k] = plain(x) end end
  return c
end

local function statuses()
  -- every step's status worked out, as the idle loop does
  while ui.idle(1).more do end
  local out = {}
  for _, s in ipairs(ui.screen(1).steps) do out[#out + 1] = s.status end
  return table.concat(out, " ")
end

test("an edit works out again only what read the answer it changed", function()
  fresh()
  ui.screen(1)
  ui.screen(2)
  while ui.idle(1).more do end
  local before = computed()
  ui.screen(1)
  ui.screen(2)
  eq(computed(), before, "nothing changed: nothing worked out again")
  edit.apply({ op = "text", step = "lists", field = "outcomes", text = "a\nb" })
  ui.screen(1)
  local after = computed()
  -- step 2's status (pending until idle), its outcomes question: not step 1's many questions
  ok(after - before <= 3, "an edit in step 2 worked out " .. (after - before) .. " things for step 1's screen")
  edit.apply({ op = "text", step = "basics", field = "name", text = "Links" })
  ui.screen(1)
  ok(computed() - after <= 6, "an edit of the name worked out " .. (computed() - after) .. " things")
end)

test("what is kept is what a fresh start works out", function()
  fresh()
  local edits = {
    { op = "toggle", step = "basics", field = "setting", value = "home" },
    { op = "text", step = "basics", field = "children", text = "lots" },
    { op = "text", step = "basics", field = "children", text = "52" },
    { op = "text", step = "basics", field = "name", text = "show early" },
    { op = "item", step = "lists", field = "outcomes", action = "add", row = 0, text = "x" },
    { op = "row", step = "lists", field = "measures", action = "add", row = 0 },
    { op = "row", step = "lists", field = "measures", action = "set", row = 1, col = 3, text = "nobody" },
    { op = "undo" },
    { op = "title", text = "Renamed" },
  }
  for _, e in ipairs(edits) do
    edit.apply(e)
    local kept = { plain(ui.screen(1), true), plain(ui.screen(2), true), statuses() }
    core.changed()  -- forget everything: worked out afresh
    local again = { plain(ui.screen(1), true), plain(ui.screen(2), true), statuses() }
    ok(edit.deep_equal(kept, again), "after " .. e.op .. ", what was kept differs from a fresh start")
  end
end)

test("another step's status is shown as it was until the keyboard is idle", function()
  fresh()
  local s = ui.screen(1)
  eq(s.steps[1].status, "not_started")
  eq(s.steps[1].pending, nil, "the current step's status is worked out at once")
  eq(s.steps[2].status, "pending")
  eq(s.steps[2].pending, true)
  local r = ui.idle(1)
  eq(r.more, false)
  eq(r.steps[2].status, "not_started")
  eq(r.steps[2].pending, nil)
  edit.apply({ op = "text", step = "lists", field = "outcomes", text = "a" })
  s = ui.screen(1)
  eq(s.steps[2].status, "not_started", "the last status known, until it is worked out again")
  eq(s.steps[2].pending, true)
  eq(ui.idle(1).steps[2].status, "in_progress")
  eq(ui.idle(1).more, false)
end)

test("a long status is worked out in slices, and what runs between them sees the model as it is", function()
  fresh()
  local slice = ui.IDLE_SLICE
  ui.IDLE_SLICE = 1000
  local lines, rows = {}, {}
  for i = 1, 2000 do lines[i] = "outcome " .. i end
  for i = 1, 500 do rows[i] = { item = "item " .. i, amount = i } end
  edit.apply({ op = "text", step = "lists", field = "outcomes", text = table.concat(lines, "\n") })
  core.state.doc.answers.lists.costs = rows
  core.changed()
  ui.screen(1)
  local slices, r = 0, nil
  repeat
    r = ui.idle(1)
    if r.more and not r.steps then
      slices = slices + 1
      -- between slices, a key's own work: a screen, and edits of another
      -- step and of the step being worked out (whose status then holds no
      -- longer, and is worked out again)
      if slices == 1 then
        edit.apply({ op = "text", step = "basics", field = "name", text = "Between" })
        ui.screen(1)
      elseif slices == 2 then
        lines[#lines + 1] = "one more"
        edit.apply({ op = "text", step = "lists", field = "outcomes", text = table.concat(lines, "\n") })
      end
    end
  until not r.more
  ui.IDLE_SLICE = slice
  ok(slices >= 3, "the status took " .. slices .. " slices")
  local kept = statuses()
  core.changed()
  eq(statuses(), kept, "worked out in slices, the statuses are what a fresh start gives")
end)

test("pack code is given copies, read-only, and a copy is kept until its answer changes", function()
  fresh()
  edit.apply({ op = "item", step = "lists", field = "outcomes", action = "add", row = 0, text = "x" })
  local v = memo.view(core.state.doc)
  local a = v.lists.outcomes
  eq(a[1], "x")
  fails(function() v.lists.outcomes = {} end, "read%-only")
  eq(memo.view(core.state.doc).lists.outcomes, a, "the same copy for another view")
  edit.apply({ op = "item", step = "lists", field = "outcomes", action = "set", row = 1, text = "y" })
  eq(memo.view(core.state.doc).lists.outcomes[1], "y")
  eq(a[1], "x", "the old copy is not changed under its holder")
end)

test("the default pack and the demo plan: edits anywhere, screens as worked out afresh", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml"))
  core.open(doc, {}, "demo.yaml")
  local pack = core.state.pack
  local function all_screens()
    local out = {}
    for i = 1, #pack.steps do out[i] = plain(ui.screen(i), true) end
    out.statuses = statuses()
    return out
  end
  all_screens()
  -- answers read far away: by the checks, the facts, the advisor's panel,
  -- other steps' options and conditions
  local edits = {}
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do
      if f.type == "number" then
        edits[#edits + 1] = { op = "text", step = s.id, field = f.id, text = "7" }
      elseif f.type == "yesno" then
        edits[#edits + 1] = { op = "toggle", step = s.id, field = f.id, value = "no" }
      elseif f.type == "text" and #edits % 3 == 0 then
        edits[#edits + 1] = { op = "text", step = s.id, field = f.id, text = "" }
      end
    end
  end
  ok(#edits > 10, "edits across the pack: " .. #edits)
  for i, e in ipairs(edits) do
    if i % 4 == 0 then
      edit.apply(e)
      local kept = all_screens()
      core.changed()
      ok(edit.deep_equal(kept, all_screens()), "after " .. e.step .. "." .. e.field .. ", a screen differs from a fresh start")
    end
  end
end)
