return step {
  id = "first",
  title = "First",
  prerequisites = { "nowhere" },
  fields = {
    text { id = "name", label = "Name?" },
  },
}
