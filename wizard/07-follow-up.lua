-- Step 7: Long-term follow-up.
return step {
  id = "follow_up",
  number = 7,
  title = "Long-term follow-up",
  level = "L4",
  prerequisites = { "impact" },
  purpose = "This step is a placeholder in the minimal pack; the full step arrives with the default pack.",
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
