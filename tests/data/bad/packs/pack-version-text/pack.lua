return {
  id = "bad",
  version = "1.0",
  title = "A broken pack",
  steps = { "01-step.lua" },
}
