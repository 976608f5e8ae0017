return step {
  title = "First",
  fields = {
    text { id = "name", label = "Name?" },
  },
}
