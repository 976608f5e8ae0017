local s = string.format("%099999999d", 1)
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
