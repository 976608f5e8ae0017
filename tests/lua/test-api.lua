-- The step-author API: each constructor's mistakes are reported at the line
-- of the pack file that made them, and pack-level mistakes name the file.
local api = require("evalwiz.api")
local sandbox = require("evalwiz.sandbox")
local pack = require("evalwiz.pack")

local bad = srcdir .. "/tests/data/packs/bad-steps/"

-- Lua patterns from plain text.
local function plain(s) return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end

-- Runs one step file as the pack loader would; returns its error.
local function step_error(file, display)
  local fn, err = host.loadfile(bad .. file, display or ("wizard/" .. file), sandbox.env(api.exports()))
  if not fn then return err end
  local ok, res = pcall(fn)
  if ok then error(file .. " loaded without an error", 3) end
  -- as the pack loader does: a message without a position gets the file
  if not res:match("^[^:]+:%d+:") then res = (display or ("wizard/" .. file)) .. ": " .. res end
  return res
end

local function expect(file, want, display)
  local got = step_error(file, display)
  if got ~= want then
    error(string.format("%s:\n  got  %s\n  want %s", file, tostring(got), want), 2)
  end
end

test("the example from the issue, at the pack file's line", function()
  expect("choice-no-options.lua",
    'wizard/03-blueprint.lua:42: field "dosage": choice needs options (a list, or a function of the answers)',
    "wizard/03-blueprint.lua")
end)

test("each field constructor's mistakes name the file and line", function()
  expect("unknown-setting.lua", 'wizard/unknown-setting.lua:3: field "aim": unknown setting lable (did you mean "label"?)')
  expect("bad-id.lua", 'wizard/bad-id.lua:4: text field id "Bad Id" must be lower-case letters, digits and _, starting with a letter')
  expect("no-id.lua", "wizard/no-id.lua:2: number field needs an id")
  expect("no-label.lua", 'wizard/no-label.lua:5: field "ok": yesno needs a label')
  expect("records-no-columns.lua", 'wizard/records-no-columns.lua:6: field "rows": records needs columns (a list of fields)')
  expect("min-max.lua", 'wizard/min-max.lua:7: field "n": min is larger than max')
  expect("options-on-text.lua", 'wizard/options-on-text.lua:8: field "t": options does not apply to a text field (only to choice and multi)')
  expect("dup-option.lua", 'wizard/dup-option.lua:9: field "c": option "a" appears twice')
  expect("when-not-function.lua", 'wizard/when-not-function.lua:10: field "t": when must be a function')
  expect("computed-no-fn.lua", 'wizard/computed-no-fn.lua:11: field "c": computed needs compute = function(answers) ... end')
  expect("column-list.lua", 'wizard/column-list.lua:12: field "r": column "l" cannot be a list')
  expect("note-no-text.lua", 'wizard/note-no-text.lua:13: field "n": note needs text')
end)

test("a setting of the wrong type, or one the field does not take, is an error at its line", function()
  expect("required-yes.lua", 'wizard/required-yes.lua:2: field "t": required must be true or false, not "yes"')
  expect("unit-on-text.lua", 'wizard/unit-on-text.lua:2: field "t": unit does not apply to a text field (only to computed and number)')
  expect("items-bad.lua", 'wizard/items-bad.lua:2: field "l": max_items must be a whole number of items, 0 or more, not 2.5')
  expect("items-order.lua", 'wizard/items-order.lua:2: field "l": min_items (3) is larger than max_items (2)')
  expect("default-bad.lua", 'wizard/default-bad.lua:2: field "n": its default does not fit it: 5 is out of range: expected a number from 0 to 1')
  expect("default-option.lua", 'wizard/default-option.lua:2: field "c": its default does not fit it: "c" is not one of the options: a, b')
  expect("terms-bad.lua", 'wizard/terms-bad.lua:2: field "t": terms must be a list of glossary terms, like { "attrition" }')
  expect("label-number.lua", 'wizard/label-number.lua:2: field "t": label must be text, not 12')
  expect("required-computed.lua", 'wizard/required-computed.lua:2: field "c": required does not apply to a computed field (it takes no answer)')
end)

test("step{} mistakes name the file and line", function()
  -- return step {...} is a tail call: the file is named, the line is not known
  expect("step-no-title.lua", 'wizard/step-no-title.lua: step "s": needs a title')
  expect("step-bad-level.lua", 'wizard/step-bad-level.lua: step "s": level must be one of none, L1, L2, L3, L4')
  expect("step-unknown-setting.lua", 'wizard/step-unknown-setting.lua: step "s": unknown setting feilds (did you mean "fields"?)')
  -- a field given twice is reported at the second one's line
  expect("step-dup-field.lua", 'wizard/step-dup-field.lua:4: step "s": field "a" appears twice')
end)

test("constructors fill in defaults and normalise options", function()
  local c = api.choice { id = "c", label = "C", options = { "a", { value = "b", label = "Bee", help = "h" }, { "x", "Ex" } } }
  eq(c.type, "choice")
  eq(c.required, false)
  eq(c.options, { { value = "a", label = "a" }, { value = "b", label = "Bee", help = "h" }, { value = "x", label = "Ex" } })
  local n = api.note { id = "n", text = "Read this." }
  eq(n.help, "Read this.")
  local s = api.step { id = "s", title = "S", fields = { c } }
  eq(s.level, "none")
  eq(s.kind, "step")
  eq(#s.prerequisites, 0)
  local dyn = function() return { "p" } end
  eq(api.multi { id = "m", label = "M", options = dyn }.options, dyn)
  fails(function() api.choice { id = "c", label = "C", options = {} } end, "choice needs options")
  fails(function() api.text "not a table" end, plain("text{...} expects a table of settings"))
end)

test("exports are the API: every constructor, step and panel, nothing of the host", function()
  local e = api.exports()
  for _, name in ipairs({ "choice", "computed", "date", "list", "multi", "note", "number", "panel",
      "records", "step", "text", "textarea", "yesno" }) do
    eq(type(e[name]), "function", name)
  end
  for _, name in ipairs({ "host", "require", "io", "os", "load", "debug", "package" }) do
    eq(e[name], nil, name)
  end
end)

local function pack_error(dir)
  local ok, err = pcall(pack.load, srcdir .. "/tests/data/packs/" .. dir, dir)
  if ok then error(dir .. " loaded without an error", 2) end
  return err
end

test("pack-level mistakes name the pack's files", function()
  eq(pack_error("bad-version"), "bad-version/pack.lua:2: the pack needs a whole-number version")
  eq(pack_error("bad-return"), "bad-return/01-a.lua: the file must end with return step { ... }")
  eq(pack_error("bad-prereq"), 'bad-prereq/01-a.lua:2: step "s" lists the prerequisite "nowhere", which is not a step of this pack')
  matches(pack_error("bad-missing-file"), "cannot open .*/bad%-missing%-file/01%-missing%.lua")
  matches(pack_error("bad-syntax"), "^bad%-syntax/01%-a%.lua:3: '}' expected")
end)

test("the test pack and the default pack load", function()
  local p = pack.load(srcdir .. "/tests/data/packs/good", "good")
  eq(p.id, "test-pack")
  eq(p.version, 2)
  eq(#p.steps, 2)
  eq(p.steps[1].file, "good/01-basics.lua")
  eq(p.by_id.more.by_id.people.columns[2].type, "number")
  local w = pack.load(srcdir .. "/wizard", "wizard")
  eq(#w.steps, 11)
end)
