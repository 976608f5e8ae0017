-- A pack without a version.
return { id = "bad", steps = { "01-a.lua" } }
