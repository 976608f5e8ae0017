-- The default pack's consistency checks: places where two answers, often in
-- different steps, describe the same thing and must agree.  Each check names
-- the questions involved in their own words (ctx.label, ctx.option) and says
-- what to change; it reports at the first of its fields, the question most
-- likely to need the change.  run returns nil when the check does not apply
-- yet (its questions are unanswered: the gap list says so), else pass, warn
-- or fail.

-- The question's words, in quotes.
local function q(ctx, path)
  return '"' .. ctx.label(path) .. '"'
end

local function num(v)
  return type(v) == "number" and v or nil
end

local function answered(v)
  return v ~= nil and v ~= "" and not (type(v) == "table" and next(v) == nil)
end

local function fmt(x)
  if x == math.floor(x) then return string.format("%d", math.tointeger(x) or x) end
  return string.format("%.1f", x)
end

local function pass(reason) return { status = "pass", reason = reason } end
local function warn(reason, fix) return { status = "warn", reason = reason, fix = fix } end
local function fail(reason, fix) return { status = "fail", reason = reason, fix = fix } end

local RANDOMISED = { individual_rct = true, cluster_rct = true, stepped_wedge = true }
local CLUSTERED = { cluster_rct = true, stepped_wedge = true }
local KNOWS_GROUP = { parent = true, child = true, practitioner = true }
local SHARE = { equal = 1 / 2, two_to_one = 2 / 3, three_to_two = 3 / 5, one_to_two = 1 / 3 }
local WEEKS_A_MONTH = 52 / 12

local function compared(i)
  return i.design ~= nil and i.design ~= "pre_post"
end

local function clustered(i)
  return CLUSTERED[i.design] == true or i.unit == "cluster"
end

local function group_delivery(a)
  local m = a.blueprint.delivery_mode
  return m == "group" or m == "mixed"
end

-- The share of families allocated to the programme.
local function programme_share(i)
  if RANDOMISED[i.design] then return SHARE[i.allocation_ratio] or 0.5 end
  return 0.5
end

-- The programme's length in months (0 when not given).
local function programme_months(a)
  local w = num(a.blueprint.duration_weeks)
  return w and w / WEEKS_A_MONTH or 0
end

-- Lower-case words of a text, for comparing names typed twice.
local function words(s)
  local out = {}
  for w in string.gmatch(string.lower(tostring(s)), "[%w]+") do out[#out + 1] = w end
  return table.concat(out, " ")
end

local function mentions(list, name)
  local n = words(name)
  if n == "" then return true end
  for _, item in ipairs(list) do
    local w = words(item)
    if string.find(w, n, 1, true) or (w ~= "" and string.find(n, w, 1, true)) then return true end
  end
  return false
end

-- The impact study's schedule: rows for an outcome.
local function rows_for(schedule, outcome)
  local out = {}
  for _, r in ipairs(type(schedule) == "table" and schedule or {}) do
    if type(r) == "table" and r.outcome == outcome then out[#out + 1] = r end
  end
  return out
end

local function has(list, v)
  for _, x in ipairs(type(list) == "table" and list or {}) do if x == v then return true end end
  return false
end

local STEP_ORDER = {
  "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome",
  "impact", "follow_up", "replication", "value_for_money", "quality_assurance",
}
-- Which steps each step builds on (the step files' prerequisites, all the
-- way down).
local BUILDS_ON = {
  logic_model = { "theory_of_change" },
  blueprint = { "theory_of_change", "logic_model" },
  process_study = { "theory_of_change", "logic_model", "blueprint" },
  pilot_outcome = { "theory_of_change", "logic_model", "blueprint", "process_study" },
  impact = { "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome" },
  follow_up = { "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome", "impact" },
  replication = { "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome", "impact" },
  value_for_money = { "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome", "impact" },
  quality_assurance = { "theory_of_change", "logic_model", "blueprint", "process_study", "pilot_outcome", "impact",
                        "replication", "value_for_money" },
}

return {
  title = "Consistency checks (answers that must agree)",
  check {
    id = "samples_agree",
    title = "The sample sizes agree",
    kind = "consistency",
    fields = { "impact.participants", "impact.clusters", "impact.cluster_size", "impact.attrition" },
    run = function(a, ctx)
      local i = a.impact
      local n, att = num(i.participants), num(i.attrition)
      if not n or i.design == nil then return nil end
      if clustered(i) then
        local j, m = num(i.clusters), num(i.cluster_size)
        if not (j and m) then return nil end
        if math.abs(j * m - n) > m then
          return fail(tr("The smallest detectable effect is worked out for %s clusters of %s families (%s families), but %s says %s.",
              fmt(j), fmt(m), fmt(j * m), q(ctx, "impact.participants"), fmt(n)),
            tr("Make %s times %s equal the number recruited, or change %s.",
              q(ctx, "impact.clusters"), q(ctx, "impact.cluster_size"), q(ctx, "impact.participants")))
        end
      end
      local analysed = att and math.floor(n * (1 - att / 100)) or n
      return pass(tr("%s families are recruited and allocated; %s are expected to be analysed after %s%% drop-out, and the smallest detectable effect is worked out for the %s analysed.",
        fmt(n), fmt(analysed), fmt(att or 0), fmt(analysed)))
    end,
  },

  check {
    id = "group_clustering",
    title = "Group delivery is allowed for",
    kind = "consistency",
    fields = { "impact.analysis_clustering", "blueprint.delivery_mode", "impact.clustering_reason" },
    run = function(a, ctx)
      local i = a.impact
      if not (group_delivery(a) and compared(i)) or clustered(i) then return nil end
      if i.analysis_clustering == nil then return nil end
      if i.analysis_clustering == false then
        if answered(i.clustering_reason) then
          return warn(tr("Families meet in groups but the analysis treats them as independent; the plan gives its reason."),
            tr("Check the reason in %s with your statistician, and estimate the group ICC in a sensitivity analysis.", q(ctx, "impact.clustering_reason")))
        end
        return fail(tr("Families meet in groups (%s), so their results are alike, but the analysis treats them as independent and gives no reason.",
            q(ctx, "blueprint.delivery_mode")),
          tr("Answer yes to %s, or say why not in %s.", q(ctx, "impact.analysis_clustering"), q(ctx, "impact.clustering_reason")))
      end
      return pass(tr("Families meet in groups, and the sample size (a partially nested design, for a trial of families) and the analysis allow for the groups."))
    end,
  },

  check {
    id = "deferred_comparison",
    title = "Comparisons come before the waiting list gets the programme",
    kind = "consistency",
    fields = { "impact.deferral_months", "impact.comparison", "impact.primary_timepoint_months",
               "follow_up.months", "follow_up.level4_claim", "impact.target_level" },
    run = function(a, ctx)
      local i, f = a.impact, a.follow_up
      local d = num(i.deferral_months)
      if i.comparison ~= "waitlist" or not d then return nil end
      local t = num(i.primary_timepoint_months)
      if t and t > d then
        return fail(tr("The primary outcome is measured %s months after allocation (%s), but waiting-list families are offered the programme at %s months (%s): by then there is no comparison group.",
            fmt(t), q(ctx, "impact.primary_timepoint_months"), fmt(d), q(ctx, "impact.deferral_months")),
          tr("Measure the primary outcome at %s months or earlier, or offer the waiting list the programme later.", fmt(d)))
      end
      local fm = num(f.months)
      local claim = f.level4_claim == true or (f.level4_claim == nil and i.target_level == "l4")
      if fm and claim then
        local at = programme_months(a) + fm
        if at > d then
          return fail(tr("The long-term follow-up is %s months after the programme ends, about %s months after allocation, but waiting-list families are offered the programme at %s months: the follow-up has no comparison group, so it cannot support Level 4.",
              fmt(fm), fmt(math.floor(at + 0.5)), fmt(d)),
            tr("Answer no to %s and plan Level 4 through another study, or keep a comparison group until the follow-up (offer the waiting list the programme after it).",
              q(ctx, "follow_up.level4_claim")))
        end
      end
      return pass(tr("Waiting-list families are offered the programme at %s months, after the comparisons the plan relies on%s.",
        fmt(d), t and tr(" (the primary outcome at %s months)", fmt(t)) or ""))
    end,
  },

  check {
    id = "recruitment_feasible",
    title = "Recruitment can reach the sample",
    kind = "consistency",
    fields = { "impact.recruitment_per_month", "impact.recruitment_months", "impact.places_per_year", "impact.participants",
               "impact.deferral_months", "impact.allocation_ratio" },
    run = function(a, ctx)
      local i = a.impact
      local n, rate, months = num(i.participants), num(i.recruitment_per_month), num(i.recruitment_months)
      if not (n and rate and months) then return nil end
      if rate * months < n then
        return fail(tr("%s families a month for %s months is %s families, fewer than the %s the study must recruit (%s).",
            fmt(rate), fmt(months), fmt(rate * months), fmt(n), q(ctx, "impact.participants")),
          tr("Recruit for at least %s months, find more referrals, or plan a smaller study with the larger smallest detectable effect that brings.",
            fmt(math.ceil(n / math.max(rate, 0.001)))))
      end
      local places = num(i.places_per_year)
      if places and compared(i) then
        local needed = n * programme_share(i)
        local d = num(i.deferral_months)
        local extra = ""
        if i.comparison == "waitlist" and d and d < months then
          -- waiting families recruited early are offered places while the study still recruits
          local late = n * (1 - programme_share(i)) * (months - d) / months
          needed = needed + late
          extra = tr(" (including about %s waiting-list families offered the programme before recruitment ends)", fmt(math.floor(late + 0.5)))
        end
        local per_year = needed / (months / 12)
        if per_year > places then
          return fail(tr("The study needs about %s programme places a year%s, but %s says %s.",
              fmt(math.ceil(per_year)), extra, q(ctx, "impact.places_per_year"), fmt(places)),
            tr("Run more groups, recruit over more months, or offer the waiting list the programme later."))
        end
      end
      return pass(tr("%s families a month for %s months gives %s, enough for the %s the study recruits%s.",
        fmt(rate), fmt(months), fmt(rate * months), fmt(n), places and ", and the service has the places" or ""))
    end,
  },

  check {
    id = "impact_schedule",
    title = "The impact study has its own schedule of measures",
    kind = "consistency",
    fields = { "impact.measures", "impact.primary_outcome", "impact.primary_timepoint_months", "impact.secondary_outcomes" },
    run = function(a, ctx)
      local i = a.impact
      if i.design == nil or not answered(i.measures) or not answered(i.primary_outcome) then return nil end
      local rows = rows_for(i.measures, i.primary_outcome)
      if #rows == 0 then
        return fail(tr("The primary outcome (\"%s\") has no row in %s.", tostring(i.primary_outcome), q(ctx, "impact.measures")),
          tr("Add a row for it with its measure, who reports it and when it is taken."))
      end
      local t = num(i.primary_timepoint_months)
      local base, at = false, t == nil
      for _, r in ipairs(rows) do
        if has(r.timepoints, "baseline") then base = true end
        if t and has(r.timepoints, "m" .. fmt(t)) then at = true end
      end
      if not at then
        return fail(tr("The primary outcome is measured at %s months (%s), but the schedule in %s does not take it then.",
            fmt(t), q(ctx, "impact.primary_timepoint_months"), q(ctx, "impact.measures")),
          tr("Tick that time point for the primary outcome's measure, or change the primary time point."))
      end
      if not base then
        return warn(tr("The primary outcome has no baseline measurement in the schedule, so the analysis cannot adjust for it."),
          tr("Tick the baseline for it in %s.", q(ctx, "impact.measures")))
      end
      local missing = {}
      for _, o in ipairs(type(i.secondary_outcomes) == "table" and i.secondary_outcomes or {}) do
        if #rows_for(i.measures, o) == 0 then missing[#missing + 1] = '"' .. tostring(o) .. '"' end
      end
      if #missing > 0 then
        local list = table.concat(missing, ", ")
        return fail(#missing == 1 and tr("The secondary outcome %s has no row in %s.", list, q(ctx, "impact.measures"))
            or tr("The secondary outcomes %s have no row in %s.", list, q(ctx, "impact.measures")),
          tr("Add a row for each, or take them out of the secondary outcomes."))
      end
      return pass(tr("The study's schedule measures every outcome, the primary one at baseline and at %s months.", fmt(t or 0)))
    end,
  },

  check {
    id = "covariates_one_source",
    title = "The baseline measures come from one list",
    kind = "consistency",
    fields = { "impact.covariates", "impact.r2", "impact.stratification_factors" },
    run = function(a, ctx)
      local i = a.impact
      if not compared(i) then return nil end
      local cov = type(i.covariates) == "table" and i.covariates or {}
      local r2 = num(i.r2)
      if r2 and r2 > 0 and #cov == 0 then
        return fail(tr("The sample size assumes baseline measures explain %s of the outcome (%s), but %s lists none.",
            fmt(r2), q(ctx, "impact.r2"), q(ctx, "impact.covariates")),
          tr("List the baseline measures the analysis adjusts for, or set the share explained to 0."))
      end
      local strat = i.stratification
      if RANDOMISED[i.design] and (strat == "stratified" or strat == "minimisation") then
        local missing = {}
        for _, f in ipairs(type(i.stratification_factors) == "table" and i.stratification_factors or {}) do
          if not mentions(cov, f) then missing[#missing + 1] = '"' .. tostring(f) .. '"' end
        end
        if #missing > 0 then
          return fail(tr("The allocation is balanced on %s, but %s does not include %s.",
              table.concat(missing, ", "), q(ctx, "impact.covariates"), #missing == 1 and "it" or "them"),
            tr("Add each factor the allocation is balanced on to the baseline measures the analysis adjusts for."))
        end
      end
      if #cov == 0 then return nil end
      return pass(#cov == 1
        and tr("The analysis, the sample size and the protocol all use the %s baseline measure listed in %s.", fmt(#cov), q(ctx, "impact.covariates"))
        or tr("The analysis, the sample size and the protocol all use the %s baseline measures listed in %s.", fmt(#cov), q(ctx, "impact.covariates")))
    end,
  },

  check {
    id = "cost_horizon",
    title = "The cost horizon covers the outcomes",
    kind = "consistency",
    fields = { "value_for_money.horizon_years", "blueprint.duration_weeks", "impact.primary_timepoint_months", "follow_up.months" },
    run = function(a, ctx)
      local h = num(a.value_for_money.horizon_years)
      if not h then return nil end
      local last, what = nil, nil
      local t, fm = num(a.impact.primary_timepoint_months), num(a.follow_up.months)
      if fm then last, what = programme_months(a) + fm, tr("the long-term follow-up")
      elseif t then last, what = t, tr("the primary outcome") end
      if not last then return nil end
      if h * 12 < last then
        local said = q(ctx, "value_for_money.horizon_years")
        return fail(h == 1
            and tr("Costs and benefits are counted over %s year (%s), but %s is measured about %s months after a family starts.", fmt(h), said, what, fmt(math.floor(last + 0.5)))
            or tr("Costs and benefits are counted over %s years (%s), but %s is measured about %s months after a family starts.", fmt(h), said, what, fmt(math.floor(last + 0.5))),
          tr("Count over at least %s years, so the horizon covers the outcomes the economic evaluation sets against the costs.",
            fmt(math.ceil(last / 12))))
      end
      return pass(tr("The %s-year horizon covers the programme and %s, about %s months after a family starts.",
        fmt(h), what, fmt(math.floor(last + 0.5))))
    end,
  },

  check {
    id = "level_needs_design",
    title = "An evidence level is claimed only for a chosen design",
    kind = "consistency",
    fields = { "impact.target_level", "impact.design", "follow_up.level4_claim" },
    run = function(a, ctx)
      local i = a.impact
      if i.design ~= nil then
        if i.target_level == nil then return nil end
        return pass(tr("The evidence level sought rests on the design chosen."))
      end
      if i.target_level ~= nil then
        return fail(tr("%s is answered, but no design is chosen (%s): no design, no evidence level.",
            q(ctx, "impact.target_level"), q(ctx, "impact.design")),
          tr("Choose the design first; the level it can support follows from it."))
      end
      if a.follow_up.level4_claim == true then
        return fail(tr("%s is answered yes, but the impact study has no design (%s).",
            q(ctx, "follow_up.level4_claim"), q(ctx, "impact.design")),
          tr("Choose the impact study's design first."))
      end
      return nil
    end,
  },

  check {
    id = "steps_in_order",
    title = "The steps marked done agree with each other",
    kind = "consistency",
    fields = { "opening.steps_done" },
    run = function(a, ctx)
      local o = a.opening
      local list = type(o.steps_done) == "table" and o.steps_done or {}
      local done = {}
      for _, id in ipairs(list) do done[id] = true end
      local label = function(id) return '"' .. ctx.option("opening.steps_done", id) .. '"' end
      for _, id in ipairs(STEP_ORDER) do
        if done[id] then
          local missing = {}
          for _, p in ipairs(BUILDS_ON[id] or {}) do
            if not done[p] then missing[#missing + 1] = label(p) end
          end
          if #missing > 0 then
            return fail(tr("%s says %s is done, but not %s, which it builds on.",
                q(ctx, "opening.steps_done"), label(id), table.concat(missing, ", ")),
              tr("Tick the earlier steps too if they were done, or untick the later one: the plan's status table and its warnings follow these ticks."))
          end
        end
      end
      if #list == 0 then return nil end
      return pass(tr("Every step marked done builds only on steps also marked done."))
    end,
  },

  check {
    id = "blinded_measure",
    title = "An outcome reported by someone who does not know the group",
    kind = "consistency",
    fields = { "impact.measures", "impact.primary_informant", "impact.blinding" },
    run = function(a, ctx)
      local i = a.impact
      if not compared(i) or not KNOWS_GROUP[i.primary_informant] or not answered(i.measures) then return nil end
      for _, r in ipairs(i.measures) do
        if type(r) == "table" and r.informant and not KNOWS_GROUP[r.informant] then
          return pass(tr("The primary outcome is reported by someone who knows the family's group, and the schedule adds \"%s\", reported by someone who need not.",
            tostring(r.measure or r.outcome)))
        end
      end
      return warn(tr("The primary outcome is reported by %s, who knows the family's group, and no measure in %s comes from someone who does not.",
          ctx.option("impact.primary_informant", i.primary_informant), q(ctx, "impact.measures")),
        tr("Add a measure from a teacher, an observer who is not told the group, or routine records, and say how it will be compared."))
    end,
  },

  check {
    id = "primary_outcome_agrees",
    title = "One primary outcome",
    kind = "consistency",
    fields = { "impact.primary_outcome", "theory_of_change.primary_outcome" },
    run = function(a, ctx)
      local t, p = a.theory_of_change.primary_outcome, a.impact.primary_outcome
      if not answered(t) or not answered(p) then return nil end
      if words(t) ~= words(p) then
        return warn(tr("The theory of change's main change for children (%s) is \"%s\", but the impact study's primary outcome is \"%s\".",
            q(ctx, "theory_of_change.primary_outcome"), tostring(t), tostring(p)),
          tr("Make them the same outcome, or say in the impact study's objectives why it tests another one first."))
      end
      return pass(tr("The theory of change and the impact study name the same primary outcome."))
    end,
  },

  check {
    id = "pilot_informs_trial",
    title = "The pilot collects what the trial's sample size needs",
    kind = "consistency",
    fields = { "pilot_outcome.trial_inputs", "blueprint.delivery_mode" },
    run = function(a, ctx)
      local got = a.pilot_outcome.trial_inputs
      if type(got) ~= "table" or #got == 0 then return nil end
      local need = { "recruitment_rate", "attrition", "baseline_sd" }
      if group_delivery(a) then need[#need + 1] = "icc" end
      local missing = {}
      for _, v in ipairs(need) do
        if not has(got, v) then missing[#missing + 1] = '"' .. ctx.option("pilot_outcome.trial_inputs", v) .. '"' end
      end
      if #missing > 0 then
        return warn(tr("The trial's sample size rests on %s, but %s does not include %s.",
            table.concat(missing, ", "), q(ctx, "pilot_outcome.trial_inputs"), #missing == 1 and "it" or "them"),
          tr("Collect them in the pilot, or say in the trial's sample-size sources where they come from instead."))
      end
      return pass("The pilot collects the recruitment rate, drop-out and spread of scores the trial's sample size needs" ..
        (group_delivery(a) and ", and the group ICC." or "."))
    end,
  },
}
