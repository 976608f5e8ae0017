-- entry.lua: the model's entry points: every function the C side calls, by
-- name, with what it takes and gives, and the one shape of the answer C
-- gets: { ok = true, value = the result } or { ok = false, message = why }.
-- src/model.c lists the same names (tests/lua/test-entry.lua compares them);
-- C calls them only through model_call, which goes through M.call here.
local M = {}

-- name = what it is for.  Arguments and results are plain data (text,
-- numbers, booleans, lists, records); "plan" is the open plan's model.
local ENTRIES = {
  -- the pack and the plan
  ["core.load_pack"] = "(dir, display, bases): load the step pack; { id, version, title, steps, lang, lang_note }",
  ["core.set_lang"] = "(asked, locale env): the language asked for (--lang) and the locale's variables, before load_pack",
  ["core.language"] = "(): the language of the pack's texts now; { lang, languages }",
  ["core.reload_pack"] = "(): the same pack again from disk, the answers kept",
  ["core.open"] = "(doc, positions, name, new id): adopt a plan read from YAML; { notes, migrated_from }",
  ["core.pack_info"] = "(dir, display, bases): what evalwiz packs lists about a pack, or { error }",
  ["core.new_plan"] = "(title, now, id): a new empty plan for the pack",
  ["core.document"] = "(now): the plan as the document to write, ordered",
  ["core.describe"] = "(): the pack's steps and questions, for evalwiz steps",
  ["core.get"] = "(STEP.FIELD): { value, type, kind }",
  ["core.set"] = "(STEP.FIELD, text, parsed, count): set one answer; an error says why it was refused",
  ["core.validate"] = "(paths): the pack's validators and checks on those answers; { errors, warnings }",
  ["core.pack_version"] = "(): the pack's { id, version }, and refuse: why the open plan cannot be read with it",
  ["core.check"] = "(): { problems, errors, missing, warnings }",
  ["core.checks"] = "(): the pack's declared checks run on the plan (health, consistency...), with their text",
  ["core.health"] = "(): the health check, { items, text }",
  ["core.advise"] = "(facts, with_plan): the design advice, { status, advice, text } or { status, message }",
  ["core.glossary"] = "(term): { status, entries, text } or { status, message }",
  -- the commands' own models
  ["calc.run"] = "(sub, opts, format, plan name): evalwiz calc",
  ["diff.run"] = "(old doc, positions, name, new doc, positions, name, format): evalwiz diff",
  ["fill.run"] = "(doc, positions, name): evalwiz fill; { accepted, refused }",
  ["scripting.values"] = "(paths): answers for get --format and export; { pack, title, fields }",
  ["scripting.csv_header"] = "(): export --format csv's header line",
  ["scripting.csv_row"] = "(plan name): export --format csv's line for the open plan",
  ["templatelint.files"] = "(dir): the templates in dir, for evalwiz template lint",
  ["templatelint.file"] = "(dir, display, file, shipped, bases, demo): one template's problems",
  ["lint.run"] = "(dir, display, bases, demo plan, untranslated lang): evalwiz pack lint; a list of problems",
  ["document.list"] = "(dirs): the templates",
  ["document.render"] = "(template, format, dirs, now, { review, full, version }): a document of the plan (review: the open review items beside their answers, HTML; full: every question, not the draft of a plan with gaps; version: as the version about to be sent)",
  -- the review (review.lua)
  ["review.import"] = "(found, opts): a returned document's comments and changes into the plan's review; "
    .. "{ added, replies, same, general, matched, notes, text }",
  ["review.import_rows"] = "(rows, opts): a simple review file's rows (question, comment, author) the same way",
  ["review.list"] = "(open only): the review items; { items, text }",
  ["review.on"] = "(step, field): the open items on one question; { count, lines }",
  ["review.reply"] = "(id, text, author, now): the team's reply; the item is answered",
  ["review.resolve"] = "(id, author, now): the item resolved",
  ["review.proposal"] = "(id): what accepting a proposed change types; { step, field, text }",
  ["review.accepted"] = "(id, author, now): the proposal was made the answer; the item resolved",
  ["review.decline"] = "(id, text, author, now): a reply saying why, and the item resolved",
  ["versions.next"] = "(): the version the open plan is sent as next, the plan unchanged; { version, since, was }",
  ["versions.sent"] = "(version, { by, date, file, format, template }): version sent, its answers kept; { version, text }",
  -- the wizard
  ["ui.screen"] = "(step index): everything one screen shows",
  ["ui.terms"] = "(step index, field id): the glossary terms of a question's help",
  ["ui.window"] = "(step index, field id, kind, first, count, column): another part of a long list "
    .. "(rows, items, options); { first, total, list }",
  ["ui.edit"] = "(edit): one edit (edit.lua), with the step's new screen when edit.screen asks; "
    .. "{ accepted, message, journal, changed, where, screen }",
  ["ui.refusal"] = "(step, field, text, column): why typed text would be refused, or \"\"",
  ["ui.search"] = "(query): the questions that mention it",
  ["ui.glossary"] = "(filter): the glossary for the F2 page, narrowed to what holds filter",
  ["ui.health"] = "(): the health check and design advice as text",
  ["ui.health_title"] = "(): the health page's title, from what the pack declares",
  ["ui.idle"] = "(step index): a slice of the work on one step's status, when the keyboard is idle; { steps, more } once the status is done, { more = true } while it is not",
  ["ui.templates"] = "(dirs): the templates F9 offers, with their formats",
  ["edit.replay"] = "(records, dry): a recovery file's edits given back, by content; "
    .. "{ applied, same, unknown, conflict, last }",
  -- plain mode
  ["plain.start"] = "(): the first question; { out, prompt, save, quit, journal }",
  ["plain.input"] = "(line, author, now): the reply to a line typed (author and now sign a review reply)",
}
M.ENTRIES = ENTRIES

-- The names, sorted (for the tests and for messages).
function M.names()
  local out = {}
  for name in pairs(ENTRIES) do out[#out + 1] = name end
  table.sort(out)
  return out
end

-- A refusal an entry point returns instead of raising: C gets ok = false
-- and the message, as it does for an error.
local FAIL = {}
function M.fail(message)
  return setmetatable({ message = message }, FAIL)
end

local resolved = {}

-- Calls entry point name with the arguments C passed.  An unknown name is
-- a bug in evalwiz's C code and says so; errors from the function itself
-- reach C as they are (with the pack's file and line).
function M.call(name, ...)
  local fn = resolved[name]
  if not fn then
    if not ENTRIES[name] then
      error(string.format("internal error: %s is not one of the model's entry points (lua/evalwiz/entry.lua)", tostring(name)), 0)
    end
    local mod, f = name:match("^([%w_]+)%.([%w_]+)$")
    fn = require("evalwiz." .. mod)[f]
    if type(fn) ~= "function" then
      error(string.format("internal error: the entry point %s has no function", name), 0)
    end
    resolved[name] = fn
  end
  local res = fn(...)
  if getmetatable(res) == FAIL then return { ok = false, message = res.message } end
  return { ok = true, value = res }
end

return M
