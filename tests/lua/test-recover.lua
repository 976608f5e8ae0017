-- edit.replay: the records of a recovery file put the answers back in
-- order, judged by content: what the plan already shows is skipped, what
-- changed underneath a record is left out and counted.
local core = require("evalwiz.core")
local edit = require("evalwiz.edit")
local plan = require("evalwiz.plan")

local function fresh()
  core.load_pack(srcdir .. "/tests/tui/pack", "pack")
  core.new_plan("T", "2026-01-01T00:00:00Z")
end

local function get(path) return core.get(path).value end

-- the plan as saved: a copy, as a file would hold it (core.document shares
-- the answers' tables with the open plan)
local function copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = copy(x) end
  return setmetatable(c, getmetatable(v))
end
local function snapshot() return copy(core.document()) end
-- opens a copy: core.open adopts the tables it is given
local function reopen(doc) core.open(copy(doc), {}, "p.yaml") end

-- the journal an edit leaves, as the session writes it to PLAN.recover
local function journal_of(...)
  local out = {}
  for _, e in ipairs({ ... }) do
    for _, r in ipairs(edit.apply(e).journal) do out[#out + 1] = r end
  end
  return out
end

test("records replay in order: the last value of a field wins", function()
  fresh()
  local r = edit.replay({
    { seq = 1, step = "basics", field = "name", value = "First" },
    { seq = 2, step = "basics", field = "children", value = 12 },
    { seq = 3, step = "basics", field = "name", value = "Second", was = "First" },
    { seq = 4, step = "lists", field = "outcomes", value = plan.seq({ "a", "b" }) },
    { seq = 5, title = "Restored title", was = "T" },
  })
  eq(r.applied, 5)
  eq(r.conflict, 0)
  eq(get("basics.name"), "Second")
  eq(get("basics.children"), 12)
  eq(get("lists.outcomes")[2], "b")
  eq(require("evalwiz.ui").screen(1).title, "Restored title")
end)

test("a record without a value clears the answer", function()
  fresh()
  edit.apply({ op = "text", step = "basics", field = "name", text = "Gone soon" })
  edit.replay({ { seq = 1, step = "basics", field = "name", was = "Gone soon" } })
  eq(get("basics.name"), nil)
end)

test("records for questions the pack does not have are counted, not fatal", function()
  fresh()
  local r = edit.replay({
    { seq = 1, step = "nosuch", field = "x", value = 1 },
    { seq = 2, step = "basics", field = "nosuch", value = 1 },
    { seq = 3, step = "basics", field = "name", value = "Kept" },
  })
  eq(r.applied, 1)
  eq(r.unknown, 2)
  eq(get("basics.name"), "Kept")
end)

test("every kind of edit journals a record that replays it on the plan as saved", function()
  fresh()
  local saved = snapshot()
  local recs = journal_of(
    { op = "text", step = "basics", field = "name", text = "Links" },
    { op = "toggle", step = "basics", field = "agencies", value = "police" },
    { op = "item", step = "lists", field = "outcomes", action = "add", row = 0, text = "first" },
    { op = "item", step = "lists", field = "outcomes", action = "add", row = 1, text = "second" },
    { op = "item", step = "lists", field = "outcomes", action = "set", row = 1, text = "First" },
    { op = "item", step = "lists", field = "outcomes", action = "down", row = 1 },
    { op = "row", step = "lists", field = "measures", action = "add", row = 0 },
    { op = "row", step = "lists", field = "measures", action = "set", row = 1, col = 1, text = "stress" },
    { op = "row", step = "lists", field = "measures", action = "add", row = 1 },
    { op = "row", step = "lists", field = "measures", action = "delete", row = 2 },
    { op = "title", text = "Renamed" })
  local want = core.document()
  -- the plan as it was saved, then the records: the same plan
  reopen(saved)
  local dry = edit.replay(recs, true)
  eq(dry.applied, #recs)
  eq(get("basics.name"), nil, "a dry run changes nothing")
  local r = edit.replay(recs)
  eq(r.applied, #recs)
  eq(r.conflict, 0)
  local got = core.document()
  eq(got.answers.basics.name, "Links")
  eq(table.concat(got.answers.lists.outcomes, ","), "second,First")
  eq(#got.answers.lists.measures, 1)
  eq(got.answers.lists.measures[1].outcome, "stress")
  eq(want.answers.lists.measures[1].outcome, "stress")
  eq(got.meta.title, "Renamed")
  -- given again to the plan that has them all (a crash after the save and
  -- before the journal went): the plan stays as it is
  local before = snapshot()
  local again = edit.replay(recs)
  eq(again.conflict, 0)
  ok(edit.deep_equal(snapshot().answers, before.answers), "replayed twice, the plan is the same")
  eq(snapshot().meta.title, "Renamed")
end)

test("a record whose answer changed since (another session saved) is left out, counted", function()
  fresh()
  local recs = journal_of({ op = "text", step = "basics", field = "name", text = "Mine" })
  core.new_plan("T", "2026-01-01T00:00:00Z")
  core.set("basics.name", "Theirs, saved by evalwiz set")
  local r = edit.replay(recs, true)
  eq(r.applied, 0)
  eq(r.conflict, 1)
  edit.replay(recs)
  eq(get("basics.name"), "Theirs, saved by evalwiz set", "never forced over a later answer")
end)

test("a journal part of which the plan already has: the rest applies, the part is the same", function()
  fresh()
  local recs = journal_of(
    { op = "text", step = "basics", field = "name", text = "A", group = 1 },
    { op = "text", step = "basics", field = "name", text = "AB", group = 1 },
    { op = "text", step = "basics", field = "children", text = "5" },
    { op = "text", step = "basics", field = "name", text = "ABC", group = 2 })
  -- the plan as a save in the background wrote it, after the first three
  core.new_plan("T", "2026-01-01T00:00:00Z")
  core.set("basics.name", "AB")
  core.set("basics.children", "5")
  local r = edit.replay(recs)
  eq(r.applied, 1)
  eq(r.conflict, 0, "a record a later one sets again is not a conflict")
  eq(get("basics.name"), "ABC")
  eq(get("basics.children"), 5)
end)

test("row records check the rows they change: a moved row is not moved back", function()
  fresh()
  edit.apply({ op = "item", step = "lists", field = "outcomes", action = "add", row = 0, text = "x" })
  edit.apply({ op = "item", step = "lists", field = "outcomes", action = "add", row = 1, text = "y" })
  local saved = snapshot()
  local recs = journal_of({ op = "item", step = "lists", field = "outcomes", action = "up", row = 2 })
  eq(table.concat(get("lists.outcomes"), ","), "y,x")
  -- replayed on the plan that already has the move: the same, not moved back
  local r = edit.replay(recs)
  eq(r.same, 1)
  eq(table.concat(get("lists.outcomes"), ","), "y,x")
  -- and on the plan before it: moved
  reopen(saved)
  edit.replay(recs)
  eq(table.concat(get("lists.outcomes"), ","), "y,x")
  -- a delete whose row is not there any more is a conflict
  local del = journal_of({ op = "item", step = "lists", field = "outcomes", action = "delete", row = 1 })
  reopen(saved)
  edit.apply({ op = "item", step = "lists", field = "outcomes", action = "set", row = 1, text = "changed" })
  eq(edit.replay(del, true).conflict, 1)
end)
