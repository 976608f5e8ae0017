string.format = nil; string.rep = nil; string.upper = function() return "HACKED" end
table.concat = nil; math.floor = nil
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
