return step {
  id = "first",
  fields = {
    text { id = "name", label = "Name?" },
  },
}
