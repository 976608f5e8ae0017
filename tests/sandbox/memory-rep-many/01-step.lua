local t = {} for i = 1, 1000 do t[i] = ("x"):rep(16e6) end
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
