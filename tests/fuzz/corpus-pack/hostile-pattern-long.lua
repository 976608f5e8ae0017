local s = string.rep("a", 300000)
local x = s:find(".-.-b")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
