local t = nil
local x = t.field
return step { id = "first", title = "x", fields = {} }
