-- Step 5: Pilot impact study: a first, small test of whether the intended
-- child outcomes move, measured before and after, which also collects the
-- numbers the trial's sample size needs.
local eif = require("eif")

local TIMEPOINTS = {
  { "baseline", "before the programme (baseline)", help = "At referral or the first session, before the programme has had any effect." },
  { "mid", "half way", help = "During the programme, for example at session 6." },
  { "end", "end of the programme", help = "At or just after the last session." },
  { "m3", "3 months after the end", help = "Shows whether early change holds." },
  { "m6", "6 months after the end", help = "A medium-term check." },
  { "m12", "12 months after the end", help = "Long-term: needed to show effects last a year or more." },
  { "m24", "24 months after the end", help = "Longer-term follow-up." },
}

-- The pilot panel: what a pilot of this size can tell the trial that follows
-- it (the precision of its retention and of the outcome's SD, calc.pilot),
-- and the before-and-after change it could detect, which is not what a
-- pilot is judged by.
local function pilot_panel(a)
  if not (calc and calc.power) then return "The power calculator is not available in this build." end
  local p = a.pilot_outcome
  if type(p.participants) ~= "number" then
    return "Enter the number of families to see what the pilot can tell you."
  end
  local analysed = p.participants
  if type(p.attrition) == "number" then analysed = math.floor(p.participants * (1 - p.attrition / 100)) end
  local lines = {}
  if calc.pilot and p.participants >= 3 then
    local keep = type(p.attrition) == "number" and 1 - p.attrition / 100 or nil
    local ok, pre = pcall(calc.pilot.precision, { n = math.floor(p.participants), retention = keep and keep > 0 and keep < 1 and keep or nil })
    if ok and type(pre) == "table" then
      lines[#lines + 1] = string.format("A pilot of %d families is planned for what it tells the trial, not for an effect:", math.floor(p.participants))
      if pre.retention then
        lines[#lines + 1] = string.format("- if %.0f%% stay, its estimate of retention is good to plus or minus %.0f points (95%% interval %.0f%% to %.0f%%);",
          100 * pre.retention.estimate, 100 * pre.retention.half_width, 100 * pre.retention.lower, 100 * pre.retention.upper)
      end
      lines[#lines + 1] = string.format("- the true SD of the outcome could be %.2f to %.2f times the one it finds; plan the trial with %.2f times it (the upper 80%% limit), %.0f%% more families.",
        pre.sd.lower, pre.sd.upper, pre.sd.upper_80, 100 * (pre.sd.upper_80 ^ 2 - 1))
    end
  end
  local r = type(p.correlation) == "number" and p.correlation or 0.5
  local res, why = checks.run_mdes(calc.power, { design = "prepost", n = analysed, r = r, alpha = 0.05, power = 0.8, tails = 2 })
  if not res then
    lines[#lines + 1] = "The calculator could not work out the change it could detect: " .. tostring(why)
    return table.concat(lines, "\n")
  end
  lines[#lines + 1] = string.format("With %d families measured before and after (pre-post correlation %g), a paired test at the 5%% level with 80%% power", analysed, r)
  lines[#lines + 1] = string.format("can detect a change of %.2f standard deviations or more; a pilot is not judged by this figure.", res.mdes)
  local warnings = {}
  if type(p.expected_change) == "number" then
    if p.expected_change < res.mdes then
      lines[#lines + 1] = string.format("You expect %.2f: a change that size may not reach significance; report it with its confidence interval as descriptive, and judge the pilot by its progression criteria.", p.expected_change)
      -- shown at the top of the step too, where it is seen
      warnings[1] = string.format("the pilot is too small to detect the %.2f you expect (it can detect %.2f); treat its result as descriptive", p.expected_change, res.mdes)
    else
      lines[#lines + 1] = string.format("You expect %.2f: the pilot should be able to detect it.", p.expected_change)
    end
  end
  lines[#lines + 1] = "A pilot shows change, not that the programme caused it (Level 2 at most)."
  return { text = table.concat(lines, "\n"), warnings = warnings }
end

return step {
  id = "pilot_outcome",
  number = 5,
  title = "Pilot impact study",
  short = "Pilot",
  level = "L2",
  leads_to = "preliminary evidence (EIF Level 2 at most), and the numbers a trial needs to plan its sample",
  prerequisites = { "process_study" },
  purpose = "Test, cheaply and early, whether the child outcomes in your theory of change start to move, and learn how to measure them and keep families in the study.",
  guidance = [[
A pilot outcome study measures at least one short-term outcome from your theory of change before and after the programme, using established questionnaires that are known to measure what they claim (validity) and to give consistent results (reliability).
A statistical test then checks whether the change is bigger than chance.
A pilot cannot show that the programme caused the change: children's behaviour often improves anyway as they grow, and families referred at a crisis point tend to improve whatever happens (regression to the mean).
At best it supports EIF Level 2, preliminary evidence, and tells you whether a full impact evaluation is worth the money.
Use the pilot to learn which measures work, how many families you can recruit and keep, and how big a change to expect.
It is also where the numbers behind the trial's sample size come from: how many eligible families agree to take part each month, how many are lost before the last measurement, how spread out the scores are at the start (the standard deviation) and, for a group programme, how alike families in the same group become (the intraclass correlation).
Say which of these the pilot will collect, so the trial's sample size rests on your own figures rather than guesses.
(EIF Evaluation Hub, step 5: pilot impact studies.)]],
  fields = {
    records {
      id = "measures",
      label = "Which outcomes will you measure, and how?",
      help = "One row per measure: the outcome it measures (picked from your theory of change and logic model), the questionnaire or data, who reports it, when it is taken, and how good it is. Prefer established measures with published evidence of validity and reliability for families like yours.",
      example = "outcome: fewer child behaviour problems at home; measure: Eyberg Child Behavior Inventory (ECBI) intensity scale; informant: parent; timepoints: baseline, end, 6 months; validated: validated; evidence: good reliability and UK norms for ages 2 to 16",
      terms = { "validity", "reliability", "informant" },
      item_label = "measure",
      required = true,
      validate = function(v)
        local m = checks.measures_without_timepoint(v)
        if m then return m end
        return checks.warn(checks.measures_without_baseline(v) or checks.unvalidated_measures(v))
      end,
      columns = {
        choice { id = "outcome", label = "Outcome", help = "The outcome this measures, from your earlier steps.", example = "Fewer child behaviour problems at home",
          options = function(a) return eif.outcome_options(a, tr("(name outcomes in steps 1 and 2 first)")) end },
        text { id = "measure", label = "Measure", help = "The name of the questionnaire, scale or record.", example = "Eyberg Child Behavior Inventory (ECBI)" },
        choice {
          id = "informant", label = "Who reports it?", help = "Whose answers or records the measure uses.", example = "parent",
          options = {
            { "parent", "parent or carer", help = "The parent fills in a questionnaire about the child or themselves." },
            { "child", "child", help = "The child answers, usually from age 8 or so." },
            { "teacher", "teacher or nursery staff", help = "Someone who sees the child in a setting; they may not know who took part, which helps." },
            { "practitioner", "practitioner", help = "The person delivering the service; they know who took part, which can bias ratings." },
            { "observer", "independent observer", help = "A trained researcher who watches and rates behaviour." },
            { "admin_data", "administrative records", help = "Data already recorded by schools, health or social care." },
          },
        },
        multi { id = "timepoints", label = "When is it taken?", help = "Every point at which this measure is collected; you need at least a baseline and one later point.", example = "baseline, end", options = TIMEPOINTS },
        choice {
          id = "validated", label = "Is it validated?", help = "Whether studies show the measure is valid and reliable for families like yours.", example = "validated",
          options = {
            { "validated", "validated", help = "Published evidence of validity and reliability for this age group and population." },
            { "partly", "partly", help = "Validated elsewhere (another age group, country or language) but not for families like yours." },
            { "not_validated", "not validated", help = "Made up locally or by the developer, with no published testing; EIF counts this as a weak measure." },
          },
        },
        text { id = "evidence", label = "Evidence of validity and reliability", help = "A short reference to the evidence.", example = "Published UK norms; internal consistency above 0.9" },
      },
    },
    choice {
      id = "design",
      label = "What kind of pilot is it?",
      help = "Most pilots measure one group before and after. Some also measure a small comparison group, which helps plan a later trial but is still not a rigorous test.",
      example = "pre_post",
      terms = { "pre-post design", "comparison group" },
      required = true,
      options = {
        { "pre_post", "one group, before and after", help = "The families taking part are measured before and after the programme." },
        { "pre_post_comparison", "before and after, with a small comparison group", help = "A group not receiving the service (for example families on the waiting list) is measured at the same times." },
      },
    },
    textarea {
      id = "design_reason",
      label = "Why this kind of pilot?",
      help = "Your reason for measuring one group, or for adding a small comparison group: what it lets you learn, and what it cannot tell you.",
      example = "We measure one group because every referred family is offered a place this year; the pilot's job is to show whether scores move and whether families complete the questionnaires, not to estimate the programme's effect.",
      required = true,
      when = function(a) return a.pilot_outcome.design ~= nil end,
    },
    number {
      id = "participants",
      label = "How many families will take part?",
      help = "The number of families you expect to start the programme during the pilot.",
      example = 60,
      integer = true, min = 2,
      terms = { "sample size" },
      required = true,
    },
    textarea {
      id = "participants_reason",
      label = "Why this number of families?",
      help = "A pilot is rarely big enough to test an effect; its size is usually set by how many families one year of delivery reaches, and by how precisely it must estimate recruitment, drop-out and the spread of scores for the trial. Say which.",
      example = "60 families is one year of delivery at four centres (six groups of ten). That estimates a completion rate of 75% to within about 11 percentage points either way, enough to decide whether the trial's retention target is realistic.",
      terms = { "sample size" },
      required = true,
      when = function(a) return type(a.pilot_outcome.participants) == "number" end,
    },
    number {
      id = "correlation",
      label = "How closely do before and after scores tend to go together?",
      help = "The pre-post correlation, from 0 to 1: how far a family's score after the programme can be predicted from its score before. If you do not know, 0.5 is a common cautious guess; published studies of the measure may report it.",
      example = 0.5,
      min = 0, max = 0.99,
      default = 0.5,
      terms = { "correlation" },
    },
    textarea {
      id = "correlation_source",
      label = "Where does that correlation come from?",
      help = "A published study of the measure, an earlier pilot, or the cautious guess of 0.5 when nothing better is known; say which.",
      example = "The ECBI's published test-retest correlation over 12 weeks is about 0.75 in community samples; we assume 0.5 to allow for the change the programme itself brings.",
      terms = { "correlation" },
      required = true,
      when = function(a) return type(a.pilot_outcome.correlation) == "number" end,
    },
    number {
      id = "expected_change",
      label = "How big a change do you expect?",
      help = "The expected change as an effect size, in standard deviations: 0.2 is small, 0.5 medium, 0.8 large. Take it from studies of similar programmes; parenting programmes often report 0.3 to 0.5 on parent-reported behaviour.",
      example = 0.4,
      min = 0, max = 5,
      terms = { "effect size" },
    },
    textarea {
      id = "expected_change_source",
      label = "Where does that expected change come from?",
      help = "Name the studies of this or similar programmes the figure is based on, and say why they are a fair guide for your families.",
      example = "Before-and-after studies of group parenting programmes in England report changes of 0.5 to 0.7 standard deviations on the ECBI; we take the lower end because our families are referred earlier, with less severe problems.",
      terms = { "effect size" },
      required = true,
      when = function(a) return type(a.pilot_outcome.expected_change) == "number" end,
    },
    number {
      id = "attrition",
      label = "What share of families do you expect to miss the final measurement?",
      help = "Attrition, as a percentage of those who start: families who leave the programme, move away or do not return questionnaires. Every study loses some families; planning for it keeps the sample big enough.",
      example = 20,
      unit = "%", min = 0, max = 100,
      terms = { "attrition" },
      required = true,
      validate = function(v, a) return checks.attrition_planned(v, a.pilot_outcome.retention_plan) end,
    },
    textarea {
      id = "attrition_source",
      label = "Why do you expect that much drop-out?",
      help = "Where the figure comes from: your own records of families leaving, or studies of similar services.",
      example = "In 2025 one in five families referred to the children's centres' behaviour support stopped coming before the end; studies of group parenting programmes report 15% to 25% missing at the end of the programme.",
      terms = { "attrition" },
      required = true,
      when = function(a) return type(a.pilot_outcome.attrition) == "number" end,
    },
    textarea {
      id = "retention_plan",
      label = "How will you keep families in the study?",
      help = "What you will do so that families complete the final questionnaires even if they stop attending: reminders, home visits, small vouchers, several ways to respond.",
      example = "Questionnaires completed with a practitioner at the last session or a home visit; a £10 voucher for the final questionnaire; up to three reminders by text and phone; families who leave early are still asked to complete it.",
      terms = { "retention" },
      required = true,
    },
    choice {
      id = "analysis_test",
      label = "Which statistical test will you use?",
      help = "The test that checks whether the change is bigger than chance. Your academic partner can advise; a paired t-test is the usual choice for before-and-after scores.",
      example = "paired_t",
      terms = { "statistical significance" },
      required = true,
      options = {
        { "paired_t", "paired t-test", help = "Compares each family's before and after scores; the standard choice for roughly normal scores." },
        { "wilcoxon", "Wilcoxon signed-rank test", help = "Like a paired t-test but for skewed scores or small samples." },
        { "mixed_model", "mixed (multilevel) model", help = "Handles several timepoints, missing measurements and families grouped in sessions; needs statistical support." },
        { "other", "other", help = "Describe it in the claims question below." },
      },
    },
    textarea {
      id = "claims",
      label = "What will the pilot be able to show, and what not?",
      help = "Say in plain words what a good result would and would not mean. A before-and-after pilot shows change; it cannot show that the programme caused the change.",
      example = "If behaviour scores fall by more than chance, we will have preliminary evidence (EIF Level 2) that outcomes move in the right direction. The pilot cannot show the programme caused the change, since children's behaviour can improve anyway; that needs a comparison group.",
      terms = { "counterfactual", "regression to the mean" },
      required = true,
      validate = function(v, a)
        local d = a.pilot_outcome.design
        if d == "pre_post" or d == nil then
          return checks.warn(checks.pre_post_as_impact("pre_post", nil, v))
        end
      end,
    },
    multi {
      id = "trial_inputs",
      label = "Which numbers for the trial's sample size will the pilot collect?",
      help = "A trial's sample size rests on a few numbers. Tick each the pilot will measure, so the trial can use your own figures: the more of them come from the pilot, the more the academic partner can trust the trial's size.",
      example = "recruitment rate, consent rate, drop-out, baseline spread of scores, group ICC",
      terms = { "sample size", "intraclass correlation", "standard deviation" },
      required = true,
      options = {
        { "recruitment_rate", "recruitment rate", help = "Eligible families referred and starting each month: sets how long the trial must recruit." },
        { "consent_rate", "consent rate", help = "The share of eligible families who agree to take part in the study." },
        { "attrition", "drop-out", help = "The share of families missing at the last measurement: sets how many extra the trial must recruit." },
        { "baseline_sd", "baseline spread of scores", help = "The standard deviation of the primary measure at the start: turns a change in points into an effect size." },
        { "icc", "group ICC", help = "How alike families in the same group become (the intraclass correlation): needed when the programme is delivered in groups." },
        { "correlation", "pre-post correlation", help = "How well the starting score predicts the final one: sets how much a baseline measure shrinks the trial's sample." },
        { "completion", "completion rate", help = "The share of starters who meet the completion rule: needed for an analysis of families who took part." },
      },
    },
    textarea {
      id = "go_criteria",
      label = "What result would justify a full impact evaluation?",
      help = "Agree now what you need to see before investing in step 6: a change of a certain size, retention above a level, measures that worked.",
      example = "Go ahead if behaviour scores improve by at least 0.3 standard deviations, at least 75% of families complete the final questionnaires, and recruitment reaches 60 families a year.",
      terms = { "progression criteria" },
    },
  },
  panels = {
    panel { id = "pilot_power", title = "What the pilot can detect", render = pilot_panel },
  },
}
