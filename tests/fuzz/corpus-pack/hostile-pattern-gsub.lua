local s = string.rep("ab", 100000)
local x = s:gsub("[ab]*[ab]*[ab]*x", "")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
