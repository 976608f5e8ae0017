-- A prerequisite that is not a step.
return { id = "bad", version = 1, steps = { "01-a.lua" } }
