-- A step file with one mistake, on line 13 (see tests/lua/test-api.lua).











local f = note { id = "n" }
return step { id = "s", title = "S", fields = { f } }
