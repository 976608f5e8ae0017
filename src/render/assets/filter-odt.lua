-- ODT: the contents after the opening, as in Word and the PDF: an index
-- LibreOffice can update, its entries (the sections and subsections, or
-- the sections alone when there are more than 16) already in it as links
-- to the headings' bookmarks.
local function xml(s)
  return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"):gsub('"', "&quot;"))
end

local function contents(doc)
  local first, entries, n = nil, {}, 0
  for i, b in ipairs(doc.blocks) do
    if b.t == "Header" and b.level <= 2 and b.identifier ~= "" then
      if b.level == 1 then first = first or i; n = n + 1 end
      if first ~= nil then entries[#entries + 1] = b end
    end
  end
  if n < 2 then return nil end
  local depth = 2
  if #entries > 16 then
    depth = 1
    local top = {}
    for _, h in ipairs(entries) do if h.level == 1 then top[#top + 1] = h end end
    entries = top
  end
  local out = { '<text:table-of-content text:name="Contents" text:protected="true">'
    .. '<text:table-of-content-source text:outline-level="' .. depth .. '">'
    .. '<text:index-title-template>Contents</text:index-title-template></text:table-of-content-source>'
    .. '<text:index-body><text:index-title text:name="Contents_Head">'
    .. '<text:p text:style-name="Heading_20_1">Contents</text:p></text:index-title>' }
  for _, h in ipairs(entries) do
    out[#out + 1] = '<text:p text:style-name="Contents_20_' .. h.level .. '"><text:a xlink:type="simple" xlink:href="#'
      .. xml(h.identifier) .. '">' .. xml(pandoc.utils.stringify(h)) .. '</text:a></text:p>'
  end
  out[#out + 1] = '</text:index-body></text:table-of-content>'
  doc.blocks:insert(first, pandoc.RawBlock("opendocument", table.concat(out)))
  return doc
end

-- A table too wide for a portrait page (filter-widths.lua gives it the
-- class "landscape") on landscape pages of its own: an empty paragraph
-- whose style starts a page of the landscape master page before the
-- table's label, and one that returns to the portrait page after it (the
-- styles are added to the file by src/render/odt.c).
function Landscape(blocks)
  local function mark(style)
    return pandoc.RawBlock("opendocument", '<text:p text:style-name="' .. style .. '"/>')
  end
  return landscape(blocks, mark("EW_Landscape"), mark("EW_Portrait"))
end

function Pandoc(doc)
  local blocks, changed = Landscape(doc.blocks)
  if changed then doc.blocks = blocks end
  return contents(doc) or (changed and doc or nil)
end
