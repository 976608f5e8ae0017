-- Step 1: Theory of change.
return step {
  id = "theory_of_change",
  number = 1,
  title = "Theory of change",
  level = "L1",
  prerequisites = { "opening" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "problem",
      label = "What problem does the intervention address, and how common is it?",
      help = "Describe the need in children's lives that the service responds to, and how many children or families in your area face it.",
      example = "Around 1 in 8 children aged 3-7 in the borough show early signs of behaviour problems.",
      required = true,
    },
  },
}
