return step {
  id = "first",
  title = "First",
  fields = {
    text { label = "Name?" },
  },
}
