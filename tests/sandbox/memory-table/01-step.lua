local t = {} for i = 1, 1e10 do t[i] = i end
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
