return step {
  id = "beta", number = 1, title = "Beta",
  fields = {
    yesno { id = "ok", label = "Fine", help = "Nothing wrong with this one." },
  },
}
