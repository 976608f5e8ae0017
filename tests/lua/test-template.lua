-- The template engine: syntax, filters, escaping by output kind, partials,
-- and errors that name the template file, line and column.
local template = require("evalwiz.template")

local dirs = { { path = srcdir .. "/tests/data/render/templates", display = "t" } }

-- Renders one body with the given globals and output kind; declared:
-- names that may be nil.
local function render(body, globals, kind, declared)
  local r = template.renderer({ kind = kind or "markdown", dirs = dirs, globals = globals or {}, declared = declared })
  local t = template.compile({ id = "x", kind = kind, sections = { { body = body } } }, {}, "", "x.yaml", "x", r.env, r.filters)
  return (string.gsub(template.run(r, t), "\n+$", ""))
end

test("text passes through and expressions are printed", function()
  eq(render("Hello {{ name }}, {{ 1 + 2 }}.", { name = "Ann" }), "Hello Ann, 3.")
  eq(render("{{ n }}", { n = 1234567 }), "1,234,567")
  eq(render("{{ missing }}|", {}, nil, { "missing" }), "|", "a declared name may be nil")
end)

test("a name that is not defined is an error where it is used, with the name meant", function()
  fails(function() render("Hello {{ missing }}") end, "^x%.yaml:1:7: missing is not defined$")
  fails(function() render("{{ titel }}", { title = "T" }) end, '^x%.yaml:1:1: titel is not defined %(did you mean "title"%?%)$')
  fails(function() render("{% if plan_fats %}x{% end %}", {}, nil, { "plan_facts" }) end,
    'plan_fats is not defined %(did you mean "plan_facts"%?%)')
  -- inside a partial too, unless the partial lists it among its args
  fails(function() render('{% include "greet", who = "Ann" %}') end, "place is not defined")
end)

test("if, elif, else and end; a tag alone on its line leaves no blank line", function()
  local body = "{% if x == 1 %}\none\n{% elif x == 2 %}\ntwo\n{% else %}\nother\n{% end %}\n"
  eq(render(body, { x = 1 }), "one")
  eq(render(body, { x = 2 }), "two")
  eq(render(body, { x = 3 }), "other")
  -- empty text, empty lists and false are false
  eq(render("{% if s %}yes{% else %}no{% end %}", { s = "" }), "no")
  eq(render("{% if s %}yes{% else %}no{% end %}", { s = {} }), "no")
  eq(render("{% if s %}yes{% else %}no{% end %}", { s = false }), "no")
end)

test("for loops over lists, with or without the index; set makes a local", function()
  eq(render("{% for x in xs %}\n- {{ x }}\n{% end %}\n", { xs = { "a", "b" } }), "- a\n- b")
  eq(render("{% for i, x in xs %}{{ i }}={{ x }} {% end %}", { xs = { "a", "b" } }), "1=a 2=b ")
  eq(render("{% for x in nothing %}x{% end %}none", {}, nil, { "nothing" }), "none")
  eq(render("{% set y = x * 2 %}{{ y }}", { x = 21 }), "42")
  -- a set inside a block changes a name set outside it
  eq(render("{% set n = 0 %}{% for x in xs %}{% if x %}{% set n = n + x %}{% end %}{% end %}{{ n }}", { xs = { 1, 2, 3 } }), "6")
  -- a name set inside a block is gone after it
  fails(function() render("{% if true %}{% set m = 1 %}{% end %}{{ m }}") end, "m is not defined")
end)

test("filters", function()
  eq(render("{{ v | default }}", {}, nil, { "v" }), "*Not yet answered*")
  eq(render("{{ v | default }}", {}, "text", { "v" }), "[Not yet answered]")
  eq(render("{{ v | default(\"none\") }}", { v = "" }), "none")
  eq(render("{{ xs | join(\", \", \" and \") }}", { xs = { "a", "b", "c" } }), "a, b and c")
  eq(render("{{ s | upper }} {{ s | lower }} {{ s | capitalize }}", { s = "mIx" }, "text"), "MIX mix MIx")
  eq(render("{{ d | date }}; {{ d | date(\"short\") }}; {{ d | date(\"month\") }}", { d = "2026-03-09" }, "text"),
    "9 March 2026; 9 Mar 2026; March 2026")
  eq(render("{{ n | number(2) }} {{ n | number }}", { n = 1234.5 }, "text"), "1,234.50 1,234")
  eq(render("{{ p | percent }} {{ p | percent(1) }}", { p = 0.256 }, "text"), "26% 25.6%")
  eq(render("{{ m | money }} {{ c | money }}", { m = 12500, c = 3.5 }, "text"), "£12,500 £3.50")
  eq(render("{{ s | truncate(5) }}", { s = "abcdefgh" }, "text"), "abcd…")
  eq(render("{{ xs | count }} {{ b | yesno }}", { xs = { 1, 2, 3 }, b = false }, "text"), "3 No")
end)

test("answers are escaped for Markdown; template text is not", function()
  eq(render("**{{ s }}**", { s = "*x* <b>" }), "**\\*x\\* \\<b\\>**")
  eq(render("{{ s }}", { s = "# head\n- item\n1. one\n    code" }), "\\# head\n\\- item\n1\\. one\ncode")
  -- in the middle of a line a number and a dash are plain text
  eq(render("a {{ s }}", { s = "1. b - c" }), "a 1. b - c")
  eq(render("| {{ s | cell }} |", { s = "a|b\nc" }), "| a\\|b c |")
  eq(render("{{ s | escape }}", { s = "<i>" }), "\\<i\\>")
end)

test("answers are quoted for CSV and left alone in text", function()
  eq(render("{{ a }},{{ b }},{{ c }},{{ d }}", { a = "plain", b = 'say "hi", ok', c = "two\nlines", d = "=1+1" }, "csv"),
    'plain,"say ""hi"", ok","two\nlines",\'=1+1')
  eq(render("{{ s }}", { s = "# <b>|" }, "text"), "# <b>|")
end)

test("a CSV field a spreadsheet would run as a formula is marked as text; a number is not", function()
  local cases = {
    { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { "+1+1", "'+1+1" }, { "@SUM(A1)", "'@SUM(A1)" }, { "-2+3", "'-2+3" }, { "-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0" },
    { "-12.5", "-12.5" }, { "42", "42" }, { "a-b", "a-b" },
  }
  for _, c in ipairs(cases) do eq(render("{{ s }}", { s = c[1] }, "csv"), c[2], c[1]) end
end)

test("partials see their arguments and the globals", function()
  eq(render('{% include "greet", who = "Ann" %}', { place = "Leeds" }), "Hello Ann from Leeds!")
  fails(function() render('{% include "nosuch" %}') end, 'x.yaml:1:1: no partial "nosuch"')
end)

test("mistakes name file, line and column", function()
  local function compile_error(body)
    local ok, err = pcall(render, body)
    ok = not ok
    return err
  end
  eq(compile_error("a\nb {{ x + }}"), "x.yaml:2:3: this expression is not valid Lua: unexpected symbol near ')'")
  eq(compile_error("{% if x %}\n"), "x.yaml:1:1: this {% if %} is never closed with {% end %}")
  eq(compile_error("{% end %}"), "x.yaml:1:1: {% end %} with nothing open to end")
  eq(compile_error("{% else %}"), "x.yaml:1:1: {% else %} without an {% if %} before it")
  eq(compile_error("ab {% loop %}"), 'x.yaml:1:4: unknown statement "loop": use if, elif, else, end, for, set or include')
  eq(compile_error("{{ x | nope }}"):match("^x.yaml:1:1: unknown filter \"nope\""), "x.yaml:1:1: unknown filter \"nope\"")
  eq(compile_error("{{ x"), "x.yaml:1:1: this {{ is never closed with }}")
  eq(compile_error("line\n  {{ a.b.c }}"), "x.yaml:2:3: a is not defined")
  eq(compile_error("{% for x in 5 %}{% end %}"), "x.yaml:1:1: {% for %} needs a list, not number")
end)

test("block scalar bodies map to file positions", function()
  local text = "id: x\nsections:\n  - body: |\n      one\n      two {{ 1 + }}\n"
  local r = template.renderer({ kind = "markdown", dirs = dirs, globals = {} })
  local ok, err = pcall(template.compile, { id = "x", sections = { { body = "one\ntwo {{ 1 + }}\n" } } },
    { ["sections.1.body"] = "3:11" }, text, "f.yaml", "x", r.env, r.filters)
  eq(ok, false)
  eq(err, "f.yaml:5:11: this expression is not valid Lua: unexpected symbol near ')'")
end)

test("templates cannot reach the host or change what they are given", function()
  for _, name in ipairs({ "host", "io", "os", "require", "xpcall", "coroutine", "load", "dofile" }) do
    fails(function() render("{{ " .. name .. " }}", {}, "text") end, "^x%.yaml:1:1: " .. name .. " is not defined", name)
  end
  fails(function() render("{{ load('return 1') }}") end, "x.yaml:1:1: load is not defined")
end)

test("the default templates load and list", function()
  local list = template.list({ { path = srcdir .. "/templates", display = "templates" } })
  local ids = {}
  for _, t in ipairs(list) do ids[#ids + 1] = t.id end
  eq(table.concat(ids, " "), "answers logic-model plan protocol schedule summary")
  for _, t in ipairs(list) do
    local r = template.renderer({ kind = t.kind, dirs = { { path = srcdir .. "/templates", display = "templates" } }, globals = {} })
    ok(r.load(t.id), t.id)
  end
end)

test("a template cannot change the plan it prints", function()
  local core = require("evalwiz.core")
  local document = require("evalwiz.document")
  core.load_pack(srcdir .. "/wizard", "wizard")
  core.open({ evalwiz = 1, answers = { logic_model = { inputs = { "Staff" } } } }, {}, "p.yaml")
  -- through the document module, with the real globals
  local out = document.render("mutate", "md", { { path = srcdir .. "/tests/data/render/templates", display = "t" } }, "2026-01-01T00:00:00Z")
  eq(out.text:match("tried: (%d)"), "4")
  eq(core.state.doc.answers.logic_model.inputs[1], "Staff")
end)

test("comments vanish and openers can be printed as strings", function()
  eq(render("a{# note #}b"), "ab")
  eq(render("{# alone #}\nline"), "line")
  eq(render('{{ "{%" }} and {{ "{{" }}', {}, "text"), "{% and {{")
end)
