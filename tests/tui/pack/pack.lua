-- A small pack with one question of every type, for the wizard's tests.
return {
  id = "tui-test",
  version = 1,
  title = "Every field type",
  steps = { "01-basics.lua", "02-lists.lua" },
}
