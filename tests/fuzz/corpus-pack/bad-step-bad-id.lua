return step {
  id = "First Step",
  title = "First",
  fields = {
    text { id = "name", label = "Name?" },
  },
}
