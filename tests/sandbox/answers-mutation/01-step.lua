return step {
  id = "s",
  title = "S",
  fields = {
    text { id = "f", label = "F", validate = function(v, a)
      pcall(function() getmetatable(a.s).__index.f = "HACKED" end)
      pcall(rawset, a, "s", { f = "HACKED" })
      pcall(function() rawset(a.nothing, "f", "HACKED") end)
      pcall(function() a.s.f = "HACKED" end)
      pcall(function() table.insert(a.s.list, "HACKED") end)
      pcall(function() for k in pairs(a.s) do rawset(a.s, k, "HACKED") end end)
    end },
    list { id = "list", label = "L", validate = function(v) table.insert(v, "HACKED"); v[1] = "HACKED" end }
  },
}
