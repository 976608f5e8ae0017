table.move({}, 1, 1e15, 2)
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
