-- The logic-model diagram: the model from answers, Mermaid, DOT and text.
local diagram = require("evalwiz.diagram")
-- the columns the default pack declares (diagram in wizard/pack.lua)
local spec = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard").diagram

local answers = {
  logic_model = {
    inputs = { "Staff", "Venue" },
    activities = { "Group sessions" },
    outputs = { { output = "Sessions run", activity = "Group sessions" } },
    outcomes = { { outcome = "Parenting skills", term = "short" }, { outcome = "Behaviour", term = "long" } },
    links = { { from = "Sessions run", to = "Parenting skills", how = 'practice "at home"' } },
  },
}

test("the model has columns in order and the links drawn", function()
  local m = diagram.model(answers, spec)
  local titles = {}
  for _, c in ipairs(m.columns) do titles[#titles + 1] = c.title end
  eq(table.concat(titles, ", "), "Inputs, Activities, Outputs, Short-term outcomes, Long-term outcomes")
  eq(#m.links, 2)
  eq(m.links[1].from, "act1")
  eq(m.links[2].to, "short1")
end)

test("Mermaid and DOT quote labels so answers cannot break out", function()
  local m = diagram.model({ logic_model = { inputs = { 'a"] --> x["b' }, activities = { "c\\d" } } }, spec)
  local mm = diagram.mermaid(m)
  matches(mm, 'in1%["a#34;#93; %-%-#62; x#91;#34;b"%]', "mermaid")
  local dot = diagram.dot(m)
  matches(dot, 'in1 %[label="a\\"%] %-%-> x%[\\"b", fillcolor')
  matches(dot, 'act1 %[label="c\\\\d", fillcolor')
end)

test("DOT: every box in its band's rows, the chain down the left, links never move a box", function()
  local big = { logic_model = { inputs = {}, activities = {}, outputs = {}, outcomes = {}, links = {} } }
  local lm = big.logic_model
  for i = 1, 9 do	-- 9, not 20: the test's step budget
    lm.inputs[i] = "Input " .. i
    lm.activities[i] = "Activity " .. i
    lm.outputs[i] = { output = "Output " .. i, activity = "Activity " .. (10 - i) }
    lm.outcomes[i] = { outcome = "Outcome " .. i, term = ({ "short", "medium", "long" })[i % 3 + 1] }
    lm.links[i] = { from = "Activity " .. i, to = "Outcome " .. (10 - i), how = "how " .. i }
  end
  local m = diagram.model(big, spec)
  local dot = diagram.dot(m)
  -- each row: rank=same, its head first, then at most DOT_ROW boxes of one band
  local band_of = {}
  for _, c in ipairs(m.columns) do for _, n in ipairs(c.nodes) do band_of[n.id] = c.key end end
  local lines, at = {}, 1
  while at <= #dot do
    local nl = dot:find("\n", at, true) or #dot + 1
    lines[#lines + 1] = dot:sub(at, nl - 1)
    at = nl + 1
  end
  local placed, rows = {}, 0
  for _, line in ipairs(lines) do
    local row = line:match("^  { rank=same; ([%w_ >-]+) %[style=invis")
    local ids = {}
    if row then
    for id in row:gmatch("[%w_]+") do ids[#ids + 1] = id end
    if ids[1] ~= "keyrow" then
      rows = rows + 1
      ok(ids[1]:match("^row%d+_%d+$"), "a row starts with its head: " .. row)
      local band
      for _, id in ipairs(ids) do
        if band_of[id] then
          band = band or band_of[id]
          eq(band_of[id], band, "one band a row: " .. row)
          ok(not placed[id], id .. " in one row only")
          placed[id] = true
        end
      end
      local boxes = 0
      for _, id in ipairs(ids) do if band_of[id] then boxes = boxes + 1 end end
      ok(boxes >= 1 and boxes <= diagram.DOT_ROW, "1 to DOT_ROW boxes a row: " .. row)
    end
    end
  end
  for id in pairs(band_of) do ok(placed[id], id .. " is in a row") end
  eq(rows, 3 + 3 + 3 + 1 + 1 + 1, "9 items a band in rows of 4; 3 outcomes a term")
  -- the chain: an arrow into each band's title (inputs -> activities -> outputs -> outcomes)
  matches(dot, 'row1_9 %-> row2_1 %[weight=100, penwidth=1.6, color="#2f5d8a"%];')
  matches(dot, 'row3_9 %-> row4_1 %[weight=100')
  matches(dot, 'row5_1 %-> row6_1 %[weight=100')
  -- bands of several rows: no arrows for the team's links (dot would draw
  -- them round the bands, wider than the page), but codes and "from" lines
  for _, line in ipairs(lines) do
    local link = line:find(" -> ", 1, true) and not line:find("row", 1, true) and not line:find("key", 1, true)
    ok(not link, "no link drawn as an arrow: " .. line)
  end
  matches(dot, 'act1 %[label="A1 Activity 1"')
  matches(dot, 'short3 %[label="S3 Outcome 9%\\nfrom A1 %(1%)"')
  matches(dot, 'out9 %[label="O9 Output 9%\\nfrom A1"')
  matches(dot, "How the links work:\\l1  how 1\\l")
end)

test("DOT: bands of one row draw the team's links as arrows, an activity's from its first output", function()
  local m = diagram.model(answers, spec)
  local dot = diagram.dot(m)
  matches(dot, "  out1 %-> short1 %[constraint=false, xlabel=\"1\"%];")
  matches(dot, "  act1 %-> out1 %[constraint=false%];")
  matches(dot, 'out1 %[label="Sessions run"')
end)

test("a large model is parts that each fit a page, every box in one of them", function()
  local big = { logic_model = { inputs = {}, activities = {}, outputs = {}, outcomes = {}, links = {} } }
  local lm = big.logic_model
  for i = 1, 9 do
    lm.inputs[i] = "Input " .. i
    lm.activities[i] = "Activity " .. i
    lm.outputs[i] = { output = "Output " .. i, activity = "Activity " .. i }
    lm.outcomes[i] = { outcome = "Outcome " .. i, term = "short" }
    lm.links[i] = { from = "Output " .. i, to = "Outcome " .. (10 - i), how = "how " .. i }
  end
  local m = diagram.model(big, spec)
  eq(#diagram.parts(diagram.model(answers, spec)), 1, "a small model is one figure")
  local parts = diagram.parts(m, 2.5)
  ok(#parts >= 3, "several parts: " .. #parts)
  local seen, titles, cross = {}, {}, 0
  for _, p in ipairs(parts) do
    for _, c in ipairs(p.columns) do
      titles[#titles + 1] = c.title
      for _, n in ipairs(c.nodes) do
        ok(not seen[n.id], n.id .. " in one part")
        seen[n.id] = true
      end
    end
    for _, l in ipairs(p.links) do ok(seen[l.from] and seen[l.to], "a part's link is between its boxes") end
    cross = cross + #p.cross + #p.links
    ok(p.dense, "every part numbers its boxes when the model does")
  end
  for _, c in ipairs(m.columns) do for _, n in ipairs(c.nodes) do ok(seen[n.id], n.id .. " is drawn") end end
  local t = table.concat(titles, "|")
  ok(t:find("(continued)", 1, true), "a band split over parts says so: " .. t)
  eq(cross, 18, "every link is drawn in its target's part")
  -- the Mermaid and the DOT of a part
  matches(diagram.dot(parts[2]), "^digraph diagram {")
  matches(diagram.mermaid(parts[1]), "^flowchart TB")
end)

test("the text diagram fits the width, wraps long words, and has an ASCII form", function()
  local m = diagram.model({ logic_model = { inputs = { string.rep("x", 100), "日本語テキスト" }, activities = { "Sessions" } } }, spec)
  for _, width in ipairs({ 20, 40, 80 }) do
    for _, line in ipairs(diagram.text(m, width)) do
      ok(diagram.width(line) <= width, string.format("width %d: %q", width, line))
    end
  end
  -- the ASCII form draws in ASCII only; the answer's own letters are kept
  local ascii = diagram.text(m, 30, true)
  local wide = "日本語テキスト"
  for i, line in ipairs(ascii) do
    local start, stop = line:find(wide, 1, true)
    local drawing = start and (line:sub(1, start - 1) .. line:sub(stop + 1)) or line
    ok(not drawing:find("[\128-\255]"), string.format("line %d is ASCII apart from the answer: %q", i, line))
  end
  eq(ascii[1], "+- Inputs -------------------+")
  local found
  for _, line in ipairs(ascii) do if line:find(wide, 1, true) then found = line end end
  eq(found, "| * " .. wide .. "           |", "the wide answer's line, padded to 30 columns")
  eq(diagram.text(diagram.model({}, spec), 40)[1], "(The logic model is not yet filled in.)")
end)

test("the wizard gets the open plan's diagram as lines", function()
  local core = require("evalwiz.core")
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open({ evalwiz = 1, answers = { logic_model = { inputs = { "Staff" } } } }, {}, "p.yaml")
  local lines = require("evalwiz.document").diagram_text(30, true)
  eq(lines[1], "+- Inputs -------------------+")
  eq(lines[2], "| * Staff                    |")
  eq(#lines, 3)
end)

test("a pack without a diagram setting has an empty diagram that says so", function()
  local m = diagram.model({ logic_model = { inputs = { "Staff" } } }, nil)
  ok(diagram.is_empty(m))
  eq(diagram.text(m, 40)[1], "(The diagram is not yet filled in.)")
end)

test("the columns come from the fields the pack names, not from fixed ids", function()
  local own = { columns = { { key = "a", title = "Aims", field = "s.aims" },
                            { key = "r", title = "Results", field = "s.results", label = "what", from = "aim" } },
                links = nil }
  local m = diagram.model({ s = { aims = { "Fewer exclusions" }, results = { { what = "Attendance", aim = "Fewer exclusions" } } } }, own)
  eq(#m.columns, 2)
  eq(m.columns[2].title, "Results")
  eq(m.links[1].from, "a1")
  eq(m.links[1].to, "r1")
end)

test("the diagram setting is checked when the pack loads: fields, columns, keys", function()
  local P = require("evalwiz.pack")
  local pack = P.load(srcdir .. "/wizard", "wizard")
  fails(function() P.check_diagram(pack, { columns = { { key = "in", title = "In", field = "logic_model.inptus" } } }, "pack.lua:9") end,
    '^pack.lua:9: diagram: column 1\'s field names logic_model.inptus, but the step "logic_model" has no field "inptus"')
  fails(function() P.check_diagram(pack, { columns = { { key = "o", title = "O", field = "logic_model.outputs", label = "ouput" } } }, "p:1") end,
    "label names the column ouput, which outputs does not have")
  fails(function() P.check_diagram(pack, { columns = { { key = "in", title = "In", field = "logic_model.inputs", colour = 1 } } }, "p:1") end,
    "unknown setting colour in column 1")
  fails(function() P.check_diagram(pack, { columns = { { key = "in", title = "In", field = "logic_model.outputs" } } }, "p:1") end,
    "must name a list field; logic_model.outputs is a records")
  eq(P.check_diagram(pack, pack.diagram, "p:1"), pack.diagram)
end)
