-- Step 7: Long-term follow-up.
return step {
  id = "follow_up",
  number = 7,
  title = "Long-term follow-up",
  level = "L4",
  prerequisites = { "impact" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    number {
      id = "months",
      label = "How many months after the end of the intervention will you measure again?",
      help = "Level 4 needs an outcome that lasts a year or more.",
      example = "24",
      min = 0, unit = "months", integer = true,
      required = true,
    },
  },
}
