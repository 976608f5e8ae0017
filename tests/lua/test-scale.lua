-- Large plans check and render within the instruction budget: the whole
-- file runs as one call from C, so work that grows with the square of the
-- plan (a choice column's options rebuilt for every row) stops it with
-- "stopped: this code ran for more than ... steps" and fails here.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")

-- 4,000: the check and the renders below take about 62 million of the
-- 100 million steps this file may use; before one check per render and
-- the inline table cells they took more than 100 million.
local ROWS = 4000

-- The demo plan with ROWS more logic-model outcomes, and a pilot measure and
-- an impact-study measure of each, whose outcome column is a choice among
-- the outcomes named so far.
local function big_plan()
  local doc, positions = host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml")
  local a = doc.answers
  for i = 1, ROWS do
    local name = string.format("Synthetic outcome %d", i)
    a.logic_model.outcomes[#a.logic_model.outcomes + 1] = {
      outcome = name, term = (i % 3 == 0) and "long" or "short",
      indicator = "Indicator " .. i, data_source = "Source " .. i,
    }
    a.pilot_outcome.measures[#a.pilot_outcome.measures + 1] = {
      outcome = name, measure = "Measure " .. i, informant = "parent",
      timepoints = plan.seq({ "baseline", "end" }), validated = "validated",
    }
    a.impact.measures[#a.impact.measures + 1] = {
      outcome = name, measure = "Measure " .. i, informant = "parent",
      timepoints = plan.seq({ "baseline", "m9" }),
    }
  end
  return doc, positions
end

test("a plan with " .. ROWS .. " more outcome rows and measures checks without errors", function()
  core.load_pack(srcdir .. "/wizard", "wizard")
  local doc, positions = big_plan()
  core.open(doc, positions, "big.yaml")
  local problems = plan.check(core.state.pack, core.state.doc)
  for _, p in ipairs(problems) do
    ok(p.kind ~= "error", "no errors, got " .. tostring(p.path) .. ": " .. tostring(p.message))
  end
  eq(#core.state.doc.answers.pilot_outcome.measures > ROWS, true, "the measures are all there")
end)

test("a measure naming an outcome no step names is still an error in a large plan", function()
  local m = core.state.doc.answers.pilot_outcome.measures
  m[#m + 1] = { outcome = "Not an outcome anywhere", measure = "X", informant = "parent",
                timepoints = plan.seq({ "baseline", "end" }), validated = "validated" }
  local found
  for _, p in ipairs(plan.check(core.state.pack, core.state.doc)) do
    if p.kind == "error" and p.path == "pilot_outcome.measures" then found = p.message end
  end
  matches(found, "^row " .. #m .. ", outcome: \"Not an outcome anywhere\" is not one of the options", "the bad row is named")
  m[#m] = nil
end)

-- The same plan rendered: the steps' statuses, the tables of outcomes and
-- measures, the diagram and the gaps, all inside the budget this file
-- shares with the tests above.
test("the large plan renders to Markdown and to HTML within the instruction budget", function()
  local document = require("evalwiz.document")
  local dirs = { { path = srcdir .. "/templates", display = "templates" } }
  local n = #core.state.doc.answers.pilot_outcome.measures
  for _, format in ipairs({ "md", "html" }) do
    local out = document.render("plan", format, dirs, "2026-01-01T00:00:00Z")
    matches(out.text, "| Synthetic outcome " .. ROWS .. " |", format .. ": the last outcome's row is there")
    local rows = 0
    for _ in string.gmatch(out.text, "\n| Synthetic outcome %d+ | Measure %d+ |") do rows = rows + 1 end
    eq(rows, 2 * ROWS, format .. ": one row per synthetic measure in each of the two tables of measures (the pilot's and the impact study's)")
    eq(#core.state.doc.answers.pilot_outcome.measures, n, "rendering changed nothing")
  end
end)

test("a Markdown render makes no diagram text; HTML of a model this large gets the boxes, not dot", function()
  local document = require("evalwiz.document")
  local dirs = { { path = srcdir .. "/templates", display = "templates" } }
  local md = document.render("plan", "md", dirs, "2026-01-01T00:00:00Z")
  eq(md.dot == nil and md.diagram == nil and md.text_boxes == nil and md.text_ascii == nil, true, "no diagram texts")
  -- more than 1,000 boxes: Graphviz would take seconds to lay out the SVG
  local html = document.render("logic-model", "html", dirs, "2026-01-01T00:00:00Z")
  eq(html.dot == nil, true, "no DOT source for a model of more than 1,000 boxes")
  matches(html.diagram, "Synthetic outcome " .. ROWS, "the boxes diagram")
  eq(html.text_ascii == nil and html.text_boxes == nil, true, "no pandoc texts")
end)

test("HTML of a small logic model gets the DOT source", function()
  local document = require("evalwiz.document")
  local demo = host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml")
  core.open(demo, {}, "demo.yaml")
  local html = document.render("logic-model", "html", { { path = srcdir .. "/templates", display = "templates" } },
    "2026-01-01T00:00:00Z")
  matches(html.dot, "^digraph", "the DOT source")
  matches(html.diagram, "Less harsh parenting", "and the boxes diagram, for when dot is missing")
end)

-- The schedule made every measure's row again for each measure (rows()
-- inside its loop): quadratic, stopped by the budget at 1,000 measures.
test("the large plan's data collection schedule is made within the instruction budget", function()
  local document = require("evalwiz.document")
  local dirs = { { path = srcdir .. "/templates", display = "templates" } }
  local doc, positions = big_plan()
  core.open(doc, positions, "big.yaml")
  local out = document.render("schedule", "csv", dirs, "2026-01-01T00:00:00Z")
  local rows = 0
  for _ in string.gmatch(out.text, "\nSynthetic outcome %d+,Measure %d+,") do rows = rows + 1 end
  eq(rows, 2 * ROWS, "one line per synthetic measure and timepoint")
  matches(out.text, "\nSynthetic outcome " .. ROWS .. ",Measure " .. ROWS .. ",", "the last measure's line")
end)
