local s = string.rep("a", 200)
local x = s:find(string.rep("a-", 30) .. "c")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
