-- Step 8: Replication and effectiveness.
return step {
  id = "replication",
  number = 8,
  title = "Replication and effectiveness",
  level = "L4",
  prerequisites = { "impact" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "plan",
      label = "Where and by whom will a second study be run?",
      help = "A second rigorous study, ideally in ordinary services, shows the effect is not a one-off.",
      example = "A second trial across three neighbouring boroughs, delivered by their own family-support teams.",
      required = true,
    },
  },
}
