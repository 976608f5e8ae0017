return step {
  id = "first",
  title = "First",
  panels = { { id = "p" } },
  fields = {
    text { id = "name", label = "Name?" },
  },
}
