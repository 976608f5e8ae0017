-- A step file with one mistake, on line 6 (see tests/lua/test-api.lua).




local f = records { id = "rows", label = "Rows" }
return step { id = "s", title = "S", fields = { f } }
