local s = string.rep("\0", 4 * 1024 * 1024) for i = 1, 100000 do local q = string.format("%q", s) end
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
