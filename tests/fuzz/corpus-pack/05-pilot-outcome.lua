-- Step 5: Pilot outcome study.
return step {
  id = "pilot_outcome",
  number = 5,
  title = "Pilot outcome study",
  level = "L2",
  prerequisites = { "process_study" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "outcomes",
      label = "Which outcomes will you measure before and after?",
      help = "At least one short-term outcome from your theory of change.",
      example = "Child behaviour problems, measured with the SDQ total difficulties score.",
      required = true,
    },
  },
}
