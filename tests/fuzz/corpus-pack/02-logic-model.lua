-- Step 2: Logic model.
return step {
  id = "logic_model",
  number = 2,
  title = "Logic model",
  level = "L1",
  prerequisites = { "theory_of_change" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    list {
      id = "inputs",
      label = "What goes in: staff, time, money, premises, partners?",
      help = "The resources the intervention needs before anything is delivered.",
      required = true,
    },
  },
}
