-- The default step pack: EIF's ten steps from a theory of change to quality
-- assurance at scale (see doc/step-packs.md for the API).
return {
  id = "eif-10-steps",
  version = 1,
  title = "EIF ten steps to evaluation",
  description = "From a theory of change, through logic model and blueprint, to process, impact and economic evaluation.",
  glossary = "glossary.lua",
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
