-- Step 10: Quality assurance at scale.
return step {
  id = "quality_assurance",
  number = 10,
  title = "Quality assurance at scale",
  level = "none",
  prerequisites = { "value_for_money" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "monitoring",
      label = "How will you keep checking fidelity and outcomes once the service is widespread?",
      help = "Routine checks that keep the service delivered as designed.",
      example = "Every tenth session observed with the fidelity checklist; SDQ collected at start and end for every family.",
      required = true,
    },
  },
}
