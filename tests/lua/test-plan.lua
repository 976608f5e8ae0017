-- The plan model: coerce for every field type, check_type, step_status, and
-- the ordered document that keeps what the pack does not know.
local plan = require("evalwiz.plan")
local pack = require("evalwiz.pack")

local P = pack.load(srcdir .. "/tests/data/packs/good", "good")
local B, M = P.by_id.basics, P.by_id.more
local function field(path)
  local s, f = path:match("^(%w+)%.([%w_]+)$")
  return P.by_id[s].by_id[f]
end

local function doc_with(answers)
  return plan.adopt({ evalwiz = 1, answers = answers or {} }, {}, "p.yaml")
end

-- coerce with an empty plan; parsed is the YAML reading of raw, when given
local function coerce(path, raw, parsed, answers)
  return plan.coerce(field(path), raw, parsed, plan.view(doc_with(answers)))
end

local function refused(path, raw, parsed, want)
  local v, err = coerce(path, raw, parsed)
  if v ~= nil or err ~= want then
    error(string.format("%s=%s:\n  got  %s, %s\n  want nil, %s", path, raw, tostring(v), tostring(err), want), 2)
  end
end

test("text and textarea", function()
  eq(coerce("basics.name", "Ada"), "Ada")
  eq(coerce("basics.name", "12"), "12", "a number stays text in a text field")
  eq(coerce("basics.story", "line one\nline two"), "line one\nline two")
  refused("basics.name", "one\ntwo", nil, "expected one line of text, found several lines")
  eq(coerce("basics.name", ""), nil, "empty clears")
end)

test("number: whole numbers, ranges, decimals", function()
  eq(coerce("basics.count", "42"), 42)
  eq(math.type(coerce("basics.count", "42")), "integer")
  eq(coerce("basics.count", " 7 "), 7)
  eq(coerce("basics.ratio", "2.5"), 2.5)
  eq(coerce("basics.ratio", "1e3"), 1000.0)
  eq(coerce("basics.count", "4.0"), 4)
  refused("basics.count", "abc", nil, 'expected a whole number from 0 to 100, got "abc"')
  refused("basics.count", "4.5", nil, "expected a whole number from 0 to 100")
  refused("basics.count", "101", nil, "101 is out of range: expected a whole number from 0 to 100")
  refused("basics.count", "-1", nil, "-1 is out of range: expected a whole number from 0 to 100")
  refused("basics.ratio", "ten", nil, 'expected a number (%), got "ten"')
  refused("basics.ratio", "1e999", nil, 'expected a number (%), got "1e999"')
end)

test("yes/no", function()
  for _, y in ipairs({ "yes", "Y", "true", "YES" }) do eq(coerce("basics.ready", y), true, y) end
  for _, n in ipairs({ "no", "N", "false" }) do eq(coerce("basics.ready", n), false, n) end
  refused("basics.ready", "maybe", nil, 'expected yes or no, got "maybe"')
end)

test("date", function()
  eq(coerce("basics.start", "2026-02-28"), "2026-02-28")
  eq(coerce("basics.start", "2024-02-29"), "2024-02-29")
  refused("basics.start", "2026-02-29", nil, 'expected a date written YYYY-MM-DD, found "2026-02-29"')
  -- as people write it, day first (evalwiz.typed)
  eq(coerce("basics.start", "1/2/2026"), "2026-02-01")
  refused("basics.start", "30/2/2026", nil, '"30/2/2026" is not a real date: check the day and the month (day first, like 31/12/2026)')
  refused("basics.start", "2026-13-01", nil, 'expected a date written YYYY-MM-DD, found "2026-13-01"')
end)

test("choice: one of the options, and the refusal lists them", function()
  eq(coerce("basics.colour", "blue"), "blue")
  refused("basics.colour", "purple", nil, '"purple" is not one of the options: red, green, blue')
  -- an option's label, or the start of just one label, names it
  eq(coerce("basics.colour", "Blue sky"), "blue")
  refused("basics.colour", "Purple haze", nil, '"Purple haze" is not one of the options: red, green, blue')
end)

test("multi: a YAML list or comma-separated text", function()
  eq(coerce("basics.tags", "a, c"), { "a", "c" })
  eq(coerce("basics.tags", "[b]", plan.seq({ "b" })), { "b" })
  refused("basics.tags", "a, z", nil, '"z" is not one of the options: a, b, c')
  refused("basics.tags", "{a: 1}", { a = 1 }, "expected a list of options: a, b, c")
end)

test("list: YAML flow syntax, items as text", function()
  eq(coerce("more.items", "[one, 2]", plan.seq({ "one", 2 })), { "one", "2" })
  refused("more.items", "just text", "just text", "expected a list in YAML flow syntax, like [first item, second item]")
  refused("more.items", "{a: 1}", { a = 1 }, "expected a list of items")
  refused("more.items", "[[x]]", plan.seq({ plan.seq({ "x" }) }), "item 1: expected text")
end)

test("records: rows of column: value, cells typed by their column", function()
  local rows = coerce("more.people", "[{who: Ann, age: 40, lead: yes}]",
    plan.seq({ { who = "Ann", age = 40, lead = "yes" } }))
  eq(rows, { { who = "Ann", age = 40, lead = true } })
  rows = coerce("more.people", "[{who: 7, age: '12'}]", plan.seq({ { who = 7, age = "12" } }))
  eq(rows, { { who = "7", age = 12 } })
  refused("more.people", "x", "x", "expected a list of rows in YAML flow syntax, like [{who: ...}]")
  refused("more.people", "[x]", plan.seq({ "x" }), "row 1: expected a record (column: value)")
  refused("more.people", "[{age: old}]", plan.seq({ { age = "old" } }), 'row 1, age: expected a whole number, got "old"')
  refused("more.people", "[{lead: perhaps}]", plan.seq({ { lead = "perhaps" } }), 'row 1, lead: expected yes or no, got "perhaps"')
end)

test("computed and note fields cannot be set", function()
  refused("more.total", "3", nil, "this field cannot be set: it is computed from other answers")
  refused("basics.hint", "x", nil, "this field cannot be set: it is guidance only")
end)

test("check_type on stored values", function()
  local view = plan.view(doc_with())
  eq(plan.check_type(field("basics.count"), 5, view), nil)
  eq(plan.check_type(field("basics.count"), "5", view), 'expected a whole number from 0 to 100, found "5"')
  eq(plan.check_type(field("basics.name"), { "x" }, view), "expected text, found a list or record")
  eq(plan.check_type(field("basics.ready"), "yes", view), "expected yes or no")
  eq(plan.check_type(field("basics.colour"), 3, view), "expected one of: red, green, blue")
  eq(plan.check_type(field("more.items"), { a = "x" }, view), "expected a list of items")
  eq(plan.check_type(field("more.people"), { { age = 1.5 } }, view), "row 1, age: expected a whole number")
  eq(plan.check_type(field("basics.start"), "2026-01-01", view), nil)
  eq(plan.check_type(field("basics.ratio"), math.huge, view), 'expected a number (%), found "inf"')
  ok(plan.check_type(field("basics.ratio"), 0.0 / 0.0, view), "NaN is not a number answer")
end)

test("a placeholder option is shown, never taken as an answer", function()
  local checks = require("evalwiz.checks")
  local view = plan.view(doc_with())
  local f = { id = "served", type = "choice", options = function() return checks.options_from({}, "(name outcomes first)") end }
  eq(plan.check_type(f, "not_named_yet", view), '"not_named_yet" is not one of the options: none yet (name outcomes first)')
  local named = { id = "served", type = "choice", options = function() return checks.options_from({ "Calmer homes" }) end }
  eq(plan.check_type(named, "Calmer homes", view), nil)
  eq(plan.check_type(named, "not_named_yet", view), '"not_named_yet" is not one of the options: Calmer homes')
end)

test("pickable: the placeholder is a note apart from the options to pick", function()
  local checks = require("evalwiz.checks")
  local view = plan.view(doc_with())
  local none = { id = "served", type = "choice", options = function() return checks.options_from({}, "(name outcomes first)") end }
  local opts, err, note = plan.pickable(none, view)
  eq(#opts, 0, "nothing to pick")
  eq(err, nil)
  eq(note, "(name outcomes first)")
  local named = { id = "served", type = "choice", options = function() return checks.options_from({ "Calmer homes", "Fewer exclusions" }) end }
  opts, err, note = plan.pickable(named, view)
  eq(#opts, 2)
  eq(opts[2].value, "Fewer exclusions")
  eq(note, nil)
end)

test("field_problems: missing, wrong type, validator, condition", function()
  local d = doc_with({ basics = { code = "ab1", count = "x" } })
  local probs = plan.step_problems(B, d, plan.view(d))
  local by = {}
  for _, p in ipairs(probs) do by[p.path] = p end
  eq(by["basics.name"].kind, "missing")
  eq(by["basics.count"].message, 'expected a whole number from 0 to 100, found "x"')
  eq(by["basics.code"].message, "a code is two capitals and a digit")
  eq(by["basics.why_blue"], nil, "a hidden field has no problems")
  d = doc_with({ basics = { colour = "blue" } })
  ok(plan.visible(field("basics.why_blue"), plan.view(d)), "shown when colour is blue")
end)

test("step_status: not started, in progress, complete, problems", function()
  local function status(answers, step)
    local d = doc_with(answers)
    return (plan.step_status(step or B, d))
  end
  eq(status({}), "not_started")
  eq(status({ basics = { story = "x" } }), "in_progress", "the required name is missing")
  eq(status({ basics = { name = "A" } }), "complete", "every required question answered")
  eq(status({ basics = { name = "A", count = "many" } }), "problems")
  eq(status({ basics = { name = "A", code = "bad" } }), "problems", "a validator failed")
  eq(status({}, M), "not_started")
  eq(status({ more = { items = plan.seq({ "x" }) } }, M), "complete")
end)

test("the view is read-only, its metatables hidden", function()
  local d = doc_with({ basics = { name = "A" } })
  local a = plan.view(d)
  eq(a.basics.name, "A")
  eq(a.nosuch.field, nil)
  fails(function() a.basics.name = "B" end, "answers are read%-only here")
  fails(function() a.basics = {} end, "answers are read%-only here")
  fails(function() a.nosuch.x = 1 end, "answers are read%-only here")
  eq(getmetatable(a), false)
  eq(getmetatable(a.basics), false)
  eq(getmetatable(a.nosuch), false)
  eq(d.answers.basics.name, "A")
end)

test("adopt refuses what is not a plan, at the node's position", function()
  fails(function() plan.adopt("text", {}, "p.yaml") end, "^p%.yaml:1:1: this is not an evalwiz plan")
  fails(function() plan.adopt({ answers = {} }, { [""] = "1:1" }, "p.yaml") end, "the key evalwiz: %(the file format version%) is missing")
  fails(function() plan.adopt({ evalwiz = "one" }, { evalwiz = "1:10" }, "p.yaml") end,
    "^p%.yaml:1:10: evalwiz: must be the file format version, a whole number")
  fails(function() plan.adopt({ evalwiz = 9 }, { evalwiz = "1:10" }, "p.yaml") end, "written by a newer evalwiz")
  fails(function() plan.adopt({ evalwiz = 1, answers = plan.seq({ "x" }) }, { answers = "3:3" }, "p.yaml") end,
    "^p%.yaml:3:3: answers: must be a mapping")
  fails(function() plan.adopt({ evalwiz = 1, answers = { s = plan.seq({ "x" }) } }, { ["answers.s"] = "4:5" }, "p.yaml") end,
    "^p%.yaml:4:5: answers%.s must be a mapping of field: answer")
end)

test("document: known fields in pack order, unknown after, nothing lost", function()
  local d = doc_with({
    zzz_unknown_step = { x = "kept", empty = "" },
    more = { people = plan.seq({ { lead = true, who = "Ann", extra = "kept" } }), items = plan.seq({ "i" }) },
    basics = { unknown_field = "kept", story = "s", name = "n", count = 3, blank = plan.seq(), ratio = "" },
  })
  d.meta = { updated = "old", title = "T", custom = "kept" }
  d.pack = { id = "test-pack", version = 1, source = "kept" }
  d.top_level_unknown = { a = 1 }
  local out = plan.document(P, d, "2026-01-02T00:00:00Z")
  eq(getmetatable(out).__order, { "evalwiz", "pack", "meta", "answers" })
  eq(out.top_level_unknown, { a = 1 })
  eq(out.pack.version, 2, "the pack's version is written")
  eq(out.pack.source, "kept")
  eq(out.meta.updated, "2026-01-02T00:00:00Z")
  eq(out.meta.custom, "kept")
  eq(getmetatable(out.answers).__order, { "basics", "more" })
  eq(out.answers.zzz_unknown_step, { x = "kept", empty = "" }, "an unknown step is kept whole")
  local order = getmetatable(out.answers.basics).__order
  eq(order[1], "name")
  eq(order[2], "story")
  eq(order[3], "count")
  eq(out.answers.basics.unknown_field, "kept")
  eq(out.answers.basics.ratio, nil, "an empty known answer is dropped")
  eq(out.answers.basics.blank, plan.seq(), "an unknown field keeps even an empty value")
  local row = out.answers.more.people[1]
  eq(getmetatable(row).__order, { "who", "age", "lead" })
  eq(row.extra, "kept")
end)
