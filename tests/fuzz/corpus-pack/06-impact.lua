-- Step 6: Impact evaluation.
return step {
  id = "impact",
  number = 6,
  title = "Impact evaluation",
  level = "L3",
  prerequisites = { "pilot_outcome" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "design_reason",
      label = "Why is this design the right one for your situation?",
      help = "Explain what makes the design possible and what it protects against.",
      example = "More families are referred than we have places, so a waiting-list trial is fair.",
      required = true,
    },
  },
}
