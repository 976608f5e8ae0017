-- A step file that returns something else.
return { id = "bad", version = 1, steps = { "01-a.lua" } }
