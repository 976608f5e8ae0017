local s = string.rep("a", 250)
local x = string.match(s, ".-.-.-.-.-.-.-.-.-.-.-.-c")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
