return step {
  id = "first",
  title = "First",
  fields = {
    { id = "name", label = "Name?" },
  },
}
