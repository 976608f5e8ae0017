return step {
  id = "first",
  title = "First",
  fields = {
    computed { id = "c", label = "C" },
  },
}
