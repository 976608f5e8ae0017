local co = coroutine.wrap(function() while true do coroutine.yield() end end)
while true do co() end
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
