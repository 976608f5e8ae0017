return step {
  id = "first",
  title = "First",
  fields = {
    textbox { id = "name", label = "Name?" },
  },
}
