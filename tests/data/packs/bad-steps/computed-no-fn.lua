-- A step file with one mistake, on line 11 (see tests/lua/test-api.lua).









local f = computed { id = "c", label = "C" }
return step { id = "s", title = "S", fields = { f } }
