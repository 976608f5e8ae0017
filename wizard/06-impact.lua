-- Step 6: Impact evaluation: the first rigorous test of whether the service
-- causes the change, against a comparison group.
local eif = require("eif")
local advise = require("advise")
local facts = require("facts")
local rules = require("rules")

local function cluster(a)
  return checks.is_cluster(a.impact.design, a.impact.unit)
end

-- When the protocol's questions apply: a design with a comparison group
-- (not a one-group pre-post study), a randomised design, group delivery.
local RANDOMISED = { individual_rct = true, cluster_rct = true, stepped_wedge = true }
local function designed(a)
  return a.impact.design ~= nil
end
local function compared(a)
  local d = a.impact.design
  return d ~= nil and d ~= "pre_post"
end
local function randomised(a)
  return RANDOMISED[a.impact.design] == true
end
local function group_delivery(a)
  local m = a.blueprint.delivery_mode
  return m == "group" or m == "mixed"
end
local function answered(v)
  return v ~= nil and v ~= "" and not (type(v) == "table" and next(v) == nil)
end
-- Outcome assessors who know a family's group: their reports can lean
-- toward the result they expect.
local KNOWS_GROUP = { parent = true, child = true, practitioner = true }

-- Timepoints of the impact study, in months after allocation.
local TRIAL_TIMEPOINTS = {
  { "baseline", "baseline (before allocation)", help = "After consent and before the family learns its group." },
  { "m3", "3 months", help = "Usually the end of a 12-week programme." },
  { "m6", "6 months", help = "Six months after allocation." },
  { "m9", "9 months", help = "Nine months after allocation." },
  { "m12", "12 months", help = "A year after allocation." },
  { "m18", "18 months", help = "Eighteen months after allocation." },
  { "m24", "24 months", help = "Two years after allocation." },
  { "m36", "36 months", help = "Three years after allocation." },
}

local INFORMANTS = {
  { "parent", "parent or carer", help = "The parent fills in a questionnaire; parents in a trial know whether they had the programme." },
  { "child", "child", help = "The child answers, usually from age 8 or so; children may know their family's group." },
  { "teacher", "teacher or nursery staff", help = "Someone who sees the child in a setting and need not be told the family's group." },
  { "practitioner", "practitioner", help = "The person delivering the service; they know who took part, which can bias ratings." },
  { "observer", "independent observer", help = "A trained researcher who rates behaviour without knowing the family's group." },
  { "admin_data", "administrative records", help = "Data already recorded by schools, health or social care, for reasons unrelated to the study." },
}

local function outcome_options(a)
  return checks.options_from(eif.outcome_names(a), "(name outcomes in steps 1 and 2 first)")
end

local function fmt(x)
  return string.format("%.2f", x)
end

-- The MDES panel: what the planned sample can detect with the chosen
-- design, worked out by the pack's design rules (rules.power) as the
-- advisor and the health check do, with the ICC sensitivity line for
-- designs with groups and the comparisons that keep the figure honest.
local function sentence(s) return s:sub(1, 1):upper() .. s:sub(2) end

local function mdes_panel(a)
  if not (calc and calc.power) then return "The power calculator is not available in this build." end
  local i = a.impact
  local f = facts.from_answers(a)
  if not f.design then return "Choose a design to see the smallest effect it can detect." end
  local p, why = rules.power(f.design, f)
  if not p then return sentence(why) .. "." end
  local spec = p.spec
  local lines = {
    string.format("%s, %g%% significance level, %g%% power (%s):", sentence(p.sample), spec.alpha * 100, spec.power * 100, p.how),
  }
  if p.not_estimable then
    lines[#lines + 1] = sentence(p.not_estimable) .. "."
    return table.concat(lines, "\n")
  end
  local res = p.res
  if p.units == "rate" then
    local function side(t) return t and (t.p1 and string.format("%.1f%%", t.p1 * 100) or string.format("%.3g", t.rate1)) or "beyond reach" end
    local from = spec.outcome == "binary" and string.format("%.1f%%", spec.p0 * 100) or string.format("%.3g events", spec.rate0)
    lines[#lines + 1] = string.format("the smallest change it can reliably detect is from %s down to %s, or up to %s.", from, side(res.decrease), side(res.increase))
  elseif p.units == "noise" then
    lines[#lines + 1] = string.format("the smallest %s it can reliably detect is %s standard deviations of the series' own ups and downs; this is not an effect size on children's outcomes and cannot be compared with one.",
      spec.effect == "slope" and "change in trend" or "change in level", fmt(p.mdes))
  else
    lines[#lines + 1] = string.format("the smallest effect this study can reliably detect (MDES) is %s standard deviations%s.", fmt(p.mdes),
      p.change and " of change" or "")
    if res.mdes_exact and res.mdes_exact > res.mdes * 1.01 then
      lines[#lines + 1] = string.format("(With so few degrees of freedom the usual formula gives %s, which is too small; %s is the exact figure.)", fmt(res.mdes), fmt(p.mdes))
    end
  end
  if spec.icc or spec.icc2 then
    local key = spec.icc and "icc" or "icc2"
    local sens = {}
    for _, rho in ipairs({ 0.05, 0.10, 0.20 }) do
      local s = {}
      for k, v in pairs(spec) do s[k] = v end
      s[key] = rho
      local ok, r = pcall(calc.power.mdes, s)
      local v = ok and type(r) == "table" and calc.power.reported_mdes(r)
      sens[#sens + 1] = string.format("ICC %.2f: %s", rho, v and fmt(v) or "-")
    end
    if p.units == "sd" then lines[#lines + 1] = "If the ICC is different: " .. table.concat(sens, "; ") .. "." end
  end
  if spec.design == "sw" and res.parallel_mdes then
    lines[#lines + 1] = string.format("A parallel cluster trial measuring the same families once would detect %s; %s.", fmt(res.parallel_mdes),
      res.parallel_mdes < res.mdes and "it needs fewer groups for the same effect" or "the stepped wedge needs fewer groups for the same effect")
  end
  if spec.design == "pn" then
    local ok, flat = pcall(calc.power.mdes, { design = "ira", n = spec.n, r2 = spec.r2, alpha = spec.alpha, power = spec.power })
    if ok and type(flat) == "table" then
      lines[#lines + 1] = string.format("Delivering in groups adds %d%% to the MDES (%s if families were not grouped).",
        math.floor(100 * (p.mdes / calc.power.reported_mdes(flat) - 1) + 0.5), fmt(calc.power.reported_mdes(flat)))
    end
  end
  if f.design == "matched" or f.design == "did" then
    lines[#lines + 1] = "This assumes the comparison removes the differences between the groups; no calculation can check that."
  elseif f.design == "pre_post" then
    lines[#lines + 1] = "A pre-post design detects change, not impact (Level 2 at most)."
  end
  local few = rules.few_clusters(f.design, f)
  if few then lines[#lines + 1] = sentence(few) end
  if rules.pilot_sized(f.design, f, p) then
    lines[#lines + 1] = "At this size the study is a pilot trial: it tests recruitment, retention and the measures, not the effect (Level 2 at most)."
  end
  if p.units == "sd" and type(i.effect_size) == "number" then
    if i.effect_size < p.mdes then
      local need, words = rules.needed(f.design, f)
      lines[#lines + 1] = string.format("You expect %s: the study is under-powered%s.", fmt(i.effect_size),
        need and string.format("; it would need about %d %s analysed", need, words) or "; add participants (or groups) or baseline covariates")
    else
      lines[#lines + 1] = string.format("You expect %s: the study should be able to detect it.", fmt(i.effect_size))
    end
  elseif p.units == "rate" and p.detectable and (f.p1 or f.rate1) then
    local target = f.p1 or f.rate1
    local base = f.p0 or f.rate0
    local reach = (target > base and target >= p.detectable) or (target < base and target <= p.detectable)
    lines[#lines + 1] = reach and "The change you expect is within what it can detect." or "The change you expect is smaller than it can detect: the study is under-powered."
  end
  return table.concat(lines, "\n")
end

-- The design advisor's summary: the best designs for the plan's facts, the
-- highest evidence level it can support, and the warnings (F3 has the rest).
local function advice_panel(a)
  local f, err = advise.parse_facts({}, facts.from_plan(a))
  if not f then return "Cannot give advice yet: " .. tostring(err) end
  local adv = advise.advise(f)
  local out = {}
  for i, d in ipairs(adv.designs) do
    if i > 3 then break end
    out[#out + 1] = string.format("%d. %s (at most %s)", i, d.name, advise.level_name(d.level))
  end
  out[#out + 1] = "Highest level this plan can support: " .. advise.level_name(adv.max_level) .. ". " .. (adv.max_level_reason or "")
  for _, w in ipairs(adv.warnings) do out[#out + 1] = "! " .. w.message end
  return table.concat(out, "\n")
end

local DESIGNS = {
  { "individual_rct", "randomised controlled trial (individuals)", help = "Families are allocated at random to the service or to a comparison group (often a waiting list). The strongest design when you can control who gets a place." },
  { "cluster_rct", "cluster randomised trial", help = "Whole groups (children's centres, schools, teams) are allocated at random. Use it when the service is delivered to groups or families in one place would share what they learn; needs many clusters." },
  { "stepped_wedge", "stepped-wedge trial", help = "Everyone gets the service in the end, but the order in which sites start is decided at random. Suits a phased roll-out." },
  { "rdd", "regression discontinuity", help = "Compares families just above and just below a strict eligibility cut-off score. Needs a large sample near the cut-off." },
  { "did", "difference-in-differences", help = "Compares the change over time in your area or group with the change in a similar group that did not get the service. Assumes both would have changed alike." },
  { "matched", "matched comparison (propensity score)", help = "Each participating family is matched with a similar non-participating family using records such as age, need and history. Only as good as the data used to match." },
  { "its", "interrupted time series", help = "Uses many months of routine data before and after the start to see whether the level or trend changes. Needs a long, consistent series." },
  { "pre_post", "pre-post (no comparison group)", help = "Measures participants before and after only. Shows change, not impact: Level 2 at most." },
}

local COMPARISONS = {
  { "none", "no comparison group", help = "Only participants are measured." },
  { "waitlist", "a waiting list", help = "Families get the service later, after the final measurement; they form the comparison group meanwhile." },
  { "matched", "similar families matched from records", help = "Non-participating families chosen to resemble participants." },
  { "natural", "a natural comparison", help = "Families in areas or times where the service is not offered, for reasons unrelated to their need." },
  { "historical", "an earlier cohort", help = "Families from before the service started; the weakest comparison, as many other things change over time." },
  { "below_cutoff", "families just the other side of the eligibility cut-off", help = "For a regression discontinuity: families who scored just short of the cut-off and so did not get the service." },
}

return step {
  id = "impact",
  number = 6,
  title = "Impact evaluation",
  short = "Impact",
  level = "L3",
  leads_to = "evidence of short-term impact (EIF Level 3) from a positive, well-run study",
  prerequisites = { "pilot_outcome" },
  purpose = "Plan the first rigorous test of whether the service causes the change in children's outcomes, by comparing families who get it with similar families who do not.",
  guidance = [[
An impact evaluation asks what would have happened to the same families without the service (the counterfactual) and uses a comparison group to estimate it.
The strongest way to get a fair comparison is to decide at random who gets the service first (a randomised controlled trial); where that is impossible, a quasi-experimental design uses a carefully chosen comparison group instead.
The first questions below describe your situation; evalwiz's design advisor uses them to suggest designs.
Then come the sample size (the panel shows the smallest effect your study could detect), the outcomes, the analysis, and governance: an independent evaluator, ethics approval, data protection and data-sharing agreements.
EIF's six common pitfalls are all decided here: no robust comparison group, high drop-out, leaving participants out of the analysis, weak measures, small samples, and no long-term follow-up.
A well-run study of this kind, with a positive result, supports EIF Level 3.
(EIF evidence standards; EIF, Evaluating early intervention programmes: six common pitfalls, 2018; HM Treasury, Magenta Book.)]],
  fields = {
    textarea {
      id = "research_question",
      label = "What question will the impact evaluation answer?",
      help = "One sentence naming the service, the families, the comparison and the main outcome with its timing.",
      example = "Does Family Foundations, compared with usual support, reduce behaviour problems in children aged 3 to 7 six months after the programme ends?",
      required = true,
    },
    list {
      id = "objectives",
      label = "What are the study's objectives?",
      help = "What the study sets out to find, one per line: the main objective first (the effect on the primary outcome), then the others (secondary outcomes, how the programme is delivered, what it costs).",
      example = "Estimate the effect of Family Foundations on child behaviour problems 9 months after allocation; estimate its effects on harsh parenting, parental stress and the parent-child relationship; understand how it is delivered and taken up; estimate its cost per family",
      required = true,
      when = designed,
    },
    textarea {
      id = "hypothesis",
      label = "What do you expect to find?",
      help = "The main hypothesis, in one or two sentences: which group you expect to do better, on which outcome, by when. Researchers test this against the \"null hypothesis\" of no difference.",
      example = "Children whose parents are offered Family Foundations will have fewer behaviour problems (lower ECBI intensity scores) 9 months after allocation than children whose parents are offered usual support while waiting.",
      required = true,
      when = designed,
    },
    choice {
      id = "framework",
      label = "Is the study testing whether the programme is better, or no worse?",
      help = "Most evaluations ask whether the programme does better than the comparison (superiority). A study that asks whether a cheaper or shorter version is no worse than the full one needs a different sample size and analysis.",
      example = "superiority",
      required = true,
      when = compared,
      options = {
        { "superiority", "better than the comparison (superiority)", help = "The usual question: does the programme improve outcomes compared with what families would get otherwise?" },
        { "non_inferiority", "no worse than the comparison (non-inferiority)", help = "For a cheaper or shorter version: is it no worse than the full programme by more than a margin agreed in advance?" },
        { "exploratory", "exploratory", help = "A first look with no single hypothesis to test; the result cannot support a rating." },
      },
    },
    note {
      id = "situation_note",
      text = "The next questions describe your situation. They decide which designs are possible.",
    },
    yesno {
      id = "randomise",
      label = "Could you decide at random who gets the service first?",
      help = "Answer yes if you control who is offered a place (or when), and a fair lottery would be acceptable, for example because more families are referred than there are places, or because families would wait anyway.",
      example = "yes",
      terms = { "randomisation", "randomised controlled trial" },
      required = true,
    },
    choice {
      id = "unit",
      label = "Would you allocate individual families or whole groups?",
      help = "If the service is given to whole settings (a school, a centre, a team), or families in one place would share what they learn, allocate whole groups (clusters).",
      example = "individual",
      terms = { "cluster", "contamination" },
      required = true,
      options = {
        { "individual", "individual families", help = "Each family is allocated on its own." },
        { "cluster", "whole groups (clusters)", help = "Centres, schools, GP practices, wards or teams are allocated, and every family in them is in the same group." },
      },
    },
    text {
      id = "cluster_type",
      label = "What are the clusters?",
      help = "The kind of group that would be allocated.",
      example = "Children's centres",
      when = function(a) return a.impact.unit == "cluster" end,
    },
    textarea {
      id = "unit_reason",
      label = "Why allocate that way?",
      help = "Your reason for allocating families one by one or in whole groups. Think about whether families who share a group, a centre or a practitioner could pass the programme's ideas to comparison families, and whether the service could run with some families in and others out.",
      example = "Families are allocated one by one because each group is made up only of families allocated to the programme, and waiting families have no contact with the groups; centres already run waiting lists family by family.",
      terms = { "cluster", "contamination" },
      required = true,
      when = function(a) return a.impact.unit ~= nil end,
    },
    choice {
      id = "comparison",
      label = "Who would the comparison group be?",
      help = "The families whose outcomes stand for what would have happened without the service.",
      example = "waitlist",
      terms = { "comparison group", "counterfactual" },
      required = true,
      options = COMPARISONS,
    },
    textarea {
      id = "comparison_description",
      label = "Describe the comparison group and what support they get.",
      help = "Who they are, how they are chosen, and what support they receive meanwhile (usually the normal support available).",
      example = "Eligible families allocated to the waiting list get usual support (health visiting, nursery, early help key work) and are offered a place in a group after their 6-month follow-up questionnaires.",
      when = function(a) local c = a.impact.comparison return c ~= nil and c ~= "none" end,
    },
    textarea {
      id = "comparison_reason",
      label = "Why is this the right comparison?",
      help = "Your reason for this comparison group: what question it answers (the programme against what families would otherwise get), and why it is fair and acceptable to families and staff.",
      example = "Commissioners want to know whether the programme does better than the support families already get; a waiting list is acceptable because places are already rationed and every family is offered the programme within a year.",
      terms = { "comparison group", "comparator" },
      required = true,
      when = function(a) local c = a.impact.comparison return c ~= nil and c ~= "none" end,
    },
    number {
      id = "deferral_months",
      label = "How many months after allocation will waiting-list families be offered the programme?",
      help = "Once the waiting list gets the programme there is no comparison group any more: every measurement you want to compare must come before this.",
      example = 9,
      integer = true, min = 1, max = 120,
      unit = "months",
      terms = { "waiting-list control" },
      required = true,
      when = function(a) return a.impact.comparison == "waitlist" end,
    },
    yesno {
      id = "cutoff",
      label = "Is eligibility decided strictly by a score cut-off?",
      -- asked here only when step 1 has not asked it already (its answer is used)
      when = function(a) return a.theory_of_change.eligibility_score == nil end,
      help = "Yes if families qualify by scoring above a fixed number on an assessment and the rule is never bent. This makes a regression discontinuity design possible.",
      example = "no",
      terms = { "regression discontinuity" },
    },
    choice {
      id = "rollout",
      label = "Will the service start everywhere at once, or in phases?",
      help = "A service that must reach everyone but starts site by site can be evaluated by randomising the order of the sites.",
      example = "all",
      terms = { "stepped-wedge design" },
      options = {
        { "phased", "in phases, site by site", help = "Sites start at different times." },
        { "all", "everywhere at once", help = "All sites start together." },
      },
    },
    number {
      id = "timeseries_points",
      label = "How many months of consistent routine data exist before the start?",
      help = "For example monthly counts of referrals or school exclusions recorded the same way throughout. Around 12 or more points before the start make an interrupted time series possible.",
      example = 24,
      integer = true, min = 0,
      terms = { "interrupted time series" },
    },
    choice {
      id = "design",
      label = "Which design will you use?",
      help = "Choose with your academic partner; the design advisor ranks the designs your answers above allow. Designs with random allocation are the strongest.",
      example = "individual_rct",
      terms = { "randomised controlled trial", "quasi-experimental design" },
      required = true,
      options = DESIGNS,
      validate = function(v, a)
        -- the same findings the health check reads (rules.conflicts)
        local found = rules.conflicts(v, facts.from_answers(a))
        for _, c in ipairs(found) do
          if c.field == "error" then return c.message end
        end
        if found[1] then return checks.warn(found[1].message) end
      end,
    },
    textarea {
      id = "design_reason",
      label = "Why is this design the right one for your situation?",
      help = "Explain what makes the design possible and fair, and what it protects against.",
      example = "More eligible families are referred than there are places, so families already wait; allocating places by lottery and offering the waiting-list group a place after follow-up is fair and gives a like-for-like comparison.",
      required = true,
      validate = function(v, a)
        return checks.warn(checks.pre_post_as_impact(a.impact.design, nil, v))
      end,
    },
    choice {
      id = "target_level",
      label = "Which EIF evidence level is this study aiming for?",
      help = "A positive result from a well-run trial or quasi-experiment supports Level 3; Level 4 also needs a second rigorous study and an effect lasting a year or more. A pre-post study supports Level 2 at most.",
      example = "l3",
      terms = { "evidence level" },
      required = true,
      options = {
        { "l2", "Level 2: preliminary evidence", help = "Change measured, but causation cannot be assumed." },
        { "l3", "Level 3: short-term impact", help = "One rigorous study with a comparison group shows a positive effect." },
        { "l4", "Level 4: long-term impact", help = "Together with earlier studies: several rigorous studies, one with an effect lasting 12 months or more." },
      },
      validate = function(v, a) return checks.pre_post_as_impact(a.impact.design, v, nil) end,
    },
    note {
      id = "conduct_note",
      text = "Where the study runs and what each group gets.",
    },
    choice {
      id = "allocation_ratio",
      label = "How many families go to the programme for each one in the comparison group?",
      help = "The allocation ratio. Equal groups (1:1) give the most precise answer for a given number of families; more in the programme group (2:1) can make a trial more acceptable, at the price of a larger sample.",
      example = "equal",
      terms = { "allocation ratio" },
      required = true,
      when = randomised,
      options = {
        { "equal", "1:1 (equal groups)", help = "One family to the programme for each family to the comparison group." },
        { "two_to_one", "2:1", help = "Two families to the programme for each one to the comparison group." },
        { "three_to_two", "3:2", help = "Three families to the programme for every two to the comparison group." },
        { "one_to_two", "1:2", help = "One family to the programme for every two to the comparison group." },
      },
    },
    textarea {
      id = "allocation_reason",
      label = "Why unequal groups?",
      help = "Unequal groups need more families for the same precision; say what you gain in return.",
      example = "Centres need full groups of ten to run; a 2:1 ratio fills them from the referrals we have.",
      terms = { "allocation ratio" },
      required = true,
      when = function(a) local r = a.impact.allocation_ratio return randomised(a) and r ~= nil and r ~= "equal" end,
    },
    textarea {
      id = "settings",
      label = "Where will the study take place?",
      help = "The areas, services and places where families are recruited and the programme is delivered, and roughly how many sites there are.",
      example = "Northbridge, a borough of 210,000 people in the north of England: four children's centres run by the council, recruiting families referred by 60 health visitors, 45 nurseries and 30 primary schools.",
      required = true,
      when = designed,
    },
    textarea {
      id = "site_criteria",
      label = "Which sites and practitioners can take part?",
      help = "What a centre, school or team must have to take part (a room, a creche, enough referrals), and what practitioners must have done before they deliver in the study (training, accreditation).",
      example = "Centres with a group room and creche and at least 30 referrals a year; practitioners who hold the developer's accreditation and have delivered at least one group before the study starts.",
      required = true,
      when = designed,
    },
    textarea {
      id = "adherence",
      label = "How will you encourage families to attend, and record how much they receive?",
      help = "What the service does to help families come to sessions and keep going, and how attendance and home practice are recorded, so the analysis can say how much of the programme families received.",
      example = "Reminder texts the day before each session, a creche and travel costs, and a catch-up visit after a missed session; practitioners record attendance and home practice for every family in the case system.",
      terms = { "dose", "completion" },
      required = true,
      when = designed,
    },
    textarea {
      id = "modifications",
      label = "When would a family's programme be changed or stopped?",
      help = "The circumstances in which a practitioner would change what a family gets, or stop it (a safeguarding concern, a crisis, a family asking to leave), and what happens to the family's place in the study.",
      example = "If a safeguarding concern arises the family is referred under the council's procedures and may pause the programme; families who stop attending stay in the study and are still asked for questionnaires.",
      required = true,
      when = designed,
    },
    textarea {
      id = "usual_care",
      label = "What other support can families in both groups get during the study?",
      help = "Usual care: the services families can use whether or not they get the programme (health visiting, GP, early help), and anything that is ruled out during the study, such as another parenting course.",
      example = "All families keep health visiting, nursery or school support, GP care and early help key work. Families in either group may be referred to child mental health services if needed; we record every other service they use.",
      terms = { "business as usual" },
      required = true,
      when = designed,
    },
    note {
      id = "randomisation_note",
      text = "How families are allocated at random, and how the allocation is kept fair.",
      when = randomised,
    },
    textarea {
      id = "sequence_generation",
      label = "How will the random allocation list be made?",
      help = "Who makes the list of allocations and how: usually a statistician not involved in recruiting, with a computer program or an online randomisation service, so no one can predict the next allocation.",
      example = "A statistician at the university's clinical trials unit, who has no contact with families, produces the allocation sequence with a computer program and loads it into the unit's web-based randomisation service.",
      terms = { "randomisation" },
      required = true,
      when = randomised,
    },
    choice {
      id = "stratification",
      label = "Will the allocation be balanced on anything?",
      help = "Simple randomisation can leave the groups unbalanced by chance, most of all in small trials. Stratifying (randomising separately within, for example, each centre) or minimising keeps the groups alike on factors that matter.",
      example = "stratified",
      terms = { "stratification" },
      required = true,
      when = randomised,
      options = {
        { "simple", "no: simple randomisation", help = "Each family is allocated by lot, with nothing balanced." },
        { "blocks", "equal numbers over time (blocks)", help = "Allocations are made in small random blocks so the groups stay the same size as the trial goes on." },
        { "stratified", "yes: separately within groups of families (strata)", help = "For example within each centre, so each centre has a similar number in each group." },
        { "minimisation", "yes: by minimisation", help = "Each family is allocated to keep the groups as alike as possible on the chosen factors, with a random element." },
      },
    },
    list {
      id = "stratification_factors",
      label = "Which factors?",
      help = "The factors the allocation balances, one per line. The analysis should adjust for the same ones.",
      example = "Children's centre; child's baseline ECBI score above or below 150",
      terms = { "stratification" },
      required = true,
      when = function(a) local s = a.impact.stratification return randomised(a) and (s == "stratified" or s == "minimisation") end,
    },
    textarea {
      id = "randomiser",
      label = "Who will enrol families, and who will tell them their group?",
      help = "Name the roles: who checks eligibility and takes consent, who requests the allocation, and who tells the family. The people who enrol families must not be able to choose or foresee the allocation.",
      example = "Research assistants check eligibility, take consent and complete the baseline questionnaires, then request the allocation from the web service; the centre's programme coordinator tells the family its group.",
      terms = { "randomisation" },
      required = true,
      when = randomised,
    },
    textarea {
      id = "concealment",
      label = "How will the next allocation be kept hidden until a family has joined?",
      help = "Allocation concealment: how you make sure no one can know or change a family's group before the family is enrolled, for example by allocating through a web service only after consent and baseline are recorded.",
      example = "The web service releases a family's allocation only after their consent and baseline questionnaires are recorded, and keeps a dated log of every request; the sequence is never seen by anyone who recruits.",
      terms = { "allocation concealment" },
      required = true,
      when = randomised,
    },
    note {
      id = "sample_note",
      text = "Sample size and power: how many families (or clusters) you need to detect the effect you expect.",
    },
    number {
      id = "participants",
      label = "How many families will be recruited and allocated in total?",
      help = "Everyone who will be allocated, across both groups, before any drop-out. The panel works out how many will be analysed.",
      example = 360,
      integer = true, min = 2,
      terms = { "sample size" },
      required = true,
    },
    number {
      id = "clusters",
      label = "How many clusters will be allocated?",
      help = "The number of groups (centres, schools, teams) across both arms. In a cluster trial, the number of clusters matters far more than the number of families in each.",
      example = 20,
      integer = true, min = 2,
      terms = { "cluster" },
      required = true,
      when = cluster,
    },
    number {
      id = "cluster_size",
      label = "How many families will there be in each cluster?",
      help = "The average number of families taking part per cluster (for a stepped wedge, over the whole study: they are spread over its periods).",
      example = 15,
      min = 1,
      required = true,
      when = cluster,
    },
    number {
      id = "icc",
      label = "How alike are families within the same cluster (the ICC)?",
      help = "The intraclass correlation: the share of the differences in the outcome that lies between clusters rather than within them, from 0 to 1. Values for family services are rarely published; 0.05 to 0.2 is a common range. The panel shows results for 0.05, 0.10 and 0.20.",
      example = 0.05,
      min = 0, max = 1,
      terms = { "ICC" },
      required = true,
      when = cluster,
    },
    number {
      id = "effect_size",
      label = "How big an effect do you expect?",
      help = "The expected difference between the groups on the primary outcome, in standard deviations: 0.2 small, 0.5 medium. Use the pilot and studies of similar programmes, and be cautious: effects in trials are usually smaller than in pilots.",
      example = 0.3,
      min = 0, max = 5,
      terms = { "effect size", "MDES" },
      required = true,
      validate = function(v, a)
        if not (calc and calc.power) then return nil end
        local res = eif.impact_mdes(calc.power, a)
        return checks.warn(checks.underpowered(res and res.mdes, v))
      end,
    },
    number {
      id = "alpha",
      label = "What significance level will you use?",
      help = "The chance you accept of finding an effect that is not really there. The convention is 0.05 (5%); leave it unless your academic partner advises otherwise.",
      example = 0.05,
      default = 0.05,
      min = 0.001, max = 0.2,
      terms = { "statistical significance" },
    },
    number {
      id = "power",
      label = "What power do you want?",
      help = "The chance of detecting the effect if it is really there. The convention is 0.8 (80%); 0.9 is safer but needs more families.",
      example = 0.8,
      default = 0.8,
      min = 0.5, max = 0.99,
      terms = { "power" },
    },
    number {
      id = "r2",
      label = "How much of the outcome do baseline measures predict?",
      help = "The share (0 to 1) of the differences in the final outcome explained by measures taken before allocation, usually the same questionnaire at baseline. Using them in the analysis makes the study more precise. 0.3 to 0.5 is common when the baseline score is used; use 0 if unsure.",
      example = 0.4,
      min = 0, max = 0.99,
      terms = { "covariate" },
    },
    -- The calculator's questions for the chosen design (calc's block: each is
    -- asked only where the design needs it; rules.spec reads them).
    choice {
      id = "outcome_type",
      label = "What kind of measure is the primary outcome?",
      help = "A score on a questionnaire or scale is continuous. An outcome that either happens or not for each family (a child taken into care, a school exclusion) is a yes-or-no outcome; a number of events (police call-outs, A&E visits) is a count. The power calculation differs for each.",
      example = "continuous",
      default = "continuous",
      terms = { "effect size" },
      options = {
        { "continuous", "a score (continuous)", help = "Effects are in standard deviations of the score." },
        { "binary", "yes or no for each family", help = "Effects are a change in the share of families with the outcome." },
        { "count", "a number of events", help = "Effects are a change in the rate of events per family." },
      },
    },
    number {
      id = "baseline_rate",
      label = "What share of comparison families would have the outcome?",
      help = "The percentage expected without the service, from local records or earlier studies, for example 30% of children referred again within a year.",
      example = 30,
      unit = "%", min = 0.1, max = 99.9,
      when = function(a) return a.impact.outcome_type == "binary" end,
    },
    number {
      id = "target_rate",
      label = "What share do you expect with the service?",
      help = "The percentage you expect among families who get the service. The panel shows the smallest change the study can detect.",
      example = 22,
      unit = "%", min = 0.1, max = 99.9,
      when = function(a) return a.impact.outcome_type == "binary" end,
    },
    number {
      id = "baseline_events",
      label = "How many events would a comparison family have over the follow-up?",
      help = "The average number of events per family over the period measured, without the service, for example 1.8 police call-outs a year.",
      example = 1.8,
      min = 0,
      when = function(a) return a.impact.outcome_type == "count" end,
    },
    number {
      id = "target_events",
      label = "How many do you expect with the service?",
      help = "The average per family over the same period among families who get the service.",
      example = 1.4,
      min = 0,
      when = function(a) return a.impact.outcome_type == "count" end,
    },
    number {
      id = "sites",
      label = "In how many sites are families (or groups) allocated separately?",
      help = "If the lottery is run separately in each centre or area (blocking), give the number of sites; the calculation then allows for it. Leave empty if there is one lottery for everyone.",
      example = 4,
      integer = true, min = 2,
      when = function(a) local d = a.impact.design return d == "individual_rct" or d == "cluster_rct" end,
    },
    yesno {
      id = "group_delivery",
      label = "Is the service delivered to groups of families together?",
      help = "Families who attend the same group share a practitioner and each other's company, so their outcomes become alike; the study then needs more families. Answer yes for group programmes even when families are allocated one by one.",
      example = "yes",
      terms = { "cluster", "ICC" },
      when = function(a) return a.impact.design == "individual_rct" end,
    },
    number {
      id = "group_size",
      label = "How many families are in each group?",
      help = "The average number of families who attend one group together.",
      example = 10,
      min = 2,
      when = function(a) return a.impact.design == "individual_rct" and a.impact.group_delivery == true end,
    },
    number {
      id = "group_icc",
      label = "How alike do families in one group become (the ICC for groups)?",
      help = "The share of the differences in the outcome that lies between groups. Published values for group parenting programmes are often 0.01 to 0.10; if you have none, 0.05 is a cautious guess and the panel shows the result.",
      example = 0.05,
      min = 0, max = 0.99,
      terms = { "ICC" },
      when = function(a) return a.impact.design == "individual_rct" and a.impact.group_delivery == true end,
    },
    number {
      id = "cluster_size_cv",
      label = "How much do the clusters differ in size?",
      help = "The coefficient of variation of the number of families per cluster: the standard deviation of the sizes divided by their average. 0 means all the same size; 0.4 to 0.7 is common when centres differ. Unequal sizes need more clusters.",
      example = 0.4,
      min = 0, max = 3,
      when = cluster,
    },
    number {
      id = "cluster_dropout",
      label = "What share of clusters might withdraw after allocation?",
      help = "Whole centres or schools sometimes leave a trial, taking all their families with them. Give the percentage you expect; the panel works out the MDES with the clusters that stay.",
      example = 5,
      unit = "%", min = 0, max = 90,
      terms = { "attrition" },
      when = cluster,
    },
    number {
      id = "steps",
      label = "In how many steps will the clusters start the service?",
      help = "A stepped wedge starts a share of the clusters at each step, in an order drawn by lot, after one period in which none has the service. The clusters' families are measured in every period: one more than the number of steps.",
      example = 4,
      integer = true, min = 1,
      terms = { "stepped-wedge design" },
      when = function(a) return a.impact.design == "stepped_wedge" end,
    },
    number {
      id = "cutoff_share",
      label = "What share of families score on the service side of the cut-off?",
      help = "The percentage of scores that qualify. The regression discontinuity needs more families when the cut-off is near the middle of the scores: about 2.75 times a trial's sample at 50%.",
      example = 30,
      unit = "%", min = 1, max = 99,
      terms = { "regression discontinuity" },
      when = function(a) return a.impact.design == "rdd" end,
    },
    number {
      id = "points_after",
      label = "How many data points will there be after the start?",
      help = "For an interrupted time series: the number of months (or other periods) of the same routine data after the service starts, before the analysis.",
      example = 18,
      integer = true, min = 2,
      terms = { "interrupted time series" },
      when = function(a) return a.impact.design == "its" end,
    },
    number {
      id = "autocorrelation",
      label = "How closely does each month's figure follow the one before?",
      help = "The correlation between neighbouring points of the series after allowing for its trend, from its past. 0 means each month is independent; 0.2 to 0.5 is common for monthly counts. Higher values need more points.",
      example = 0.3,
      min = -0.9, max = 0.9,
      when = function(a) return a.impact.design == "its" end,
    },
    number {
      id = "matching_deff",
      label = "How much precision will matching or weighting cost (the design effect)?",
      help = "Weighting families to make the groups alike makes the sample count for less: the design effect is 1 plus the squared coefficient of variation of the weights. Your analyst can give it after a trial run of the matching; if unknown, 1.5 is a cautious guess.",
      example = 1.5,
      min = 1, max = 10,
      terms = { "propensity score matching" },
      when = function(a) return a.impact.design == "matched" end,
    },
    computed {
      id = "mdes_method",
      label = "How the smallest detectable effect is worked out",
      help = "The calculation the sample-size figures use for the chosen design, with its assumptions (the sources are in evalwiz's doc/calculators.md).",
      compute = function(a)
        local f = facts.from_answers(a)
        if not f.design or not rules.is_design(f.design) then return nil end
        local p = rules.power(f.design, f)
        if not p then return nil end
        local text = p.sample .. ", " .. p.how
        if p.not_estimable then text = text .. ": " .. p.not_estimable end
        return text
      end,
    },
    number {
      id = "attrition",
      label = "What share of families do you expect to lose before the final measurement?",
      help = "Attrition, as a percentage of everyone allocated. High drop-out is one of EIF's six common pitfalls: the families who stay may differ from those who leave.",
      example = 20,
      unit = "%", min = 0, max = 100,
      terms = { "attrition" },
      required = true,
      validate = function(v, a) return checks.attrition_planned(v, a.impact.attrition_plan) end,
    },
    number {
      id = "differential_attrition",
      label = "How much more drop-out might there be in one group than the other?",
      help = "The expected difference in drop-out between the groups, in percentage points. Waiting-list families often drop out more; a difference above about 5 points can bias the result.",
      example = 5,
      unit = "percentage points", min = 0, max = 100,
      terms = { "attrition" },
    },
    textarea {
      id = "attrition_plan",
      label = "How will you keep families in the study and reduce drop-out?",
      help = "What you will do in both groups so that families complete the final measures, even if they stop attending.",
      example = "Researchers, not practitioners, collect follow-up questionnaires at home or online; £15 vouchers at each follow-up; up to five contact attempts; we keep contact details updated at every session and through the waiting-list check-in calls.",
      terms = { "attrition", "retention" },
      required = true,
    },
    textarea {
      id = "effect_size_source",
      label = "Where does the expected effect size come from, and why is it the right target?",
      help = "Name the studies (or the pilot) the figure comes from, and say why it is worth finding: the smallest effect that would matter to families or commissioners. Effects in trials are usually smaller than in pilots and developer-led studies, so say how you allowed for that.",
      example = "Trials of group parenting programmes in the UK found effects of 0.3 to 0.5 on parent-reported behaviour; our pilot's before-and-after change was 0.5. We plan for 0.3, the lower end, because a trial effect is usually smaller than a pilot's change, and 0.3 is roughly the difference between the clinical range and the borderline range on the ECBI.",
      terms = { "effect size", "pilot study" },
      required = true,
      when = function(a) return type(a.impact.effect_size) == "number" end,
    },
    textarea {
      id = "r2_source",
      label = "Where does the share explained by baseline measures come from?",
      help = "The study or pilot that shows how well the baseline measures predict the final outcome (for a single baseline score, R² is about the square of the pre-post correlation).",
      example = "In our pilot the correlation between baseline and end-of-programme ECBI scores was 0.68, so the baseline score alone explains about 0.46 of the variation; we assume 0.4 to be cautious.",
      terms = { "covariate", "correlation" },
      required = true,
      when = function(a) local r = a.impact.r2 return type(r) == "number" and r > 0 end,
    },
    textarea {
      id = "icc_source",
      label = "Where does the ICC come from?",
      help = "Published values for similar outcomes and clusters, or your pilot. Values for family services are rarely published; say what you found and why the value is cautious.",
      example = "No ICC for children's centres is published for the ECBI; school-level ICCs for behaviour outcomes are 0.02 to 0.1. We assume 0.05 and show the MDES for 0.1 and 0.2.",
      terms = { "intraclass correlation" },
      required = true,
      when = function(a)
        local icc, c = a.impact.icc, cluster(a)
        return c and type(icc) == "number"
      end,
    },
    textarea {
      id = "attrition_source",
      label = "Why do you expect that much drop-out?",
      help = "Where the figure comes from: your pilot, your own records, or trials of similar services; and why the difference between the groups might be what you expect.",
      example = "In the pilot 20% of families missed the end-of-programme questionnaire; UK trials of parenting programmes lost 15% to 25% by 6 to 12 months. Waiting-list families are harder to keep in touch with, so we allow 5 points more loss in that group.",
      terms = { "attrition" },
      required = true,
      when = function(a) return type(a.impact.attrition) == "number" end,
    },
    number {
      id = "recruitment_per_month",
      label = "How many eligible families do you expect to join the study each month?",
      help = "Families referred, found eligible and agreeing to take part, per month, across all sites. Take it from your referral records or the pilot, allowing for families who say no.",
      example = 8,
      min = 0, max = 100000,
      unit = "families a month",
      terms = { "recruitment" },
      required = true,
      when = designed,
    },
    number {
      id = "recruitment_months",
      label = "Over how many months will you recruit?",
      help = "From the first family to the last, in months.",
      example = 48,
      integer = true, min = 1, max = 240,
      unit = "months",
      terms = { "recruitment" },
      required = true,
      when = designed,
    },
    number {
      id = "places_per_year",
      label = "How many programme places can the service offer in a year during the study?",
      help = "The number of families the service can take into the programme in a year (groups a year times families per group, or practitioners' caseloads). In a trial only the programme group takes places while the study runs.",
      example = 60,
      integer = true, min = 0, max = 1000000,
      unit = "families a year",
      terms = { "recruitment" },
      required = true,
      when = designed,
    },
    textarea {
      id = "recruitment_source",
      label = "Where do the recruitment figures come from?",
      help = "The records, pilot results or agreements behind the monthly rate and the number of places.",
      example = "The pilot recruited 60 families a year from four centres and 85% of eligible families agreed to take part; the trial adds referrals from schools, which the council's referral records suggest will add about 30 a year.",
      terms = { "recruitment" },
      required = true,
      when = designed,
    },
    yesno {
      id = "itt",
      label = "Will everyone allocated be analysed in the group they were allocated to?",
      help = "This is called intention to treat. Families who never attend, or who leave early, stay in the analysis in their original group. Analysing only those who completed breaks the fair comparison.",
      example = "yes",
      terms = { "intention to treat" },
      required = true,
      validate = function(v) return checks.warn(checks.itt_planned(v)) end,
    },
    note {
      id = "outcomes_note",
      text = "Outcomes: choose one primary outcome, decided now, before any data are seen.",
    },
    choice {
      id = "primary_outcome",
      label = "What is the primary outcome?",
      help = "The single outcome the study is designed and powered to test, picked from the outcomes you named earlier. The study succeeds or fails on this one.",
      example = "Fewer child behaviour problems at home",
      terms = { "primary outcome" },
      required = true,
      options = outcome_options,
    },
    text {
      id = "primary_measure",
      label = "How will the primary outcome be measured?",
      help = "The questionnaire, scale or record, and who completes it. Use a validated measure, ideally one used in the pilot.",
      example = "Eyberg Child Behavior Inventory (ECBI) intensity scale, parent report",
      terms = { "validity", "reliability" },
      required = true,
    },
    number {
      id = "primary_timepoint_months",
      label = "How many months after allocation is the primary outcome measured?",
      help = "The one time point the main result is based on, counted from allocation (when a family learns its group and the programme group starts). It must come before any comparison family is offered the programme.",
      example = 9,
      unit = "months", min = 0, max = 240,
      required = true,
    },
    yesno {
      id = "measures_validated",
      label = "Is the primary measure validated for families like yours?",
      help = "Answer yes if published studies show the measure is valid and reliable for this age group and population. Unvalidated or home-made measures are one of EIF's six common pitfalls.",
      example = "yes",
      terms = { "validity", "reliability" },
      required = true,
      validate = function(v)
        if v == false then
          return checks.warn("an unvalidated primary measure is one of EIF's six common pitfalls; use an established measure with published evidence for families like yours")
        end
      end,
    },
    choice {
      id = "primary_informant",
      label = "Who reports the primary outcome?",
      help = "Whose answers or records the primary measure uses. People who know a family's group (parents, children, practitioners) can report what they hope to see; a teacher, an observer who is not told the group, or routine records cannot.",
      example = "parent",
      terms = { "informant", "blind assessment" },
      required = true,
      when = designed,
      options = INFORMANTS,
    },
    choice {
      id = "primary_metric",
      label = "What will be compared: the score at that time, or the change since baseline?",
      help = "The primary outcome's metric. Comparing the final score, adjusted for the baseline score, is usually the most precise; change since baseline is easier to explain but less precise.",
      example = "final",
      required = true,
      when = designed,
      options = {
        { "final", "the score at that time point", help = "Each child's score at the time point; the baseline score goes into the analysis as a covariate." },
        { "change", "the change since baseline", help = "Each child's score at the time point minus their baseline score." },
        { "time_to_event", "the time until something happens", help = "For example the time until a child is excluded from school or referred to social care." },
      },
    },
    choice {
      id = "primary_aggregation",
      label = "How will the groups' results be summed up?",
      help = "The method of aggregation: the average score in each group, the middle (median) score, or the share of children above or below a cut-off.",
      example = "mean",
      required = true,
      when = designed,
      options = {
        { "mean", "the average (mean)", help = "The usual choice for questionnaire scores." },
        { "median", "the middle value (median)", help = "For very skewed scores." },
        { "proportion", "the share above or below a cut-off", help = "For example the share of children in the clinical range." },
      },
    },
    text {
      id = "primary_cutoff",
      label = "Which cut-off?",
      help = "The score that divides children, and where it comes from.",
      example = "ECBI intensity score of 132 or more (the published clinical cut-off)",
      required = true,
      when = function(a) return designed(a) and a.impact.primary_aggregation == "proportion" end,
    },
    textarea {
      id = "timepoint_reason",
      label = "Why measure the primary outcome at that time?",
      help = "Your reason for the primary time point: long enough after the programme for change to show and last, and before the comparison group gets the programme.",
      example = "Nine months after allocation is six months after the programme ends, long enough to see whether parents keep up what they learned, and it is the last point before waiting-list families are offered a group.",
      required = true,
      when = function(a) return type(a.impact.primary_timepoint_months) == "number" end,
    },
    multi {
      id = "secondary_outcomes",
      label = "Which secondary outcomes will you also measure?",
      help = "Other outcomes from your earlier steps, reported alongside the primary one. Keep the list short.",
      example = "Less harsh parenting, lower parental stress",
      terms = { "secondary outcome" },
      options = outcome_options,
    },
    records {
      id = "measures",
      label = "What will the study measure, from whom, and when?",
      help = "The impact study's own schedule of measures: one row per measure, with the outcome it measures, who reports it, and the months after allocation at which it is taken. Include the primary outcome at its time point, and each secondary outcome. This is the study's timetable, not the pilot's.",
      example = "outcome: fewer child behaviour problems at home; measure: ECBI intensity scale; informant: parent; timepoints: baseline, 3 months, 9 months",
      terms = { "informant", "baseline" },
      item_label = "measure",
      required = true,
      when = designed,
      validate = function(v)
        return checks.measures_without_timepoint(v)
      end,
      columns = {
        choice { id = "outcome", label = "Outcome", help = "The outcome this measures, from your earlier steps.", example = "Fewer child behaviour problems at home", options = outcome_options },
        text { id = "measure", label = "Measure", help = "The questionnaire, scale, observation or record.", example = "Eyberg Child Behavior Inventory (ECBI) intensity scale" },
        choice { id = "informant", label = "Who reports it?", help = "Whose answers or records the measure uses.", example = "parent", options = INFORMANTS },
        multi { id = "timepoints", label = "When (months after allocation)?", help = "Every point at which the measure is taken; include the baseline.", example = "baseline, 3 months, 9 months", options = TRIAL_TIMEPOINTS },
      },
    },
    multi {
      id = "blinding",
      label = "Who will not be told which group a family is in?",
      help = "In a trial of a service, families and practitioners always know. But the people who collect outcome data, the statistician who analyses it, and teachers who report outcomes can usually be kept unaware (blinded), which stops their expectations colouring the result. Tick each.",
      example = "people collecting outcome data, the statistician",
      terms = { "blind assessment" },
      required = true,
      when = compared,
      options = {
        { "assessors", "people collecting outcome data", help = "Research assistants who visit or phone families for questionnaires are not told the group, and families are asked not to say." },
        { "analysts", "the statistician", help = "The analysis is done with the groups coded A and B until it is finished." },
        { "teachers", "teachers or nursery staff reporting outcomes", help = "They are not told whether the family took part." },
        { "none", "no one", help = "Everyone involved knows the group; say why in the next question." },
      },
    },
    textarea {
      id = "blinding_details",
      label = "How will the group be kept from them, and when may it be revealed?",
      help = "What you do so they do not find out (separate staff, coded data, asking families not to say), how you will check it worked, and the circumstances in which someone may be told (for example a safeguarding concern).",
      example = "Follow-up visits are made by research assistants who do not work at the centres; families are asked at the start of each visit not to mention the programme; assessors record their guess of the group afterwards so we can report how often they were right. The statistician works on data coded A and B until the analysis is signed off.",
      terms = { "blind assessment" },
      required = true,
      when = compared,
    },
    textarea {
      id = "informant_bias",
      label = "The primary outcome is reported by someone who knows the family's group. What will you do about the bias this can bring?",
      help = "Parents who had the programme may report improvement because they hope for it, or because the programme taught them to see their child differently. Add at least one measure from someone who does not know the group (a teacher, a blinded observer, routine records), and say how you will compare the two.",
      example = "We add the teacher-reported SDQ (teachers are not told the family's group) and, for a random third of families, a 10-minute observed play task rated from video by an observer who does not know the group. Agreement between parent and teacher reports is reported alongside the primary result.",
      terms = { "informant", "blind assessment" },
      required = true,
      when = function(a) return compared(a) and KNOWS_GROUP[a.impact.primary_informant] == true end,
    },
    textarea {
      id = "analysis",
      label = "How will the results be analysed?",
      help = "The statistical model for the primary outcome and how the effect will be reported (with a confidence interval). Name the baseline measures in the next question, not here, so the plan lists them in one place. Your academic partner writes the full analysis plan.",
      example = "Linear regression of the 9-month ECBI score on allocated group and the baseline measures listed below, analysing every family in the group it was allocated to; the effect is reported with a 95% confidence interval.",
      terms = { "covariate", "statistical analysis plan" },
      required = true,
    },
    list {
      id = "covariates",
      label = "Which baseline measures will the analysis adjust for?",
      help = "Measures taken before allocation, one per line: the one list the analysis, the sample size (the share explained by baseline measures) and the protocol all use. Include the baseline score of the primary outcome and every factor the allocation was balanced on.",
      example = "Baseline ECBI score; child age; child sex; children's centre",
      terms = { "covariate" },
    },
    textarea {
      id = "missing_data",
      label = "How will you handle missing data?",
      help = "What you will do when some families' outcomes are missing: for example, multiple imputation using baseline information, plus a check of how much the answer changes under different assumptions.",
      example = "Multiple imputation using baseline scores and attendance, with a sensitivity analysis assuming missing families did worse; we will report how many are missing in each group and why.",
      terms = { "missing data", "sensitivity analysis" },
      required = true,
    },
    textarea {
      id = "estimand",
      label = "What exactly will the main result estimate?",
      help = "The estimand: the effect of what, on whom, compared with what, at what time, and how events such as families stopping the programme are treated. Usually: the effect of being offered the programme, for everyone allocated, whatever they attended.",
      example = "The difference in mean ECBI intensity score 9 months after allocation between all families allocated to Family Foundations and all families allocated to usual support while waiting, whatever their attendance (the effect of offering the programme).",
      terms = { "intention to treat" },
      required = true,
      when = compared,
    },
    textarea {
      id = "secondary_analysis",
      label = "How will the secondary outcomes be analysed?",
      help = "The model for each secondary outcome (usually the same as the primary one), and how the results will be reported.",
      example = "Each secondary outcome is analysed with the same model as the primary outcome, adjusting for its own baseline score, and reported as an effect size with a 95% confidence interval.",
      terms = { "secondary outcome" },
      required = true,
      when = compared,
    },
    textarea {
      id = "subgroups",
      label = "Which groups of families will you look at separately, and why?",
      help = "Pre-specified subgroup analyses: groups for which you have a reason to expect a different effect, named now so they are not chosen after seeing the data. Say that they are tested as interactions and treated as exploratory. Write \"none\" if there are none.",
      example = "Boys and girls; children above and below the ECBI clinical cut-off at baseline; mothers and fathers as the main carer. Each is tested as an interaction with the group and reported as exploratory.",
      required = true,
      when = compared,
    },
    textarea {
      id = "multiplicity",
      label = "How will you avoid being misled by testing many outcomes?",
      help = "Multiplicity: the more outcomes and time points you test, the more likely one looks significant by chance. Say how you guard against it: one primary outcome, a correction for several tests, or treating the rest as supporting evidence only.",
      example = "The trial has one primary outcome at one time point. The four secondary outcomes are reported with 95% confidence intervals and interpreted together, not as separate tests of success.",
      terms = { "statistical significance" },
      required = true,
      when = compared,
    },
    textarea {
      id = "cace",
      label = "How will you estimate the effect for families who took part as intended?",
      help = "Not every family offered the programme attends. A complier average causal effect (CACE) analysis estimates the effect for families who would attend, using the random allocation; it needs a definition of attending decided now (often the completion rule). Write \"not planned\" and why, if so.",
      example = "A complier average causal effect analysis, with attending at least 8 of 12 sessions (the completion rule) as compliance, estimated by instrumental variables with allocation as the instrument.",
      terms = { "completion", "per-protocol analysis" },
      required = true,
      when = compared,
    },
    textarea {
      id = "effect_size_formula",
      label = "How will the effect size be calculated?",
      help = "The formula that turns the difference between groups into standard deviations, and which standard deviation is used, so the result can be compared with other studies.",
      example = "Hedges' g: the adjusted difference in means from the analysis model divided by the pooled standard deviation of the outcome at baseline, with a 95% confidence interval.",
      terms = { "effect size", "standard deviation" },
      required = true,
      when = compared,
    },
    yesno {
      id = "analysis_clustering",
      label = "Will the analysis allow for families being in the same group?",
      help = "Families who attend the same group influence each other and share practitioners, so their results are more alike. If families are allocated one by one but the programme is delivered in groups, the analysis (and the sample size) should allow for it, for example with a random effect for group in the programme arm.",
      example = "yes",
      terms = { "cluster", "intraclass correlation" },
      required = true,
      when = function(a) return compared(a) and group_delivery(a) and not cluster(a) end,
    },
    textarea {
      id = "clustering_reason",
      label = "Why not allow for the groups?",
      help = "Your reason for treating families in the same group as independent, and how you will check it does not matter (for example by estimating the ICC between groups in a sensitivity analysis).",
      example = "Groups are small and each family attends only one; we will estimate the group ICC and repeat the analysis with a random effect for group as a sensitivity analysis.",
      terms = { "cluster", "intraclass correlation" },
      required = true,
      when = function(a) return compared(a) and group_delivery(a) and not cluster(a) and a.impact.analysis_clustering == false end,
    },
    textarea {
      id = "contamination",
      label = "Could comparison families be exposed to the service?",
      help = "Contamination: comparison families picking up the programme's ideas from participants or practitioners, which shrinks the difference. Say how likely it is and what you will do.",
      example = "Low risk: groups run at different times from waiting-list contact; practitioners will not share materials with waiting families. We will ask waiting families what support they received.",
      terms = { "contamination" },
    },
    yesno {
      id = "embedded_process",
      label = "Will a process study run alongside the trial?",
      help = "Recording delivery, fidelity and attendance during the trial explains the result, whatever it is.",
      example = "yes",
      terms = { "implementation and process evaluation" },
    },
    textarea {
      id = "process_evaluation",
      label = "What will the process study inside the trial look at, and how?",
      help = "Its questions, methods and sample: fidelity, attendance, what comparison families receive, how the programme is experienced, and how it may have worked. Analyse it, where you can, before the trial's results are known.",
      example = "Fidelity (session checklists and one observed session in four), attendance and home practice, interviews with 24 parents from both groups and with practitioners, and a survey of services used by waiting families; analysed before the outcome results are unblinded.",
      terms = { "implementation and process evaluation" },
      required = true,
      when = function(a) return a.impact.embedded_process == true end,
    },
    note {
      id = "conduct_safety_note",
      text = "Consent, data, oversight and safety.",
      when = designed,
    },
    textarea {
      id = "consent",
      label = "How will families be asked to agree to take part in the study?",
      help = "Consent to the study itself, not only to follow-up: who explains it, what families are given to read, how long they have to decide, how children are asked for their agreement, and that saying no does not affect the support they get.",
      example = "A research assistant explains the study at a home visit and leaves the information leaflet; the parent signs the consent form at a second visit at least two days later. Children aged 5 and over are asked for their agreement with a picture leaflet. Declining does not affect the family's place on the waiting list for support.",
      terms = { "informed consent" },
      required = true,
      when = designed,
    },
    choice {
      id = "consent_timing",
      label = "When is consent taken, relative to allocation?",
      help = "In most trials families agree before they are allocated, so their decision cannot depend on their group. In cluster trials sites are often allocated first; then families' consent comes after, and the protocol must say how that is kept from biasing who joins.",
      example = "before_allocation",
      terms = { "informed consent", "randomisation" },
      required = true,
      when = compared,
      options = {
        { "before_allocation", "before allocation", help = "Families agree to the study, complete the baseline, then learn their group." },
        { "after_allocation", "after allocation", help = "Sites or groups are allocated first and families are asked afterwards, as in many cluster trials." },
        { "not_sought", "not sought", help = "Only routine records are used, under another lawful basis and with the approval of an ethics committee." },
      },
    },
    textarea {
      id = "data_management",
      label = "How will the study's data be collected, checked and stored?",
      help = "How data are entered (paper, tablets, online), checked for errors and missing answers, coded, stored and backed up, and who can see which parts.",
      example = "Questionnaires are completed on tablets in a secure online survey system with range checks; the data manager checks completeness weekly. Identifying details are held separately from answers, which carry only a study number. Data are stored on the university's encrypted research servers and backed up nightly.",
      terms = { "pseudonymisation" },
      required = true,
      when = designed,
    },
    textarea {
      id = "monitoring_committee",
      label = "Who will oversee the study's progress and the safety of families?",
      help = "A steering committee (with an independent chair) oversees progress; a data monitoring committee of independent members looks at safety and, if planned, interim results. For a low-risk study of a support service, a steering committee that also reviews harms is often enough; say why if there is no separate data monitoring committee.",
      example = "A trial steering committee with an independent chair (a professor of social work), a parent, a head teacher and the council's head of early help meets every six months and reviews recruitment, retention and every reported harm. No separate data monitoring committee: the programme is low risk and no interim analysis of outcomes is planned.",
      terms = { "data monitoring committee" },
      required = true,
      when = designed,
    },
    textarea {
      id = "interim_analyses",
      label = "Will results be looked at before the end, and could the study be stopped early?",
      help = "Interim analyses and stopping rules: whether outcome results are examined part way through, by whom, and what would stop the study (harm, futility, failing to recruit). Write \"none\" and why, if none.",
      example = "No interim analysis of outcomes. The steering committee may stop the trial if fewer than half the expected families are recruited after 18 months, or if harms are reported more often in the programme group.",
      terms = { "interim analysis" },
      required = true,
      when = designed,
    },
    textarea {
      id = "trial_monitoring",
      label = "How will you check the study is run as this plan says?",
      help = "Trial monitoring: who checks consent forms, eligibility, the allocation log and data quality, and how often.",
      example = "The trials unit's quality assurance manager checks a random 10% of consent forms and eligibility records every six months, and audits the randomisation log once a year.",
      required = true,
      when = designed,
    },
    textarea {
      id = "harms",
      label = "How will you record and report harms and adverse events?",
      help = "Harms can happen in family services too: distress in sessions, conflict at home, a worsening crisis. Say what counts as an adverse event, who records it, who is told and how fast, and how harms are compared between the groups.",
      example = "Practitioners and research assistants record any adverse event (for example a parent's distress needing support, a child's injury, a family crisis) on a standard form within two working days; serious events are reported to the chief investigator within 24 hours and to the steering committee chair. Events are reported by group at each steering committee meeting and in the final report.",
      terms = { "adverse event" },
      required = true,
      when = designed,
    },
    textarea {
      id = "safeguarding",
      label = "What happens if someone becomes worried about a child's safety?",
      help = "The safeguarding protocol: who researchers and practitioners tell, under which local procedures, and what happens to the family's place in the study. Families should be told in the consent leaflet that confidentiality has this limit.",
      example = "Any concern is reported the same day to the council's designated safeguarding lead under Northbridge Safeguarding Children Partnership procedures; researchers are trained in the procedures and have a named contact. The family stays in the study unless it asks to leave. The consent leaflet explains this limit to confidentiality.",
      terms = { "safeguarding" },
      required = true,
      when = designed,
    },
    textarea {
      id = "amendments",
      label = "How will changes to this plan be agreed and reported?",
      help = "Protocol amendments: who may propose a change, who approves it (the steering committee, the ethics committee), how the registry and partners are told, and how the final report lists every change.",
      example = "Changes are agreed by the steering committee, approved by the ethics committee where needed, recorded with a new version number and date, and updated on the trial registry; the final report lists every change and its date.",
      required = true,
      when = designed,
    },
    note {
      id = "governance_note",
      text = "Governance: registration, independence, ethics and data protection.",
    },
    choice {
      id = "preregistration",
      label = "Will the study be registered before it starts?",
      help = "Publishing the plan and the primary outcome before any data are collected (pre-registration) shows you did not change them after seeing the results.",
      example = "planned",
      terms = { "pre-registration" },
      required = true,
      options = {
        { "registered", "already registered", help = "The protocol is on a public registry." },
        { "planned", "will register before recruitment", help = "Registration is planned before the first family is allocated." },
        { "not_planned", "not planned", help = "Not registering weakens confidence in the result; academic partners and EIF will ask why." },
      },
    },
    text {
      id = "registry",
      label = "Where will it be registered?",
      help = "The registry and, once you have it, the registration number.",
      example = "ISRCTN registry",
      when = function(a) local p = a.impact.preregistration return p == "registered" or p == "planned" end,
    },
    text {
      id = "registration_number",
      label = "What is the registration number?",
      help = "The number the registry gave the study, once it is registered (for example ISRCTN12345678). Leave it blank until then.",
      example = "ISRCTN40275983",
      terms = { "pre-registration" },
      when = function(a) return a.impact.preregistration == "registered" end,
      required = true,
    },
    date {
      id = "registration_date",
      label = "When was it registered?",
      help = "The date of registration, written YYYY-MM-DD.",
      example = "2028-11-30",
      terms = { "pre-registration" },
      when = function(a) return a.impact.preregistration == "registered" end,
      required = true,
    },
    textarea {
      id = "protocol_access",
      label = "Where will this protocol and the statistical analysis plan be published?",
      help = "Where anyone can read the protocol and the statistical analysis plan before the results are known: the registry, the evaluator's website, the funder's website, a journal.",
      example = "The protocol is attached to the ISRCTN record and published on the university's repository; the statistical analysis plan is added to both before the outcome data are unblinded.",
      terms = { "statistical analysis plan" },
      required = true,
      when = designed,
    },
    choice {
      id = "evaluator_independence",
      label = "Who will run the evaluation?",
      help = "Evaluations run by the team that delivers the service tend to find bigger effects. An independent evaluator makes the result more credible.",
      example = "independent_academic",
      terms = { "independent evaluation" },
      required = true,
      options = {
        { "independent_academic", "an independent university team", help = "Researchers with no stake in the service's success." },
        { "independent_other", "an independent evaluation organisation", help = "A research company or charity not involved in delivery." },
        { "internal_separate", "our own research team, separate from delivery", help = "In-house analysts who do not manage the service." },
        { "internal", "the delivery team itself", help = "Least credible for an impact study; fine for monitoring." },
      },
    },
    text {
      id = "evaluator",
      label = "Name the evaluator.",
      help = "The organisation and lead researcher, if known.",
      example = "Centre for Child and Family Research, University of Northbridge (Dr Sam Okafor)",
    },
    textarea {
      id = "sponsor",
      label = "Who is the study's sponsor, and how can they be contacted?",
      help = "The sponsor is the organisation that takes responsibility for the research being set up, run and reported properly, usually the university or the council. Give a contact.",
      example = "University of Northbridge (Research Governance Office, research.governance@northbridge.ac.uk)",
      terms = { "sponsor" },
      required = true,
      when = designed,
    },
    textarea {
      id = "funder_role",
      label = "What say do the funder and the sponsor have over the study?",
      help = "Whether the funder or sponsor has any part in the design, data collection, analysis, writing the report or deciding to publish, and who has the final say on each.",
      example = "The funder approved the design but has no role in data collection, analysis or interpretation; the evaluation team decides what is published and when. The sponsor oversees governance only.",
      terms = { "sponsor" },
      required = true,
      when = designed,
    },
    textarea {
      id = "steering_group",
      label = "Who runs the study day to day, and who advises it?",
      help = "The trial management group (who meets, how often) and any advisory group, with their roles. The committee that oversees safety is asked about with the study's monitoring.",
      example = "A trial management group (chief investigator, trial manager, statistician, council service lead) meets monthly. The parent advisory group meets every six months.",
      terms = { "steering committee" },
      required = true,
      when = designed,
    },
    choice {
      id = "ethics",
      label = "What is the status of ethics approval?",
      help = "Research with families needs approval from a research ethics committee, usually the university's.",
      example = "planned",
      terms = { "research ethics" },
      required = true,
      options = {
        { "approved", "approved", help = "The committee has approved the study." },
        { "submitted", "submitted", help = "The application is with the committee." },
        { "planned", "planned", help = "The application will be made before recruitment." },
        { "not_needed", "not needed", help = "Only for service evaluation using routine data; check with your academic partner." },
      },
    },
    text {
      id = "ethics_body",
      label = "Which committee will review it?",
      help = "The research ethics committee that will give (or gave) approval.",
      example = "University of Northbridge Social Sciences Research Ethics Committee",
      when = function(a) local e = a.impact.ethics return e ~= nil and e ~= "not_needed" end,
    },
    choice {
      id = "lawful_basis",
      label = "What is the lawful basis for using families' personal data?",
      help = "Under UK GDPR you need a lawful basis to process personal data. Councils and other public bodies usually rely on \"public task\"; ask your data protection officer. Consent to take part in research is still needed for ethics, even when it is not the lawful basis.",
      example = "public_task",
      terms = { "lawful basis" },
      required = true,
      options = {
        { "public_task", "public task", help = "Processing is needed for a task in the public interest or your official functions; the usual basis for public bodies." },
        { "consent", "consent", help = "Families give specific, informed consent to the data use and can withdraw it at any time." },
        { "legitimate_interests", "legitimate interests", help = "Mostly for charities and private organisations, not public bodies doing their public tasks." },
        { "legal_obligation", "legal obligation", help = "A law requires the processing." },
      },
    },
    text {
      id = "special_category_condition",
      label = "Which condition covers sensitive (special category) data?",
      help = "Health, ethnicity and similar data need an extra condition under UK GDPR Article 9, often \"archiving, research and statistics\". Your data protection officer can confirm.",
      example = "Article 9(2)(j): archiving, research and statistics, with Data Protection Act 2018 Schedule 1 condition 4",
      terms = { "lawful basis" },
    },
    choice {
      id = "dpia",
      label = "Has a data protection impact assessment (DPIA) been done?",
      help = "A DPIA is required for research using sensitive data about children and families; it records the risks and how you reduce them.",
      example = "in_progress",
      terms = { "DPIA" },
      required = true,
      options = {
        { "done", "done", help = "Completed and signed off by the data protection officer." },
        { "in_progress", "in progress", help = "Being written." },
        { "planned", "planned", help = "Will be done before any data are collected." },
        { "not_needed", "not needed", help = "Only if no personal data are used; check with your data protection officer." },
      },
    },
    textarea {
      id = "controller",
      label = "Who decides how families' data are used, and who handles them for someone else?",
      help = "Under UK GDPR the controller decides why and how personal data are used; a processor handles them on a controller's instructions. Name each organisation's role (two organisations can be joint controllers).",
      example = "The University of Northbridge is controller for the research data it collects; Northbridge Council is controller for its service records and shares an extract with the university; the online survey provider is the university's processor.",
      terms = { "data controller" },
      required = true,
      when = designed,
    },
    textarea {
      id = "retention",
      label = "How long will the data be kept, and what happens then?",
      help = "How long identifying details and the research data are kept, why, and how they are destroyed or archived (for example de-identified in a data archive).",
      example = "Contact details are destroyed when the last follow-up ends. Pseudonymised research data are kept for 10 years after the final report under the university's policy, then deleted; a de-identified copy is archived for other researchers.",
      terms = { "pseudonymisation" },
      required = true,
      when = designed,
    },
    textarea {
      id = "confidentiality",
      label = "How will families' personal information be kept confidential?",
      help = "How identifying details are separated from answers, who can see them, how they are sent between organisations, and how results are reported so no family can be recognised.",
      example = "Families are known by a study number; the key linking numbers to names is held only by the data manager. Data move between the council and the university by secure file transfer. Results are reported for groups only, with no number below 10.",
      terms = { "pseudonymisation" },
      required = true,
      when = designed,
    },
    records {
      id = "data_sharing_agreements",
      label = "Which data-sharing agreements are needed?",
      help = "One row for each organisation that will share personal data for the study (schools, health, the university), what is shared, and the state of the agreement.",
      example = "partner: University of Northbridge; data: questionnaire scores and attendance, pseudonymised; status: drafted",
      terms = { "data sharing agreement" },
      item_label = "agreement",
      columns = {
        text { id = "partner", label = "Partner", help = "The organisation sharing or receiving data.", example = "Northbridge NHS Trust (health visiting)" },
        text { id = "data", label = "Data", help = "What is shared and in what form.", example = "Referral dates and child age" },
        choice {
          id = "status", label = "Status", help = "Where the agreement is.", example = "drafted",
          options = {
            { "signed", "signed", help = "In force." },
            { "drafted", "drafted", help = "Written, not yet signed." },
            { "needed", "needed", help = "Not yet started." },
          },
        },
      },
    },
    yesno {
      id = "nhs_data",
      label = "Will the study recruit through the NHS or use NHS records?",
      help = "Answer yes if NHS staff (health visitors, GPs) recruit families for the study, or the study uses records from an NHS organisation. Research in the NHS needs approvals of its own.",
      example = "yes",
      terms = { "Health Research Authority" },
      required = true,
      when = designed,
    },
    records {
      id = "nhs_approvals",
      label = "Which NHS approvals does the study need, and where are they?",
      help = "One row per approval: Health Research Authority (HRA) approval for research in the NHS; review by an NHS research ethics committee when NHS patients take part; the Caldicott Guardian's agreement for sharing patient information; and support under section 251 of the NHS Act 2006, through the Confidentiality Advisory Group (CAG), to use identifiable patient data without consent. Say which are not needed and why.",
      example = "approval: HRA approval; status: planned; notes: through the IRAS form once the university's ethics approval is in place",
      terms = { "Health Research Authority", "Caldicott Guardian" },
      item_label = "approval",
      required = true,
      when = function(a) return designed(a) and a.impact.nhs_data == true end,
      columns = {
        choice {
          id = "approval", label = "Approval", help = "Which approval.", example = "hra",
          options = {
            { "hra", "HRA approval", help = "Health Research Authority approval for research taking place in the NHS in England." },
            { "nhs_rec", "NHS research ethics committee", help = "Ethical review by an NHS research ethics committee, needed when NHS patients are research participants." },
            { "caldicott", "Caldicott Guardian", help = "The agreement of the NHS organisation's Caldicott Guardian to share patient information." },
            { "s251", "section 251 support (CAG)", help = "Support under section 251 of the NHS Act 2006, through the Confidentiality Advisory Group, to use identifiable patient data without consent." },
          },
        },
        choice {
          id = "status", label = "Status", help = "Where it is.", example = "planned",
          options = {
            { "granted", "granted", help = "In place." },
            { "applied", "applied for", help = "The application has been made." },
            { "planned", "planned", help = "Will be applied for before recruitment." },
            { "not_needed", "not needed", help = "Not needed for this study; say why in the notes." },
          },
        },
        text { id = "notes", label = "Notes", help = "Who applies, when, or why it is not needed.", example = "Families consent to sharing, so section 251 support is not needed" },
      },
    },
    yesno {
      id = "police_data",
      label = "Will the police share data about families for the study?",
      help = "Answer yes if the study uses police records (incidents, contacts, offending) about the families or children.",
      example = "no",
      terms = { "data sharing agreement" },
      required = true,
      when = designed,
    },
    textarea {
      id = "police_basis",
      label = "On what legal basis will the police share data, and under which agreement?",
      help = "Name the legal power the force relies on to share (for example section 115 of the Crime and Disorder Act 1998), the lawful basis under the Data Protection Act 2018, the data-sharing agreement, and who in the force approved it.",
      example = "Northbridge Police share incident records under section 115 of the Crime and Disorder Act 1998 and a data-sharing agreement signed by the force's data protection officer; the research team is vetted to the force's non-police personnel standard.",
      terms = { "data sharing agreement", "lawful basis" },
      required = true,
      when = function(a) return designed(a) and a.impact.police_data == true end,
    },
    date {
      id = "start_date",
      label = "When will recruitment start?",
      help = "The planned date of the first allocation, written YYYY-MM-DD.",
      example = "2029-01-07",
    },
    date {
      id = "report_date",
      label = "When is the final report due?",
      help = "Written YYYY-MM-DD.",
      example = "2031-03-31",
      validate = function(v, a)
        local s = a.impact.start_date
        if type(s) == "string" and s >= v then return "the report is due before recruitment starts" end
      end,
    },
    note {
      id = "people_note",
      text = "The study's timetable, its people, its risks and how the results are shared.",
      when = designed,
    },
    records {
      id = "milestones",
      label = "What are the study's milestones?",
      help = "The timeline: one row per stage or milestone, with its start and end dates (written YYYY-MM-DD), from approvals through recruitment, follow-up, analysis and reporting.",
      example = "milestone: recruitment; start: 2029-01-07; end: 2032-12-20",
      item_label = "milestone",
      required = true,
      when = designed,
      columns = {
        text { id = "milestone", label = "Milestone", help = "The stage or event.", example = "Ethics approval" },
        date { id = "start", label = "Start", help = "When it starts (YYYY-MM-DD).", example = "2028-09-01" },
        date { id = "finish", label = "End", help = "When it ends (YYYY-MM-DD); the same as the start for a single event.", example = "2028-11-30" },
      },
    },
    records {
      id = "personnel",
      label = "Who works on the study, and what does each do?",
      help = "The evaluation team and the delivery team: one row per person or role, with their organisation and what they do in the study.",
      example = "name: Dr Sam Okafor; organisation: University of Northbridge; role: chief investigator, responsible for the design, analysis and report",
      item_label = "person",
      required = true,
      when = designed,
      columns = {
        text { id = "name", label = "Name or role", help = "The person, or the role if not yet appointed.", example = "Trial manager (to be appointed)" },
        text { id = "organisation", label = "Organisation", help = "Where they work.", example = "University of Northbridge" },
        text { id = "role", label = "What they do", help = "Their part in the study.", example = "Day-to-day running, recruitment and follow-up" },
      },
    },
    records {
      id = "risks",
      label = "What could go wrong, and what will you do about it?",
      help = "The main risks to the study (recruitment, drop-out, staff turnover, data access, contamination), how likely each is, and what you will do to prevent it or respond.",
      example = "risk: recruitment is slower than planned; likelihood: medium; response: add school referrals and a fifth centre; extend recruitment by six months",
      item_label = "risk",
      required = true,
      when = designed,
      columns = {
        text { id = "risk", label = "Risk", help = "What could go wrong.", example = "Practitioners leave during the trial" },
        choice {
          id = "likelihood", label = "Likelihood", help = "How likely it is.", example = "medium",
          options = {
            { "low", "low", help = "Unlikely to happen." },
            { "medium", "medium", help = "Could well happen." },
            { "high", "high", help = "Likely to happen." },
          },
        },
        text { id = "response", label = "What you will do", help = "How you prevent it or respond.", example = "Train two reserve practitioners before the trial starts" },
      },
    },
    textarea {
      id = "dissemination",
      label = "How will the results be shared?",
      help = "Who will hear the results and how: families who took part (a plain-language summary), practitioners, commissioners, the registry, a report and a journal article. Say that results will be published whatever they show.",
      example = "The results, whatever they show, will be posted on the trial registry within 12 months of the last follow-up, published in an open-access journal and a report for the funder, and shared with participating families in a plain-language summary and with practitioners and commissioners at a local event.",
      required = true,
      when = designed,
    },
    textarea {
      id = "authorship",
      label = "Who will be an author of the reports, and on what basis?",
      help = "The rule for authorship (for example the ICMJE criteria), whether the council's staff and the developer may be authors, and whether professional writers are used.",
      example = "Authorship follows the ICMJE criteria; the chief investigator decides after consulting the trial management group. The developer is acknowledged but not an author. No professional writers are used.",
      required = true,
      when = designed,
    },
    textarea {
      id = "data_sharing",
      label = "Will the anonymised data, analysis code and materials be shared?",
      help = "Open data: whether other researchers can get the de-identified data (with its data dictionary), the analysis code and the questionnaires and manuals, where, when, and on what conditions.",
      example = "A de-identified dataset with a data dictionary and the analysis code will be deposited in the UK Data Service 12 months after the final report, available to bona fide researchers under its safeguarded access licence.",
      required = true,
      when = designed,
    },
    textarea {
      id = "post_trial_care",
      label = "What support do families get when the study ends, and is there compensation for harm?",
      help = "Ancillary and post-trial care: what the comparison group is offered when the study ends, what happens to families who still need help, and the insurance or indemnity that covers harm from taking part.",
      example = "Waiting-list families are offered a place in a group after their 9-month questionnaires; families who need more help are referred to early help or child mental health services. The university's insurance covers harm arising from the research.",
      required = true,
      when = designed,
    },
    computed {
      id = "mdes",
      label = "Minimum detectable effect size",
      help = "The smallest effect the planned sample can detect, allowing for drop-out (from the power calculator).",
      compute = function(a)
        if not (calc and calc.power) then return nil end
        local res = eif.impact_mdes(calc.power, a)
        return res and res.mdes or nil
      end,
    },
  },
  panels = {
    panel { id = "mdes", title = "Sample size and power", render = mdes_panel },
    panel { id = "design_advice", title = "Design advice (F3 for the health check)", render = advice_panel },
  },
}
