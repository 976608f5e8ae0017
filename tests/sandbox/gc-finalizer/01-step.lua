setmetatable({}, { __gc = function() while true do end end })
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
