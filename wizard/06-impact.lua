-- Step 6: Impact evaluation: the first rigorous test of whether the service
-- causes the change, against a comparison group.
local eif = require("eif")
local advise = require("advise")
local facts = require("facts")
local rules = require("rules")

-- The protocol's questions (issue 16) that are not interleaved with the
-- step's own live in impact_protocol.lua; so do the conditions they share.
local P = require("impact_protocol")
local cluster, designed, compared, group_delivery = P.cluster, P.designed, P.compared, P.group_delivery
local KNOWS_GROUP = P.KNOWS_GROUP
local TRIAL_TIMEPOINTS, INFORMANTS, outcome_options = P.TRIAL_TIMEPOINTS, P.INFORMANTS, P.outcome_options

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
  fields = P.join({
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
    }, P.conduct, {
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
    number {
      id = "group_icc",
      label = "How alike do families in one group become (the ICC for groups)?",
      help = "Families randomised one by one but seen in groups (the blueprint says the service is delivered in groups) become alike within a group, so the study needs more families. Give the share of the differences in the outcome that lies between groups; published values for group parenting programmes are often 0.01 to 0.10. If you have none, 0.05 is assumed and the panel shows the result.",
      example = 0.05,
      min = 0, max = 0.99,
      terms = { "ICC" },
      when = function(a) return a.impact.design == "individual_rct" and group_delivery(a) end,
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
      id = "group_icc_source",
      label = "Where does the ICC for groups come from?",
      help = "How alike families in one group become is rarely published for family services: say whether the figure comes from your pilot, from published trials of group programmes, or is a cautious guess, and why.",
      example = "Trials of group parenting programmes report ICCs of 0.01 to 0.06 among families in one group on parent-reported behaviour; we assume 0.05, and the pilot estimates it from its six groups.",
      terms = { "intraclass correlation" },
      required = true,
      when = function(a)
        local i = a.impact
        return i.design == "individual_rct" and group_delivery(a) and type(i.group_icc) == "number"
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
    }, P.analysis, {
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
    }, P.conduct_safety, {
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
    }, P.registration, {
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
    }, P.oversight, {
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
    }, P.data_protection, {
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
    }, P.nhs_police, {
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
    }, P.people, {
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
  }),
  panels = {
    panel { id = "mdes", title = "Sample size and power", render = mdes_panel },
    panel { id = "design_advice", title = "Design advice (F3 for the health check)", render = advice_panel },
  },
}
