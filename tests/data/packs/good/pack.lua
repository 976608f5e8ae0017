-- A small pack for the tests: one field of every type, a condition, a validator.
return {
  id = "test-pack",
  version = 2,
  title = "Test pack",
  description = "Fields of every type for the test suite.",
  steps = { "01-basics.lua", "02-more.lua" },
}
