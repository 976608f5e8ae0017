-- A step file with one mistake, on line 8 (see tests/lua/test-api.lua).






local f = text { id = "t", label = "T", options = { "a" } }
return step { id = "s", title = "S", fields = { f } }
