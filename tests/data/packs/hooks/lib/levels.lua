-- A module the step files share: require("lib.levels") gives this table,
-- the same one to every file (loads counts how often the file ran).
local M = { { "low", "Low" }, { "high", "High" } }
M.loads = 1
return M
