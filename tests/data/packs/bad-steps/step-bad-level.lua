-- A level that does not exist.
return step { id = "s", title = "S", level = "L9", fields = {} }
