local s = string.rep("(", 5000) .. string.rep(")", 5000)
local x = s:find("%b()%b()%b()x")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
