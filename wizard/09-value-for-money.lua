-- Step 9: Value for money: what the service costs, and how costs are set
-- against what it achieves.
local function cost_panel(a)
  local v = a.value_for_money
  local rows = v.cost_items
  if type(rows) ~= "table" or #rows == 0 then
    return "Add cost items to see the total cost and the cost per family."
  end
  local s = checks.cost_summary(rows, v.participants, v.completers)
  local lines = {
    string.format("Total cost: %s (set-up %s, recurrent %s), from %d cost item%s.",
      checks.money(s.total), checks.money(s.setup), checks.money(s.recurrent), s.rows, s.rows == 1 and "" or "s"),
  }
  if s.incomplete > 0 then
    lines[#lines + 1] = string.format("%d item%s without a quantity or unit cost %s left out.", s.incomplete,
      s.incomplete == 1 and "" or "s", s.incomplete == 1 and "is" or "are")
  end
  if s.per_participant then
    lines[#lines + 1] = string.format("Cost per family starting: %s (%s families).", checks.money(s.per_participant), tostring(v.participants))
  else
    lines[#lines + 1] = "Enter the number of families who start to see the cost per family."
  end
  if s.per_completer then
    lines[#lines + 1] = string.format("Cost per family completing: %s (%s families).", checks.money(s.per_completer), tostring(v.completers))
  end
  if calc and calc.econ and type(v.horizon_years) == "number" and v.horizon_years >= 1 then
    -- set-up and the first year's running costs in year 0, running costs
    -- again in each later year of the horizon; 3.5% is the Green Book
    -- schedule (nil), any other rate is used as given
    local flows = { s.setup + s.recurrent }
    for y = 2, math.min(math.floor(v.horizon_years), 100) do flows[y] = s.recurrent end
    local rate = v.discount_rate
    if type(rate) ~= "number" or rate == 3.5 then rate = nil else rate = rate / 100 end
    local ok, res = pcall(calc.econ.npv, flows, rate)
    if ok and type(res) == "table" and type(res.npv) == "number" then
      lines[#lines + 1] = string.format("Present value of costs over %d years, discounted at %s%%: %s.",
        #flows, tostring(v.discount_rate or 3.5), checks.money(res.npv))
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
