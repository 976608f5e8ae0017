-- Names a step that does not exist.
return step { id = "s", title = "S", prerequisites = { "nowhere" }, fields = {} }
