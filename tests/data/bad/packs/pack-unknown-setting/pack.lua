return {
  id = "bad",
  version = 1,
  colour = "red",
  title = "A broken pack",
  steps = { "01-step.lua" },
}
