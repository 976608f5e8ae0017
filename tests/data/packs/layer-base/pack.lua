-- A base pack for the layering tests.
return { id = "layer-base", version = 1, title = "Base", steps = { "a.lua", "b.lua" } }
