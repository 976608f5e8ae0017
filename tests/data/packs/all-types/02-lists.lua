return step {
  id = "lists",
  number = 2,
  title = "Lists and tables",
  prerequisites = { "basics" },
  fields = {
    list { id = "outcomes", label = "Outcomes", help = "One outcome an item." },
    records { id = "measures", label = "Measures", help = "One row a measure.",
      columns = {
        text { id = "name", label = "Measure", help = "Its name." },
        number { id = "items", label = "Items", help = "How many questions.", integer = true },
        choice { id = "who", label = "Who answers", help = "Who fills it in.", options = { "parent", "child", "teacher" } },
      } },
  },
}
