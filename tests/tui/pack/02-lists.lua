return step {
  id = "lists",
  number = 2,
  title = "Lists and tables",
  level = "L2",
  purpose = "Lists of items and tables of rows.",
  fields = {
    list { id = "outcomes", label = "Short-term outcomes", help = "One outcome per item." },
    records { id = "measures", label = "Measures", columns = {
      text { id = "outcome", label = "Outcome" },
      text { id = "measure", label = "Measure" },
      choice { id = "informant", label = "Informant", options = { "parent", "teacher", "child" } },
      text { id = "timepoint", label = "Timepoint" },
    } },
    records { id = "costs", label = "Costs", columns = {
      text { id = "item", label = "Item" },
      number { id = "amount", label = "Amount", unit = "£", min = 0, max = 1000000 },
    } },
    records { id = "schedule", label = "When is each measure taken?", columns = {
      text { id = "what", label = "What" },
      multi { id = "when", label = "When", options = {
        { "baseline", "before (baseline)" }, { "end", "at the end" }, { "m6", "6 months after the end" },
      } },
      choice { id = "who", label = "Who", options = { "parent", "teacher" } },
    } },
  },
}
