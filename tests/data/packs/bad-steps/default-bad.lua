-- A step file with one mistake, on line 2 (see tests/lua/test-api.lua).
local f = number { id = "n", label = "N", min = 0, max = 1, default = 5 }
return step { id = "s", title = "S", fields = { f } }
