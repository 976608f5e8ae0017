local mt = getmetatable(text) or getmetatable(step) or {}; assert(next(mt) == nil); error("api ok")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
