-- The render's fast paths give what the slower code they replace gave:
-- each is compared here with that code, kept in this file as the reference.
local checks = require("evalwiz.checks")
local document = require("evalwiz.document")

-- checks.outcome_is_output's words against the patterns they replaced.
local OUTPUT_PATTERNS = {
  "^number of", "^no%.? of ", "^how many", "^count of", "^total ",
  "sessions? delivered", "sessions? held", "sessions? run", "sessions? attended",
  "delivered", "attendance", "attended", "referral", "enrol", "sign[%- ]?up",
  "families reached", "reached", "workshop", "leaflet", "staff trained",
  "practitioners trained", "courses? run", "completion rate", "completed the",
  "places filled", "take%-up", "uptake", "caseload",
}
local CHANGE_WORDS = {
  "improve", "reduc", "fewer", "less ", "lower", "increase", "better", "more confident",
  "wellbeing", "well%-being", "behaviour", "stress", "mental health", "development",
  "readiness", "relationship",
}

local function reference_is_output(text)
  local tl = string.lower(text):gsub("^%s+", ""):gsub("%s+$", "")
  if tl == "" then return false end
  local hit = false
  for _, p in ipairs(OUTPUT_PATTERNS) do
    if tl:find(p) then hit = true break end
  end
  if not hit then return false end
  if not tl:find("^number of") and not tl:find("^how many") then
    local l = " " .. string.lower(text) .. " "
    for _, w in ipairs(CHANGE_WORDS) do
      if l:find(w) then return false end
    end
  end
  return true
end

test("outcome_is_output's plain words find what the patterns found", function()
  local texts = {}
  -- every pattern's own words, spelt every way it allows, alone and in a sentence
  local words = { "session delivered", "sessions delivered", "session held", "sessions held",
    "session run", "sessions run", "session attended", "sessions attended", "delivered",
    "attendance", "attended", "referral", "referrals", "enrol", "enrolled", "enrolment",
    "signup", "sign-up", "sign up", "sign_up", "signs up", "families reached", "reached",
    "workshop", "leaflet", "staff trained", "practitioners trained", "course run",
    "courses run", "coursesrun", "completion rate", "completed the", "places filled",
    "take-up", "take up", "takeup", "uptake", "caseload", "session", "course", "sign",
    "number of", "no. of ", "no of ", "no.of ", "how many", "count of", "total ",
    "the number of", "a total ", "totals" }
  for _, w in ipairs(words) do
    texts[#texts + 1] = w
    texts[#texts + 1] = "  " .. w:upper() .. "  "
    texts[#texts + 1] = "Parents " .. w .. " the programme"
    texts[#texts + 1] = w .. " and improved wellbeing"
    texts[#texts + 1] = "Fewer " .. w
  end
  for i = 1, 50 do texts[#texts + 1] = "Outcome " .. i .. " for children and families" end
  local n = 0
  for _, t in ipairs(texts) do
    local want = reference_is_output(t)
    eq(checks.outcome_is_output(t) ~= nil, want, t)
    if want then n = n + 1 end
  end
  ok(n > 50 and n < #texts - 50, "both answers are tested (" .. n .. " of " .. #texts .. ")")
end)

-- document.squeeze_blank_lines against the gsub it replaced.
test("squeeze_blank_lines keeps one blank line where gsub did", function()
  local cases = { "", "\n", "\n\n", "\n\n\n", "\n\n\n\n\n", "a", "a\n\n\nb", "a\n\n\n\n\nb\n\n\n",
    "\n\n\na", "a\n\nb\n\n\nc\n\n\n\nd", "x\r\n\r\n\r\ny", "a\n \n\n\nb" }
  -- and some made of a few pieces at random (the same every run)
  local seed = 7
  local pieces = { "a", "\n", "\n\n", "\n\n\n", " ", "text" }
  for _ = 1, 300 do
    local s = {}
    for k = 1, seed % 9 + 1 do
      seed = (seed * 1103515245 + 12345) % 2147483648
      s[k] = pieces[seed % #pieces + 1]
    end
    cases[#cases + 1] = table.concat(s)
  end
  for _, s in ipairs(cases) do
    eq(document.squeeze_blank_lines(s), (string.gsub(s, "\n\n\n+", "\n\n")), string.format("%q", s))
  end
end)

-- host.plain_words against the pattern template.lua's escapes used.
test("host.plain_words answers as the pattern and the edge test did", function()
  local function reference(s)
    return string.find(s, "^[%w ,;:'/?]*$") ~= nil and string.byte(s, 1) ~= 32 and string.byte(s, -1) ~= 32
  end
  local cases = { "", " ", "a", " a", "a ", "a b", "Outcome 12 for children, and families: yes/no?",
    "it's", "a\nb", "a\tb", "a-b", "a.b", "*a*", "é", "a\0b", "#1", "a  b" }
  for b = 0, 255 do
    cases[#cases + 1] = string.char(b)
    cases[#cases + 1] = "ab" .. string.char(b) .. "cd"
  end
  local yes = 0
  for _, s in ipairs(cases) do
    local want = reference(s)
    eq(host.plain_words(s), want, string.format("%q", s))
    if want then yes = yes + 1 end
  end
  ok(yes > 60 and yes < #cases - 60, "both answers are tested")
end)

-- host.copy against copy_answer's own Lua loop, kept here as the reference.
local function reference_copy(v, depth)
  if type(v) ~= "table" then return v end
  depth = depth or 0
  if depth > 100 then return {} end
  local c = {}
  for k, x in pairs(v) do
    if type(x) == "table" then x = reference_copy(x, depth + 1) end
    c[k] = x
  end
  return c
end

-- The same keys and values, in the same order of next(), and no metatables.
local function same_tree(a, b, what, depth)
  depth = depth or 0
  eq(type(b), type(a), what)
  if type(a) ~= "table" then eq(b, a, what) return end
  eq(getmetatable(b), nil, what .. ": no metatable")
  local ka, kb = next(a), next(b)
  local n = 0
  while ka ~= nil or kb ~= nil do
    eq(kb, ka, what .. ": key " .. n)
    same_tree(a[ka], b[kb], what .. "." .. tostring(ka), depth + 1)
    ka, kb = next(a, ka), next(b, kb)
    n = n + 1
  end
end

test("host.copy makes copy_answer's copy: the same tree, order and depth cap", function()
  local plan = require("evalwiz.plan")
  local seq = setmetatable({ "a", "b" }, { __kind = "seq" })
  local rows = {}
  for i = 1, 300 do
    rows[i] = { outcome = "Outcome " .. i, term = "short", n = i, ok = i % 2 == 0, tags = seq, [i] = "x" }
  end
  local doc = { rows = rows, empty = setmetatable({}, { __kind = "seq" }), mixed = { 1, 2, nil, 4, k = "v" },
    [3.5] = "number key", [true] = "bool key" }
  local loop = {}
  loop.self = loop
  doc.loop = loop
  local got = host.copy(doc)
  same_tree(reference_copy(doc), got, "doc")
  same_tree(reference_copy(doc), plan.copy_answer(doc), "copy_answer")
  ok(got.rows ~= rows and got.rows[1].tags ~= seq, "tables are copies")
  -- 101 levels of the loop, then an empty table
  local t, n = got.loop, 1
  while next(t) ~= nil do t, n = t.self, n + 1 end
  eq(n, 101, "the loop is copied 100 levels below the top, then cut")
  eq(host.copy("text"), "text", "a non-table is itself")
  same_tree(reference_copy(loop, 99), host.copy(loop, 99), "from depth 99")
end)

test("host.copy leaves a table with __pairs to copy_answer, which copies through it", function()
  local plan = require("evalwiz.plan")
  local inner = { "x", "y" }
  local viewish = setmetatable({}, { __pairs = function() return next, { a = 1, b = inner } end })
  eq(host.copy(viewish), nil, "top level")
  eq(host.copy({ 1, { 2, viewish } }), nil, "nested")
  local c = plan.copy_answer({ v = viewish, w = "w" })
  eq(c.w, "w", "other keys")
  eq(c.v.a, 1, "copied through __pairs")
  eq(c.v.b[2], "y", "and below it")
  ok(c.v.b ~= inner, "a copy")
end)

test("host.find_any finds any of the words, plainly", function()
  eq(host.find_any("parents attended", { "zzz", "attend" }), true, "second word")
  eq(host.find_any("parents attended", { "zzz", "yyy" }), false, "none")
  eq(host.find_any("a.b", { "%." }), false, "no patterns")
  eq(host.find_any("a%.b", { "%." }), true, "the text itself")
  eq(host.find_any("abc", {}), false, "no words")
  eq(host.find_any("ab\0cd", { "b\0c" }), true, "embedded zero")
  eq(host.find_any("short", { "shorter" }), false, "longer than the text")
end)

-- diagram.text_of and mermaid_label against the patterns they used alone.
test("the diagram's box texts and Mermaid labels are what the patterns made", function()
  local diagram = require("evalwiz.diagram")
  local function ref_text(v)
    local s = string.match((string.gsub(v, "%s+", " ")), "^%s*(.-)%s*$")
    if s == "" then return nil end
    return s
  end
  local function ref_label(s)
    return (string.gsub(s, "[\"#<>&`|{}%[%]]", function(c) return "#" .. string.byte(c) .. ";" end))
  end
  local cases = { "", " ", "  ", "\t", "\n \n", "a", " a", "a ", "  a  ", "a  b", "a \t\n b",
    "Outcome 12 for children", "x\r\ny", "\v\fz\v", "<b>\"q\" & #1 `c` | {x} [y]</b>", "it's, ok: yes/no?",
    "é à", "a\0b" }
  for b = 0, 255 do cases[#cases + 1] = "a" .. string.char(b) .. "b" .. string.char(b) end
  for _, s in ipairs(cases) do
    eq(diagram.text_of(s), ref_text(s), string.format("text %q", s))
    eq(diagram.mermaid_label(s), ref_label(s), string.format("label %q", s))
  end
end)

-- host.options against api.normalise_options: the same list when that has
-- no message, nil (so the Lua code gives its message) otherwise.
test("host.options normalises as api.normalise_options does, or leaves it to it", function()
  local api = require("evalwiz.api")
  local big = {}
  for i = 1, 500 do big[i] = { value = "v" .. i, label = "Label " .. i } end
  local good = {
    { "a", "b" },
    { { "short", "short-term", help = "Soon." }, { "long", "long-term" } },
    { { value = "x" }, { value = "y", label = "Why", help = "h" }, { value = "z", label = false, [2] = "Zed" } },
    { { value = false, [1] = "one" } },
    { "a", { "b", 5 } },
    big,
  }
  for n, list in ipairs(good) do
    local want = api.normalise_options("f", list)
    same_tree(want, host.options(list), "list " .. n)
  end
  local bad = {
    {}, { "a", "a" }, { { value = "" } }, { { value = 3 } }, { 3 }, { true }, { { label = "no value" } },
    setmetatable({ "a" }, {}), { setmetatable({ value = "a" }, {}) }, "text", 5,
    { { value = "a" }, { "a" } },
  }
  for n, list in ipairs(bad) do
    eq(host.options(list), nil, "bad " .. n)
  end
  -- a list with a hole: ipairs stops there, and so does host.options
  same_tree(api.normalise_options("f", { "a", nil, "c" }), host.options({ "a", nil, "c" }), "hole")
end)

-- With a cache, a list that normalises to one kept there is that one: the
-- choices that list the same outcomes share one list.
test("host.options hands out the list kept for the same options, and a new one for others", function()
  local api = require("evalwiz.api")
  local cache = setmetatable({}, { __mode = "v" })
  local function outcomes(n, extra)
    local l = {}
    for i = 1, n do l[i] = { value = "o" .. i, label = "o" .. i } end
    if extra then l[#l + 1] = extra end
    return l
  end
  local a = host.options(outcomes(300), cache)
  same_tree(api.normalise_options("f", outcomes(300)), a, "the list as normalise_options makes it")
  eq(rawequal(host.options(outcomes(300), cache), a), true, "the same options: the same list")
  eq(rawequal(host.options(outcomes(300)), a), false, "no cache: a list of its own")
  -- lists sharing the length and both ends, told apart by what is between
  local b = outcomes(300)
  b[150] = { value = "o150", label = "Changed" }
  local nb = host.options(b, cache)
  eq(rawequal(nb, a), false, "a label changed: another list")
  eq(nb[150].label, "Changed", "with the new label")
  local c = outcomes(300)
  c[7] = { value = "o7", label = "o7", help = "h" }
  eq(host.options(c, cache)[7].help, "h", "a help added: another list")
  local d = outcomes(300)
  d[9] = { value = "o9", label = "o9", placeholder = true }
  eq(host.options(d, cache)[9].placeholder, true, "a placeholder: another list")
  local texts = {}
  for i = 1, 300 do texts[i] = "o" .. i end
  local t = host.options(texts, cache)
  same_tree(api.normalise_options("f", texts), t, "option texts")
  eq(host.options({ "o1", "o1" }, cache), nil, "a value twice is still left to the Lua code")
  eq(host.options(outcomes(299, { value = "o300", label = "o300" }), cache) ~= nil, true, "a list of the same options")
  eq(#host.options(outcomes(301), cache), 301, "a longer list: its own")
end)
