-- Tables from CommonMark come with no column widths: LaTeX would set each
-- column on one line, off the page, and Word and LibreOffice would make
-- the columns equal.  A table whose text would not fit on a line gets
-- widths: a column of numbers, amounts or ranges of them is as wide as
-- its longest cell (and its header's longest word), and never narrower,
-- so a number is never split; a column of short cells (dates, a word, a
-- mark) likewise, its header wrapped at its words; the others share what
-- is left in proportion to their text, each as wide as
-- its longest word while there is room, narrower only when there is not.
-- A table whose numbers and longest words do not fit across the page
-- (the hard plan's cost table, 7 columns) is set on a landscape page when
-- the format's filter can make one (Landscape, defined by filter-docx.lua,
-- filter-odt.lua and filter-pdf.lua): it gets the class "landscape" and its widths are
-- shares of the wider page.
local PAGE = 95   -- characters of table text across an A4 page, 2 cm margins
local WIDE = 143  -- across a landscape A4 page (25.7 cm of text for 17)
local PAD = 4     -- a cell's padding and rules, in characters (Word's bold heads need 4)
local SHORT = 16  -- a column whose cells are no longer is sized to them
local OVER = 1.05 -- a table this much over the page still fits (PAD is generous)

local function text_of(cell)
  return pandoc.utils.stringify(cell.contents or cell[#cell])
end

local function len(s)
  return utf8.len(s) or #s
end

-- The columns' widths as shares of a page of PAGE characters, and whether
-- the numbers and the text columns' longest words fit across it.
local function size(n, PAGE, longest, word, body, numeric, headword)
  local width, min, fixed, flex = {}, {}, 0, {}
  for i = 1, n do
    if numeric[i] and body[i] > 0 then
      width[i] = (math.max(body[i], headword[i]) + PAD) / PAGE
    elseif math.max(body[i], headword[i]) <= SHORT then  -- a header wraps at its words
      width[i] = (math.max(body[i], headword[i]) + PAD) / PAGE
    end
    if width[i] then
      fixed = fixed + width[i]
    else
      min[i] = (math.min(word[i], 30) + PAD) / PAGE
      flex[#flex + 1] = i
    end
  end
  -- the text columns share what is left; one that would be narrower than
  -- its longest word gets that width, and the rest is shared again
  local rest = math.max(1 - fixed, 0.05 * #flex)
  local open = {}
  for _, i in ipairs(flex) do open[i] = true end
  local changed = true
  while changed do
    changed = false
    local room, weight = rest, 0
    for _, i in ipairs(flex) do
      if open[i] then weight = weight + math.min(longest[i], 60) else room = room - width[i] end
    end
    for _, i in ipairs(flex) do
      if open[i] then
        local w = room * math.min(longest[i], 60) / weight
        if w < min[i] then
          width[i], open[i], changed = min[i], false, true
          break
        end
        width[i] = w
      end
    end
  end
  local texts = 0
  for _, i in ipairs(flex) do texts = texts + width[i] end
  if texts > rest and texts > 0 then	-- no room: the text columns give way, never a number's
    -- what each has above its longest word goes first, so that a word is
    -- split only when the longest words alone do not fit
    local floor, above = 0, 0
    for _, i in ipairs(flex) do
      floor = floor + math.min(width[i], min[i])
      above = above + math.max(width[i] - min[i], 0)
    end
    for _, i in ipairs(flex) do
      if floor <= rest and above > 0 then
        width[i] = math.min(width[i], min[i]) + math.max(width[i] - min[i], 0) * (rest - floor) / above
      else
        width[i] = width[i] * rest / texts
      end
    end
  end
  local floor = fixed
  for _, i in ipairs(flex) do floor = floor + min[i] end
  return width, floor <= OVER
end

function Table(t)
  -- pandoc before 2.10 has another table model: leave its tables be
  if not (t.colspecs and t.head and t.bodies) then return nil end
  local n = #t.colspecs
  local longest, word, body, numeric, headword = {}, {}, {}, {}, {}
  for i = 1, n do longest[i], word[i], body[i], numeric[i], headword[i] = 0, 0, 0, true, 0 end
  local function measure(rows, head)
    for _, row in ipairs(rows) do
      for i, cell in ipairs(row.cells or row[2]) do
        if i <= n then
          local s = text_of(cell)
          longest[i] = math.max(longest[i], len(s))
          for w in s:gmatch("%S+") do
            word[i] = math.max(word[i], len(w))
            if head then headword[i] = math.max(headword[i], len(w)) end
          end
          if not head then
            body[i] = math.max(body[i], len(s))
            if s ~= "" and not s:match("^[£$€%-]*[%d,.]+%%?$")
              -- a range ("£2 to £3") where a wide table gets a landscape page
              and not (Landscape ~= nil and s:match("^[£$€%-]*[%d,.]+%%? %a+ [£$€%-]*[%d,.]+%%?$")) then
              numeric[i] = false
            end
          end
        end
      end
    end
  end
  measure(t.head.rows, true)
  for _, b in ipairs(t.bodies) do measure(b.body, false) end
  local line = 0
  for i = 1, n do line = line + longest[i] + PAD end
  if line <= 90 then return nil end
  local width, fits = size(n, PAGE, longest, word, body, numeric, headword)
  if not fits and Landscape ~= nil then
    width = size(n, WIDE, longest, word, body, numeric, headword)
    t.attr.classes:insert("landscape")
  end
  local total = 0
  for i = 1, n do total = total + width[i] end
  for i = 1, n do t.colspecs[i] = { t.colspecs[i][1], width[i] / math.max(total, 1) } end
  return t
end

-- landscape(blocks, before, after): the blocks with a landscape table
-- between before and after, its label (the Label paragraph before it)
-- with it; in the document and its divisions.  Used by Landscape.
function landscape(blocks, before, after)
  local out, changed = pandoc.List(), false
  for _, b in ipairs(blocks) do
    if b.t == "Table" and b.attr.classes:includes("landscape") then
      local last = out[#out]
      -- Word's label is a Div of the Label style, the others' a paragraph of bold words
      local label = last ~= nil and ((last.t == "Div" and last.attributes["custom-style"] == "Label")
        or (last.t == "Para" and #last.content == 1 and last.content[1].t == "Strong"))
      if label then out:remove() end
      out:insert(before)
      if label then out:insert(last) end
      out:insert(b)
      out:insert(after)
      changed = true
    elseif b.t == "Div" then
      local inner, c = landscape(b.content, before, after)
      if c then b.content, changed = inner, true end
      out:insert(b)
    else
      out:insert(b)
    end
  end
  return out, changed
end
