return step {
  id = "first",
  title = "First",
  fields = {
    number { id = "n", label = "N?", min = "0" },
  },
}
