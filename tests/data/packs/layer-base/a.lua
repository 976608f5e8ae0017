return step {
  id = "alpha", number = 1, title = "Alpha",
  fields = {
    text { id = "one", label = "One", help = "First." },
    text { id = "two", label = "Two", help = "Second." },
    text { id = "three", label = "Three", help = "Third." },
  },
}
