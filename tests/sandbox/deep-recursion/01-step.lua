local function f() return 1 + f() end f()
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
