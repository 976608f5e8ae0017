-- The one table of formats (src/render/formats.c), as Lua sees it through
-- host.formats(): what document.lua, ui.lua and the template engine
-- decide agrees with it, so a format added or changed in C needs no
-- change in Lua, and a Lua list that drifted from it fails here.
local document = require("evalwiz.document")
local template = require("evalwiz.template")

test("document.formats() is the C table, in its order", function()
  local c, l = host.formats(), document.formats()
  eq(#l, #c)
  for i = 1, #c do
    eq(l[i].id, c[i].id)
    eq(l[i].kind, c[i].kind)
  end
end)

test("every format's kind is a template kind, and each kind has one default format", function()
  local defaults = {}
  for _, f in ipairs(host.formats()) do
    if f.kind ~= nil then
      ok(template.KINDS[f.kind], f.id .. "'s kind " .. f.kind .. " is a template kind")
      if f.default then
        ok(defaults[f.kind] == nil, "one default format for " .. f.kind)
        defaults[f.kind] = f.id
      end
    else
      ok(not f.default, f.id .. " has no kind, so it is no kind's default")
    end
  end
  for kind in pairs(template.KINDS) do
    ok(defaults[kind] ~= nil, "the template kind " .. kind .. " has a default format")
  end
  eq(defaults.markdown, "md")
  eq(defaults.csv, "csv")
  eq(defaults.text, "txt")
end)

test("a format's extensions name it alone", function()
  local seen = {}
  for _, f in ipairs(host.formats()) do
    ok(#f.exts >= 1, f.id .. " has an extension")
    for _, e in ipairs(f.exts) do
      ok(seen[e] == nil, e .. " names one format")
      seen[e] = f.id
    end
  end
end)
