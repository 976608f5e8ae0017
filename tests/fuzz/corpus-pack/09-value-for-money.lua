-- Step 9: Value for money.
return step {
  id = "value_for_money",
  number = 9,
  title = "Value for money",
  level = "none",
  prerequisites = { "impact" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "perspective",
      label = "Whose costs and benefits count?",
      help = "The perspective decides which costs and savings you include.",
      example = "The local authority and its health partners.",
      required = true,
    },
  },
}
