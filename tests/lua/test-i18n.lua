-- Translations of a pack's texts (i18n.lua): the language chosen, the
-- texts put in it and back, what is left to translate, and mistakes in a
-- translation file named at its line.
local i18n = require("evalwiz.i18n")
local pack_mod = require("evalwiz.pack")
local packs = srcdir .. "/tests/data/packs"

test("a locale's tag is its language", function()
  eq(i18n.normalise("cy_GB.UTF-8"), "cy")
  eq(i18n.normalise("cy"), "cy")
  eq(i18n.normalise("en_GB.UTF-8@euro"), "en")
  eq(i18n.normalise("C"), nil)
  eq(i18n.normalise("C.UTF-8"), nil)
  eq(i18n.normalise("POSIX"), nil)
  eq(i18n.normalise(""), nil)
end)

test("the locale's variables in the order gettext reads them", function()
  eq(i18n.from_locale({ LANGUAGE = "cy:en", LANG = "fr_FR.UTF-8" }), { "cy", "en", "fr" })
  eq(i18n.from_locale({ LC_ALL = "cy_GB.UTF-8", LANG = "en_GB.UTF-8" }), { "cy" })
  eq(i18n.from_locale({ LC_MESSAGES = "", LANG = "cy_GB" }), { "cy" })
  eq(i18n.from_locale({}), {})
end)

test("--lang, then the plan's language, then the locale, then the pack's first", function()
  local L = { "en", "cy" }
  eq(i18n.choose(L, "cy", "en", { "en" }), "cy")
  eq(i18n.choose(L, nil, "cy", { "en" }), "cy")
  eq(i18n.choose(L, nil, nil, { "fr", "cy" }), "cy")
  eq(i18n.choose(L, nil, nil, {}), "en")
  local lang, note = i18n.choose(L, "fr", nil, { "cy" }, "p")
  eq(lang, "en")
  matches(note, "the step pack p has no fr translation %(it has en, cy%); using en")
  lang, note = i18n.choose(L, nil, "de", { "cy" }, "p")
  eq(lang, "cy")
  matches(note, "the plan's language is de")
end)

test("a pack's texts go into Welsh and back, untranslated ones staying as written", function()
  local p = pack_mod.load(packs .. "/i18n", "i18n")
  eq(p.languages, { "en", "cy" })
  i18n.apply(p, "cy")
  local s = p.by_id.about
  eq(p.title, "Ieithoedd")
  eq(s.title, "Amdano")
  eq(s.purpose, "Who runs it.")            -- not translated: as written
  eq(s.by_id.name.label, "Enw")
  eq(s.by_id.name.help, "The service's name.")
  eq(s.by_id.often.options[1].label, "bob wythnos")
  eq(s.by_id.often.options[2].label, "monthly")
  eq(s.by_id.staff.columns[1].label, "Pwy")
  eq(i18n.word(p, "Not yet answered"), "Heb ei ateb eto")
  eq(i18n.word(p, "Something else"), "Something else")
  i18n.apply(p, "en")
  eq(p.title, "Languages")
  eq(s.title, "About")
  eq(s.by_id.often.options[1].label, "weekly")
  eq(s.by_id.staff.columns[1].label, "Who")
  eq(i18n.word(p, "Not yet answered"), "Not yet answered")
end)

test("what is left to translate", function()
  local p = pack_mod.load(packs .. "/i18n", "i18n")
  local left = {}
  for _, u in ipairs(i18n.untranslated(p, "cy")) do left[#left + 1] = u.path .. " " .. u.what end
  table.sort(left)
  eq(left, { "about purpose", "about.name help", "about.often option monthly", "about.staff label" })
end)

test("a translation naming a step, field or option the pack lacks is an error at its line", function()
  local p = pack_mod.load(packs .. "/i18n", "i18n")
  local suggest = require("evalwiz.api").suggest
  local text = 'return {\n  steps = {\n    about = { fields = {\n      nmae = { label = "x" },\n    } },\n  },\n}\n'
  fails(function() i18n.check(p, { steps = { about = { fields = { nmae = { label = "x" } } } } }, "lang/cy.lua", text, suggest) end,
    '^lang/cy.lua:4: the step about has no field nmae %(did you mean "name"%?%)')
  fails(function() i18n.check(p, { steps = { abuot = {} } }, "lang/cy.lua", "return { steps = { abuot = {} } }\n", suggest) end,
    "^lang/cy.lua:1: there is no step abuot")
  text = 'return {\n  steps = { about = { fields = { often = {\n    options = { daily = "bob dydd" } } } } },\n}\n'
  fails(function() i18n.check(p, { steps = { about = { fields = { often = { options = { daily = "bob dydd" } } } } } }, "lang/cy.lua", text, suggest) end,
    "^lang/cy.lua:3: about.often: there is no option daily")
  fails(function() i18n.check(p, { titel = "x" }, "lang/cy.lua", 'return { titel = "x" }\n', suggest) end,
    "^lang/cy.lua:1: the file: unknown setting titel")
  -- a text the pack's code formats keeps its conversions, in order
  local fmt = 'return { words = {\n  ["%d families, %s"] = "%s, %d teulu",\n} }\n'
  fails(function() i18n.check(p, { words = { ["%d families, %s"] = "%s, %d teulu" } }, "lang/cy.lua", fmt, suggest) end,
    "^lang/cy.lua:2: words: the translation of \"%%d families, %%s\" must keep its %% conversions %(ds%) in the same order, but has sd")
  i18n.check(p, { words = { ["%d families, %s"] = "%d teulu, %s", ["95% sure"] = "95% yn siŵr" } }, "lang/cy.lua", fmt, suggest)
  -- and when the pack loads: the file and line
  fails(function() pack_mod.load_all(pack_mod.load(packs .. "/i18n-bad", "i18n-bad")) end,
    "^i18n%-bad/lang/cy.lua:5: the step about has no field nmae")
  fails(function() pack_mod.load(packs .. "/i18n-nofile", "i18n-nofile") end,
    "^i18n%-nofile/pack.lua:4: languages names cy, but there is no i18n%-nofile/lang/cy.lua")
end)

test("the default pack's Welsh: every text, help and glossary entry", function()
  local p = pack_mod.load(srcdir .. "/wizard", "wizard")
  for _, u in ipairs(i18n.untranslated(p, "cy")) do
    ok(false, string.format("%s %s has no Welsh: %q", u.path, u.what, u.text))
  end
  local en_help = p.by_id.theory_of_change.by_id.problem.help
  i18n.apply(p, "cy")
  eq(p.by_id.theory_of_change.title, "Theori newid")
  eq(p.diagram.columns[1].title, "Mewnbynnau")
  ok(p.by_id.theory_of_change.by_id.problem.help:match("^Disgrifiwch yr anhawster"), "Welsh help")
  ok(p.by_id.impact.guidance:match("gwrthffeithiol"), "Welsh guidance")
  -- an option's help, and a column option's, beside its Welsh label
  local design
  for _, o in ipairs(p.by_id.impact.by_id.design.options) do if o.value == "individual_rct" then design = o end end
  ok(design.help:match("^Mae teuluoedd yn cael eu dyrannu ar hap"), "Welsh option help")
  eq(design.label, "hap-dreial wedi'i reoli (unigolion)")
  eq(p.by_id.logic_model.by_id.outputs.item_label, "allbwn")
  -- a translated glossary term keeps the pack's own as an alias
  local e
  for _, x in ipairs(p.glossary) do if x.term == "Ymadael" then e = x end end
  ok(e, "the Welsh term for Attrition")
  eq(e.aliases[1], "Attrition")
  eq(e.aliases[2], "drop-out")
  -- and back: English again, aliases as written
  i18n.apply(p, "en")
  eq(p.by_id.theory_of_change.by_id.problem.help, en_help)
  eq(e.term, "Attrition")
  eq(e.aliases[1], "drop-out")
end)

test("tr: the pack's code's own texts in the language applied", function()
  local p = pack_mod.load(srcdir .. "/wizard", "wizard")
  i18n.apply(p, "cy")
  eq(i18n.tr("A robust comparison group"), "Grŵp cymharu cadarn")
  eq(i18n.tr("%s expected drop-out is acceptable.", "20%"), "Mae ymadael disgwyliedig o 20% yn dderbyniol.")
  -- a text with no translation is itself, formatted
  eq(i18n.tr("no such text %d", 3), "no such text 3")
  i18n.apply(p, "en")
  eq(i18n.tr("A robust comparison group"), "A robust comparison group")
  eq(i18n.tr("%s expected drop-out is acceptable.", "20%"), "20% expected drop-out is acceptable.")
end)

test("an option's help with no translation is listed", function()
  local pack = { title = "T", glossary = {}, steps = { { id = "s", fields = {
    { id = "f", type = "choice", label = "L", options = { { value = "a", label = "A", help = "H" } } } } } } }
  pack.translations = { cy = { title = "T cy", steps = { s = { fields = { f = { label = "Ll", options = { a = "A cy" } } } } } } }
  local left = i18n.untranslated(pack, "cy")
  eq(#left, 1)
  eq(left[1].path, "s.f")
  eq(left[1].what, "option a help")
  pack.translations.cy.steps.s.fields.f.options.a = { label = "A cy", help = "H cy" }
  eq(#i18n.untranslated(pack, "cy"), 0)
end)
