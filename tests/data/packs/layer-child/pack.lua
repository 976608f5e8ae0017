-- Extends layer-base: a new step between alpha and beta, and changes to alpha.
return {
  id = "layer-child", version = 1, title = "Child", extends = "layer-base",
  steps = { "middle.lua", "alpha-changes.lua" },
}
