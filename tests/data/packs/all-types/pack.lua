-- A small pack with every field type, for the diff, fill and plain tests.
return {
  id = "all-types",
  version = 1,
  title = "Every field type",
  steps = { "01-basics.lua", "02-lists.lua" },
}
