error(("x"):rep(16e6))
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
