-- A self-assessment of a local early intervention system, after the Early
-- Intervention Foundation's maturity matrix (EIF, 2014: a system
-- self-assessment tool in which local partners rate the key elements of
-- each dimension of their system from "basic" to "mature", then meet to
-- agree an action plan).  Five dimensions, each with three key elements
-- rated on a four-level scale and the evidence behind the ratings, and a
-- profile worked out from them: the average, the weakest and the strongest
-- dimension.  Written only with the public pack API (doc/step-packs.md), to
-- show that evalwiz is not tied to the ten steps.
return {
  id = "eif-maturity-matrix",
  version = 1,
  title = "Early intervention maturity matrix (self-assessment)",
  description = "For local partnerships rating how mature their early intervention system is, dimension by dimension, before a workshop agrees an action plan.",
  glossary = "glossary.lua",
  steps = {
    "00-about.lua",
    "01-leadership.lua",
    "02-workforce.lua",
    "03-data-and-evidence.lua",
    "04-commissioning.lua",
    "05-family-engagement.lua",
    "06-profile.lua",
  },
  facts = "profile.lua",          -- the profile the checks and the template read
  checks = { "checks.lua" },
  default_template = "profile",   -- templates/profile.yaml: the one-page summary
  title_field = "about.title",
}
