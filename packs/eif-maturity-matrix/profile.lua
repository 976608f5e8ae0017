-- The profile: each dimension's average rating, the overall average, the
-- weakest and the strongest dimension.  The pack's facts (pack.lua's
-- facts =), so its checks and its template read the same numbers the
-- profile step shows.
local matrix = require("lib.matrix")
local levels = require("lib.levels")

local M = {}

-- from_plan(a): { dimensions = { {id, title, average, level, rated, elements} },
--   rated = dimensions rated, average, weakest, strongest (their ids),
--   spread (strongest minus weakest) } -- the numbers only when something is rated.
function M.from_plan(a)
  local dims, sum, n = {}, 0, 0
  local weakest, strongest
  for _, d in ipairs(matrix.DIMENSIONS) do
    local avg = matrix.average(a, d)
    local lvl = levels.level_of(avg)
    local item = { id = d.id, title = d.title, average = avg, rated = #matrix.scores(a, d),
                   elements = #d.elements, level = lvl and lvl.label or nil }
    dims[#dims + 1] = item
    if avg then
      sum, n = sum + avg, n + 1
      -- ties go to the dimension listed first
      if not weakest or avg < weakest.average then weakest = item end
      if not strongest or avg > strongest.average then strongest = item end
    end
  end
  local f = { dimensions = dims, rated = n }
  if n > 0 then
    f.average = sum / n
    f.weakest, f.strongest = weakest.id, strongest.id
    f.spread = strongest.average - weakest.average
  end
  return f
end

-- The title of dimension id.
function M.title(id)
  local d = matrix.BY_ID[id]
  return d and d.title or nil
end

return M
