return step {
  id = "first",
  title = "First",
  fields = {
    choice { id = "pick", label = "Pick?", options = { 42 } },
  },
}
