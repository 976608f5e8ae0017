return step {
  id = "first",
  title = "First",
  fields = {
    text { id = "name", label = "Name?" },
  },
}
