-- A step without a title.

return step {
  id = "s",
  fields = {},
}
