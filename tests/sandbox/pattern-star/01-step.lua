local s = string.rep("a", 5000) .. "b"
local x = s:find(string.rep("a*", 20) .. "c")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
