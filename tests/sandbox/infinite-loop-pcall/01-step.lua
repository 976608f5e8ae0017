while true do pcall(error, "x") end
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
