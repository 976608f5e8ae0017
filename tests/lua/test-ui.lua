-- ui.lua, the wizard's view of the plan: screen data, typed text back, search.
local core = require("evalwiz.core")
local ui = require("evalwiz.ui")

local function fresh()
  core.load_pack(srcdir .. "/tests/tui/pack", "pack")
  core.new_plan("T", "2026-01-01T00:00:00Z")
end

local function field(screen, id)
  for _, f in ipairs(screen.fields) do if f.id == id then return f end end
end

-- the wizard's edits, as input.c sends them: one ui.edit each
local function set(step, fld, text)
  return ui.edit({ op = "text", step = step, field = fld, text = text })
end
local function toggle(step, fld, value)
  return ui.edit({ op = "toggle", step = step, field = fld, value = value })
end
local function records(step, fld, action, row, col, text)
  return ui.edit({ op = "row", step = step, field = fld, action = action, row = row, col = col, text = text })
end

test("the screen lists steps with status and the visible fields", function()
  fresh()
  local s = ui.screen(1)
  eq(#s.steps, 2)
  eq(s.steps[1].status, "not_started")
  eq(s.steps[2].level, "L2")
  eq(s.step.title, "Basics")
  eq(field(s, "why_home"), nil, "hidden until its when holds")
  eq(field(s, "name").text, "")
  eq(#field(s, "setting").options, 3)
  eq(field(s, "children").range, "a whole number (children) from 0 to 100000")
  eq(s.panels[1].text, "Service: (no name yet)")
end)

test("typed text is stored typed; refused text is kept with a message", function()
  fresh()
  eq(set("basics", "name", "  Links  ").accepted, true)
  eq(core.get("basics.name").value, "Links")
  local r = set("basics", "children", "lots")
  eq(r.accepted, false)
  eq(r.changed, true, "kept as typed")
  matches(r.message, "whole number")
  eq(core.get("basics.children").value, "lots")
  eq(ui.screen(1).steps[1].status, "problems")
  set("basics", "children", "52")
  eq(core.get("basics.children").value, 52)
  eq(field(ui.screen(1), "reach").text, "1.0 children a week")
  set("basics", "story", "para one\n\npara two\n\n")
  eq(core.get("basics.story").value, "para one\n\npara two")
end)

test("choices toggle, conditions follow, lists and records edit", function()
  fresh()
  toggle("basics", "setting", "home")
  ok(field(ui.screen(1), "why_home"), "shown after choosing home")
  toggle("basics", "agencies", "education")
  toggle("basics", "agencies", "police")
  eq(core.get("basics.agencies").value[1], "police", "pack order kept")
  toggle("basics", "agencies", "police")
  eq(#core.get("basics.agencies").value, 1)
  toggle("basics", "consent", "no")
  eq(core.get("basics.consent").value, false)
  set("lists", "outcomes", "a\n\nb\n")
  eq(#core.get("lists.outcomes").value, 2)
  records("lists", "measures", "add", 0)
  records("lists", "measures", "set", 1, 3, "teacher")
  local r = records("lists", "measures", "set", 1, 3, "nobody")
  eq(r.accepted, false)
  records("lists", "measures", "set", 1, 3, "parent")
  records("lists", "measures", "add", 1)
  records("lists", "measures", "set", 2, 1, "second")
  records("lists", "measures", "up", 2)
  local rows = field(ui.screen(2), "measures").rows
  eq(rows[1][1], "second")
  eq(rows[2][3], "parent")
  records("lists", "measures", "delete", 1)
  eq(#field(ui.screen(2), "measures").rows, 1)
end)

test("one trip: the edit's answer brings the step's screen when asked", function()
  fresh()
  local r = ui.edit({ op = "toggle", step = "basics", field = "setting", value = "home", screen = 1 })
  eq(r.accepted, true)
  eq(r.changed, true)
  ok(field(r.screen, "why_home"), "the screen in the answer shows the question the choice brought")
  eq(r.journal[1].step, "basics")
  eq(r.journal[1].field, "setting")
  eq(r.journal[1].value, "home")
  eq(r.where.step, 1)
  eq(r.where.field, "setting")
  eq(ui.edit({ op = "toggle", step = "basics", field = "setting", value = "home" }).screen, nil,
    "no screen unless asked")
end)

test("search finds labels and help in every step", function()
  fresh()
  local hits = ui.search("OUTCOME")
  eq(hits[1].step, 2)
  eq(hits[1].field, "outcomes")
  eq(#ui.search("no such words anywhere"), 0)
end)

test("search leaves out questions hidden by their condition", function()
  fresh()
  local function has(hits, id)
    for _, h in ipairs(hits) do if h.field == id then return true end end
    return false
  end
  ok(not has(ui.search("shown before the name"), "early"), "hidden question found")
  ok(set("basics", "name", "show early").accepted, "set the name")
  ok(has(ui.search("shown before the name"), "early"), "shown question not found")
end)

-- With the default pack: the real gating, glossary, advisor and health check.
local function default_plan()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.new_plan("File title", "2026-01-01T00:00:00Z")
end

local function index_of(id)
  for i, s in ipairs(core.state.pack.steps) do if s.id == id then return i end end
end

test("gating warnings are core.gating's message, not also a panel", function()
  default_plan()
  local s = ui.screen(index_of("impact"))
  eq(#s.warnings, 1)
  matches(s.warnings[1], "builds on earlier steps that are not complete")
  -- many steps missing: their numbers only, short enough for an 80x24 screen
  eq(#core.gating("impact").missing > 2, true)
  eq(s.warnings[1], "Impact evaluation builds on earlier steps that are not complete: 0, 1, 2, 3, 4 and 5. "
    .. "You can carry on; answers here may change once those steps are done.")
  -- one or two: the full message, with their titles
  local one = ui.screen(index_of("theory_of_change")).warnings[1]
  ok(one ~= nil, "a warning on the theory of change step")
  eq(one, core.gating("theory_of_change").message)
  for _, p in ipairs(s.panels) do ok(p.title ~= "Earlier steps", "no second copy as a panel") end
  eq(#ui.screen(index_of("opening")).warnings, 0)
end)

test("help panes list the glossary terms a question uses, by evalwiz.glossary", function()
  default_plan()
  local i = index_of("impact")
  local s = ui.screen(i)
  local seen = {}
  for _, f in ipairs(s.fields) do
    -- the screen leaves them out; the help pane asks ui.terms for the question it shows
    eq(f.terms, nil, "no terms in the screen for " .. f.id)
    local terms = ui.terms(i, f.id)
    eq(getmetatable(terms).__kind, "seq", "a list even when empty")
    eq(terms, ui.terms_for(core.state.pack, core.state.pack.steps[i].by_id[f.id]), "the same list again")
    for _, t in ipairs(terms) do
      seen[t:match("^(.-):")] = true
      matches(t, "^[^:]+: %S", "term: definition")
    end
  end
  eq(seen["Outcome"], true, "the outcome question's term")
  fails(function() ui.terms(i, "no_such_question") end, "no field no_such_question")
  fails(function() ui.terms(99, "x") end, "no step 99")
  ok(seen["Randomised controlled trial"] or seen["Randomised controlled trial (RCT)"] or next(seen) ~= nil, "some terms")
  -- abbreviations only in their own case: "did" the verb is not DiD
  local terms = ui.terms_for(core.state.pack, { label = "What did you do?", help = "" })
  eq(#terms, 0)
  local t2 = ui.terms_for(core.state.pack, { label = "The ICC", help = "" })
  eq(#t2, 1)
  matches(t2[1], "^Intraclass correlation")
end)

test("the glossary screen has every pack term with its other names", function()
  default_plan()
  local g = ui.glossary()
  eq(#g, #core.state.pack.glossary)
  local found
  for _, e in ipairs(g) do if e.term:find("ICC", 1, true) then found = e end end
  ok(found, "ICC listed as another name")
end)

test("the impact step shows the advisor's summary; F3 shows the health check", function()
  default_plan()
  local s = ui.screen(index_of("impact"))
  local adv
  for _, p in ipairs(s.panels) do if p.title:match("^Design advice") then adv = p end end
  ok(adv, "design advice panel")
  matches(adv.text, "Highest level this plan can support")
  local h = ui.health()
  matches(h, "Plan health check")
  matches(h, "Designs that fit")
end)

test("the header title is opening.plan_title when set, else meta.title", function()
  default_plan()
  eq(ui.screen(1).title, "File title")
  core.set("opening.plan_title", "Parenting plan")
  eq(ui.screen(1).title, "Parenting plan")
  ui.edit({ op = "title", text = "Renamed" })
  eq(ui.screen(1).title, "Renamed")
  eq(core.state.doc.meta.title, "Renamed")
end)

test("F9 lists the templates with the formats each can make", function()
  default_plan()
  local list = ui.templates({ { path = srcdir .. "/templates", display = "templates" } })
  local by = {}
  for _, t in ipairs(list) do by[t.id] = t end
  -- in the order of the one table of formats (src/render/formats.c)
  eq(table.concat(by.plan.formats, " "), "docx pdf odt html md tex")
  eq(table.concat(by.schedule.formats, " "), "csv")
  eq(table.concat(by["logic-model"].formats, " "), "docx pdf odt html md tex dot")
end)

test("refusal says why a number or date is not accepted and what to type", function()
  fresh()
  eq(ui.refusal("basics", "children", ""), "", "empty clears")
  eq(ui.refusal("basics", "children", " 520 "), "")
  eq(ui.refusal("basics", "children", "lots"),
    "Not a number: type digits like 12 (range 0 to 100000 children); Ctrl-U clears")
  -- as people write them (evalwiz.typed)
  eq(ui.refusal("basics", "children", "12,000"), "")
  eq(ui.refusal("basics", "children", "12,000 children"), "")
  eq(ui.refusal("basics", "children", "1,25"),
    "Not a number: the commas are not thousands (write 1,250 or 1250) (range 0 to 100000 children); Ctrl-U clears")
  matches(ui.refusal("basics", "children", "2.5"), "^Not a whole number")
  matches(ui.refusal("basics", "children", "-1"), "^%-1 is out of range: type a number in the range 0 to 100000 children")
  eq(ui.refusal("basics", "start", "2027-03-31"), "")
  matches(ui.refusal("basics", "start", "2027-02-29"), "^2027%-02%-29 is not a real date")
  eq(ui.refusal("basics", "start", "31/3/2027"), "")
  eq(ui.refusal("basics", "start", "1 Sept 2027"), "")
  matches(ui.refusal("basics", "start", "31/2/2027"), "^31/2/2027 is not a real date")
  matches(ui.refusal("basics", "start", "soon"), "^Not a date: type it like 31/03/2027")
  eq(ui.refusal("basics", "name", "anything"), "", "text is never refused")
  -- a refused answer kept as typed is flagged on the screen
  set("basics", "start", "soon")
  eq(field(ui.screen(1), "start").rejected, true)
  eq(field(ui.screen(1), "children").range_short, "range 0 to 100000 children")
  set("basics", "start", "2027-03-31")
  eq(field(ui.screen(1), "start").rejected, nil)
end)

test("search finds the questions that use a glossary term's other names", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.new_plan("T", "2026-01-01T00:00:00Z")
  local function ids(hits)
    local out = {}
    for _, h in ipairs(hits) do out[#out + 1] = h.step .. "." .. h.field end
    return table.concat(out, " ")
  end
  -- "control group" is another name of "comparison group": its hits
  -- include every question that says "comparison group"
  local control, comparison = ids(ui.search("control group")), ids(ui.search("comparison group"))
  ok(#comparison > 0, "no question says comparison group")
  for id in comparison:gmatch("%S+") do
    ok((" " .. control .. " "):find(" " .. id:gsub("%p", "%%%0") .. " "), id .. " not found by control group")
  end
  -- a word that is no term is searched as it is
  eq(ids(ui.search("zzqq")), "")
end)

test("the impact step asks about a score cut-off only when step 1 has not", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.new_plan("T", "2026-01-01T00:00:00Z")
  local index
  for i, s in ipairs(core.state.pack.steps) do if s.id == "impact" then index = i end end
  ok(field(ui.screen(index), "cutoff") ~= nil, "asked while step 1 is unanswered")
  core.set("theory_of_change.eligibility_score", "no")
  eq(field(ui.screen(index), "cutoff"), nil, "asked again after step 1")
end)

test("computed values are shown rounded, as the panels show them", function()
  eq(ui.show_computed({ label = "Minimum detectable effect size" }, 0.59329016615315), "0.59")
  eq(ui.show_computed({ label = "Total cost (£)" }, 58800), "£58,800")
  eq(ui.show_computed({ label = "Total cost (£)" }, 58800.4), "£58,800")
  eq(ui.show_computed({ label = "Cost per family (£)" }, 1234567.891), "£1,234,568")
  eq(ui.show_computed({ label = "Share", decimals = 1, unit = "%" }, 12.345), "12.3%")
  eq(ui.show_computed({ label = "Weeks", unit = "weeks" }, 12), "12 weeks")
  eq(ui.show_computed({ label = "Dosage" }, "12 sessions of 120 minutes"), "12 sessions of 120 minutes")
  eq(ui.show_computed({ label = "Net (£)" }, -1500), "-£1,500")
  -- on the impact step of the demo plan: the MDES has two decimals
  core.load_pack(srcdir .. "/wizard", "wizard")
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  core.open(doc, {}, "demo-plan.yaml")
  local index
  for i, s in ipairs(core.state.pack.steps) do if s.id == "impact" then index = i end end
  local mdes = field(ui.screen(index), "mdes")
  ok(mdes and mdes.text:match("^%d%.%d%d$"), "mdes shown as " .. tostring(mdes and mdes.text))
end)

local function plan_seq(t) return require("evalwiz.plan").seq(t) end

test("no internal ids on the screen: examples by option words, table problems by column labels", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.new_plan("T", "2026-01-01T00:00:00Z")
  for i, s in ipairs(core.state.pack.steps) do
    for _, f in ipairs(ui.screen(i).fields) do
      if f.example and (f.type == "choice" or f.type == "multi") then
        ok(not f.example:match("^[%l%d]+_[%l%d_]+$"), s.id .. "." .. f.id .. " example " .. f.example)
      end
    end
  end
  -- a time point that is not one (a plan edited by hand): the message names
  -- the column as the person sees it
  core.state.doc.answers.pilot_outcome = { measures = plan_seq({ { measure = "ECBI", timepoints = plan_seq({ "soon" }) } }) }
  core.changed()
  local index
  for i, s in ipairs(core.state.pack.steps) do if s.id == "pilot_outcome" then index = i end end
  local m = field(ui.screen(index), "measures")
  ok(m.problem and m.problem:find("When is it taken?", 1, true) and not m.problem:find("timepoints", 1, true),
    "problem: " .. tostring(m.problem))
end)

test("the health page names designs, not their ids", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  local doc = assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml"))
  core.open(doc, {}, "demo-plan.yaml")
  local text = ui.health()
  ok(text:find("Supports at most", 1, true), "the design's level is there")
  ok(not text:find("%[[%l_]+%]"), "an id in brackets: " .. tostring(text:match("%[[%l_]+%]")))
end)

test("a long list comes a part at a time: the screen carries ui.WINDOW, ui.window the rest", function()
  fresh()
  local n = ui.WINDOW * 2 + 7
  local items, rows = {}, {}
  for i = 1, n do
    items[i] = "item " .. i
    rows[i] = { outcome = "o" .. i, measure = "m" .. i, informant = "parent", timepoint = "T" .. i }
  end
  core.state.doc.answers.lists = { outcomes = items, measures = rows }
  ui.changed()
  local s = ui.screen(2)
  local o, m = field(s, "outcomes"), field(s, "measures")
  eq(#o.items, ui.WINDOW)
  eq(o.items_first, 1)
  eq(o.items_total, n)
  eq(#m.rows, ui.WINDOW)
  eq(m.rows_total, n)
  eq(m.rows[ui.WINDOW][1], "o" .. ui.WINDOW)
  -- the part about entry n - 3, and the end cut at the last
  local w = ui.window(2, "measures", "rows", n - 3, 10)
  eq(w.first, n - 3)
  eq(w.total, n)
  eq(#w.list, 4)
  eq(w.list[1][1], "o" .. (n - 3))
  eq(w.list[4][4], "T" .. n)
  w = ui.window(2, "outcomes", "items", ui.WINDOW + 1, 3)
  eq(w.list[1], "item " .. (ui.WINDOW + 1))
  -- a table column's options
  w = ui.window(2, "measures", "options", 2, 5, 3)
  eq(w.total, 3)
  eq(w.list[1].value, "teacher")
  -- an edit far down is one edit like any other
  local r = ui.edit({ op = "row", step = "lists", field = "measures", action = "set", row = n - 1, col = 2, text = "late", screen = 2 })
  eq(r.accepted, true)
  eq(ui.window(2, "measures", "rows", n - 1, 1).list[1][2], "late")
  eq(field(r.screen, "measures").rows_total, n)
end)

test("a choice of many options carries the part that holds the one chosen", function()
  core.load_pack(srcdir .. "/tests/tui/pack", "pack")
  core.new_plan("T", "2026-01-01T00:00:00Z")
  local pack = core.state.pack
  local f = pack.steps[1].by_id.setting
  local saved = f.options
  local opts = {}
  for i = 1, ui.WINDOW * 3 do opts[i] = { value = "v" .. i, label = "Option " .. i } end
  f.options = function() return opts end
  local ok, err = pcall(function()
    core.state.doc.answers.basics = { setting = "v450" }
    ui.changed()
    local c = field(ui.screen(1), "setting")
    eq(c.options_total, ui.WINDOW * 3)
    assert(c.options_first <= 450 and c.options_first + #c.options > 450, "the chosen option is in the part")
    eq(c.options[450 - c.options_first + 1].selected, true)
    eq(ui.window(1, "setting", "options", 599, 5).list[2].label, "Option 600")
  end)
  f.options = saved
  ui.changed()
  assert(ok, err)
end)
