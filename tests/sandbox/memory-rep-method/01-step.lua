local s = ("x"):rep(1e6):rep(1e6)
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
