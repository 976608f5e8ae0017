return step {
  id = "first",
  title = "First",
  number = "one",
  fields = {
    text { id = "name", label = "Name?" },
  },
}
