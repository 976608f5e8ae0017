return step {
  id = "s", number = 1, title = "S",
  fields = {
    text { id = "design", label = "Design", help = "The design." },
    text { id = "where_when", label = "Where and when", help = "Place, then a semicolon, then the date." },
    text { id = "old_note", label = "An old question", help = "No longer asked." },
  },
}
