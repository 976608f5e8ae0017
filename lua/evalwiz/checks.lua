-- checks.lua: reusable checks and helpers for evaluation plans, as pure
-- functions of plain values.  Pack code sees this module as the global
-- `checks`; a check returns nil when all is well, or a message in plain
-- English saying what is wrong and what to do.  Nothing here reads a
-- pack's answers by their ids: helpers that do live in the pack (the
-- default pack's are wizard/eif.lua).

local M = {}

local function is_empty(v)
  return v == nil or v == "" or (type(v) == "table" and next(v) == nil)
end
M.is_empty = is_empty

local function trim(s)
  s = tostring(s)
  -- most texts have no edge spaces: no pattern matching then (bytes above
  -- 32 are never %s)
  local a, z = string.byte(s, 1), string.byte(s, -1)
  if a and a > 32 and z > 32 then return s end
  -- string.gsub, not a method: methods go through the sandbox's guard
  return (string.gsub((string.gsub(s, "^%s+", "")), "%s+$", ""))
end

M.trim = trim

-- A validator's answer for a warning rather than an error (shown, never fails a check).
function M.warn(msg)
  if msg == nil then return nil end
  return { severity = "warning", message = msg }
end

-- Words that describe what a service does or counts (outputs), not a change
-- in children or families (outcomes).  Matched against lower-cased text,
-- anywhere unless anchored, so "referral" also finds "referrals"; patterns
-- without special characters are the quick plain searches.
-- The anchored ones are tried once each; the rest are plain words, all
-- searched in one call (host.find_any, memmem in C) rather than a pattern
-- tried at every byte (this runs for every outcome of a plan).  The words are these patterns, spelt out:
--   "sessions? delivered", "sessions? held", "sessions? run",
--   "sessions? attended", "delivered", "attendance", "attended",
--   "referral", "enrol", "sign[%- ]?up", "families reached", "reached",
--   "workshop", "leaflet", "staff trained", "practitioners trained",
--   "courses? run", "completion rate", "completed the", "places filled",
--   "take%-up", "uptake", "caseload"
-- where a pattern that holds another's words is left out ("sessions?
-- delivered" finds nothing "delivered" does not); test-render-fast.lua
-- checks that the two lists give the same answers.
local OUTPUT_ANCHORED = { "^number of", "^no%.? of ", "^how many", "^count of", "^total " }
local OUTPUT_WORDS = {
  "delivered", "attendance", "attended", "referral", "enrol",
  "signup", "sign-up", "sign up", "reached", "workshop", "leaflet",
  "session held", "sessions held", "session run", "sessions run",
  "course run", "courses run", "staff trained", "practitioners trained",
  "completion rate", "completed the", "places filled", "take-up", "uptake", "caseload",
}

-- Words that say a change happened; they rescue texts such as
-- "improved attendance at school" from being called outputs.
local CHANGE_WORDS = {
  "improve", "reduc", "fewer", "less ", "lower", "increase", "better", "more confident",
  "wellbeing", "well%-being", "behaviour", "stress", "mental health", "development",
  "readiness", "relationship",
}

-- Returns a message when an outcome's text reads like an output.
-- Remembered by text: a plan's outcomes are checked several times for one
-- document (each step's status, the gaps), 30 patterns each.
-- string.find itself: tl:find would go through the sandbox's guard, which
-- asks who is calling on every call (these patterns are evalwiz's own).
local output_memo, memo_size = {}, 0
local find = string.find
local function outcome_is_output(text)
  if type(text) ~= "string" or trim(text) == "" then return nil end
  local lower = string.lower(text)
  local l = " " .. lower .. " "
  local tl = trim(lower)   -- the same as trim(l), usually without a pattern; once per outcome row
  local hit
  for i = 1, #OUTPUT_ANCHORED do
    if find(tl, OUTPUT_ANCHORED[i]) then hit = true break end
  end
  if not hit then hit = host.find_any(tl, OUTPUT_WORDS) end
  if not hit then return nil end
  -- "number of ..." is a count whatever follows; other hits may be outcomes
  -- that mention a service word next to a change word.
  if not find(tl, "^number of") and not find(tl, "^how many") then
    for _, w in ipairs(CHANGE_WORDS) do
      if find(l, w) then return nil end
    end
  end
  return string.format('"%s" sounds like an output (something the service does or counts), '
    .. "not an outcome (a change in children or families); say what should change for the child, "
    .. 'for example "fewer behaviour problems at home"', trim(text))
end

function M.outcome_is_output(text)
  if type(text) ~= "string" then return nil end
  local hit = output_memo[text]
  if hit == nil then
    if memo_size >= 20000 then output_memo, memo_size = {}, 0 end
    hit = outcome_is_output(text) or false
    output_memo[text], memo_size = hit, memo_size + 1
  end
  return hit or nil
end

-- The first output-like entry of a list of texts, or of a column of records.
function M.outputs_among(list, column)
  if type(list) ~= "table" then return nil end
  for _, item in ipairs(list) do
    local text = column and type(item) == "table" and item[column] or item
    local msg = M.outcome_is_output(text)
    if msg then return msg end
  end
  return nil
end

-- Rows of measures whose timepoints are missing.
function M.measures_without_timepoint(rows)
  if type(rows) ~= "table" then return nil end
  local names = {}
  for i, row in ipairs(rows) do
    if type(row) == "table" and is_empty(row.timepoints) then
      names[#names + 1] = row.measure and tostring(row.measure) or ("row " .. i)
    end
  end
  if #names == 0 then return nil end
  return string.format("no timepoint for %s: say when each measure is taken (at least before and after the programme)",
    table.concat(names, ", "))
end

-- Rows of measures without a baseline: change cannot be measured without one.
function M.measures_without_baseline(rows)
  if type(rows) ~= "table" then return nil end
  local names = {}
  for i, row in ipairs(rows) do
    if type(row) == "table" and type(row.timepoints) == "table" and #row.timepoints > 0 then
      local has = false
      for _, t in ipairs(row.timepoints) do if t == "baseline" then has = true end end
      if not has then names[#names + 1] = row.measure and tostring(row.measure) or ("row " .. i) end
    end
  end
  if #names == 0 then return nil end
  return string.format("%s has no baseline: without a measurement before the programme you cannot see change",
    table.concat(names, ", "))
end

-- Measures not validated for the families in the study (EIF pitfall 4).
function M.unvalidated_measures(rows)
  if type(rows) ~= "table" then return nil end
  local names = {}
  for i, row in ipairs(rows) do
    if type(row) == "table" and row.validated == "not_validated" then
      names[#names + 1] = row.measure and tostring(row.measure) or ("row " .. i)
    end
  end
  if #names == 0 then return nil end
  return string.format("%s %s not validated: measures without published evidence of validity and reliability are one of "
    .. "EIF's six common pitfalls; use an established measure where one exists", table.concat(names, ", "), #names == 1 and "is" or "are")
end

-- A sample too small for the expected effect (EIF pitfall 5).
function M.underpowered(mdes, effect)
  if type(mdes) ~= "number" or type(effect) ~= "number" then return nil end
  if effect < mdes then
    return string.format("with this sample the smallest effect the study can reliably detect is %.2f, larger than the %.2f you expect: "
      .. "recruit more families (or clusters), use baseline measures in the analysis, or expect a null result", mdes, effect)
  end
  return nil
end

-- Words that claim cause, matched as whole words ("prove" is not in
-- "improve", "works" not in "workshop"); a trailing * takes any ending
-- ("attribut*": attributable, attribution).
local CAUSAL_WORDS = {
  "impact", "impacts", "caused", "causes", "causal", "prove", "proves", "proven", "proof", "effect of",
  "effects of", "because of the programme", "because of the intervention", "attribut*", "is effective",
  "was effective", "works", "worked", "due to the programme", "due to the intervention",
}
local NEGATIONS = { "not", "cannot", "can't", "can not", "won't", "no", "unable", "without", "nor", "isn't",
  "doesn't", "don't", "never" }

local function escape(s) return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end

-- Patterns for whole words (or a stem, for a word ending in *).
local function word_patterns(list)
  local out = {}
  for i, w in ipairs(list) do
    local stem = w:sub(-1) == "*"
    out[i] = "%f[%w']" .. escape(stem and w:sub(1, -2) or w) .. (stem and "" or "%f[^%w']")
  end
  return out
end
local CAUSAL, NEGATED = word_patterns(CAUSAL_WORDS), word_patterns(NEGATIONS)

local function any_of(sentence, patterns)
  for _, p in ipairs(patterns) do
    if sentence:find(p) then return true end
  end
  return false
end

-- True when a text claims a causal effect (sentence by sentence, so "it
-- cannot show impact" does not count).
function M.claims_impact(text)
  if type(text) ~= "string" then return false end
  local flat = text:lower():gsub("%s+", " ")
  for sentence in (flat .. "."):gmatch("[^%.;!?]+") do
    if any_of(sentence, CAUSAL) and not any_of(sentence, NEGATED) then return true end
  end
  return false
end

local LEVEL_RANK = { none = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4 }
M.LEVEL_RANK = LEVEL_RANK

-- A pre-post design offered as evidence of impact.
function M.pre_post_as_impact(design, target_level, text)
  if design ~= "pre_post" then return nil end
  if target_level and (LEVEL_RANK[target_level] or 0) > 2 then
    return "a pre-post design (one group measured before and after) can support Level 2 at most: "
      .. "it shows change, not that the programme caused it; choose a design with a comparison group or aim for Level 2"
  end
  if M.claims_impact(text) then
    return "this describes a pre-post design as showing impact; without a comparison group it can show change "
      .. "(Level 2 at most), not that the programme caused it"
  end
  return nil
end

-- A follow-up shorter than 12 months offered for Level 4.
function M.followup_for_level4(months, for_level4)
  if not for_level4 or type(months) ~= "number" then return nil end
  if months < 12 then
    return string.format("a follow-up of %s months cannot support Level 4: it needs a child outcome that lasts "
      .. "12 months or more; plan a follow-up at 12 months or later, or do not offer this one for Level 4", tostring(months))
  end
  return nil
end

-- Attrition not planned: an expected rate and a plan to keep families in
-- the study and handle those who leave.
function M.attrition_planned(attrition, plan)
  if type(attrition) ~= "number" then
    return "say how many families you expect to lose before the last measurement (as a percentage); "
      .. "every study loses some, and the sample size must allow for it"
  end
  if type(plan) ~= "string" or trim(plan) == "" then
    return string.format("you expect %s%% drop-out but have not said how you will keep families in the study "
      .. "and how you will handle the data of those who leave", tostring(attrition))
  end
  return nil
end

-- Participants analysed in their allocated group (intention to treat).
function M.itt_planned(itt)
  if itt == false then
    return "analysing only families who stayed or completed breaks the comparison and is one of EIF's six "
      .. "common pitfalls; analyse everyone in the group they were allocated to (intention to treat) "
      .. "and report a completers' analysis only as a secondary one"
  end
  return nil
end

-- Options for a choice built from names; a placeholder when nothing is named
-- yet, so the question still shows what it is waiting for.
function M.options_from(names, placeholder)
  local opts = {}
  for _, n in ipairs(names) do opts[#opts + 1] = { value = n, label = n } end
  if #opts == 0 then
    opts[1] = { value = "not_named_yet", label = placeholder or "(nothing named yet)", placeholder = true,
                help = "Fill in the earlier steps first; their answers appear here." }
  end
  return opts
end

local FREQ = {
  daily = "daily", twice_weekly = "twice a week", weekly = "weekly",
  fortnightly = "fortnightly", monthly = "monthly", varies = "at varying intervals",
}

-- "12 sessions of 120 minutes, weekly, over 12 weeks (24 hours in all)".
function M.dosage(sessions, minutes, frequency, weeks)
  if type(sessions) ~= "number" then return nil end
  local parts = { string.format("%d session%s", math.floor(sessions), sessions == 1 and "" or "s") }
  if type(minutes) == "number" then parts[1] = parts[1] .. string.format(" of %g minutes", minutes) end
  if FREQ[frequency] then parts[#parts + 1] = FREQ[frequency] end
  if type(weeks) == "number" then parts[#parts + 1] = string.format("over %g weeks", weeks) end
  local s = table.concat(parts, ", ")
  if type(minutes) == "number" then
    s = s .. string.format(" (%g hours in all)", math.floor(sessions * minutes / 6 + 0.5) / 10)
  end
  return s
end

-- Totals of cost items: { setup, recurrent, total, per_participant, per_completer, rows }.
function M.cost_summary(rows, participants, completers)
  local s = { setup = 0, recurrent = 0, total = 0, rows = 0, incomplete = 0 }
  if type(rows) ~= "table" then return s end
  for _, r in ipairs(rows) do
    if type(r) == "table" then
      local q, c = r.quantity, r.unit_cost
      if type(q) == "number" and type(c) == "number" then
        local cost = q * c
        s.rows = s.rows + 1
        if r.kind == "setup" then s.setup = s.setup + cost else s.recurrent = s.recurrent + cost end
        s.total = s.total + cost
      else
        s.incomplete = s.incomplete + 1
      end
    end
  end
  if type(participants) == "number" and participants > 0 then s.per_participant = s.total / participants end
  if type(completers) == "number" and completers > 0 then s.per_completer = s.total / completers end
  return s
end

-- "£12,345" (whole pounds) or "£123.45" for small sums.
function M.money(x)
  if type(x) ~= "number" then return "-" end
  local neg = x < 0
  x = math.abs(x)
  local whole = math.floor(x + 0.5)
  local s
  if x < 100 and x ~= math.floor(x) then
    s = string.format("%.2f", x)
  else
    s = tostring(math.tointeger(whole) or whole)
    local out = s:reverse():gsub("(%d%d%d)", "%1,"):reverse()
    s = out:gsub("^,", "")
  end
  return (neg and "-£" or "£") .. s
end

local CLUSTER_DESIGNS = { cluster_rct = true, stepped_wedge = true }

-- True when the impact design allocates groups (clusters) rather than people.
function M.is_cluster(design, unit)
  return CLUSTER_DESIGNS[design] == true or unit == "cluster"
end

-- The power calculator's design for an impact design: ira, matched, cra2 or prepost;
-- nil when a sample-size calculation of this kind does not apply.
function M.calc_design(design, unit)
  if design == "its" or design == nil then return nil end
  if design == "pre_post" then return "prepost" end
  if M.is_cluster(design, unit) then return "cra2" end
  if design == "matched" then return "matched" end
  if design == "individual_rct" or design == "did" or design == "rdd" then return "ira" end
  return nil
end

-- Calls a power module's mdes under pcall; returns the result table or nil, why.
function M.run_mdes(power, args)
  if type(power) ~= "table" or type(power.mdes) ~= "function" then
    return nil, "the power calculator is not available in this build"
  end
  local ok, res, msg = pcall(power.mdes, args)
  if not ok then return nil, tostring(res) end
  if type(res) ~= "table" then return nil, msg or "the calculator gave no answer" end
  if type(res.mdes) ~= "number" then return nil, msg or "the calculator gave no answer" end
  return res
end

return M
