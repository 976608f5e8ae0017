-- calc.lua: the reports of `evalwiz calc`.  C parses the options into
-- numbers, text and lists and calls run(); this module checks which options
-- fit the calculation, calls power.lua, pilot.lua or econ.lua, and writes
-- the text report (every assumption stated) or the value C prints as JSON.
local power = require("evalwiz.power")
local pilot = require("evalwiz.pilot")
local econ = require("evalwiz.econ")

local M = {}

local function ordered(t, order) return setmetatable(t, { __order = order }) end

local function option_name(key) return "--" .. key:gsub("_", "-") end

-- Outcomes of run(): C exits 64 for "usage", 65 for "input".
local function usage(fmt, ...) error({ status = "usage", message = string.format(fmt, ...) }, 0) end
local function input(msg) error({ status = "input", message = msg }, 0) end

-- A message from power/econ names the input by its Lua key; on the command
-- line the user knows it as an option.
local function as_option(msg, opts)
  return (msg:gsub("^([%w_]+)", function(w)
    if opts[w] ~= nil or w == "mdes" or w == "n" then return option_name(w) end
  end))
end

local function allow(opts, allowed, what)
  local ok = {}
  for _, k in ipairs(allowed) do ok[k] = true end
  local keys = {}
  for k in pairs(opts) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do
    if not ok[k] then usage("%s does not apply to %s", option_name(k), what) end
  end
end

local function need(opts, key, what)
  if opts[key] == nil then usage("%s needs %s", what, option_name(key)) end
end

-- ---- number formatting -------------------------------------------------------

local function grouped(x, decimals)
  local s = string.format("%." .. decimals .. "f", math.abs(x))
  local int, frac = s:match("^(%d+)(.*)$")
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return (x < 0 and "-" or "") .. int .. frac
end

local function money(x) if x == nil then return "-" end return grouped(x, 2) end

local function g(x) return string.format("%g", x) end

local function whole_or(x)
  if x == math.floor(x) then return string.format("%d", x) end
  return string.format("%.2f", x)
end

local function percent(x) return string.format("%.1f%%", x * 100) end

local function lines_of(t)
  return table.concat(t, "\n") .. "\n"
end

local function assumptions(out, notes)
  out[#out + 1] = "Assumptions:"
  for _, n in ipairs(notes) do out[#out + 1] = "  - " .. n end
end

local function row(out, label, value) out[#out + 1] = string.format("  %-26s %s", label, value) end

-- ---- power reports -------------------------------------------------------------

-- Which subcommand solves which sample unit.
local SOLVES = { n = "n", clusters = "clusters", sites = "sites", points = "points_after" }
local UNIT_SUB = { n = "n", clusters = "clusters", sites = "sites", points_after = "points" }

local TITLES = {
  mdes = "Minimum detectable effect size", n = "Sample needed", clusters = "Clusters needed",
  sites = "Sites needed", points = "Points after the start needed",
}

local NEEDED = {
  n = "sample needed", clusters = "clusters needed", sites = "sites needed", points_after = "points after needed",
}

local INPUT_LABELS = {
  design = "design", outcome = "outcome", n = "n", mdes = "target MDES", sites = "sites K", site_size = "people per site",
  clusters = "clusters J", cluster_size = "people per cluster", group_size = "families per group", steps = "steps",
  points_before = "points before", points_after = "points after", block_effects = "site effects",
  icc = "intraclass correlation", icc2 = "ICC level 2", icc3 = "ICC level 3", omega = "effect variation omega",
  cv = "cluster size CV", p = "share in programme group P", p0 = "rate without the programme", p1 = "rate with it",
  rate0 = "events without the programme", rate1 = "events with it", years = "years followed", k = "rate CV between clusters k",
  r2 = "R2", r2_1 = "R2 level 1", r2_2 = "R2 level 2", r2_3 = "R2 level 3", r2_t = "R2 of effect variation",
  g = "covariates g", r = "pre-post correlation r", cluster_autocorrelation = "area autocorrelation",
  autocorrelation = "autocorrelation", effect = "effect", comparison_series = "comparison series",
  deff = "design effect", ess = "effective sample", score = "score distribution",
  alpha = "alpha", power = "power", tails = "tails", attrition = "attrition",
}

-- The rows of a power report, in order: { result key, label, format }.
-- A row is shown when the result has the key; `sub` limits it to the MDES
-- ("mdes") or to the sample ("sample") reports.
local function fmt3(x) return string.format("%.3f", x) end
local function fmt4(x) return string.format("%.4f", x) end
local function rate_change(t, key)
  if key == "p1" then
    return string.format("%s (difference %+.1f points, risk ratio %.2f, odds ratio %.2f)",
      percent(t.p1), 100 * t.risk_difference, t.risk_ratio, t.odds_ratio)
  end
  return string.format("%.4g events (rate ratio %.2f)", t.rate1, t.rate_ratio)
end

local ROWS = {
  { "mdes", "MDES", function(x, r)
      return string.format("%.3f %s", x, r.design == "its" and "SD of the series' noise" or "standard deviations")
    end, sub = "mdes" },
  { "mdes_dz", "MDES as dz", function(x) return string.format("%.3f SD of the change", x) end, sub = "mdes" },
  { "p0", "rate without the programme", percent },
  { "p1", "rate expected with it", percent },
  { "rate0", "events without it", function(x) return string.format("%.4g per person per unit of time", x) end },
  { "rate1", "events expected with it", function(x) return string.format("%.4g per person per unit of time", x) end },
  { "risk_ratio", "risk ratio", function(x) return string.format("%.3f", x) end },
  { "odds_ratio", "odds ratio", function(x) return string.format("%.3f", x) end },
  { "increase", "smallest detectable rise", function(t, r) return rate_change(t, r.p0 and "p1" or "rate1") end },
  { "decrease", "smallest detectable fall", function(t, r) return rate_change(t, r.p0 and "p1" or "rate1") end },
  { "n_per_arm", "people in each group", whole_or },
  { "clusters_per_arm", "clusters in each group", whole_or },
  { "sites", "sites", whole_or, sub = "mdes" },
  { "site_size", "people per site", whole_or },
  { "clusters", "clusters", whole_or, sub = "mdes" },
  { "cluster_size", "people per cluster", g },
  { "group_size", "families per group", g },
  { "groups", "groups in the programme arm", function(x) return string.format("%.4g", x) end },
  { "steps", "steps", whole_or },
  { "periods", "periods", whole_or },
  { "points_before", "points before the start", whole_or },
  { "points_after", "points after the start", whole_or, sub = "mdes" },
  { "n", "sample", whole_or, sub = "mdes", skip = function(r) return r.design == "prepost" or r.n_per_arm end },
  { "n", "pairs", whole_or, sub = "mdes", skip = function(r) return r.design ~= "prepost" end },
  { "total_n", "people in all", g },
  { "design_effect", "design effect", fmt3 },
  { "effective_n", "effective sample", function(x) return string.format("%.1f", x) end },
  { "rdd_design_effect", "discontinuity design effect", fmt3 },
  { "df", "degrees of freedom", function(x) return whole_or(x) end },
  { "multiplier", "multiplier M", fmt4 },
  { "se", "standard error", function(x) return string.format("%.5f", x) end },
  { "mdes_exact", "exact MDES (noncentral t)", fmt3, show = function(r) return r.mdes_exact > r.mdes * 1.01 end },
  { "parallel_mdes", "parallel trial's MDES", fmt3 },
  { "power_achieved", "power achieved", fmt4 },
}

local function power_text(sub, res, recruit)
  local out = {}
  local name = power.DESIGN_NAMES[res.design] or res.design
  if res.outcome == "binary" then
    name = "a share of families with an outcome, " .. (res.design == "cra2" and "clusters randomised" or "individuals randomised")
  elseif res.outcome == "count" then
    name = "a count of events, " .. (res.design == "cra2" and "clusters randomised" or "individuals randomised")
  end
  local title = TITLES[sub]
  if sub == "mdes" and res.outcome then title = "Smallest detectable change" end
  out[#out + 1] = string.format("%s: %s", title, name)
  local kind = sub == "mdes" and "mdes" or "sample"
  if kind == "sample" then
    if res.target_mdes then row(out, "target MDES", g(res.target_mdes)) end
    for key, label in pairs(NEEDED) do
      if UNIT_SUB[key] == sub and res[key] ~= nil then
        row(out, res.design == "prepost" and "pairs needed" or label, whole_or(res[key]))
      end
    end
    if res.mdes then row(out, "MDES at that size", fmt3(res.mdes)) end
  end
  for _, r in ipairs(ROWS) do
    local key, label, f = r[1], r[2], r[3]
    local v = res[key]
    if v ~= nil and (r.sub == nil or r.sub == kind) and not (r.skip and r.skip(res)) and not (r.show and not r.show(res)) then
      row(out, label, f(v, res))
    end
  end
  if res.icc_sensitivity then
    local parts, what = {}, nil
    for _, s in ipairs(res.icc_sensitivity) do
      local v
      if sub == "mdes" then v, what = string.format("%.3f", s.mdes), "MDES if the ICC were"
      elseif s.clusters then v, what = string.format("%d", s.clusters), "clusters if the ICC were"
      else v, what = string.format("%d", s.n), "sample if the ICC were" end
      parts[#parts + 1] = string.format("%g: %s", s.icc, v)
    end
    row(out, what, table.concat(parts, ", "))
  end
  if recruit then row(out, "recruit", recruit.text) end
  local notes = {}
  for _, n in ipairs(res.notes) do notes[#notes + 1] = n end
  local ins = {}
  for _, k in ipairs(getmetatable(res.inputs).__order) do
    local v = res.inputs[k]
    ins[#ins + 1] = string.format("%s = %s", INPUT_LABELS[k] or k, type(v) == "number" and g(v) or tostring(v))
  end
  notes[#notes + 1] = "inputs: " .. table.concat(ins, ", ")
  assumptions(out, notes)
  return lines_of(out)
end

-- The number to recruit for the expected drop-out: people leave at that rate
-- in every site or cluster and no site or cluster drops out.
local function recruit_for(res, attrition)
  if attrition == nil then return nil end
  if res.design == "its" then usage("--attrition does not apply to an interrupted time series") end
  local function check(v, err) if v == nil then input(option_name("attrition") .. err:gsub("^attrition", "")) end return v end
  local note = string.format("attrition %g%%: individuals drop out at that rate", attrition * 100)
  if res.site_size then
    local per = check(power.recruit(res.site_size, attrition))
    return {
      value = per * res.sites, per_site = per,
      text = string.format("%d people (%d in each of %d sites)", per * res.sites, per, res.sites),
      note = note .. " in every site and no site drops out; recruit = people per site / (1 - attrition), rounded up",
    }
  end
  if res.cluster_size and res.clusters then
    local per = check(power.recruit(res.cluster_size, attrition))
    local clusters = res.clusters * (res.sites or 1)
    local periods = res.periods or 1
    local text
    if res.periods then
      text = string.format("%d people (%d in each of %d clusters in each of %d periods)", per * clusters * periods, per, clusters, periods)
    else
      text = string.format("%d people (%d in each of %d clusters)", per * clusters, per, clusters)
    end
    return {
      value = per * clusters * periods, per_cluster = per, text = text,
      note = note .. " in every cluster and no cluster drops out; recruit = people per cluster / (1 - attrition), rounded up",
    }
  end
  local n = res.n
  local v = check(power.recruit(n, attrition))
  return {
    value = v,
    text = string.format("%d (so that %d remain)", v, n),
    note = string.format("attrition %g%%: recruit = n / (1 - attrition), rounded up", attrition * 100),
  }
end

local TEST_OPTIONS = { "design", "outcome", "alpha", "power", "tails", "attrition" }

local function run_power(sub, opts)
  local outcome = opts.outcome
  if outcome ~= nil and outcome ~= "continuous" and outcome ~= "binary" and outcome ~= "count" then
    usage("--outcome must be continuous, binary or count, not %s", outcome)
  end
  if outcome == "continuous" then outcome = nil end
  local design = opts.design
  if outcome then
    design = design or "ira"
    if design ~= "ira" and design ~= "cra2" then usage("a %s outcome is worked out for --design ira or cra2, not %s", outcome, design) end
  else
    if design == nil then usage("calc %s needs --design (%s)", sub, power.design_list()) end
    if not power.DESIGNS[design] then usage("--design must be %s, not %s", power.design_list(), design) end
  end
  local inputs = power.inputs(design, outcome)
  local allowed = {}
  for _, k in ipairs(TEST_OPTIONS) do allowed[#allowed + 1] = k end
  for _, k in ipairs(inputs) do allowed[#allowed + 1] = k end
  local what = string.format("calc %s %s", sub, outcome and ("--outcome " .. outcome) or ("--design " .. design))
  -- the sample unit of this design (its variant follows from the options)
  local unit
  if outcome then
    unit = design == "cra2" and "clusters" or "n"
  else
    local d = power.DESIGNS[design]
    local probe = {}
    for k, v in pairs(opts) do probe[k] = v end
    unit = d.unit({ clustered = probe.clusters ~= nil or probe.cluster_size ~= nil or probe.icc ~= nil })
  end
  if sub ~= "mdes" then
    local solves = SOLVES[sub]
    if solves ~= unit then
      if sub == "clusters" and not outcome and design ~= "cra2" then
        usage("calc clusters does not apply to --design %s; use calc %s", design, UNIT_SUB[unit])
      end
      usage("for %s use calc %s", outcome and ("--outcome " .. outcome .. " --design " .. design) or ("--design " .. design), UNIT_SUB[unit])
    end
    for i, k in ipairs(allowed) do if k == unit then table.remove(allowed, i) break end end
    if not outcome then allowed[#allowed + 1] = "mdes" end
    if outcome then
      if outcome == "binary" and opts.p1 == nil and opts.rr == nil and opts["or"] == nil then usage("%s needs --p1 (or --rr, or --or)", what) end
      if outcome == "count" and opts.rate1 == nil and opts.rr == nil then usage("%s needs --rate1 (or --rr)", what) end
    else
      need(opts, "mdes", what)
    end
  else
    need(opts, unit, what)
  end
  allow(opts, allowed, what)
  local spec = {}
  for k, v in pairs(opts) do if k ~= "attrition" then spec[k] = v end end
  if outcome then spec.design = design end
  local res, err
  if sub == "mdes" then res, err = power.mdes(spec) else res, err = power.sample(spec) end
  if not res then
    -- a missing option is a usage error, like any other missing option
    local missing = err:match("^([%w_]+) is needed")
    if missing then usage("%s needs %s", what, option_name(missing)) end
    input(as_option(err, opts))
  end
  if spec.icc ~= nil and not outcome and design ~= "its" then
    -- the ICC is rarely known: show what the usual range would mean
    local sens = power.sensitivity(spec, "icc")
    if sens then res.icc_sensitivity = sens end
  end
  local recruit = recruit_for(res, opts.attrition)
  if recruit then res.notes[#res.notes + 1] = recruit.note end
  local json = {}
  local order = {}
  for _, k in ipairs(getmetatable(res).__order) do
    if res[k] ~= nil then
      order[#order + 1] = k
      json[k] = res[k]
    end
    if k == "se" and recruit then
      order[#order + 1] = "recruit"
      json.recruit = recruit.value
      for _, extra in ipairs({ "per_cluster", "per_site" }) do
        if recruit[extra] then
          order[#order + 1] = "recruit_" .. extra
          json["recruit_" .. extra] = recruit[extra]
        end
      end
    end
  end
  if opts.attrition then
    local ins = getmetatable(res.inputs).__order
    ins[#ins + 1] = "attrition"
    res.inputs.attrition = opts.attrition
  end
  return power_text(sub, res, recruit), ordered(json, order)
end

-- ---- pilot ----------------------------------------------------------------------

local function interval_text(t)
  return string.format("%s of %s: %s to %s (plus or minus %.1f points)", percent(t.estimate), whole_or(t.of),
    percent(t.lower), percent(t.upper), 100 * t.half_width)
end

local function run_pilot(opts)
  allow(opts, { "n", "approached", "recruitment", "retention", "confidence", "margin", "groups" }, "calc pilot")
  if opts.margin == nil and opts.n == nil then usage("calc pilot needs --n (the pilot's size) or --margin (the precision wanted)") end
  local res, err
  if opts.margin ~= nil then res, err = pilot.size(opts) else res, err = pilot.precision(opts) end
  if not res then input(as_option(err, opts)) end
  local out = {}
  if opts.margin ~= nil then
    out[1] = "Pilot size for a precision"
    if res.n then row(out, "pilot size", string.format("%d people", res.n)) end
    if res.approached then row(out, "families to approach", string.format("%d (about %d join)", res.approached, res.recruited)) end
  else
    out[1] = "What a pilot can tell"
    row(out, "pilot size", string.format("%d people", res.n))
  end
  if res.recruitment then row(out, "recruitment", interval_text(res.recruitment)) end
  if res.retention then row(out, "retention", interval_text(res.retention)) end
  if res.sd then
    row(out, "the SD found, s, lies in", string.format("%.2f s to %.2f s (%s%% interval)", res.sd.lower, res.sd.upper, g(res.confidence * 100)))
    row(out, "plan the main study with", string.format("%.2f s (upper 80%% limit): %.0f%% more people", res.sd.upper_80, 100 * (res.sd.upper_80 ^ 2 - 1)))
  end
  assumptions(out, res.notes)
  return lines_of(out), res
end

-- ---- economics reports -------------------------------------------------------

local function run_npv(opts)
  allow(opts, { "flows", "rate" }, "calc npv")
  need(opts, "flows", "calc npv")
  local res, err = econ.npv(opts.flows, opts.rate)
  if not res then input(as_option(err, opts)) end
  local out = { "Net present value" }
  row(out, "NPV", money(res.npv))
  out[#out + 1] = string.format("  %-26s %d (years 0 to %d)", "years", res.years, res.years - 1)
  out[#out + 1] = ""
  out[#out + 1] = string.format("  %4s  %6s  %8s  %14s  %14s", "year", "rate", "factor", "amount", "present value")
  for _, r in ipairs(res.rows) do
    out[#out + 1] = string.format("  %4d  %5.2f%%  %8.5f  %14s  %14s", r.year, r.rate * 100, r.factor, money(r.amount), money(r.present_value))
  end
  assumptions(out, { res.rate, "amounts are net flows (benefits minus costs) in real terms, constant prices of one base year" })
  return lines_of(out), res
end

local function run_bcr(opts)
  allow(opts, { "costs", "benefits", "rate" }, "calc bcr")
  need(opts, "costs", "calc bcr")
  need(opts, "benefits", "calc bcr")
  local res, err = econ.bcr(opts.costs, opts.benefits, opts.rate)
  if not res then input(as_option(err, opts)) end
  local out = { "Benefit-cost analysis" }
  row(out, "present value of costs", money(res.pv_costs))
  row(out, "present value of benefits", money(res.pv_benefits))
  row(out, "net present value", money(res.npv))
  row(out, "benefit-cost ratio", res.bcr and string.format("%.2f", res.bcr) or "not defined (no costs)")
  row(out, "break-even year", res.break_even_year and string.format("%d", res.break_even_year) or "not within the years given")
  out[#out + 1] = ""
  out[#out + 1] = string.format("  %4s  %8s  %14s  %14s  %14s", "year", "factor", "cost", "benefit", "cumulative net")
  for _, r in ipairs(res.rows) do
    out[#out + 1] = string.format("  %4d  %8.5f  %14s  %14s  %14s", r.year, r.factor, money(r.cost), money(r.benefit), money(r.cumulative_net))
  end
  local notes = {}
  for _, n in ipairs(res.notes) do notes[#notes + 1] = n end
  notes[#notes + 1] = "the break-even year is the first year from which discounted benefits so far stay at or above discounted costs so far"
  if #opts.costs ~= #opts.benefits then notes[#notes + 1] = "the shorter list is taken as 0 in the later years" end
  assumptions(out, notes)
  return lines_of(out), res
end

local function run_eac(opts)
  allow(opts, { "amount", "life", "rate", "timing" }, "calc eac")
  need(opts, "amount", "calc eac")
  need(opts, "life", "calc eac")
  local res, err = econ.eac(opts.amount, opts.life, opts.rate, opts.timing)
  if not res then input(as_option(err, opts)) end
  local out = { "Equivalent annual cost" }
  row(out, "set-up cost", money(res.amount))
  row(out, "years it serves", string.format("%d", res.life))
  row(out, "annuity factor", string.format("%.5f", res.annuity_factor))
  row(out, "equivalent annual cost", money(res.eac))
  assumptions(out, res.notes)
  return lines_of(out), res
end

local function run_reprice(opts)
  allow(opts, { "amount", "from_year", "to_year", "inflation" }, "calc reprice")
  need(opts, "amount", "calc reprice")
  need(opts, "from_year", "calc reprice")
  need(opts, "to_year", "calc reprice")
  local res, err = econ.reprice(opts.amount, opts.from_year, opts.to_year, opts.inflation)
  if not res then input(as_option(err, opts)) end
  local out = { "Price base" }
  row(out, string.format("in %d prices", res.from), money(res.amount))
  row(out, string.format("in %d prices", res.to), money(res.value))
  row(out, "factor", string.format("%.5f", res.factor))
  row(out, "deflator", string.format("%.4f in %d, %.4f in %d", res.deflator_from, res.from, res.deflator_to, res.to))
  assumptions(out, res.notes)
  return lines_of(out), res
end

local function run_icer(opts)
  allow(opts, { "costs", "qalys", "rate", "health_rate" }, "calc icer")
  need(opts, "costs", "calc icer")
  need(opts, "qalys", "calc icer")
  local res, err = econ.icer(opts.costs, opts.qalys, opts.rate, opts.health_rate)
  if not res then input(as_option(err, opts)) end
  local out = { "Incremental cost-effectiveness" }
  row(out, "extra cost (present value)", money(res.pv_costs))
  row(out, "QALYs gained (discounted)", string.format("%.4f", res.pv_effects))
  row(out, "cost per QALY gained", res.icer and money(res.icer) or "no ratio: see below")
  row(out, "the programme is", res.quadrant)
  assumptions(out, res.notes)
  return lines_of(out), res
end

local function run_breakeven(opts)
  allow(opts, { "costs", "benefit_per_sd", "rate" }, "calc breakeven")
  need(opts, "costs", "calc breakeven")
  need(opts, "benefit_per_sd", "calc breakeven")
  local res, err = econ.break_even(opts.costs, opts.benefit_per_sd, opts.rate)
  if not res then input(as_option(err, opts)) end
  local out = { "Break-even effect size" }
  row(out, "extra cost (present value)", money(res.pv_costs))
  row(out, "value of a one-SD effect", money(res.pv_benefit_per_sd))
  row(out, "break-even effect", string.format("%.3f standard deviations", res.effect))
  assumptions(out, res.notes)
  return lines_of(out), res
end

local function run_cost(opts, plan_name)
  allow(opts, {}, "calc cost")
  local core = require("evalwiz.core")
  local plan = require("evalwiz.plan")
  if not core.state.doc then error("no plan open", 0) end
  local res, err = econ.from_plan(plan.view(core.state.doc), core.state.pack and core.state.pack.costs)
  if not res then input(string.format("%s: %s", plan_name or "plan", err)) end
  local out = { "Cost of the programme" }
  row(out, "total", money(res.total))
  row(out, "set-up", money(res.setup))
  row(out, "recurrent", money(res.recurrent))
  row(out, "participants", res.participants and g(res.participants) or "not given")
  row(out, "completers", res.completers and g(res.completers) or "not given")
  row(out, "cost per participant", money(res.per_participant))
  row(out, "cost per completer", money(res.per_completer))
  if res.participants then
    row(out, "per participant, running", money(res.per_participant_recurrent))
    if res.eac_setup then
      row(out, "set-up, a year", string.format("%s (spread over %d years)", money(res.eac_setup), res.life))
      row(out, "per participant, steady", money(res.per_participant_steady))
    end
  end
  if res.incremental_per_participant then
    row(out, "usual support per family", money(res.usual))
    row(out, "extra over usual support", money(res.incremental_per_participant))
  end
  if res.qalys_per_participant then row(out, "QALYs per participant", string.format("%.4f (discounted)", res.qalys_per_participant)) end
  if res.icer_quadrant then
    row(out, "cost per QALY gained", res.icer and money(res.icer) or res.icer_quadrant)
  end
  if res.break_even_effect then row(out, "break-even effect", string.format("%.3f standard deviations", res.break_even_effect)) end
  if res.range then
    row(out, "range of the total", string.format("%s to %s", money(res.range.total_low), money(res.range.total_high)))
    if res.range.per_participant_low then
      row(out, "range per participant", string.format("%s to %s", money(res.range.per_participant_low), money(res.range.per_participant_high)))
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = "By category:"
  for _, c in ipairs(res.by_category) do
    out[#out + 1] = string.format("  %-26s %14s  %5.1f%%", c.category, money(c.total), c.share * 100)
  end
  out[#out + 1] = ""
  out[#out + 1] = "Items:"
  for _, it in ipairs(res.items) do
    out[#out + 1] = string.format("  %-26s %-10s %g x %s = %s", it.name, it.kind == "setup" and "set-up" or "recurrent",
      it.quantity, money(it.unit_cost), money(it.total))
  end
  if #res.sensitivity > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "Sensitivity (one item's unit cost at a time):"
    for _, s in ipairs(res.sensitivity) do
      local parts = {}
      if s.at_low then parts[#parts + 1] = string.format("at %s total %s", money(s.low), money(s.at_low)) .. (s.per_participant_low and string.format(" (%s per participant)", money(s.per_participant_low)) or "") end
      if s.at_high then parts[#parts + 1] = string.format("at %s total %s", money(s.high), money(s.at_high)) .. (s.per_participant_high and string.format(" (%s per participant)", money(s.per_participant_high)) or "") end
      out[#out + 1] = string.format("  %-26s %s", s.name, table.concat(parts, "; "))
    end
  end
  assumptions(out, res.notes)
  return lines_of(out), res
end

local RUNS = {
  npv = run_npv, bcr = run_bcr, eac = run_eac, reprice = run_reprice, icer = run_icer,
  breakeven = run_breakeven, pilot = run_pilot,
}
M.SUBCOMMANDS = "mdes, n, clusters, sites, points, pilot, npv, bcr, eac, reprice, icer, breakeven or cost"

-- run(sub, opts, format[, plan name]) -> { status = "ok", output = text }
-- or { status = "ok", json = value }, or { status = "usage" | "input",
-- message = ... }.  opts maps option keys (cluster_size for
-- --cluster-size) to numbers, text (design) or lists of numbers.
function M.run(sub, opts, format, plan_name)
  opts = opts or {}
  local ok, text, json = pcall(function()
    if TITLES[sub] then return run_power(sub, opts) end
    if RUNS[sub] then return RUNS[sub](opts) end
    if sub == "cost" then return run_cost(opts, plan_name) end
    usage("unknown calculation %s: use %s", tostring(sub), M.SUBCOMMANDS)
  end)
  if not ok then
    if type(text) == "table" and text.status then
      return ordered({ status = text.status, message = text.message }, { "status", "message" })
    end
    error(text, 0)
  end
  if format == "json" then
    return ordered({ status = "ok", json = json }, { "status", "json" })
  end
  return ordered({ status = "ok", output = text }, { "status", "output" })
end

return M
