-- The four-level scale every key element is rated on, shared by the
-- dimension steps, the profile and the template (require("lib.levels")).
local M = {}

-- In order, lowest first: value (stored in plans), label, what it means.
M.LEVELS = {
  { value = "basic", label = "1. Basic",
    help = "Little is in place yet; what happens depends on a few committed people." },
  { value = "developing", label = "2. Developing",
    help = "Some arrangements exist, but not across every partner or every part of the area." },
  { value = "established", label = "3. Established",
    help = "In place across most partners and working as intended." },
  { value = "mature", label = "4. Mature",
    help = "Embedded everywhere, and regularly reviewed and improved using evidence." },
}

-- value -> score 1-4, and score -> level
M.SCORE = {}
for i, l in ipairs(M.LEVELS) do M.SCORE[l.value] = i end

-- The options of a rating question: each level with its label and meaning.
function M.options()
  local out = {}
  for i, l in ipairs(M.LEVELS) do out[i] = { value = l.value, label = l.label, help = l.help } end
  return out
end

-- The level whose band a score (1-4, a dimension's average) falls in:
-- rounded to the nearest whole level.
function M.level_of(score)
  if type(score) ~= "number" then return nil end
  local i = math.floor(score + 0.5)
  if i < 1 then i = 1 elseif i > #M.LEVELS then i = #M.LEVELS end
  return M.LEVELS[i]
end

return M
