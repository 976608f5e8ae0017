
-- The contents after the opening (who, what, when), before the first
-- section, as in the HTML; none for a document of one section.
local function contents(doc)
  local first, n = nil, 0
  for i, b in ipairs(doc.blocks) do
    if b.t == "Header" and b.level == 1 then
      n = n + 1
      first = first or i
    end
  end
  if n < 2 then return nil end
  doc.blocks:insert(first, pandoc.RawBlock("latex", "\\tableofcontents\n\\bigskip"))
  return doc
end

-- A long run without spaces (an address typed into an answer) may break
-- after / - _ . ? & = # : and a line may break there: LaTeX breaks such a
-- run only at its hyphens, if at all, and it went off the page.  Only
-- \allowbreak is added; the text itself stays text.
local LONG = 30

local function breakable(text, out)
  if #text <= LONG then
    out[#out + 1] = pandoc.Str(text)
    return
  end
  for part, sep in text:gmatch("([^/%-_%.%?&=#:]*)([/%-_%.%?&=#:]*)") do
    if part ~= "" or sep ~= "" then
      out[#out + 1] = pandoc.Str(part .. sep)
      if sep ~= "" then out[#out + 1] = pandoc.RawInline("latex", "\\allowbreak{}") end
    end
  end
end

-- pdfLaTeX would print a backtick in text as an opening quote
function Str(s)
  local tick_in = s.text:find("`", 1, true)
  if not tick_in and #s.text <= LONG then return nil end
  local out = {}
  for part, tick in s.text:gmatch("([^`]*)(`?)") do
    if part ~= "" then breakable(part, out) end
    if tick ~= "" then out[#out + 1] = pandoc.RawInline("latex", "\\textasciigrave{}") end
  end
  return out
end

-- A table too wide for a portrait page (filter-widths.lua gives it the
-- class "landscape") on landscape pages of its own, with its label:
-- pdflscape's landscape environment (the TeX preambles load it), which
-- turns those pages in a viewer.
function Landscape(blocks)
  return landscape(blocks, pandoc.RawBlock("latex", "\\begin{landscape}"), pandoc.RawBlock("latex", "\\end{landscape}"))
end

function Pandoc(doc)
  local blocks, changed = Landscape(doc.blocks)
  if changed then doc.blocks = blocks end
  return contents(doc) or (changed and doc or nil)
end
