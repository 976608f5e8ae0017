-- Runs after the hostile step: the sandbox it gets must be whole.
assert(type(string.format) == "function" and type(string.rep) == "function", "string table damaged")
assert(("abc"):upper() == "ABC" and ("x"):rep(3) == "xxx", "string methods damaged")
assert(io == nil and os == nil and debug == nil and package == nil and host == nil, "a library leaked in")
return step { id = "after", title = "After", fields = { text { id = "g", label = "G" } } }
