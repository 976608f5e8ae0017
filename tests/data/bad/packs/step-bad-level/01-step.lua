return step {
  id = "first",
  title = "First",
  level = "L9",
  fields = {
    text { id = "name", label = "Name?" },
  },
}
