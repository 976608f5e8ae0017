return {
  id = "bad",
  version = 1
  steps = { "01-step.lua" },
}
