error(setmetatable({}, { __tostring = function() return {} end }))
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
