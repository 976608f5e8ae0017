local t = {} for i = 1, 1e8 do t[i] = "xxxxxxxx" end local s = table.concat(t)
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
