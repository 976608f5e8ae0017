-- A syntax error on line 3.
return { id = "bad", version = 1, steps = { "01-a.lua" } }
