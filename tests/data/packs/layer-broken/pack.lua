-- Extends layer-base but removes a field it does not have (for the tests).
return { id = "layer-broken", version = 1, extends = "layer-base", steps = { "bad.lua" } }
