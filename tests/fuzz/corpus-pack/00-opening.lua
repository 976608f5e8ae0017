-- Step 0: About this plan.
return step {
  id = "opening",
  number = 0,
  title = "About this plan",
  level = "none",
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    text {
      id = "intervention",
      label = "What is the intervention called?",
      help = "The name your team and partners use for the service or programme.",
      example = "Family Foundations parenting programme",
      required = true,
    },
  },
}
