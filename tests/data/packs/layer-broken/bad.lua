return extend_step { id = "alpha", remove = { "nope" } }
