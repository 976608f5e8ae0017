-- checks.lua: every validator the default pack uses, both ways, and the
-- helpers behind its panels.
local checks = require("evalwiz.checks")
-- the default pack's own helpers (wizard/eif.lua), as the pack loads them
local default_pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")
local eif = require("evalwiz.pack").module(default_pack, "eif")

test("an outcome that is really an output is caught", function()
  for _, t in ipairs({ "number of sessions delivered", "Number of families reached", "Sessions attended",
    "120 parents attended the course", "Referrals to the service", "Staff trained in the programme",
    "Workshops run in schools", "How many parents complete" }) do
    matches(checks.outcome_is_output(t) or "", "sounds like an output", t)
  end
end)

test("a real outcome is not called an output", function()
  for _, t in ipairs({ "Fewer child behaviour problems at home", "Lower parental stress", "Better school readiness",
    "Improved school attendance", "Reduced harsh parenting", "Warmer parent-child relationship", "", 42 }) do
    eq(checks.outcome_is_output(t), nil, tostring(t))
  end
end)

test("outputs among a list or a column of records", function()
  matches(checks.outputs_among({ "Lower parental stress", "number of sessions delivered" }), '"number of sessions delivered"')
  eq(checks.outputs_among({ "Lower parental stress" }), nil)
  matches(checks.outputs_among({ { outcome = "Groups delivered" } }, "outcome"), "Groups delivered")
  eq(checks.outputs_among({ { outcome = "Less harsh parenting" } }, "outcome"), nil)
  eq(checks.outputs_among(nil), nil)
end)

test("a warning wraps a message and passes nil through", function()
  eq(checks.warn(nil), nil)
  eq(checks.warn("x"), { severity = "warning", message = "x" })
end)

test("a measure with no timepoint is caught", function()
  local rows = {
    { measure = "ECBI", timepoints = { "baseline", "end" } },
    { measure = "Parenting Scale" },
    { measure = "PSI", timepoints = {} },
  }
  eq(checks.measures_without_timepoint(rows),
    "no timepoint for Parenting Scale, PSI: say when each measure is taken (at least before and after the programme)")
  eq(checks.measures_without_timepoint({ { measure = "ECBI", timepoints = { "baseline", "end" } } }), nil)
  eq(checks.measures_without_timepoint({ { timepoints = nil } }):match("row 1") ~= nil, true)
end)

test("a measure with no baseline is caught", function()
  matches(checks.measures_without_baseline({ { measure = "ECBI", timepoints = { "end" } } }), "ECBI has no baseline")
  eq(checks.measures_without_baseline({ { measure = "ECBI", timepoints = { "baseline", "end" } } }), nil)
end)

test("causal claims are recognised sentence by sentence, negations excepted", function()
  ok(checks.claims_impact("The pilot will show the impact of the programme on behaviour."), "impact")
  ok(checks.claims_impact("Scores fell.\nThis proves the\nprogramme works."), "across lines")
  ok(not checks.claims_impact("The pilot cannot show the programme caused the change."), "negated")
  ok(not checks.claims_impact("Scores will be compared before and after."), "no causal word")
  ok(not checks.claims_impact(nil), "nil")
end)

test("a correct statement of what a pilot shows is not a claim; a real claim is", function()
  -- the trial's pilot answer: "improve" holds "prove", "workshops" holds "works"
  ok(not checks.claims_impact("It can show whether scores improve over the ten weeks and whether families "
    .. "stay. It cannot show that the programme caused the change."), "improve is no proof")
  ok(not checks.claims_impact("It can show whether parents attend the workshops and complete them."), "workshops")
  ok(not checks.claims_impact("It can show how much scores improved, which is not proof of cause."), "negated proof")
  -- real claims, with the same words near
  ok(checks.claims_impact("Scores will improve, which will prove the programme works."), "proves it works")
  ok(checks.claims_impact("The improvement will be attributable to the programme."), "attributable")
  ok(checks.claims_impact("It can show whether scores improve. It will show the programme's impact."), "second sentence")
end)

test("a pre-post design described as showing impact is caught", function()
  matches(checks.pre_post_as_impact("pre_post", "l3", nil), "Level 2 at most")
  matches(checks.pre_post_as_impact("pre_post", "l4", nil), "Level 2 at most")
  matches(checks.pre_post_as_impact("pre_post", nil, "It will show the impact of the service."), "as showing impact")
  eq(checks.pre_post_as_impact("pre_post", "l2", "It shows change only; it cannot show impact."), nil)
  eq(checks.pre_post_as_impact("individual_rct", "l3", "It will show the impact of the service."), nil)
end)

test("a follow-up shorter than 12 months offered for Level 4 is caught", function()
  matches(checks.followup_for_level4(6, true), "a follow%-up of 6 months cannot support Level 4")
  eq(checks.followup_for_level4(12, true), nil)
  eq(checks.followup_for_level4(18, true), nil)
  eq(checks.followup_for_level4(6, false), nil)
  eq(checks.followup_for_level4(nil, true), nil)
end)

test("attrition not planned is caught", function()
  matches(checks.attrition_planned(nil, "a plan"), "say how many families you expect to lose")
  matches(checks.attrition_planned(20, nil), "you expect 20%% drop%-out but have not said how")
  matches(checks.attrition_planned(20, "   "), "have not said how")
  eq(checks.attrition_planned(20, "Vouchers and home visits."), nil)
  eq(checks.attrition_planned(0, "We will still chase everyone."), nil)
end)

test("excluding participants from the analysis is caught", function()
  matches(checks.itt_planned(false), "intention to treat")
  eq(checks.itt_planned(true), nil)
  eq(checks.itt_planned(nil), nil)
end)

test("names from earlier steps, in order, without repeats", function()
  local a = {
    theory_of_change = { primary_outcome = "A", secondary_outcomes = { "B", " A " } },
    logic_model = { outcomes = { { outcome = "C" }, { outcome = "B" } }, activities = { "X", "Y" },
      outputs = { { output = "O1" } } },
  }
  eq(eif.outcome_names(a), { "A", "B", "C" })
  eq(eif.activity_names(a), { "X", "Y" })
  eq(eif.output_names(a), { "O1" })
  eq(eif.outcome_names({}), {})
  eq(#checks.options_from({}, "(none)"), 1)
  eq(checks.options_from({ "A" })[1], { value = "A", label = "A" })
end)

test("the outcomes as options: one list while the answers it read are the same", function()
  local memo = require("evalwiz.memo")
  local core = require("evalwiz.core")
  local doc = { answers = {
    theory_of_change = { primary_outcome = "A", secondary_outcomes = { "B" } },
    logic_model = { outcomes = { { outcome = "C" } } },
  } }
  core.state.doc = doc
  memo.changed()
  local function opts() return memo.get("t\0" .. tostring({}), function(view) return eif.outcome_options(view, "(none)") end) end
  local first = opts()
  eq(first, checks.options_from({ "A", "B", "C" }), "the options of the names")
  ok(rawequal(opts(), first), "the same answers: the same list")
  doc.answers.logic_model.outcomes[2] = { outcome = "D" }
  memo.changed("logic_model", "outcomes")
  local second = opts()
  eq(#second, 4, "an outcome added: a new list with it")
  ok(not rawequal(second, first), "not the list made before")
  -- a plain table (not an answer view) gets a list of its own each time
  local plain = { theory_of_change = { primary_outcome = "A" } }
  ok(not rawequal(eif.outcome_options(plain), eif.outcome_options(plain)), "plain tables: a list each")
  doc.answers = {}
  memo.changed()
  eq(memo.get("empty", function(view) return eif.outcome_options(view, "(none yet)") end)[1].label, "(none yet)",
    "no names: the placeholder's words")
  core.state.doc = nil
  memo.changed()
end)

test("dosage, money and cost totals", function()
  eq(checks.dosage(12, 120, "weekly", 12), "12 sessions of 120 minutes, weekly, over 12 weeks (24 hours in all)")
  eq(checks.dosage(1, nil, nil, nil), "1 session")
  eq(checks.dosage(nil), nil)
  eq(checks.money(79918), "£79,918")
  eq(checks.money(1331.97), "£1,332")
  eq(checks.money(12.5), "£12.50")
  eq(checks.money(-1500), "-£1,500")
  local s = checks.cost_summary({
    { quantity = 10, unit_cost = 5, kind = "setup" },
    { quantity = 2, unit_cost = 100, kind = "recurrent" },
    { quantity = 3 },
  }, 10, 5)
  eq(s.setup, 50)
  eq(s.recurrent, 200)
  eq(s.total, 250)
  eq(s.per_participant, 25.0)
  eq(s.per_completer, 50.0)
  eq(s.incomplete, 1)
end)

test("the MDES inputs follow the design and take off drop-out", function()
  eq(checks.calc_design("cluster_rct"), "cra2")
  eq(checks.calc_design("individual_rct", "cluster"), "cra2")
  eq(checks.calc_design("pre_post"), "prepost")
  eq(checks.calc_design("matched"), "matched")
  eq(checks.calc_design("did"), "ira")
  eq(checks.calc_design("its"), nil)
  eq(checks.calc_design("its", "cluster"), nil)
  eq(checks.calc_design(nil, "cluster"), nil)
  local a = { impact = { design = "individual_rct", participants = 300, attrition = 20, r2 = 0.4 } }
  local args = eif.analysed_inputs(a)
  eq(args.design, "ira")
  eq(args.n, 240)
  eq(args.r2, 0.4)
  eq(args.alpha, 0.05)
  local c = eif.analysed_inputs({ impact = { design = "cluster_rct", clusters = 20, cluster_size = 15, icc = 0.1, attrition = 20 } })
  eq(c.clusters, 20)
  eq(c.cluster_size, 12)
  eq(c.r2, nil)
  local c2 = eif.analysed_inputs({ impact = { design = "cluster_rct", clusters = 20, cluster_size = 15, icc = 0.1, r2 = 0.5 } })
  eq(c2.r2_1, 0.5)
  eq(c2.r2_2, 0.5)
  local pp = eif.analysed_inputs({ impact = { design = "pre_post", participants = 40 }, pilot_outcome = { correlation = 0.7 } })
  eq(pp.design, "prepost")
  eq(pp.r, 0.7)
  eq(pp.r2, nil)
  local none, why = eif.analysed_inputs({ impact = { design = "cluster_rct", clusters = 20 } })
  eq(none, nil)
  matches(why, "clusters and the families per cluster")
  local _, its = eif.mdes_inputs({ impact = { design = "its" } })
  matches(its, "time points")
end)

test("run_mdes guards the calculator", function()
  local fake = { mdes = function(args) return { mdes = 2.8 / math.sqrt(args.n), df = args.n - 2, multiplier = 2.8 } end }
  local res = eif.impact_mdes(fake, { impact = { design = "individual_rct", participants = 100 } })
  near(res.mdes, 0.28, 1e-9)
  local _, why = checks.run_mdes(nil, {})
  matches(why, "not available")
  local _, msg = checks.run_mdes({ mdes = function() return nil, "too few clusters" end }, {})
  eq(msg, "too few clusters")
  local _, err = checks.run_mdes({ mdes = function() error("boom") end }, {})
  matches(err, "boom")
end)

test("unvalidated measures and an under-powered sample are caught", function()
  matches(checks.unvalidated_measures({ { measure = "Home-made form", validated = "not_validated" }, { measure = "ECBI", validated = "validated" } }),
    "^Home%-made form is not validated")
  eq(checks.unvalidated_measures({ { measure = "ECBI", validated = "partly" } }), nil)
  matches(checks.underpowered(0.4, 0.3), "smallest effect the study can reliably detect is 0.40, larger than the 0.30")
  eq(checks.underpowered(0.28, 0.3), nil)
  eq(checks.underpowered(nil, 0.3), nil)
end)
