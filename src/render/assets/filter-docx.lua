-- Right-to-left text for Word, which shows Hebrew or Arabic in the right
-- order and aligned right only when the paragraph is marked right to left
-- (w:bidi) and its runs too (w:rtl).  A paragraph, heading or cell whose
-- first letter is of a right-to-left script is marked so, its
-- left-to-right words kept left to right; a right-to-left word in a
-- left-to-right paragraph is marked on its own.  Digits, spaces and
-- punctuation have no direction of their own (as in Unicode's bidi rules).
local function strong(c)
  if c < 0x41 then return nil end
  if c <= 0x5A or (c >= 0x61 and c <= 0x7A) then return "ltr" end
  if c < 0xC0 or c == 0xD7 or c == 0xF7 then return nil end
  if c < 0x300 then return "ltr" end
  if c < 0x370 then return nil end -- combining marks
  if c < 0x590 then return "ltr" end -- Greek, Cyrillic, Armenian
  if c < 0x900 then -- Hebrew, Arabic, Syriac, Thaana, N'Ko...
    if (c >= 0x660 and c <= 0x669) or (c >= 0x6F0 and c <= 0x6F9) then return nil end
    return "rtl"
  end
  if c < 0x2000 then return "ltr" end
  if c == 0x200E then return "ltr" end
  if c == 0x200F then return "rtl" end
  if c < 0x2C00 then return nil end -- punctuation, symbols, arrows, box drawing
  if c < 0x2E00 then return "ltr" end
  if c < 0x2E80 or (c >= 0x3000 and c < 0x3040) then return nil end
  if c < 0xD800 then return "ltr" end -- Chinese, Japanese, Korean...
  if c < 0xF900 then return nil end -- private use
  if c < 0xFB1D then return "ltr" end
  if c < 0xFE00 then return "rtl" end -- Hebrew and Arabic presentation forms
  if c < 0xFE70 then return nil end
  if c < 0xFEFF then return "rtl" end
  if c < 0xFF21 then return nil end
  if c < 0xFFF0 then return "ltr" end
  if c < 0x10000 then return nil end
  if c < 0x10800 then return "ltr" end
  if c < 0x11000 then return "rtl" end -- Phoenician, Kharoshthi, Old South Arabian...
  if c < 0x1E800 then return "ltr" end
  if c < 0x1F000 then return "rtl" end -- Adlam, Mende Kikakui, Arabic mathematical letters
  if c >= 0x20000 and c < 0x40000 then return "ltr" end
  return nil -- emoji and other symbols
end

local function direction(s)
  for _, c in utf8.codes(s) do
    local d = strong(c)
    if d ~= nil then return d end
  end
  return nil
end

-- each word whose direction is not the paragraph's in a span of its own
local function words(block, dir)
  return pandoc.walk_block(block, {
    Str = function(s)
      local d = direction(s.text)
      if d ~= nil and d ~= dir then return pandoc.Span({ s }, pandoc.Attr("", {}, { dir = d })) end
      return nil
    end,
  })
end

local function directed(block)
  local text = pandoc.utils.stringify(block)
  -- most paragraphs are plain ASCII: nothing to look at
  if not text:find("[\128-\255]") then return nil end
  if direction(text) == "rtl" then
    -- a marked paragraph would lose its style in pandoc 2.17's Word writer
    local kv = { dir = "rtl" }
    if block.t == "Para" then kv["custom-style"] = "Body Text" end
    return pandoc.Div({ words(block, "rtl") }, pandoc.Attr("", {}, kv))
  end
  return words(block, "ltr")
end

Para, Plain, Header = directed, directed, directed

-- A table of contents after the opening (who, what, when), before the first
-- section, as in the PDF: Word's TOC field with its entries already in it
-- (links to the headings), so that it reads at once in Word and
-- LibreOffice; updating the field there adds the page numbers.  pandoc's
-- own --toc leaves the field empty and makes Word ask to update fields.
local function xml(s)
  return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"):gsub('"', "&quot;"))
end

-- the bookmark pandoc gives a heading: its identifier, or when that is
-- longer than Word allows (40) or starts with no letter, X and a hash
local function bookmark(id)
  if id:find("^[%a\128-\255]") and (utf8.len(id) or #id) <= 40 then return id end
  return "X" .. pandoc.utils.sha1(id):sub(2)
end

local function heading(b)
  if b.t == "Div" and #b.content == 1 then b = b.content[1] end
  if b.t == "Header" then return b end
  return nil
end

local function contents(doc)
  local first, entries = nil, {}
  for i, b in ipairs(doc.blocks) do
    local h = heading(b)
    if h ~= nil and h.level <= 2 and h.identifier ~= "" then
      if h.level == 1 then first = first or i end
      if first ~= nil then entries[#entries + 1] = h end
    end
  end
  local n = 0
  for _, h in ipairs(entries) do
    if h.level == 1 then n = n + 1 end
  end
  if n < 2 then return nil end
  -- the contents share the first page with the opening and the start of
  -- the text: with more entries than fit there, the sections alone
  local depth = 2
  if #entries > 16 then
    depth = 1
    local top = {}
    for _, h in ipairs(entries) do if h.level == 1 then top[#top + 1] = h end end
    entries = top
  end
  local out = { '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
    .. '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
    .. '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>' }
  for i, h in ipairs(entries) do
    local p = '<w:p><w:pPr><w:pStyle w:val="TOC' .. h.level .. '"/></w:pPr>'
    if i == 1 then
      p = p .. '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        .. '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-' .. depth .. '" \\h \\z \\u </w:instrText></w:r>'
        .. '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    end
    p = p .. '<w:hyperlink w:anchor="' .. xml(bookmark(h.identifier)) .. '" w:history="1"><w:r><w:t xml:space="preserve">'
      .. xml(pandoc.utils.stringify(h)) .. '</w:t></w:r></w:hyperlink>'
    if i == #entries then p = p .. '<w:r><w:fldChar w:fldCharType="end"/></w:r>' end
    out[#out + 1] = p .. '</w:p>'
  end
  out[#out + 1] = '</w:sdtContent></w:sdt>'
  doc.blocks:insert(first, pandoc.RawBlock("openxml", table.concat(out)))
  return doc
end

-- A table too wide for a portrait page (filter-widths.lua gives it the
-- class "landscape") on landscape pages of its own: Word ends a section at
-- a paragraph holding a w:sectPr, whose page is the section's.  The
-- portrait section ends before the table's label, the landscape one after
-- the table; the document's own last w:sectPr (the reference document's
-- portrait A4) then holds the rest.  Each section keeps the footer of the
-- one before.
local MARGINS = '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
local function section(w, h, orient)
  return pandoc.RawBlock("openxml", '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:sectPr><w:pgSz w:w="' .. w
    .. '" w:h="' .. h .. '"' .. orient .. '/>' .. MARGINS .. '</w:sectPr></w:pPr></w:p>')
end

function Landscape(blocks)
  return landscape(blocks, section(11906, 16838, ""), section(16838, 11906, ' w:orient="landscape"'))
end

function Pandoc(doc)
  local blocks, changed = Landscape(doc.blocks)
  if changed then doc.blocks = blocks end
  return contents(doc) or (changed and doc or nil)
end
