-- The glossary: the default pack's terms and the lookups the wizard and
-- `evalwiz glossary` use.
local glossary = require("evalwiz.glossary")
local pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")

local function terms(list)
  local out = {}
  for _, e in ipairs(list) do out[#out + 1] = e.term end
  return out
end

test("the default pack has at least 45 well-formed terms", function()
  ok(#pack.glossary >= 45, "only " .. #pack.glossary .. " terms")
  eq(glossary.problems(pack.glossary), {})
  for _, e in ipairs(pack.glossary) do
    ok(#e.definition >= 40, e.term .. ": a definition should explain, not just expand")
    ok(e.definition:match("%.$"), e.term .. ": the definition should end with a full stop")
  end
end)

test("the terms the brief and the issue name are all there", function()
  for _, name in ipairs({ "ICC", "ITT", "RCT", "QED", "MDES", "DiD", "RDD", "ITS", "SROI", "NPV", "BCR",
      "DPIA", "fidelity", "dose", "reach", "attrition", "counterfactual", "effect size", "power",
      "theory of change", "logic model", "blueprint", "regression to the mean", "deadweight",
      "discount rate", "sensitivity analysis", "NL2", "NE", "cluster randomised trial", "stepped wedge",
      "propensity score matching", "baseline equivalence", "contamination", "design effect" }) do
    ok(glossary.find(pack, name), name)
  end
end)

test("find is case-insensitive and knows abbreviations and synonyms", function()
  eq(glossary.find(pack, "ICC").term, "Intraclass correlation")
  eq(glossary.find(pack, "icc").term, "Intraclass correlation")
  eq(glossary.find(pack, "  Intention-To-Treat ").term, "Intention to treat")
  eq(glossary.find(pack, "itt").term, "Intention to treat")
  eq(glossary.find(pack, "drop-out").term, "Attrition")
  eq(glossary.find(pack, "dropout").term, "Attrition")
  eq(glossary.find(pack, "control group").term, "Comparison group")
  eq(glossary.find(pack, "randomization").term, "Randomisation")
  eq(glossary.find(pack, "did").term, "Difference-in-differences")
  eq(glossary.find(pack, "difference in differences").term, "Difference-in-differences")
  eq(glossary.find(pack, "pre_post").term, "Pre-post design")
end)

test("find tolerates plurals", function()
  eq(glossary.find(pack, "RCTs").term, "Randomised controlled trial")
  eq(glossary.find(pack, "outcomes").term, "Outcome")
  eq(glossary.find(pack, "pilot studies").term, "Pilot study")
  eq(glossary.find(pack, "sensitivity analyses").term, "Sensitivity analysis")
  eq(glossary.find(pack, "clusters").term, "Cluster")
end)

test("an unknown term gives nothing but near suggestions", function()
  local e, sug = glossary.find(pack, "fidelty")
  eq(e, nil)
  eq(sug[1], "Fidelity")
  local _, sug2 = glossary.find(pack, "randomised")
  ok(#sug2 >= 1, "part of a term suggests it")
  local _, none = glossary.find(pack, "xylophone")
  eq(#none, 0)
  eq(getmetatable(none).__kind, "seq")
  eq(glossary.find(pack, ""), nil)
end)

test("terms_in lists the terms a help text uses, in order, once each", function()
  local got = terms(glossary.terms_in(pack,
    "Say how many families you expect to lose (attrition) and whether the RCT analysis is by ITT. Attrition matters."))
  eq(got, { "Attrition", "Randomised controlled trial", "Intention to treat" })
end)

test("terms_in prefers the longer term and knows plurals and hyphens", function()
  eq(terms(glossary.terms_in(pack, "The minimum detectable effect size is 0.3.")), { "Minimum detectable effect size" })
  eq(terms(glossary.terms_in(pack, "Two pilot studies and three RCTs")), { "Pilot study", "Randomised controlled trial" })
  eq(terms(glossary.terms_in(pack, "a cost benefit analysis")), { "Cost-benefit analysis" })
  eq(terms(glossary.terms_in(pack, "A Theory-Of-Change")), { "Theory of change" })
end)

test("terms_in matches abbreviations only in their own case", function()
  eq(terms(glossary.terms_in(pack, "What did you find?")), {})
  eq(terms(glossary.terms_in(pack, "We used DiD.")), { "Difference-in-differences" })
  eq(terms(glossary.terms_in(pack, "the icc was small")), {}, "lower-case icc is not the abbreviation")
  eq(terms(glossary.terms_in(pack, "ICCs from other studies")), { "Intraclass correlation" })
  eq(#glossary.terms_in(pack, ""), 0)
  eq(#glossary.terms_in(pack, nil), 0)
end)

test("terms_in finds names whose first word is short, and texts with control bytes", function()
  -- names filed under fewer than three letters, and the fallback for a
  -- text that holds the byte terms_in marks words with
  eq(terms(glossary.terms_in(pack, "a p-value and a 95% confidence interval, SD 2")),
    { "Statistical significance", "Confidence interval", "Standard deviation" })
  eq(terms(glossary.terms_in(pack, "\1ICCs\2 and \1pilot studies\2, a p value")),
    { "Intraclass correlation", "Pilot study", "Statistical significance" })
  eq(terms(glossary.terms_in(pack, "\2theory of change\1")), { "Theory of change" })
end)

test("problems reports a term without a definition and a name used twice", function()
  local p = glossary.problems({
    { term = "A", definition = "x" }, { term = "B" }, { term = "C", aliases = { "a" }, definition = "y" }, {},
  })
  eq(#p, 3)
  matches(p[1], '"B" needs a definition')
  matches(p[2], '"a" is both "A" and "C"')
  matches(p[3], "entry 4 needs a term")
end)

test("the text forms", function()
  local t = glossary.format_entry(glossary.find(pack, "ITT"))
  matches(t, "^Intention to treat %(ITT, ")
  matches(t, "\n    Analysing everyone")
  local all = glossary.format_all(pack)
  matches(all, "^Acceptability")
  ok(all:find("Attribution", 1, true) < all:find("Attrition", 1, true), "alphabetical")
  for line in all:gmatch("[^\n]+") do ok(#line <= 80, "too long: " .. line) end
end)

test("every term a question's help names (terms = {...}) is in the glossary", function()
  local missing = {}
  local function check(f, where)
    for _, t in ipairs(type(f.terms) == "table" and f.terms or {}) do
      if not glossary.find(pack, t) then missing[#missing + 1] = where .. ": " .. t end
    end
    for _, c in ipairs(f.columns or {}) do check(c, where .. "." .. c.id) end
  end
  for _, s in ipairs(pack.steps) do
    for _, f in ipairs(s.fields) do check(f, s.id .. "." .. f.id) end
  end
  eq(missing, {})
end)

test("the names the default pack's questions use for terms are found", function()
  for _, t in ipairs({ "activities", "adaptation", "administrative data", "assumption", "business as usual",
      "comparator", "completion", "context", "core components", "correlation", "cost analysis", "data linkage",
      "independent evaluation", "indicated", "indicator", "informant", "informed consent", "inputs", "manual",
      "missing data", "outcome monitoring", "perspective", "price base", "protective factor", "pseudonymisation",
      "recruitment", "research ethics", "risk factor", "set-up costs", "statistical analysis plan", "supervision",
      "targeted", "time horizon", "unit cost", "universal", "evidence level", "regression discontinuity",
      "primary outcome", "secondary outcome", "mechanism", "dose", "fidelity" }) do
    ok(glossary.find(pack, t), t)
  end
end)
