-- Version 1 of a pack whose version 2 moves answers (see mig-v2).
return { id = "mig", version = 1, title = "Migrating", steps = { "s.lua" } }
