-- A step file with one mistake, on line 4 (see tests/lua/test-api.lua).


local f = text { id = "Bad Id", label = "x" }
return step { id = "s", title = "S", fields = { f } }
