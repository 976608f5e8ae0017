return step {
  id = "first",
  title = "First",
}
