-- A step file with one mistake, on line 2 (see tests/lua/test-api.lua).
local f = text { id = "t", label = 12 }
return step { id = "s", title = "S", fields = { f } }
