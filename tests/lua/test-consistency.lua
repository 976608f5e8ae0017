-- The default pack's consistency checks (wizard/consistency.lua, declared in
-- wizard/pack.lua and run by the engine's check hook): each has a plan that
-- commits its contradiction and one that does not
-- (tests/data/consistency/ID-commit.yaml and ID-clean.yaml); the demo plan
-- passes them all; the messages name questions by their words, never ids.
local pack_mod = require("evalwiz.pack")
local plan = require("evalwiz.plan")
local plancheck = require("evalwiz.plancheck")

local pack = pack_mod.load(srcdir .. "/wizard", "wizard")
local DATA = srcdir .. "/tests/data/consistency/"

-- The consistency checks, as the pack declares them (wizard/pack.lua's checks).
local CHECKS = {}
for _, c in ipairs(pack.checks) do
  if c.kind == "consistency" then CHECKS[#CHECKS + 1] = c end
end

local function field(path)
  local sid, fid = path:match("^([%w_]+)%.([%w_]+)$")
  local s = sid and pack.by_id[sid]
  return s and s.by_id[fid]
end

local function load_plan(name)
  local doc = assert(host.loadyaml(DATA .. name, name))
  return plan.adopt(doc, {}, name)
end

-- A check's result through the engine (plancheck: the real ctx with the
-- questions' labels and options), nil when it does not apply.
local function run(check, doc)
  local res = plancheck.run_one(pack, check, plan.view(doc))
  ok(res == nil or res.status ~= "error", check.id .. ": " .. tostring(res and res.reason))
  return res
end

local function by_id(id)
  for _, c in ipairs(CHECKS) do if c.id == id then return c end end
  error("no check " .. id)
end

test("each check is declared in the pack's shape and names real questions", function()
  ok(#CHECKS >= 12, "only " .. #CHECKS .. " checks")
  local seen = {}
  for _, c in ipairs(CHECKS) do
    ok(type(c.id) == "string" and c.id:match("^[a-z_]+$"), "id")
    ok(not seen[c.id], c.id .. " once")
    seen[c.id] = true
    ok(type(c.title) == "string" and #c.title > 10, c.id .. " title")
    eq(c.kind, "consistency", c.id .. " kind")
    ok(type(c.run) == "function", c.id .. " run")
    ok(#c.fields >= 1, c.id .. " fields")
    for _, p in ipairs(c.fields) do ok(field(p), c.id .. ": no question " .. p) end
  end
end)

test("every check has a committing and a clean plan; the first fails or warns, the second passes", function()
  for _, c in ipairs(CHECKS) do
    local bad = run(c, load_plan(c.id .. "-commit.yaml"))
    ok(type(bad) == "table", c.id .. ": the committing plan is not checked")
    ok(bad.status == "fail" or bad.status == "warn", c.id .. ": the committing plan " .. tostring(bad.status))
    ok(type(bad.reason) == "string" and #bad.reason > 20, c.id .. " reason")
    ok(type(bad.fix) == "string" and #bad.fix > 10, c.id .. " says what to change")
    -- the questions by their words: no step.field ids on screen
    ok(not bad.reason:find("[a-z]+_?[a-z]*%.[a-z_]+_[a-z_]+"), c.id .. ": an id in " .. bad.reason)
    ok(not bad.fix:find("[a-z]+%.[a-z]+_[a-z_]+"), c.id .. ": an id in " .. bad.fix)
    local good = run(c, load_plan(c.id .. "-clean.yaml"))
    ok(type(good) == "table", c.id .. ": the clean plan is not checked")
    eq(good.status, "pass", c.id .. ": the clean plan (" .. tostring(good.reason) .. ")")
  end
end)

test("the demo plan passes every consistency check", function()
  local doc = plan.adopt(assert(host.loadyaml(srcdir .. "/examples/demo-plan.yaml", "demo-plan.yaml")), {}, "demo-plan.yaml")
  for _, c in ipairs(CHECKS) do
    local r = run(c, doc)
    ok(r ~= nil, c.id .. " applies to the demo plan")
    eq(r and r.status, "pass", c.id .. ": " .. tostring(r and r.reason))
  end
end)

test("an empty plan is not flagged: checks wait for their questions", function()
  local doc = plan.adopt({ evalwiz = 1, answers = {} }, {}, "empty.yaml")
  for _, c in ipairs(CHECKS) do
    eq(run(c, doc), nil, c.id)
  end
end)

test("the messages name the questions involved in their own words", function()
  local r = run(by_id("samples_agree"), load_plan("samples_agree-commit.yaml"))
  matches(r.reason, '"How many families will be recruited and allocated in total%?" says 360')
  matches(r.reason, "20 clusters of 15 families %(300 families%)")
  r = run(by_id("deferred_comparison"), load_plan("deferred_comparison-commit.yaml"))
  matches(r.reason, "about 21 months after allocation")
  matches(r.fix, '"Will this follow%-up be offered as evidence for Level 4%?"')
  r = run(by_id("recruitment_feasible"), load_plan("recruitment_feasible-commit.yaml"))
  matches(r.reason, "5 families a month for 36 months is 180 families, fewer than the 360")
  matches(r.fix, "at least 72 months")
  r = run(by_id("steps_in_order"), load_plan("steps_in_order-commit.yaml"))
  matches(r.reason, '"5%. Pilot impact study" is done, but not "4%. Implementation and process study"')
  r = run(by_id("covariates_one_source"), load_plan("covariates_one_source-commit.yaml"))
  matches(r.reason, "balanced on \"Children's centre\"")
  r = run(by_id("cost_horizon"), load_plan("cost_horizon-commit.yaml"))
  matches(r.reason, "over 1 year .* measured about 21 months after a family starts")
  matches(r.fix, "at least 2 years")
end)

test("the contradictions the academic partner found are each caught", function()
  -- the primary outcome measured after the waiting list has the programme
  local doc = load_plan("deferred_comparison-clean.yaml")
  doc.answers.impact.primary_timepoint_months = 12
  matches(run(by_id("deferred_comparison"), doc).reason, "there is no comparison group")
  -- the programme's places, counting waiting families offered them during recruitment
  doc = load_plan("recruitment_feasible-clean.yaml")
  doc.answers.impact.comparison, doc.answers.impact.deferral_months = "waitlist", 9
  local r = run(by_id("recruitment_feasible"), doc)
  eq(r.status, "fail", "80 places a year cannot hold the programme group and the waiting list")
  matches(r.reason, "about 96 programme places a year %(including about 140 waiting%-list families")
  doc.answers.impact.places_per_year = 100
  eq(run(by_id("recruitment_feasible"), doc).status, "pass")
  -- R2 with no baseline measures listed
  doc = load_plan("covariates_one_source-clean.yaml")
  doc.answers.impact.covariates = nil
  matches(run(by_id("covariates_one_source"), doc).reason, "lists none")
  -- a group programme analysed as independent families, with the team's reason: a warning, not a failure
  doc = load_plan("group_clustering-commit.yaml")
  doc.answers.impact.clustering_reason = "Groups are small; we estimate the group ICC in a sensitivity analysis."
  eq(run(by_id("group_clustering"), doc).status, "warn")
  -- a secondary outcome with no measure in the study's schedule
  doc = load_plan("impact_schedule-clean.yaml")
  doc.answers.impact.secondary_outcomes = { "Lower parental stress" }
  matches(run(by_id("impact_schedule"), doc).reason, 'secondary outcome "Lower parental stress" has no row')
  -- a Level 4 claim for the follow-up with no design
  doc = plan.adopt({ evalwiz = 1, answers = { follow_up = { level4_claim = true } } }, {}, "x.yaml")
  eq(run(by_id("level_needs_design"), doc).status, "fail")
end)

test("the check's list of earlier steps is the pack's prerequisites, all the way down", function()
  -- steps_in_order keeps its own copy (a pack file cannot see the pack);
  -- it must agree with the step files
  local gating = require("evalwiz.gating")
  local text = host.readtext(srcdir .. "/wizard/consistency.lua")
  for _, s in ipairs(pack.steps) do
    local want = gating.prerequisites(pack, s.id)
    local list = {}
    for _, id in ipairs(want) do if id ~= "opening" then list[#list + 1] = '"' .. id .. '"' end end
    if #list > 0 then
      local at = string.find(text, "\n  " .. s.id .. " = {", 1, true)
      local line = at and string.match(string.sub(text, at, at + 400), "^\n  [%w_]+ = (%b{})")
      ok(line, "no BUILDS_ON entry for " .. s.id)
      local got = {}
      for id in line:gmatch('"[%w_]+"') do got[#got + 1] = id end
      eq(got, list, s.id)
    end
  end
end)
