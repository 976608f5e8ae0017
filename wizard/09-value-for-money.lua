-- Step 9: Value for money: what the service costs, and how costs are set
-- against what it achieves.
-- The cost items that have a quantity and a unit cost (the panel leaves the
-- others out and says so).
local function complete_items(rows)
  local out = {}
  for _, r in ipairs(rows) do
    if type(r) == "table" and type(r.quantity) == "number" and type(r.unit_cost) == "number" then
      out[#out + 1] = { item = r.item, category = r.category, quantity = r.quantity, unit_cost = r.unit_cost,
        kind = r.kind, low = r.low, high = r.high }
    end
  end
  return out
end

-- The economics of the plan (calc.econ.costs, as `evalwiz calc cost` gives
-- them), or nil.
local function economics(v)
  if not (calc and calc.econ) or type(v.cost_items) ~= "table" then return nil end
  local items = complete_items(v.cost_items)
  if #items == 0 then return nil end
  local life = v.programme_life_years or v.horizon_years
  local usual = v.usual_support_cost
  if usual == nil and v.comparator == "nothing" then usual = 0 end
  local ok, res = pcall(calc.econ.costs, items, {
    participants = v.participants, completers = v.completers,
    life = type(life) == "number" and math.max(1, math.floor(life)) or nil,
    rate = calc.econ.plan_rate(v), usual = usual,
    from_year = v.costs_price_year, to_year = v.price_base_year,
    inflation = type(v.future_inflation) == "number" and v.future_inflation / 100 or nil,
  })
  if ok and type(res) == "table" then return res end
  return nil, res
end

local function cost_panel(a)
  local v = a.value_for_money
  local rows = v.cost_items
  if type(rows) ~= "table" or #rows == 0 then
    return "Add cost items to see the total cost and the cost per family."
  end
  local s = checks.cost_summary(rows, v.participants, v.completers)
  local e, why = economics(v)
  local lines = {
    string.format("Total cost: %s (set-up %s, recurrent %s), from %d cost item%s.",
      checks.money(e and e.total or s.total), checks.money(e and e.setup or s.setup), checks.money(e and e.recurrent or s.recurrent),
      s.rows, s.rows == 1 and "" or "s"),
  }
  if e and e.price_factor then
    lines[#lines + 1] = string.format("Unit costs in %d prices, shown in %d prices (GDP deflator, x %.3f).", v.costs_price_year, v.price_base_year, e.price_factor)
  elseif why then
    lines[#lines + 1] = "The costs could not be worked out further: " .. tostring(why)
  end
  if s.incomplete > 0 then
    lines[#lines + 1] = string.format("%d item%s without a quantity or unit cost %s left out.", s.incomplete,
      s.incomplete == 1 and "" or "s", s.incomplete == 1 and "is" or "are")
  end
  if e and e.per_participant then
    lines[#lines + 1] = string.format("Cost per family starting: %s in a first year, with all the set-up costs (%s families).", checks.money(e.per_participant), tostring(v.participants))
    if e.per_participant_steady and e.eac_setup then
      lines[#lines + 1] = string.format("In a steady year: %s a family, the set-up costs spread over %d years (%s a family for running costs alone).",
        checks.money(e.per_participant_steady), e.life, checks.money(e.per_participant_recurrent))
    else
      lines[#lines + 1] = string.format("Running costs alone: %s a family; give the years the set-up costs serve to spread them.", checks.money(e.per_participant_recurrent))
    end
  elseif s.per_participant then
    lines[#lines + 1] = string.format("Cost per family starting: %s (%s families).", checks.money(s.per_participant), tostring(v.participants))
  else
    lines[#lines + 1] = "Enter the number of families who start to see the cost per family."
  end
  if s.per_completer then
    lines[#lines + 1] = string.format("Cost per family completing: %s (%s families).", checks.money(e and e.per_completer or s.per_completer), tostring(v.completers))
  end
  if e and e.incremental_per_participant then
    lines[#lines + 1] = string.format("Extra cost over usual support (%s a family): %s a family.", checks.money(e.usual), checks.money(e.incremental_per_participant))
  end
  if e and e.range then
    lines[#lines + 1] = string.format("Range, every item at its lowest then highest cost: %s to %s.", checks.money(e.range.total_low), checks.money(e.range.total_high))
  end
  if calc and calc.econ and type(v.horizon_years) == "number" and v.horizon_years >= 1 then
    -- set-up and the first year's running costs in year 0, running costs
    -- again in each later year of the horizon; 3.5% is the Green Book
    -- schedule (nil), any other rate is used as given
    local setup, recurrent = e and e.setup or s.setup, e and e.recurrent or s.recurrent
    local flows = { setup + recurrent }
    for y = 2, math.min(math.floor(v.horizon_years), 100) do flows[y] = recurrent end
    local ok, res = pcall(calc.econ.npv, flows, calc.econ.plan_rate(v))
    if ok and type(res) == "table" and type(res.npv) == "number" then
      lines[#lines + 1] = string.format("Present value of costs over %d years, discounted at %s%%: %s.",
        #flows, tostring(v.discount_rate or 3.5), checks.money(res.npv))
    end
  end
  if e and e.incremental_per_participant and type(v.qaly_gain) == "number" and type(v.qaly_years) == "number" and v.qaly_years >= 1 then
    local gains = {}
    for t = 1, math.min(math.floor(v.qaly_years), 100) do gains[t] = v.qaly_gain end
    local rate = v.health_discount == "nice" and "nice" or "health"
    local ok, q = pcall(calc.econ.qalys, gains, rate)
    if ok and type(q) == "number" then
      local ok2, r = pcall(calc.econ.icer, { e.incremental_per_participant }, { q })
      if ok2 and type(r) == "table" then
        lines[#lines + 1] = string.format("QALYs gained per family: %.3f, discounted at %s; %s.", q,
          rate == "nice" and "NICE's 3.5%" or "the Green Book's 1.5% for health",
          r.icer and string.format("%s per QALY gained", checks.money(r.icer)) or ("the programme is " .. r.quadrant))
      end
    end
  end
  if e and e.incremental_per_participant and type(v.benefit_per_sd) == "number" and type(v.benefit_years) == "number" and v.benefit_years >= 1 then
    local b = {}
    for t = 1, math.min(math.floor(v.benefit_years), 100) do b[t] = v.benefit_per_sd end
    local ok, r = pcall(calc.econ.break_even, { e.incremental_per_participant }, b, calc.econ.plan_rate(v))
    if ok and type(r) == "table" then
      lines[#lines + 1] = string.format("Break-even: an effect of %.2f standard deviations repays the extra cost.", r.effect)
    end
  end
  return table.concat(lines, "\n")
end

local function not_cost_only(a)
  local t = a.value_for_money.type
  return t ~= nil and t ~= "cost_analysis"
end

return step {
  id = "value_for_money",
  number = 9,
  title = "Value for money",
  short = "Value for money",
  level = "none",
  leads_to = "whether the service is worth its cost (the evidence rating does not change)",
  prerequisites = { "impact" },
  purpose = "Work out what the service costs per family and plan how to set its costs against what it achieves, so commissioners can judge whether it is worth paying for.",
  guidance = [[
An impact evaluation can show that outcomes changed, but not whether the change was worth the money; that is the job of an economic evaluation.
It must be planned from the start, or the right cost data will not be collected.
The simplest kind is a cost analysis: what does a place cost?
Cost-effectiveness sets cost against one outcome (for example, cost per child whose behaviour moves out of the clinical range); cost-benefit puts a money value on the outcomes too; cost-consequence lists costs next to each outcome without adding them up, which often suits early intervention, where many outcomes are hard to value in money.
Say whose costs count (the perspective), what you compare with, over how many years, and in which year's prices.
Future costs and benefits are discounted at 3.5% a year, HM Treasury's Green Book rate.
EIF's evidence rating is about impact, not cost, so this step does not change the level, but it is what commissioners ask for next.
(HM Treasury, Magenta Book and Green Book; EIF Guidebook.)]],
  fields = {
    choice {
      id = "type",
      label = "What kind of economic evaluation will you do?",
      help = "Start with a cost analysis if you have no impact estimate yet; the other kinds need the impact evaluation's results.",
      example = "cost_consequence",
      terms = { "cost analysis", "cost-effectiveness analysis", "cost-benefit analysis", "cost-consequence analysis", "SROI" },
      required = true,
      options = {
        { "cost_analysis", "cost analysis", help = "What the service costs in total, per family starting and per family completing." },
        { "cost_effectiveness", "cost-effectiveness", help = "Cost per unit of one main outcome, compared with the alternative." },
        { "cost_benefit", "cost-benefit", help = "Money values for costs and outcomes; shows whether benefits exceed costs (net present value, benefit-cost ratio)." },
        { "cost_consequence", "cost-consequence", help = "Costs reported next to each outcome in its own units, without combining them; suits services with many outcomes." },
        { "sroi", "social return on investment", help = "Social value per pound invested, valued with stakeholders; adjusts for change that would have happened anyway." },
      },
    },
    choice {
      id = "perspective",
      label = "Whose costs and benefits count?",
      help = "The perspective decides what is included: only your organisation's budget, the wider public sector, or society as a whole (including families' own time and costs).",
      example = "public_sector",
      terms = { "perspective" },
      required = true,
      options = {
        { "single_agency", "our organisation only", help = "Only costs and savings to the organisation paying for the service." },
        { "local_authority", "the council", help = "Costs and savings across the council's services." },
        { "public_sector", "the public sector", help = "Council, NHS, schools, police and justice: the usual choice for public services." },
        { "health", "health and social care", help = "The NHS and social care, as in NICE appraisals." },
        { "society", "society as a whole", help = "Everyone, including families' own costs and time and volunteers' time." },
      },
    },
    choice {
      id = "comparator",
      label = "What will the service be compared with?",
      help = "What families would get otherwise. It should match the impact evaluation's comparison group.",
      example = "usual_support",
      terms = { "comparator", "business as usual" },
      required = true,
      options = {
        { "usual_support", "usual support", help = "The services families would receive anyway." },
        { "waitlist", "waiting list", help = "Delayed support, as in a waiting-list trial." },
        { "alternative_service", "another service", help = "A different programme for the same families." },
        { "nothing", "no service", help = "Only when families would really get nothing else." },
      },
    },
    textarea {
      id = "type_reason",
      label = "Why this kind of economic evaluation?",
      help = "Your reason for the type: which question commissioners need answered, how many outcomes matter, and whether they can be valued in money.",
      example = "The programme aims at several outcomes (behaviour, parenting, stress, school readiness) that cannot fairly be added up in money, and commissioners want to see each next to the cost; a cost-consequence analysis shows them side by side.",
      terms = { "cost-consequence analysis" },
      required = true,
      when = function(a) return a.value_for_money.type ~= nil end,
    },
    textarea {
      id = "perspective_reason",
      label = "Why count costs and benefits from that point of view?",
      help = "Your reason for the perspective: who pays for the service, and whose budgets the benefits fall on.",
      example = "The council pays for the programme, but fewer behaviour problems would save schools, child mental health services and children's social care money, so the public sector as a whole is the right perspective.",
      terms = { "perspective" },
      required = true,
      when = function(a) return a.value_for_money.perspective ~= nil end,
    },
    textarea {
      id = "comparator_reason",
      label = "Why compare with that?",
      help = "Your reason for the comparator: it should be what families would otherwise get, and match the impact study's comparison group, so the extra cost is set against the extra effect.",
      example = "Waiting-list families receive usual support until they are offered a group, so the cost of usual support is what the programme adds to; it is the same comparison the trial makes.",
      terms = { "comparator", "business as usual" },
      required = true,
      when = function(a) return a.value_for_money.comparator ~= nil end,
    },
    number {
      id = "horizon_years",
      label = "Over how many years will costs and benefits be counted?",
      help = "The time horizon. Long enough to capture the main benefits; early intervention benefits can take years to appear.",
      example = 5,
      unit = "years", min = 1, max = 100,
      terms = { "time horizon" },
      required = true,
    },
    number {
      id = "price_base_year",
      label = "Which year's prices will you use?",
      help = "The price base: all costs are expressed in this year's money so that they can be added up fairly.",
      example = 2027,
      integer = true, min = 1990, max = 2100,
      terms = { "price base" },
      required = true,
    },
    number {
      id = "discount_rate",
      label = "What discount rate will you use?",
      help = "The yearly rate that turns future costs and benefits into today's value. HM Treasury's Green Book sets 3.5% for public-sector appraisal; keep it unless you have a reason.",
      example = 3.5,
      default = 3.5,
      unit = "%", min = 0, max = 20,
      terms = { "discount rate" },
    },
    textarea {
      id = "horizon_reason",
      label = "Why count costs and benefits over that many years?",
      help = "Your reason for the time horizon: it should cover the years the service runs and the years in which its main benefits are expected to appear.",
      example = "Five years covers the trial's four years of delivery and the children's first year at school, when the savings to schools that the programme aims at would show; beyond that we have no evidence of lasting effects.",
      terms = { "time horizon" },
      required = true,
      when = function(a) return type(a.value_for_money.horizon_years) == "number" end,
    },
    textarea {
      id = "discount_reason",
      label = "Why use a discount rate other than the Green Book's 3.5%?",
      help = "HM Treasury's Green Book rate is 3.5% a year for public-sector appraisal (1.5% for health effects). Say why a different rate is right here.",
      example = "Health effects are discounted at the Green Book's health rate of 1.5%, because the outcome valued is quality of life.",
      terms = { "discount rate", "Green Book" },
      required = true,
      when = function(a) local r = a.value_for_money.discount_rate return type(r) == "number" and r ~= 3.5 end,
    },
    records {
      id = "cost_items",
      label = "What does the service cost?",
      help = "One row per resource: staff time, training, supervision, materials, venues, travel, overheads. Give a quantity and a unit cost; mark set-up costs (paid once, such as initial training) and recurrent costs (paid every year). The panel adds them up.",
      example = "item: family practitioner time; category: staff; quantity: 1,600 hours; unit cost: £32; kind: recurrent",
      terms = { "cost analysis", "set-up costs" },
      item_label = "cost item",
      required = true,
      columns = {
        text { id = "item", label = "Item", help = "What the resource is.", example = "Family practitioner time" },
        choice {
          id = "category", label = "Category", help = "The kind of cost.", example = "staff",
          options = {
            { "staff", "staff time", help = "Delivery staff time, including preparation and travel time." },
            { "training", "training", help = "Initial and refresher training, and licences." },
            { "supervision", "supervision", help = "Supervisors' and managers' time." },
            { "materials", "materials", help = "Manuals, handouts, equipment." },
            { "venue", "venues", help = "Room hire or a share of building costs." },
            { "travel", "travel", help = "Mileage and fares." },
            { "overheads", "overheads", help = "Management, HR, IT and finance on-costs." },
            { "other", "other", help = "Anything else, such as crèche or refreshments." },
          },
        },
        number { id = "quantity", label = "Quantity", help = "How many units are used a year (or once, for set-up).", example = 1600, min = 0 },
        number { id = "unit_cost", label = "Unit cost (£)", help = "The cost of one unit, in pounds at the price-base year.", example = 32, min = 0, unit = "£" },
        number { id = "low", label = "Lowest unit cost (£)", help = "Optional: the lowest plausible unit cost, for the sensitivity analysis.", example = 28, min = 0, unit = "£" },
        number { id = "high", label = "Highest unit cost (£)", help = "Optional: the highest plausible unit cost, for the sensitivity analysis.", example = 40, min = 0, unit = "£" },
        choice {
          id = "kind", label = "Set-up or recurrent?", help = "Whether it is paid once or every year.", example = "recurrent",
          options = {
            { "setup", "set-up", help = "Paid once to start the service." },
            { "recurrent", "recurrent", help = "Paid every year the service runs." },
          },
        },
      },
    },
    number {
      id = "participants",
      label = "How many families start the service in a year?",
      help = "Families who attend at least one session, for the same year as the costs.",
      example = 60,
      integer = true, min = 0,
      required = true,
    },
    number {
      id = "completers",
      label = "How many of them complete it?",
      help = "Families who meet your completion rule from the blueprint.",
      example = 45,
      integer = true, min = 0,
      validate = function(v, a)
        local p = a.value_for_money.participants
        if type(p) == "number" and v > p then return "more families complete than start" end
      end,
    },
    -- The economics questions (calc's block; econ.lua and the panel read them).
    number {
      id = "programme_life_years",
      label = "For how many years will the set-up costs serve?",
      help = "Initial training, licences and equipment are paid once but used for several years. Their cost is spread over those years (the equivalent annual cost) so that one year's families do not carry it all. Leave empty to use the time horizon.",
      example = 5,
      unit = "years", integer = true, min = 1, max = 100,
      terms = { "set-up costs" },
    },
    number {
      id = "usual_support_cost",
      label = "What does usual support cost per family?",
      help = "The cost of what comparison families get anyway (health visiting, early help key work), per family over the same period. The extra cost of the service is its cost less this.",
      example = 300,
      unit = "£", min = 0,
      terms = { "comparator" },
      when = function(a) return a.value_for_money.comparator ~= "nothing" end,
    },
    number {
      id = "costs_price_year",
      label = "In which year's prices are the unit costs?",
      help = "If the unit costs come from an older source, give its year: they are converted to the price base year with HM Treasury's GDP deflator. Leave empty if they are already in the price base year.",
      example = 2024,
      integer = true, min = 1990, max = 2100,
      terms = { "price base" },
    },
    number {
      id = "future_inflation",
      label = "What inflation should be assumed after the last published deflator?",
      help = "HM Treasury's GDP deflator series in evalwiz ends in 2024. For later years give an assumed rate a year, for example the Office for Budget Responsibility's latest forecast.",
      example = 2,
      unit = "%", min = -5, max = 20,
      when = function(a)
        local v = a.value_for_money
        return type(v.costs_price_year) == "number" and v.costs_price_year ~= v.price_base_year
      end,
    },
    number {
      id = "qaly_gain",
      label = "How many quality-adjusted life years (QALYs) might each family gain a year?",
      help = "For a cost-utility comparison: the health gain per family each year, in QALYs, from published studies of similar outcomes. Leave empty if you will not value outcomes in QALYs.",
      example = 0.02,
      min = 0, max = 1,
      when = not_cost_only,
    },
    number {
      id = "qaly_years",
      label = "For how many years does the QALY gain last?",
      help = "The years over which the gain is counted, from the first.",
      example = 3,
      unit = "years", integer = true, min = 1, max = 100,
      when = function(a) return not_cost_only(a) and type(a.value_for_money.qaly_gain) == "number" end,
    },
    choice {
      id = "health_discount",
      label = "At what rate are health gains discounted?",
      help = "The Green Book discounts health effects at 1.5% a year; NICE discounts costs and health effects alike at 3.5%.",
      example = "green_book",
      default = "green_book",
      options = {
        { "green_book", "1.5% (Green Book health rate)", help = "HM Treasury's rate for health effects, for public-sector appraisal." },
        { "nice", "3.5% (NICE reference case)", help = "NICE's rate, for health technology appraisal." },
      },
      when = function(a) return not_cost_only(a) and type(a.value_for_money.qaly_gain) == "number" end,
    },
    number {
      id = "benefit_per_sd",
      label = "What is a one-standard-deviation improvement worth per family each year?",
      help = "For a break-even estimate: the money value (savings to services, or a monetised benefit) of improving the primary outcome by one standard deviation, per family per year, with its source in the valuation answer. The panel gives the effect at which the benefits repay the extra cost.",
      example = 800,
      unit = "£", min = 0,
      when = not_cost_only,
    },
    number {
      id = "benefit_years",
      label = "For how many years does that benefit last?",
      help = "The years over which the benefit is counted, from the first.",
      example = 4,
      unit = "years", integer = true, min = 1, max = 100,
      when = function(a) return not_cost_only(a) and type(a.value_for_money.benefit_per_sd) == "number" end,
    },
    computed {
      id = "cost_per_family_steady",
      label = "Cost per family in a steady year (£)",
      help = "Running costs plus the set-up costs spread over the years they serve, per family starting, in the price base year.",
      compute = function(a)
        local e = economics(a.value_for_money)
        return e and e.per_participant_steady or nil
      end,
    },
    computed {
      id = "total_cost",
      label = "Total cost (£)",
      help = "The sum of quantity times unit cost over all cost items.",
      compute = function(a)
        local v = a.value_for_money
        if type(v.cost_items) ~= "table" then return nil end
        return checks.cost_summary(v.cost_items, v.participants, v.completers).total
      end,
    },
    textarea {
      id = "outcome_valuation",
      label = "How will outcomes be counted or valued?",
      help = "For each outcome, the unit you will report (cost-effectiveness, cost-consequence) or the money value you will use and its source (cost-benefit, SROI), such as the fiscal cost of a school exclusion from a published unit-cost database.",
      example = "Cost-consequence table: cost per family next to the change in ECBI score, the share of children moving out of the clinical range, and parental stress. Illustrative savings use the Greater Manchester unit cost database for school exclusion and a children's social care assessment.",
      terms = { "cost-consequence analysis", "unit cost" },
      required = true,
      when = not_cost_only,
    },
    textarea {
      id = "sroi_adjustments",
      label = "How will you adjust for change that would have happened anyway?",
      help = "SROI subtracts deadweight (what would have happened anyway), displacement, attribution (credit due to others) and drop-off (effects fading). Say where each figure comes from.",
      example = "Deadweight from the waiting-list group's change; attribution 20% agreed with partners; drop-off 25% a year.",
      terms = { "deadweight", "attribution" },
      when = function(a) return a.value_for_money.type == "sroi" end,
    },
    textarea {
      id = "sensitivity",
      label = "How will you test how much the answer depends on your assumptions?",
      help = "Sensitivity analysis: repeat the calculation with different values for the uncertain inputs (effect size, unit costs, take-up, discount rate, how long effects last) and report how the conclusion changes.",
      example = "One-way sensitivity on practitioner cost (±20%), completion rate (60% to 85%), group size (8 to 12 families) and discount rate (1.5% and 3.5%); a best and worst case scenario.",
      terms = { "sensitivity analysis" },
      required = true,
    },
  },
  panels = {
    panel { id = "costs", title = "Cost per family", render = cost_panel },
  },
}
