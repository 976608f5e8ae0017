return step {
  id = "first",
  title = "First",
  fields = {
    text { id = "Name", label = "Name?" },
  },
}
