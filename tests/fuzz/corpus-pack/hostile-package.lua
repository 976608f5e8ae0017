package.loadlib("libc.so.6", "system")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
