io.open("canary.txt", "w"):write("gone")
return step { id = "s", title = "S", fields = { text { id = "f", label = "F" } } }
