table.move({}, math.mininteger, math.maxinteger, 1)
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
