return extend_step {
  id = "alpha",
  title = "Alpha, changed",
  add = { number { id = "count", label = "Count", help = "How many.", integer = true } },
  after = "one",
  replace = { textarea { id = "three", label = "Three (longer)", help = "Third, at length." } },
  remove = { "two" },
  help = { one = "First, with new help." },
  labels = { one = "One (renamed)" },
}
