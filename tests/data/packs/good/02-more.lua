-- Step 2 of the test pack: lists, records, computed.
return step {
  id = "more",
  number = 2,
  title = "More",
  fields = {
    list { id = "items", label = "Items", required = true },
    records {
      id = "people", label = "People",
      columns = {
        text { id = "who", label = "Who" },
        number { id = "age", label = "Age", integer = true },
        yesno { id = "lead", label = "Lead?" },
      },
    },
    computed { id = "total", label = "Total", compute = function(a) return #(a.more.items or {}) end },
  },
}
