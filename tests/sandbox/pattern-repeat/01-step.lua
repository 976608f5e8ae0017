local s = string.rep("a", 2000)
while true do s:find(".-x") end
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
