return step {
  id = "beta", number = 2, title = "Beta", prerequisites = { "alpha" },
  fields = { yesno { id = "ready", label = "Ready?", help = "Are you ready?" } },
}
