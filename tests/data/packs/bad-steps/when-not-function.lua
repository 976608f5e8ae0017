-- A step file with one mistake, on line 10 (see tests/lua/test-api.lua).








local f = text { id = "t", label = "T", when = true }
return step { id = "s", title = "S", fields = { f } }
