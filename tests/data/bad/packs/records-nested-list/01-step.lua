return step {
  id = "first",
  title = "First",
  fields = {
    records { id = "r", label = "Rows?", columns = { list { id = "l", label = "L" } } },
  },
}
