-- Large plans check and render within the instruction budget: the whole
-- file runs as one call from C, so work that grows with the square of the
-- plan (a choice column's options rebuilt for every row) stops it with
-- "stopped: this code ran for more than ... steps" and fails here.
local core = require("evalwiz.core")
local plan = require("evalwiz.plan")

local ROWS = 2000

-- The demo plan with ROWS more logic-model outcomes, and a pilot measure of
-- each, whose outcome column is a choice among the outcomes named so far.
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
  end
  return doc, positions
end

test("a plan with 2,000 outcome rows and 2,000 measures checks without errors", function()
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
