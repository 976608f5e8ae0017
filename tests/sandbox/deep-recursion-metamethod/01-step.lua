local t = setmetatable({}, { __index = function(t, k) return t[k] end }) local x = t.y
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
