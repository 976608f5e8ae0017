-- diagram.lua: a pack's diagram (the default pack's logic model: inputs
-- -> activities -> outputs -> outcomes), columns of boxes read from the
-- answers the pack's diagram setting names, with the links the team drew.  Drawn as Mermaid and Graphviz DOT for documents, and as a box
-- diagram in text (box-drawing characters or ASCII) for the wizard.
local M = {}

local plain_words = host.plain_words

local function text_of(v)
  if v == nil then return nil end
  if type(v) == "string" then
    -- most texts are words with single spaces between: nothing to change
    if v ~= "" and plain_words(v) and not string.find(v, "  ", 1, true) then return v end
    -- runs of space become one, then one at either end goes: the same as
    -- matching "^%s*(.-)%s*$", which tries the end at every byte
    local s = string.gsub(v, "%s+", " ")
    if string.byte(s, 1) == 32 then s = string.sub(s, 2) end
    if string.byte(s, -1) == 32 then s = string.sub(s, 1, -2) end
    if s == "" then return nil end
    return s
  end
  if type(v) == "number" or type(v) == "boolean" then return tostring(v) end
  return nil
end
M.text_of = text_of

-- Reads a dotted path ("step.field") from the answers.
local function at_path(a, path)
  local sid, fid = string.match(path or "", "^([%w_]+)%.([%w_]+)$")
  local s = sid and a[sid]
  if type(s) ~= "table" then return nil end
  return s[fid]
end

-- The model from the answers (a read-only view a.step.field) as the pack's
-- diagram setting lays it out (see doc/step-packs.md, "diagram"): columns
-- of nodes { id, label } and links { from, to, how } between node ids.
-- spec: { columns = { {key, title, field, label?, from?, only?} }, links =
-- { field, from, to, how } }; nil or without columns gives an empty model.
function M.model(a, spec)
  local m = { columns = {}, links = {}, empty_text = spec and spec.empty }
  local by_label = {}
  local function list(v)
    local out = {}
    if type(v) == "table" then
      for _, x in ipairs(v) do
        local s = text_of(x)
        if s then out[#out + 1] = s end
      end
    end
    return out
  end
  -- only = { column, value, blank }: the rows whose column holds value
  -- (blank: and the rows that leave it empty)
  local function rows(v, key, only)
    local out = {}
    if type(v) == "table" then
      for _, r in ipairs(v) do
        local keep = type(r) == "table"
        if keep and only then
          local x = r[only.column]
          keep = x == only.value or (only.blank and (x == nil or x == ""))
        end
        if keep then
          local s = text_of(r[key])
          if s then out[#out + 1] = s end
        end
      end
    end
    return out
  end
  local cols = spec and spec.columns or {}
  for _, c in ipairs(cols) do
    local v = at_path(a, c.field)
    local labels = c.label and rows(v, c.label, c.only) or list(v)
    local col = { key = c.key, title = c.title, nodes = {} }
    for _, label in ipairs(labels) do
      local id = c.key .. (#col.nodes + 1)
      col.nodes[#col.nodes + 1] = { id = id, label = label }
      by_label[label] = by_label[label] or id
    end
    m.columns[#m.columns + 1] = col
  end
  -- a column's rows may name the node they come from (from = its column)
  for _, c in ipairs(cols) do
    local v = c.label and c.from and at_path(a, c.field)
    if type(v) == "table" then
      for _, r in ipairs(v) do
        if type(r) == "table" and text_of(r[c.from]) and text_of(r[c.label]) then
          local f, t = by_label[text_of(r[c.from])], by_label[text_of(r[c.label])]
          if f and t then m.links[#m.links + 1] = { from = f, to = t } end
        end
      end
    end
  end
  local ls = spec and spec.links
  local lv = ls and at_path(a, ls.field)
  if type(lv) == "table" then
    for _, r in ipairs(lv) do
      if type(r) == "table" then
        local f, t = by_label[text_of(r[ls.from]) or ""], by_label[text_of(r[ls.to]) or ""]
        if f and t then m.links[#m.links + 1] = { from = f, to = t, how = ls.how and text_of(r[ls.how]) or nil } end
      end
    end
  end
  local keep = {}
  for _, c in ipairs(m.columns) do
    if #c.nodes > 0 then keep[#keep + 1] = c end
  end
  m.columns = keep
  return m
end

-- What an empty diagram says: the pack's words, or these.
local function empty_text(m)
  return m.empty_text or "The diagram is not yet filled in"
end

function M.is_empty(m)
  return #m.columns == 0
end

-- ---- Mermaid ----------------------------------------------------------------

-- Mermaid labels go in double quotes; quotes and markup become entities
-- (Mermaid reads #quot; style codes), so no answer can close the label.
local function mermaid_label(s)
  if plain_words(s) then return s end  -- letters, digits, spaces and ,;:'/? only
  s = string.gsub(s, "[\"#<>&`|{}%[%]]", function(c) return "#" .. string.byte(c) .. ";" end)
  return s
end
M.mermaid_label = mermaid_label

function M.mermaid(m)
  local out = { "flowchart TB" }  -- bands down the page, as the DOT picture
  if M.is_empty(m) then
    out[#out + 1] = '  empty["' .. mermaid_label(empty_text(m)) .. '"]'
    return table.concat(out, "\n") .. "\n"
  end
  for _, c in ipairs(m.columns) do
    out[#out + 1] = string.format('  subgraph %s["%s"]', c.key, mermaid_label(c.title))
    out[#out + 1] = "    direction LR"
    for _, n in ipairs(c.nodes) do
      out[#out + 1] = string.format('    %s["%s"]', n.id, mermaid_label(n.label))
    end
    out[#out + 1] = "  end"
  end
  for i = 1, #m.columns - 1 do
    out[#out + 1] = string.format("  %s --> %s", m.columns[i].key, m.columns[i + 1].key)
  end
  if m.incoming and #m.incoming > 0 then	-- a part's links from another part's boxes
    out[#out + 1] = '  incoming["' .. mermaid_label("Links from boxes in another part: " .. table.concat(m.incoming, "; ")) .. '"]'
  end
  for _, l in ipairs(m.links) do
    if l.how then
      out[#out + 1] = string.format('  %s -->|"%s"| %s', l.from, mermaid_label(l.how), l.to)
    else
      out[#out + 1] = string.format("  %s --> %s", l.from, l.to)
    end
  end
  return table.concat(out, "\n") .. "\n"
end

-- ---- Graphviz DOT --------------------------------------------------------------

local wrap -- below, with the text boxes

local function dot_string(s)
  return '"' .. string.gsub(s, "[\\\"]", "\\%0"):gsub("[%c]", " ") .. '"'
end

-- A label wrapped at w cells, its lines joined by DOT's centred line break.
local function dot_label(s, w)
  local lines = wrap(s, w)
  for i, l in ipairs(lines) do lines[i] = string.sub(dot_string(l), 2, -2) end
  return '"' .. table.concat(lines, "\\n") .. '"'
end

-- Top to bottom, one band a stage of the model (inputs, activities,
-- outputs, outcomes short, medium and long term), each band rows of at
-- most ROW boxes, so that 15 to 20 items a band still read as a band.
-- The bands' titles make a column down the left joined by arrows: the
-- chain the model reads along.  Only those invisible and visible edges
-- between the titles and rows set the layout; the team's links are drawn
-- after (constraint=false), so no link can pull a box out of its band.  A
-- link's words become a number beside its arrow and a numbered key under
-- the bands, where they read as labels instead of floating among boxes.
-- An activity's link to an outcome starts at the activity's first output
-- when it has one: activities lead to outcomes through what they produce.
-- The drawing is about 6 inches wide, so Word, ODT and LaTeX print it at
-- its own size, 9-point text, on an A4 page.
local ROW = 4
M.DOT_ROW = ROW

-- Whether a link starts or ends in a band of several rows: its arrow would
-- go round the bands (see M.dot).
local function is_dense(m)
  local big = {}
  for _, c in ipairs(m.columns) do
    for _, n in ipairs(c.nodes) do big[n.id] = #c.nodes > ROW end
  end
  for _, l in ipairs(m.links) do
    if big[l.from] or big[l.to] then return true end
  end
  return false
end
local KEY_WIDTH = 68	-- characters a line of the key under the bands

function M.dot(m, title)
  local incoming = m.incoming or {}
  local out = {
    "digraph diagram {",
    "  rankdir=TB; newrank=true; splines=true; compound=true;",
    '  graph [fontname="Helvetica", fontsize=11, margin=0, nodesep=0.07, ranksep=0.11' ..
      (title and (", label=" .. dot_label(title, 70) .. ", labelloc=t") or "") .. "];",
    '  node [shape=box, style="rounded,filled", fillcolor="#f4f6f8", color="#8a96a3", fontname="Helvetica", fontsize=9,' ..
      ' width=1.05, height=0.35, margin="0.06,0.03"];',
    '  edge [color="#55606b", arrowsize=0.6, fontname="Helvetica", fontsize=9, fontcolor="#A33B00"];',
  }
  if M.is_empty(m) then
    out[#out + 1] = "  empty [label=" .. dot_string(empty_text(m)) .. "];"
  end
  local fills = { "#eef3f8", "#f4f6f8" }
  local heads, first_output = {}, {}
  -- a band of several rows leaves no room for arrows between its boxes
  -- (dot draws them around the bands, wider than the page): then every box
  -- has a code (A5: the fifth activity), the same in every part, and a
  -- link is a line "from A5" in the box it leads to, with its number in
  -- the key when it has words
  local dense, key, from_text = m.dense or is_dense(m), {}, {}
  local function code(id)
    local k, n = string.match(id, "^(.-)(%d+)$")
    return string.upper(string.sub(k, 1, 1)) .. n
  end
  if dense then
    local links = {}
    for _, l in ipairs(m.links) do links[#links + 1] = l end
    for _, l in ipairs(m.cross or {}) do links[#links + 1] = l end
    for _, l in ipairs(links) do
      local t = "from " .. code(l.from)
      if l.how then key[#key + 1] = l.how; t = t .. " (" .. #key .. ")" end
      local f = from_text[l.to] or {}
      f[#f + 1] = t
      from_text[l.to] = f
    end
  end
  for i, c in ipairs(m.columns) do
    out[#out + 1] = string.format("  // band %d: %s", i, c.title)
    for _, n in ipairs(c.nodes) do
      local label = dot_label(n.label, 15)
      if dense then
        local lines = wrap(code(n.id) .. " " .. n.label, 14)
        if from_text[n.id] then
          for _, l in ipairs(wrap(table.concat(from_text[n.id], ", "), 14)) do lines[#lines + 1] = l end
        end
        for j, l in ipairs(lines) do lines[j] = string.sub(dot_string(l), 2, -2) end
        label = '"' .. table.concat(lines, "\\n") .. '"'
      end
      out[#out + 1] = string.format('  %s [label=%s, fillcolor="%s"];', n.id, label, fills[i % 2 + 1])
    end
    for k = 1, #c.nodes, ROW do
      local head = string.format("row%d_%d", i, k)
      -- every row starts with a node of the titles' width (the title, or
      -- an empty one under it), so that the rows line up under each other
      if k == 1 then
        out[#out + 1] = string.format('  %s [shape=plaintext, style="", width=1.0, height=%.2f, fixedsize=true, fontsize=9, fontname="Helvetica-Bold", label=%s];',
          head, #wrap(c.title, 12) * 0.16 + 0.06, dot_label(c.title, 12))
      else
        out[#out + 1] = string.format('  %s [shape=plaintext, style=invis, width=1.0, fixedsize=true, label=""];', head)
      end
      local ids = { head }
      for j = k, math.min(k + ROW - 1, #c.nodes) do ids[#ids + 1] = c.nodes[j].id end
      out[#out + 1] = "  { rank=same; " .. table.concat(ids, " -> ") .. " [style=invis, weight=10]; }"
      heads[#heads + 1] = { id = head, first = k == 1 }
    end
  end
  -- the chain down the left: a line through each band's rows, an arrow
  -- into the next band's title
  for h = 2, #heads do
    local to = heads[h]
    out[#out + 1] = string.format('  %s -> %s [weight=100, penwidth=1.6, color="#2f5d8a"%s];', heads[h - 1].id, to.id,
      to.first and "" or ", dir=none")
  end
  -- where an activity's links start: its first output, if it has one
  for _, l in ipairs(m.links) do
    if not l.how and string.match(l.from, "^act%d+$") and string.match(l.to, "^out%d+$") then
      first_output[l.from] = first_output[l.from] or l.to
    end
  end
  for _, l in ipairs(dense and {} or m.links) do
    local from = l.from
    if string.match(l.to, "^out%d+$") == nil and first_output[from] then from = first_output[from] end
    if l.how then
      key[#key + 1] = l.how
      out[#out + 1] = string.format('  %s -> %s [constraint=false, xlabel="%d"];', from, l.to, #key)
    else
      out[#out + 1] = string.format("  %s -> %s [constraint=false];", from, l.to)
    end
  end
  if dense then incoming = {} end
  if (#key > 0 or #incoming > 0) and #heads > 0 then
    local lines = {}
    for i, how in ipairs(key) do
      for j, line in ipairs(wrap(how, KEY_WIDTH)) do
        lines[#lines + 1] = string.sub(dot_string((j == 1 and (i .. "  ") or "    ") .. line), 2, -2) .. "\\l"
      end
    end
    local text = #key > 0 and ("How the links work:\\l" .. table.concat(lines)) or ""
    if #incoming > 0 then	-- links from the boxes of an earlier part
      lines = {}
      for _, l in ipairs(incoming) do
        for j, line in ipairs(wrap(l, KEY_WIDTH)) do
          lines[#lines + 1] = string.sub(dot_string((j == 1 and "" or "    ") .. line), 2, -2) .. "\\l"
        end
      end
      text = text .. "Links from boxes in another part:\\l" .. table.concat(lines)
    end
    -- in a row of its own under the last band, right of the titles
    out[#out + 1] = '  keyrow [shape=point, style=invis, width=0.01, label=""];'
    out[#out + 1] = '  key [shape=plaintext, style="", fontsize=9, label="' .. text .. '"];'
    out[#out + 1] = "  { rank=same; keyrow -> key [style=invis]; }"
    out[#out + 1] = string.format("  %s -> keyrow [style=invis, weight=100];", heads[#heads].id)
  end
  out[#out + 1] = "}"
  return table.concat(out, "\n") .. "\n"
end

-- ---- parts: a large model as several figures ---------------------------------

-- Heights in inches of what M.dot draws, from its settings: a box is at
-- least 0.35 inch tall and grows 9-point lines of at most 15 characters;
-- rows of a band are ranks 0.11 inch apart.  An estimate on the safe
-- side: dot's own drawing is a little smaller.
local LINE = 9 * 1.25 / 72
local function row_height(nodes, first, last)
  local lines = 1
  for j = first, last do lines = math.max(lines, #wrap(nodes[j].label, 15)) end
  return math.max(0.35, lines * LINE + 0.1) + 0.15
end

-- One part's key (numbered link labels and links from an earlier part).
local function key_height(n_lines)
  return n_lines > 0 and (n_lines + 1) * LINE + 0.3 or 0
end

-- A part's height as estimated above (inches): dot draws such a part at
-- most about 21 cm tall (8.2 inches: the estimate counts every link's key
-- lines and the tallest box of a row generously), which an A4 page with
-- 2 cm margins and Word and ODT (which fit a picture into 16 x 23 cm) print
-- at its own size, 9-point text; measured on the demo plan (one part) and
-- the 20-items-a-band fixture.
M.PART_HEIGHT = 10.5

-- The model as parts that each print at full size: a list of models,
-- whole bands where they fit (a band too tall for a part goes on over
-- several, its title marked "(continued)"), each with the links between
-- its own boxes and, as m.incoming (their words, for the key) and m.cross,
-- the links that come from another part's boxes; m.dense when the model's
-- boxes carry codes (see M.dot).  A model that fits, or an
-- empty one, is one part: itself.  height: inches (M.PART_HEIGHT).
function M.parts(m, height, continued)
  height = height or M.PART_HEIGHT
  continued = continued or "(continued)"
  if M.is_empty(m) then return { m } end
  -- the key's lines a box brings to the part that holds it: those of the
  -- links that end at it, counted as if they came from another part
  local label, key_at = {}, {}
  for _, c in ipairs(m.columns) do
    for _, n in ipairs(c.nodes) do label[n.id] = n.label end
  end
  local all_key, dense = 0, is_dense(m)
  for _, l in ipairs(m.links) do
    if label[l.from] and label[l.to] then
      -- a dense model's links are words in the boxes, the key has their words
      local n = dense and (l.how and #wrap(l.how, KEY_WIDTH) or 0)
        or #wrap(label[l.from] .. " → " .. label[l.to] .. (l.how and (": " .. l.how) or ""), KEY_WIDTH)
      key_at[l.to] = (key_at[l.to] or 0) + n
      if l.how then all_key = all_key + #wrap(l.how, KEY_WIDTH) end
    end
  end
  -- the rows of every band: { col, first, last, h } (h with the key's lines)
  local bands, all = {}, 0
  for ci, c in ipairs(m.columns) do
    local rows, total = {}, 0
    for k = 1, #c.nodes, ROW do
      local last = math.min(k + ROW - 1, #c.nodes)
      local h, keys = row_height(c.nodes, k, last) + (dense and 2 * LINE or 0), 0
      for j = k, last do keys = keys + (key_at[c.nodes[j].id] or 0) end
      all = all + h
      h = h + keys * LINE
      rows[#rows + 1] = { col = ci, first = k, last = last, h = h }
      total = total + h
    end
    bands[#bands + 1] = { rows = rows, h = total }
  end
  if all + key_height(all_key) <= height then return { m } end
  -- pack rows into parts: a band starts a new part when it does not fit
  -- in what is left but would fit in a part of its own
  local room = height - key_height(0) - 0.3
  local parts, cur, used = {}, {}, 0
  local function close() if #cur > 0 then parts[#parts + 1] = cur end; cur, used = {}, 0 end
  for _, b in ipairs(bands) do
    if used > 0 and used + b.h > room and b.h <= room then close() end
    for _, r in ipairs(b.rows) do
      if used > 0 and used + r.h > room then close() end
      cur[#cur + 1] = r
      used = used + r.h
    end
  end
  close()
  if #parts == 1 then return { m } end
  local where = {}
  -- the models of the parts
  local out = {}
  for pi, rows in ipairs(parts) do
    local pm = { columns = {}, links = {}, incoming = {}, cross = {}, dense = dense, empty_text = m.empty_text }
    local last_col
    for _, r in ipairs(rows) do
      local c = m.columns[r.col]
      if r.col ~= last_col then
        local title = c.title
        if r.first > 1 then title = title .. " " .. continued end
        pm.columns[#pm.columns + 1] = { key = c.key, title = title, nodes = {} }
        last_col = r.col
      end
      local nodes = pm.columns[#pm.columns].nodes
      for j = r.first, r.last do
        nodes[#nodes + 1] = c.nodes[j]
        where[c.nodes[j].id] = pi
      end
    end
    out[pi] = pm
  end
  -- an activity's link to an outcome is drawn from its first output (see
  -- M.dot): its part is that output's
  local first_output = {}
  for _, l in ipairs(m.links) do
    if not l.how and string.match(l.from, "^act%d+$") and string.match(l.to, "^out%d+$") then
      first_output[l.from] = first_output[l.from] or l.to
    end
  end
  for _, l in ipairs(m.links) do
    local from = l.from
    if string.match(l.to, "^out%d+$") == nil and first_output[from] then from = first_output[from] end
    local pf, pt = where[from], where[l.to]
    if pf == pt and where[l.from] == pt then
      local pm = out[pt]
      pm.links[#pm.links + 1] = l
    elseif pf == pt then	-- drawn from the first output, which is here
      local pm = out[pt]
      pm.links[#pm.links + 1] = { from = from, to = l.to, how = l.how }
    elseif pt then
      local pm = out[pt]
      pm.cross[#pm.cross + 1] = l
      pm.incoming[#pm.incoming + 1] = label[l.from] .. " → " .. label[l.to] .. (l.how and (": " .. l.how) or "")
    end
  end
  return out
end

-- ---- text boxes ----------------------------------------------------------------

local BOX = {
  unicode = { h = "─", v = "│", tl = "┌", tr = "┐", bl = "└", br = "┘", arrow = "▼" },
  ascii = { h = "-", v = "|", tl = "+", tr = "+", bl = "+", br = "+", arrow = "v" },
}

-- Display width of a string: wide East Asian characters take two cells.
local function char_width(cp)
  if cp == 0 then return 0 end
  if cp >= 0x300 and cp <= 0x36F then return 0 end
  if (cp >= 0x1100 and cp <= 0x115F) or (cp >= 0x2E80 and cp <= 0xA4CF) or (cp >= 0xAC00 and cp <= 0xD7A3)
    or (cp >= 0xF900 and cp <= 0xFAFF) or (cp >= 0xFE30 and cp <= 0xFE4F) or (cp >= 0xFF00 and cp <= 0xFF60)
    or (cp >= 0xFFE0 and cp <= 0xFFE6) or (cp >= 0x1F300 and cp <= 0x1FAFF) or (cp >= 0x20000 and cp <= 0x3FFFD) then
    return 2
  end
  return 1
end

local function width(s)
  -- plain ASCII is one cell a byte: most labels, and the cheap case
  if not string.find(s, "[\128-\255]") then return #s end
  local w = 0
  if not utf8.len(s) then return #s end
  for _, cp in utf8.codes(s) do w = w + char_width(cp) end
  return w
end
M.width = width

-- Wraps s into lines of at most w cells; breaks long words.
function wrap(s, w)
  local lines, line, lw = {}, "", 0
  local function push() lines[#lines + 1] = line; line, lw = "", 0 end
  for word in string.gmatch(s, "%S+") do
    if not utf8.len(word) then word = string.gsub(word, "[\128-\255]", "?") end
    local ww = width(word)
    if lw > 0 and lw + 1 + ww > w then push() end
    while ww > w do
      -- a word longer than the box: cut it by characters
      local part, pw = "", 0
      for _, cp in utf8.codes(word) do
        local cw = char_width(cp)
        if pw + cw > w - lw - (lw > 0 and 1 or 0) then break end
        part, pw = part .. utf8.char(cp), pw + cw
      end
      if part == "" then push() else
        line = line .. (lw > 0 and " " or "") .. part
        lw = lw + (lw > 0 and 1 or 0) + pw
        word = word:sub(#part + 1)
        ww = width(word)
        push()
      end
    end
    if ww > 0 then
      line = line .. (lw > 0 and " " or "") .. word
      lw = lw + (lw > 0 and 1 or 0) + ww
    end
  end
  if lw > 0 then push() end
  if #lines == 0 then lines[1] = "" end
  return lines
end
M.wrap = wrap

local function pad(s, w) return s .. string.rep(" ", w - width(s)) end

-- The diagram as text lines fitting `cols` cells: one column of the model
-- after another, each a titled box holding its items, joined by arrows;
-- links are listed under the boxes.  ascii: use only ASCII characters.
function M.text(m, cols, ascii)
  cols = math.max(cols or 80, 20)
  local b = ascii and BOX.ascii or BOX.unicode
  local inner = cols - 4
  local out = {}
  if M.is_empty(m) then return { "(" .. empty_text(m) .. ".)" } end
  local names = {}
  for ci, c in ipairs(m.columns) do
    out[#out + 1] = b.tl .. b.h .. " " .. c.title .. " " .. string.rep(b.h, math.max(0, cols - width(c.title) - 5)) .. b.tr
    for ni, n in ipairs(c.nodes) do
      names[n.id] = n.label
      local bullet = ascii and "* " or "• "
      for li, l in ipairs(wrap(n.label, inner - 2)) do
        -- the bullet and the indent are both two cells wide
        out[#out + 1] = b.v .. " " .. (li == 1 and bullet or "  ") .. l .. string.rep(" ", inner - 2 - width(l)) .. " " .. b.v
      end
      if ni == #c.nodes then break end
    end
    out[#out + 1] = b.bl .. string.rep(b.h, cols - 2) .. b.br
    if ci < #m.columns then
      out[#out + 1] = string.rep(" ", cols // 2 - 1) .. b.arrow
    end
  end
  if #m.links > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "Links:"
    local arrow = ascii and " -> " or " → "
    for _, l in ipairs(m.links) do
      local s = names[l.from] .. arrow .. names[l.to] .. (l.how and (" (" .. l.how .. ")") or "")
      for li, line in ipairs(wrap(s, cols - 4)) do
        out[#out + 1] = (li == 1 and "  " or "    ") .. line
      end
    end
  end
  return out
end

return M
