return {
  id = "bad",
  version = 1,
  title = "A broken pack",
  steps = { "01-step.lua" },
}
