-- The marks document.lua puts in the Markdown, as autolinks an answer's own
-- text can never make.  Anchors (Word and ODT): <evalwiz:a/ID> and
-- <evalwiz:z/ID> around an answer within a paragraph, and paragraphs of
-- their own <evalwiz:b/ID> and <evalwiz:e/ID> around an answer that is a
-- list or table.  Each pair becomes a bookmark named ID around the answer:
-- Word's w:bookmarkStart and w:bookmarkEnd, ODT's text:bookmark-start and
-- text:bookmark-end (a bookmark may run over several paragraphs; pandoc's
-- own for a Div would be a section in ODT).  Gaps (every pandoc format):
-- <evalwiz:g/gap> and <evalwiz:y/gap> around the gap's words, which then
-- stand out: bold italic in the HTML's rust colour.  A draft's note and its
-- list of what is still missing: paragraphs of their own <evalwiz:d/ID> and
-- <evalwiz:f/ID> around them (ID note or missing), which become a box that stands out: Word's
-- Draft paragraph style (shaded, ruled), in LaTeX a shaded frame (the note)
-- or rules above and below (the list, which may run over a page).
local numbers, count = {}, 0

local function marker(el)
  if el == nil or el.t ~= "Link" then return nil end
  return el.target:match("^evalwiz:([abezgydf])/([%w_]+)$")
end

local function raw(kind, id)
  local start = kind == "a" or kind == "b"
  if FORMAT == "docx" then
    if not numbers[id] then
      count = count + 1
      numbers[id] = 900000 + count
    end
    if start then
      return pandoc.RawInline("openxml", string.format('<w:bookmarkStart w:id="%d" w:name="%s"/>', numbers[id], id))
    end
    return pandoc.RawInline("openxml", string.format('<w:bookmarkEnd w:id="%d"/>', numbers[id]))
  end
  if FORMAT == "odt" then
    return pandoc.RawInline("opendocument",
      string.format(start and '<text:bookmark-start text:name="%s"/>' or '<text:bookmark-end text:name="%s"/>', id))
  end
  return nil
end

local function xml(s)
  return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"))
end

-- the gap's words, made to stand out
local function gap(inlines)
  local text = pandoc.utils.stringify(inlines)
  if FORMAT == "docx" then
    return { pandoc.RawInline("openxml", '<w:r><w:rPr><w:b/><w:i/><w:color w:val="A33B00"/></w:rPr>' ..
      '<w:t xml:space="preserve">' .. xml(text) .. '</w:t></w:r>') }
  end
  if FORMAT == "latex" then
    return { pandoc.RawInline("latex", "\\textcolor[HTML]{A33B00}{\\textbf{\\textit{"),
             pandoc.Span(inlines), pandoc.RawInline("latex", "}}}") }
  end
  return { pandoc.Strong({ pandoc.Emph(inlines) }) }
end

-- a block mark alone in its paragraph is left for Blocks below
local function alone(inlines)
  if #inlines ~= 1 then return nil end
  local k, id = marker(inlines[1])
  if k == "b" or k == "e" or k == "d" or k == "f" then return k, id end
  return nil
end

function Inlines(inlines)
  if alone(inlines) then return nil end
  local out, changed, held = pandoc.List(), false, nil
  for _, el in ipairs(inlines) do
    local k, id = marker(el)
    if k == "g" then
      held, changed = pandoc.List(), true
    elseif k == "y" then
      if held then out:extend(gap(held)) end
      held = nil
    elseif k then
      local r = raw(k, id)
      if r then out:insert(r) end
      changed = true
    elseif held then
      held:insert(el)
    else
      out:insert(el)
    end
  end
  if held then out:extend(held) end
  if changed then return out end
  return nil
end

-- r put first (or last) in the first (or last) paragraph, cell or item of
-- a block; false when the block has no text at all
local function put(block, r, last)
  local total, n = 0, 0
  local function count_text() total = total + 1 end
  pandoc.walk_block(pandoc.Div({ block }), { Para = count_text, Plain = count_text, Header = count_text })
  if total == 0 then return block, false end
  local function place(p)
    n = n + 1
    if (last and n == total) or (not last and n == 1) then
      if last then p.content:insert(r) else p.content:insert(1, r) end
      return p
    end
    return nil
  end
  local out = pandoc.walk_block(pandoc.Div({ block }), { Para = place, Plain = place, Header = place })
  return out.content[1], true
end


-- A label (a paragraph of bold words ending in a colon, such as "Risk
-- factors it addresses:", or bold words alone over a list or table, such
-- as a step's name over its unanswered questions) stays on the page of
-- the list or table after it: Word's keepNext (the Label style), and in
-- LaTeX a page break before it when fewer than eight lines are left, none
-- after it but before a table.
local function is_label(b, nxt)
  if b.t ~= "Para" then return false end
  local c = b.content
  local n = #c
  while n > 0 and (c[n].t == "Space" or c[n].t == "SoftBreak") do n = n - 1 end
  if n ~= 1 or c[1].t ~= "Strong" then return false end
  if nxt and (nxt.t == "BulletList" or nxt.t == "OrderedList" or nxt.t == "Table") then return true end
  return pandoc.utils.stringify(c[1]):match(":%s*$") ~= nil
end

-- LaTeX: a new page here when fewer than eight lines are left on this
-- one, measured there and then (as the needspace package does).  A
-- break left for TeX to choose later (a penalty between stretchable
-- skips) could be taken only once a longtable after it had begun, which
-- then printed its head alone at the top of the new page, above the
-- heading or label it follows.
local function needspace(lines)
  return "\\par\\penalty-100\\begingroup\\dimen0=" .. lines .. "\\baselineskip\\dimen2=\\pagegoal"
    .. "\\advance\\dimen2-\\pagetotal\\ifdim\\dimen0>\\dimen2 \\vfil\\penalty-10000\\fi\\endgroup"
end
local NEEDSPACE = needspace(8)

local function labels(blocks)
  local out, changed = pandoc.List(), false
  -- a label just under a heading (a raw rule, such as a draft box's, may
  -- stand between) moves with the heading: one test before the heading for
  -- both (twelve lines), none between them, where a page break would leave
  -- the heading alone at the foot of the page
  local under = {}
  for i, b in ipairs(blocks) do
    local j = i + 1
    if FORMAT == "latex" and b.t == "Header" then
      while blocks[j] and blocks[j].t == "RawBlock" do j = j + 1 end
      if blocks[j] and is_label(blocks[j], blocks[j + 1]) and blocks[j + 1] and blocks[j + 1].t ~= "Header" then
        under[j], under[i] = true, true
      end
    end
  end
  for i, b in ipairs(blocks) do
    local nxt = blocks[i + 1]
    if FORMAT == "latex" and under[i] and b.t ~= "Header" then
      changed = true
      out:insert(pandoc.RawBlock("latex", "\\nopagebreak[4]"))
      out:insert(b)
      if nxt.t ~= "Table" then out:insert(pandoc.RawBlock("latex", "\\nopagebreak[4]")) end
    elseif FORMAT == "latex" and b.t == "Header" and i > 1 and under[i] then
      changed = true
      out:insert(pandoc.RawBlock("latex", needspace(12)))
      out:insert(b)
    elseif FORMAT == "latex" and b.t == "Header" and i > 1 then
      -- a heading moves on when fewer than eight lines are left (longtable
      -- may break the page right after it); and this break is a better one
      -- than a label's just before: without it the only break on a page
      -- that cannot take what follows the heading (a tall figure) was the
      -- label's, and the page ended before the label with half its height
      -- empty
      changed = true
      out:insert(pandoc.RawBlock("latex",
        NEEDSPACE))
      out:insert(b)
    elseif is_label(b, nxt) and nxt and nxt.t ~= "Header" then
      changed = true
      if FORMAT == "docx" then
        out:insert(pandoc.Div({ b }, pandoc.Attr("", {}, { ["custom-style"] = "Label" })))
      elseif FORMAT == "latex" then
        out:insert(pandoc.RawBlock("latex",
          NEEDSPACE))
        out:insert(b)
        -- no \\nopagebreak before a table: longtable then sets its head
        -- above the label on the next page
        if nxt.t ~= "Table" then out:insert(pandoc.RawBlock("latex", "\\nopagebreak[4]")) end
      else
        out:insert(b)
      end
    else
      out:insert(b)
    end
  end
  return out, changed
end
-- the blocks of a draft's note or list (d/ID ... f/ID) as a box
local function draft_box(id, inner)
  if FORMAT == "docx" or FORMAT == "odt" then
    inner = labels(inner)
    -- a list's items as paragraphs with a bullet, which take the box's
    -- style (a list's own paragraphs would not)
    local flat = pandoc.List()
    for _, b in ipairs(inner) do
      if b.t == "BulletList" then
        for _, item in ipairs(b.content) do
          for _, ib in ipairs(item) do
            if ib.t == "Plain" or ib.t == "Para" then
              local c = pandoc.List({ pandoc.Str("\u{2022}"), pandoc.Space() })
              c:extend(ib.content)
              flat:insert(pandoc.Para(c))
            else
              flat:insert(ib)
            end
          end
        end
      else
        flat:insert(b)
      end
    end
    local labelled = flat
    -- a label inside the box: the box's own style, kept with what follows
    for i, b in ipairs(labelled) do
      if b.t == "Div" and b.attributes["custom-style"] == "Label" then b.attributes["custom-style"] = "Draft Label"; labelled[i] = b end
    end
    return { pandoc.Div(labelled, pandoc.Attr("", {}, { ["custom-style"] = "Draft" })) }
  end
  if FORMAT == "latex" then
    if id == "note" then
      return { pandoc.RawBlock("latex", "\\par\\medskip\\noindent\\fcolorbox[HTML]{A33B00}{FFF4EC}{\\begin{minipage}"
                 .. "{\\dimexpr\\linewidth-2\\fboxsep-2\\fboxrule\\relax}"),
               pandoc.Div(inner), pandoc.RawBlock("latex", "\\end{minipage}}\\par\\medskip") }
    end
    local rule = pandoc.RawBlock("latex", "\\par\\noindent{\\color[HTML]{A33B00}\\rule{\\linewidth}{1pt}}\\par")
    local out = pandoc.List({ rule })
    out:extend(inner)
    out:insert(rule)
    return out
  end
  return inner
end

function Blocks(blocks)
  local out, pending, placed, changed = pandoc.List(), nil, {}, false
  local box, box_id
  for _, b in ipairs(blocks) do
    local k, id
    if b.t == "Para" or b.t == "Plain" then k, id = alone(b.content) end
    if k == "d" then
      changed, box, box_id = true, out, id
      out = pandoc.List()
    elseif k == "f" then
      changed = true
      if box then
        local inner = out
        out = box
        out:extend(draft_box(box_id, inner))
        box = nil
      end
    elseif k == "b" then
      pending, changed = id, true
    elseif k == "e" then
      changed = true
      if pending == id then
        pending = nil   -- nothing between the marks
      elseif placed[id] and #out > 0 then
        out[#out] = put(out[#out], raw("e", id), true)
      end
    else
      if pending and raw("b", pending) then
        b, placed[pending] = put(b, raw("b", pending), false)
      end
      pending = nil
      out:insert(b)
    end
  end
  if box then
    box:extend(out)
    out = box
  end
  local labelled, moved = labels(out)
  if changed or moved then return labelled end
  return nil
end
