debug.sethook()
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
