error(setmetatable({}, { __tostring = function() return ("x"):rep(16e6) end }))
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
