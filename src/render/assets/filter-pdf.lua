
-- The contents after the opening (who, what, when), before the first
-- section, as in the HTML; none for a document of one section.
function Pandoc(doc)
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

-- pdfLaTeX would print a backtick in text as an opening quote
function Str(s)
  if not s.text:find("`", 1, true) then return nil end
  local out = {}
  for part, tick in s.text:gmatch("([^`]*)(`?)") do
    if part ~= "" then out[#out + 1] = pandoc.Str(part) end
    if tick ~= "" then out[#out + 1] = pandoc.RawInline("latex", "\\textasciigrave{}") end
  end
  return out
end
