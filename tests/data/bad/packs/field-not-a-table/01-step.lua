return step {
  id = "first",
  title = "First",
  fields = {
    text "name",
  },
}
