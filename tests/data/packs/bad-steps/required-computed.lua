-- A step file with one mistake, on line 2 (see tests/lua/test-api.lua).
local f = computed { id = "c", label = "C", compute = function() end, required = true }
return step { id = "s", title = "S", fields = { f } }
