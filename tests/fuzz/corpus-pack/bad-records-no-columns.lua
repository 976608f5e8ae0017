return step {
  id = "first",
  title = "First",
  fields = {
    records { id = "r", label = "Rows?" },
  },
}
