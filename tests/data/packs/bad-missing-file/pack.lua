-- Lists a file that is not there.
return { id = "bad", version = 1, steps = { "01-missing.lua" } }
