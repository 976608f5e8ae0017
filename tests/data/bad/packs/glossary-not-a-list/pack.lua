return {
  id = "bad",
  version = 1,
  glossary = "glossary.lua",
  title = "A broken pack",
  steps = { "01-step.lua" },
}
