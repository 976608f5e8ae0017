-- calc.lua: the reports of `evalwiz calc`.  C parses the options into
-- numbers, text and lists and calls run(); this module checks which options
-- fit the calculation, calls power.lua or econ.lua, and writes the text
-- report (every assumption stated) or the value C prints as JSON.
local power = require("evalwiz.power")
local econ = require("evalwiz.econ")

local M = {}

local function ordered(t, order) return setmetatable(t, { __order = order }) end
local function seq(t) return setmetatable(t or {}, { __kind = "seq" }) end

local function option_name(key) return "--" .. key:gsub("_", "-") end

-- Outcomes of run(): C exits 64 for "usage", 65 for "input".
local function usage(fmt, ...) error({ status = "usage", message = string.format(fmt, ...) }, 0) end
local function input(msg) error({ status = "input", message = msg }, 0) end

-- A message from power/econ names the input by its Lua key; on the command
-- line the user knows it as an option.
local function as_option(msg, opts)
  return (msg:gsub("^([%w_]+)", function(w)
    if opts[w] ~= nil then return option_name(w) end
  end))
end

-- ---- which options each calculation takes ------------------------------

local DESIGN_OPTIONS = {
  ira = { "n", "p", "r2", "g" },
  matched = { "n", "p", "r2", "g" },
  cra2 = { "clusters", "cluster_size", "icc", "p", "r2_1", "r2_2", "g" },
  prepost = { "n", "r" },
}
local TEST_OPTIONS = { "design", "alpha", "power", "tails", "attrition" }

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

local function lines_of(t)
  return table.concat(t, "\n") .. "\n"
end

local function assumptions(out, notes)
  out[#out + 1] = "Assumptions:"
  for _, n in ipairs(notes) do out[#out + 1] = "  - " .. n end
end

-- ---- power reports -----------------------------------------------------------

local INPUT_LABELS = {
  design = "design", n = "n", mdes = "target MDES", clusters = "clusters J", cluster_size = "people per cluster",
  icc = "intraclass correlation", p = "share in programme group P", r2 = "R2", r2_1 = "R2 level 1",
  r2_2 = "R2 level 2", g = "covariates g", r = "pre-post correlation r", alpha = "alpha",
  power = "power", tails = "tails",
}

local function power_text(sub, res, recruit)
  local out = {}
  local title = sub == "mdes" and "Minimum detectable effect size" or
    (sub == "clusters" and "Clusters needed" or "Sample needed")
  out[#out + 1] = string.format("%s: %s", title, power.DESIGN_NAMES[res.design])
  local function row(label, value) out[#out + 1] = string.format("  %-26s %s", label, value) end
  if sub == "mdes" then
    row("MDES", string.format("%.3f standard deviations", res.mdes))
    if res.mdes_dz then row("MDES as dz", string.format("%.3f SD of the change", res.mdes_dz)) end
  else
    row("target MDES", g(res.target_mdes))
    if res.clusters then row("clusters needed", string.format("%d", res.clusters))
    else row(res.design == "prepost" and "pairs needed" or "sample needed", string.format("%d", res.n)) end
    row("MDES at that size", string.format("%.3f", res.mdes))
  end
  if res.design == "cra2" then
    if sub == "mdes" then row("clusters", string.format("%d", res.clusters)) end
    row("people per cluster", g(res.cluster_size))
    row("people in all", g(res.total_n))
    row("design effect", string.format("%.3f", res.design_effect))
    row("effective sample", string.format("%.1f", res.effective_n))
  elseif sub == "mdes" then
    row(res.design == "prepost" and "pairs" or "sample", string.format("%d", res.n))
  end
  row("degrees of freedom", string.format("%d", res.df))
  row("multiplier M", string.format("%.4f", res.multiplier))
  row("standard error", string.format("%.5f", res.se))
  if res.power_achieved then row("power achieved", string.format("%.4f", res.power_achieved)) end
  if res.icc_sensitivity then
    local parts = {}
    for _, s in ipairs(res.icc_sensitivity) do
      parts[#parts + 1] = string.format("%g: %s", s.icc, sub == "mdes" and string.format("%.3f", s.mdes) or string.format("%d", s.clusters))
    end
    row(sub == "mdes" and "MDES if the ICC were" or "clusters if the ICC were", table.concat(parts, ", "))
  end
  if recruit then
    row("recruit", recruit.text)
  end
  local notes = {}
  for _, n in ipairs(res.notes) do notes[#notes + 1] = n end
  local ins = {}
  for _, k in ipairs(getmetatable(res.inputs).__order) do
    ins[#ins + 1] = string.format("%s = %s", INPUT_LABELS[k] or k, tostring(res.inputs[k]))
  end
  notes[#notes + 1] = "inputs: " .. table.concat(ins, ", ")
  assumptions(out, notes)
  return lines_of(out)
end

local function recruit_for(res, attrition)
  if attrition == nil then return nil end
  local function check(v, err) if v == nil then input(option_name("attrition") .. err:gsub("^attrition", "")) end return v end
  if res.design == "cra2" then
    local per = check(power.recruit(res.cluster_size, attrition))
    local total = per * res.clusters
    return {
      value = total, per_cluster = per,
      text = string.format("%d people (%d in each of %d clusters)", total, per, res.clusters),
      note = string.format("attrition %g%%: individuals drop out at that rate in every cluster and no cluster drops out; recruit = people per cluster / (1 - attrition), rounded up", attrition * 100),
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

local function run_power(sub, opts)
  local design = opts.design
  if design == nil then usage("calc %s needs --design (ira, matched, cra2 or prepost)", sub) end
  if not DESIGN_OPTIONS[design] then usage("--design must be ira, matched, cra2 or prepost, not %s", design) end
  local allowed = {}
  for _, k in ipairs(TEST_OPTIONS) do allowed[#allowed + 1] = k end
  for _, k in ipairs(DESIGN_OPTIONS[design]) do allowed[#allowed + 1] = k end
  local unit = design == "cra2" and "clusters" or "n"
  local what = string.format("calc %s --design %s", sub, design)
  if sub == "mdes" then
    need(opts, unit, what)
  else
    if sub == "clusters" and design ~= "cra2" then usage("calc clusters is for --design cra2; use calc n for %s", design) end
    if sub == "n" and design == "cra2" then usage("for --design cra2 use calc clusters") end
    need(opts, "mdes", what)
    for i, k in ipairs(allowed) do if k == unit then table.remove(allowed, i) break end end
    allowed[#allowed + 1] = "mdes"
  end
  allow(opts, allowed, what)
  if design == "cra2" then
    need(opts, "cluster_size", what)
    need(opts, "icc", what)
  end
  local spec = {}
  for k, v in pairs(opts) do if k ~= "attrition" then spec[k] = v end end
  local res, err
  if sub == "mdes" then res, err = power.mdes(spec) else res, err = power.sample(spec) end
  if not res then input(as_option(err, opts)) end
  if design == "cra2" then
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
      if recruit.per_cluster then
        order[#order + 1] = "recruit_per_cluster"
        json.recruit_per_cluster = recruit.per_cluster
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

-- ---- economics reports -------------------------------------------------------

local function rate_of(opts)
  return opts.rate
end

local function run_npv(opts)
  allow(opts, { "flows", "rate" }, "calc npv")
  need(opts, "flows", "calc npv")
  local res, err = econ.npv(opts.flows, rate_of(opts))
  if not res then input(as_option(err, opts)) end
  local out = { "Net present value" }
  out[#out + 1] = string.format("  %-26s %s", "NPV", money(res.npv))
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
  local res, err = econ.bcr(opts.costs, opts.benefits, rate_of(opts))
  if not res then input(as_option(err, opts)) end
  local out = { "Benefit-cost analysis" }
  local function row(label, value) out[#out + 1] = string.format("  %-26s %s", label, value) end
  row("present value of costs", money(res.pv_costs))
  row("present value of benefits", money(res.pv_benefits))
  row("net present value", money(res.npv))
  row("benefit-cost ratio", res.bcr and string.format("%.2f", res.bcr) or "not defined (no costs)")
  row("break-even year", res.break_even_year and string.format("%d", res.break_even_year) or "not within the years given")
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

local function run_cost(opts, plan_name)
  allow(opts, {}, "calc cost")
  local core = require("evalwiz.core")
  local plan = require("evalwiz.plan")
  if not core.state.doc then error("no plan open", 0) end
  local res, err = econ.from_plan(plan.view(core.state.doc))
  if not res then input(string.format("%s: %s", plan_name or "plan", err)) end
  local out = { "Cost of the programme" }
  local function row(label, value) out[#out + 1] = string.format("  %-26s %s", label, value) end
  row("total", money(res.total))
  row("set-up", money(res.setup))
  row("recurrent", money(res.recurrent))
  row("participants", res.participants and g(res.participants) or "not given")
  row("completers", res.completers and g(res.completers) or "not given")
  row("cost per participant", money(res.per_participant))
  row("cost per completer", money(res.per_completer))
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

-- run(sub, opts, format[, plan name]) -> { status = "ok", output = text }
-- or { status = "ok", json = value }, or { status = "usage" | "input",
-- message = ... }.  opts maps option keys (cluster_size for
-- --cluster-size) to numbers, text (design) or lists of numbers.
function M.run(sub, opts, format, plan_name)
  opts = opts or {}
  local ok, text, json = pcall(function()
    if sub == "mdes" or sub == "n" or sub == "clusters" then return run_power(sub, opts) end
    if sub == "npv" then return run_npv(opts) end
    if sub == "bcr" then return run_bcr(opts) end
    if sub == "cost" then return run_cost(opts, plan_name) end
    usage("unknown calculation %s: use mdes, n, clusters, npv, bcr or cost", tostring(sub))
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
