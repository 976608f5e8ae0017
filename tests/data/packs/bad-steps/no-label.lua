-- A step file with one mistake, on line 5 (see tests/lua/test-api.lua).



local f = yesno { id = "ok" }
return step { id = "s", title = "S", fields = { f } }
