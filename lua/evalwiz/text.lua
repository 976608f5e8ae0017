-- text.lua: evalwiz's own text for the terminal: wrapping words to a width.
local M = {}

-- text wrapped to width columns (bytes), the first line starting with first,
-- the others with rest.
function M.wrap(text, width, first, rest)
  local lines, line = {}, first
  local empty = true
  for word in string.gmatch(tostring(text), "%S+") do
    if not empty and #line + 1 + #word > width then
      lines[#lines + 1] = line
      line = rest .. word
    else
      line = line .. (empty and "" or " ") .. word
    end
    empty = false
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n")
end

return M
