-- A step file with one mistake, on line 12 (see tests/lua/test-api.lua).










local f = records { id = "r", label = "R", columns = { list { id = "l", label = "L" } } }
return step { id = "s", title = "S", fields = { f } }
