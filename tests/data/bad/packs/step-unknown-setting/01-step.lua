return step {
  id = "first",
  title = "First",
  colour = "red",
  fields = {
    text { id = "name", label = "Name?" },
  },
}
