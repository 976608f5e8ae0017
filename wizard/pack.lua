-- The default step pack: EIF's ten steps from a theory of change to quality
-- assurance at scale (see doc/step-packs.md for the API).  Everything the
-- engine does for this pack beyond asking its questions is declared here:
-- its facts, its design advisor, its checks, its document and the answers
-- that hold the plan's title and the steps done before evalwiz.
return {
  id = "eif-10-steps",
  version = 1,
  title = "EIF ten steps to evaluation",
  description = "From a theory of change, through logic model and blueprint, to process, impact and economic evaluation.",
  glossary = "glossary.lua",
  languages = { "en", "cy" },  -- written in English; Welsh in lang/cy.lua
  facts = "facts.lua",          -- what the advisor and the health check read from a plan
  advisor = "advise.lua",       -- the design advisor: evalwiz advise, F3, the plan document
  checks = { "pitfalls.lua",    -- the plan health check: EIF's six common pitfalls
             "consistency.lua" }, -- answers in different steps that must agree
  default_template = "plan",    -- what evalwiz render makes without --template
  title_field = "opening.plan_title",    -- the answer printed as the plan's title
  done_field = "opening.steps_done",     -- the steps the team did before evalwiz
  costs = "value_for_money",  -- the step evalwiz calc cost reads (doc/calculators.md)
  -- the plan's diagram: the logic model, a column of boxes for each stage
  diagram = {
    columns = {
      { key = "in", title = "Inputs", field = "logic_model.inputs" },
      { key = "act", title = "Activities", field = "logic_model.activities" },
      { key = "out", title = "Outputs", field = "logic_model.outputs", label = "output", from = "activity" },
      { key = "short", title = "Short-term outcomes", field = "logic_model.outcomes", label = "outcome",
        only = { column = "term", value = "short", blank = true } },
      { key = "medium", title = "Medium-term outcomes", field = "logic_model.outcomes", label = "outcome",
        only = { column = "term", value = "medium" } },
      { key = "long", title = "Long-term outcomes", field = "logic_model.outcomes", label = "outcome",
        only = { column = "term", value = "long" } },
    },
    links = { field = "logic_model.links", from = "from", to = "to", how = "how" },
    empty = "The logic model is not yet filled in",
  },
  steps = {
    "00-opening.lua",
    "01-theory-of-change.lua",
    "02-logic-model.lua",
    "03-blueprint.lua",
    "04-process-study.lua",
    "05-pilot-outcome.lua",
    "06-impact.lua",
    "07-follow-up.lua",
    "08-replication.lua",
    "09-value-for-money.lua",
    "10-quality-assurance.lua",
  },
}
