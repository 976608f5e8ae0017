-- A step file with one mistake, on line 2 (see tests/lua/test-api.lua).
local f = choice { id = "c", label = "C", options = { "a", "b" }, default = "c" }
return step { id = "s", title = "S", fields = { f } }
