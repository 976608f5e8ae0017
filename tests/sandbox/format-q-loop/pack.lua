-- A hostile pack for tests/cli/test-sandbox.sh.
return { id = "hostile", version = 1, steps = { "01-step.lua", "02-after.lua" } }
