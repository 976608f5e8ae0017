-- Dimension: data_and_evidence (its key elements are in lib/matrix.lua).
return require("lib.matrix").step("data_and_evidence")
