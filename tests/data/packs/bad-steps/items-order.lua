-- A step file with one mistake, on line 2 (see tests/lua/test-api.lua).
local f = list { id = "l", label = "L", min_items = 3, max_items = 2 }
return step { id = "s", title = "S", fields = { f } }
