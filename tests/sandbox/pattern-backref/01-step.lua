local s = string.rep("a", 5000)
local x = s:find("(a*)%1%1%1%1b")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
