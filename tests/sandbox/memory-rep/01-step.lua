local s = string.rep("x", 1e9)
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
