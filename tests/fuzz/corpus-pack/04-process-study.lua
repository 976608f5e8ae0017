-- Step 4: Implementation and process study.
return step {
  id = "process_study",
  number = 4,
  title = "Implementation and process study",
  level = "L1",
  prerequisites = { "blueprint" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "questions",
      label = "What do you need to learn about delivery?",
      help = "Questions about whether the service can be delivered as designed, to the families it is meant for.",
      example = "Can we recruit 60 eligible families a year, and do two thirds complete eight or more sessions?",
      required = true,
    },
  },
}
