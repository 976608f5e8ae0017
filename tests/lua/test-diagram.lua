-- The logic-model diagram: the model from answers, Mermaid, DOT and text.
local diagram = require("evalwiz.diagram")

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
  local m = diagram.model(answers)
  local titles = {}
  for _, c in ipairs(m.columns) do titles[#titles + 1] = c.title end
  eq(table.concat(titles, ", "), "Inputs, Activities, Outputs, Short-term outcomes, Long-term outcomes")
  eq(#m.links, 2)
  eq(m.links[1].from, "act1")
  eq(m.links[2].to, "short1")
end)

test("Mermaid and DOT quote labels so answers cannot break out", function()
  local m = diagram.model({ logic_model = { inputs = { 'a"] --> x["b' }, activities = { "c\\d" } } })
  local mm = diagram.mermaid(m)
  matches(mm, 'in1%["a#34;#93; %-%-#62; x#91;#34;b"%]', "mermaid")
  local dot = diagram.dot(m)
  matches(dot, 'in1 %[label="a\\"%] %-%-> x%[\\"b"%];')
  matches(dot, 'act1 %[label="c\\\\d"%];')
end)

test("the text diagram fits the width, wraps long words, and has an ASCII form", function()
  local m = diagram.model({ logic_model = { inputs = { string.rep("x", 100), "日本語テキスト" }, activities = { "Sessions" } } })
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
  eq(diagram.text(diagram.model({}), 40)[1], "(The logic model is not yet filled in.)")
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
