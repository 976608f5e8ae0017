-- Dimension: commissioning (its key elements are in lib/matrix.lua).
return require("lib.matrix").step("commissioning")
