local b = string.dump(function() end)
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
