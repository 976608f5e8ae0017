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
  matches(dot, 'in1 %[label="a\\"%] %-%-> x%[\\"b"%];')
  matches(dot, 'act1 %[label="c\\\\d"%];')
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
