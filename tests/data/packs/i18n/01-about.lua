return step {
  id = "about",
  number = 1,
  title = "About",
  purpose = "Who runs it.",
  fields = {
    text { id = "name", label = "Name", help = "The service's name." },
    choice { id = "often", label = "How often?", options = { { value = "weekly", label = "weekly" }, { value = "monthly", label = "monthly" } } },
    records { id = "staff", label = "Staff", columns = { text { id = "who", label = "Who" } } },
  },
}
