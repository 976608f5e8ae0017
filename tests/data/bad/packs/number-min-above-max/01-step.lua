return step {
  id = "first",
  title = "First",
  fields = {
    number { id = "n", label = "N?", min = 10, max = 1 },
  },
}
