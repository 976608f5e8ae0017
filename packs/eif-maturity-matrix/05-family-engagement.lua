-- Dimension: family_engagement (its key elements are in lib/matrix.lua).
return require("lib.matrix").step("family_engagement")
