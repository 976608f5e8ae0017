return step {
  id = "s", number = 1, title = "S",
  fields = {
    text { id = "approach", label = "Approach", help = "The design." },
    text { id = "place", label = "Place", help = "Where." },
    date { id = "start", label = "Start", help = "When." },
  },
}
