-- A step file with one mistake, on line 7 (see tests/lua/test-api.lua).





local f = number { id = "n", label = "N", min = 10, max = 1 }
return step { id = "s", title = "S", fields = { f } }
