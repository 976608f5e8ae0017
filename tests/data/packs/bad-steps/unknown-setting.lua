-- A step file with one mistake, on line 3 (see tests/lua/test-api.lua).

local f = text { id = "aim", label = "Aim", lable = "typo" }
return step { id = "s", title = "S", fields = { f } }
