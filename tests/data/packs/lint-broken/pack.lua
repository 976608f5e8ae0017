-- A pack with one of each mistake pack lint finds (for the tests).
return { id = "lint-broken", version = 1, steps = { "a.lua", "b.lua" } }
