-- The plan health check: EIF's six pitfalls, each pass, warn or n/a.
-- the default pack's modules (wizard/health.lua, advise.lua), as the pack loads them
local default_pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")
local health = require("evalwiz.pack").module(default_pack, "health")
local advise = require("evalwiz.pack").module(default_pack, "advise")
advise.set_power(nil)

local function by_id(list)
  local t = {}
  for _, r in ipairs(list) do t[r.id] = r end
  return t
end

local GOOD = {
  stage = 6, randomise = "yes", unit = "individual", design = "individual_rct", n = 400, effect = 0.3,
  attrition = 10, differential_attrition = 2, itt = true, measures_validated = true, followup_months = 12,
}

local function with(extra)
  local f = {}
  for k, v in pairs(GOOD) do f[k] = v end
  for k, v in pairs(extra) do if v == "nil" then f[k] = nil else f[k] = v end end
  return by_id(health.check(f))
end

test("six checks in EIF's order with id, title, status and reason", function()
  local list = health.check(GOOD)
  eq(#list, 6)
  local order = {}
  for _, r in ipairs(list) do
    order[#order + 1] = r.id
    ok(r.title ~= "" and r.reason ~= "", r.id)
    eq(getmetatable(r).__order, { "id", "title", "status", "reason" })
  end
  eq(order, { "comparison_group", "attrition", "exclusions", "measures", "sample_size", "follow_up" })
  eq(getmetatable(list).__kind, "seq")
end)

test("a well-planned trial passes every check", function()
  for id, r in pairs(with({})) do eq(r.status, "pass", id .. ": " .. r.reason) end
end)

test("comparison group: pre-post and an uncontrolled time series warn; designs with one pass", function()
  local r = with({ design = "pre_post" }).comparison_group
  eq(r.status, "warn")
  matches(r.reason, "Level 2")
  eq(with({ design = "its", comparison = "none" }).comparison_group.status, "warn")
  eq(with({ design = "its", comparison = "natural" }).comparison_group.status, "pass")
  for _, d in ipairs({ "cluster_rct", "stepped_wedge", "rdd", "did", "matched" }) do
    eq(with({ design = d }).comparison_group.status, "pass", d)
  end
  -- no design yet: judged from the facts
  eq(with({ design = "nil", randomise = "no", comparison = "waitlist" }).comparison_group.status, "pass")
  eq(with({ design = "nil", randomise = "no", comparison = "historical" }).comparison_group.status, "warn")
  eq(with({ design = "nil", randomise = "no", comparison = "none" }).comparison_group.status, "warn")
  local u = with({ design = "nil", randomise = "nil" }).comparison_group
  eq(u.status, "warn")
  matches(u.reason, "No design")
  eq(with({ design = "nil" }).comparison_group.status, "pass", "randomise = yes")
  eq(with({ design = "made_up" }).comparison_group.status, "pass", "an unknown design is ignored")
end)

test("attrition: unstated, high, differential, acceptable", function()
  matches(with({ attrition = "nil" }).attrition.reason, "not stated")
  eq(with({ attrition = "nil" }).attrition.status, "warn")
  local high = with({ attrition = health.ATTRITION_HIGH + 5 }).attrition
  eq(high.status, "warn")
  matches(high.reason, "25%% expected drop%-out is high")
  matches(high.reason, "about 134 for every 100")
  eq(with({ attrition = health.ATTRITION_HIGH }).attrition.status, "pass", "the threshold itself passes")
  local diff = with({ differential_attrition = health.DIFFERENTIAL_HIGH + 1 }).attrition
  eq(diff.status, "warn")
  matches(diff.reason, "by 6 points")
  eq(with({ design = "pre_post", differential_attrition = 30 }).attrition.status, "pass", "one group has no differential")
  matches(with({ differential_attrition = "nil" }).attrition.reason, "differ between the groups")
end)

test("intention to treat", function()
  eq(with({ itt = false }).exclusions.status, "warn")
  matches(with({ itt = "no" }).exclusions.reason, "completers")
  eq(with({ itt = "yes" }).exclusions.status, "pass")
  matches(with({ itt = "nil" }).exclusions.reason, "Not stated")
end)

test("measures: validated, partly, not, unstated", function()
  eq(with({ measures_validated = "validated" }).measures.status, "pass")
  eq(with({ measures_validated = "partly" }).measures.status, "warn")
  matches(with({ measures_validated = "partly" }).measures.reason, "partly")
  eq(with({ measures_validated = false }).measures.status, "warn")
  eq(with({ measures_validated = "not_validated" }).measures.status, "warn")
  matches(with({ measures_validated = "nil" }).measures.reason, "Not stated")
end)

test("sample size: from the plan's MDES, computed, too small, too few clusters", function()
  local r = with({ mdes = 0.25 }).sample_size
  eq(r.status, "pass")
  matches(r.reason, "0%.25")
  matches(r.reason, "plan's power calculation")
  eq(with({ mdes = 0.35 }).sample_size.status, "warn", "0.35 is more than the 0.3 expected")
  local big = with({ effect = "nil", mdes = health.SMALL_SAMPLE_MDES + 0.05 }).sample_size
  eq(big.status, "warn")
  matches(big.reason, "0%.45")
  eq(with({ effect = "nil", mdes = health.SMALL_SAMPLE_MDES }).sample_size.status, "pass")
  local computed = with({ n = 100 }).sample_size
  eq(computed.status, "warn")
  matches(computed.reason, "0%.56")
  matches(computed.reason, "large%-sample")
  eq(with({ n = "nil" }).sample_size.status, "warn")
  matches(with({ n = "nil" }).sample_size.reason, "No sample size")
  local cl = with({ design = "cluster_rct", unit = "cluster", clusters = 8, cluster_size = 20 }).sample_size
  eq(cl.status, "warn")
  matches(cl.reason, "Only 8 groups")
  eq(with({ design = "its", n = "nil" }).sample_size.status, "na")
  eq(with({ design = "nil", n = 1000 }).sample_size.status, "pass", "no design: an individual trial is assumed")
end)

test("follow-up: 12 months passes, shorter or none warns, pre-post is n/a", function()
  eq(with({ followup_months = 11 }).follow_up.status, "warn")
  matches(with({ followup_months = 6 }).follow_up.reason, "6 months")
  eq(with({ followup_months = "nil" }).follow_up.status, "warn")
  eq(with({ followup_months = 24 }).follow_up.status, "pass")
  eq(with({ design = "pre_post" }).follow_up.status, "na")
end)

test("before the feasibility study is done, everything is n/a", function()
  for id, r in pairs(with({ stage = 3, design = "nil" })) do
    eq(r.status, "na", id)
    matches(r.reason, "step 3")
  end
  for id, r in pairs(with({ design = "feasibility" })) do eq(r.status, "na", id) end
  eq(with({ stage = 3 }).comparison_group.status, "pass", "a design chosen early is still checked")
end)

test("the text form has a heading and one line per pitfall", function()
  local t = health.format_text(health.check({ design = "pre_post", n = 30 }))
  matches(t, "^Plan health check")
  matches(t, "\n  warn  A robust comparison group: ")
  matches(t, "\n  n/a   Long%-term follow%-up: ")
  for line in t:gmatch("[^\n]+") do ok(#line <= 80, "too long: " .. line) end
end)
