-- Step 2: Logic model: resources, activities, outputs and outcomes, and the
-- links between them, each with an indicator.
local eif = require("eif")

local function outcome_options(a)
  return eif.outcome_options(a, tr("(name outcomes first)"))
end

local function activity_options(a)
  return checks.options_from(eif.activity_names(a), tr("(list activities first)"))
end

local function link_sources(a)
  local names, seen = {}, {}
  for _, list in ipairs({ eif.activity_names(a), eif.output_names(a), eif.outcome_names(a) }) do
    for _, n in ipairs(list) do
      if not seen[n] then seen[n] = true names[#names + 1] = n end
    end
  end
  return checks.options_from(names, tr("(list activities, outputs and outcomes first)"))
end

return step {
  id = "logic_model",
  number = 2,
  title = "Logic model",
  short = "Logic model",
  level = "none",
  leads_to = "an indicator and a data source for every box, which tell the evaluation where to look",
  prerequisites = { "theory_of_change" },
  purpose = "Trace how the resources you put in become activities, countable outputs, and then short-, medium- and long-term outcomes for children.",
  guidance = [[
A logic model is the theory of change drawn as a chain of boxes: inputs (what you put in), activities (what you do), outputs (what you can count), and outcomes (what changes for children and families).
It shows the evaluation where to look: each box gets an indicator, something you could measure or count, and a source for the data.
Outputs and outcomes are easy to mix up.
Outputs are counts of what the service does ("10 groups run", "120 parents attended"); outcomes are changes in people ("parents feel less stressed").
The outcomes you name here are offered as choices in later steps, so name them carefully.
This step earns no evidence rating of its own; it leads to an indicator and a data source for every box.
(EIF Evaluation Hub, steps 2 and 3: logic models and blueprints.)]],
  fields = {
    list {
      id = "inputs",
      label = "What resources does the service need?",
      help = "Inputs: staff, their time, money, premises, materials and partners, one per line.",
      example = "Two trained family practitioners per group (0.4 FTE each); programme licence and manuals; crèche workers; rooms in four children's centres; referral partnerships with health visiting and schools",
      terms = { "inputs" },
      required = true,
    },
    list {
      id = "activities",
      label = "What does the service do?",
      help = "Activities: the things staff and families actually do, one per line. Later steps let you pick from these.",
      example = "Weekly parent group sessions; home practice tasks; weekly phone check-ins; practitioner training and supervision",
      terms = { "activities" },
      required = true,
    },
    records {
      id = "outputs",
      label = "What will the service produce that you can count?",
      help = "Outputs: countable results of the activities, such as sessions run or families attending. Give each an indicator (the number you will count) and where the number comes from.",
      example = "output: parents attending at least 8 of 12 sessions; activity: weekly parent group sessions; indicator: number and % of starters; data source: attendance register",
      terms = { "output", "indicator" },
      item_label = "output",
      required = true,
      columns = {
        text { id = "output", label = "Output", help = "Something the service does or produces that you can count.", example = "Groups delivered" },
        choice { id = "activity", label = "From which activity?", help = "The activity that produces this output.", example = "Weekly parent group sessions", options = activity_options },
        text { id = "indicator", label = "Indicator", help = "The count or rate you will report.", example = "Number of 12-week groups completed per year" },
        text { id = "data_source", label = "Data source", help = "Where the number will come from.", example = "Case management system" },
      },
    },
    records {
      id = "outcomes",
      label = "What changes do you expect, and when?",
      help = "Outcomes: changes in children or parents. Say whether each is short-term (during or just after the programme), medium-term (months later) or long-term (a year or more), and how you would know it has happened (an indicator and a data source).",
      example = "outcome: less harsh parenting; term: short; indicator: Parenting Scale over-reactivity score; data source: parent questionnaire",
      terms = { "outcome", "output", "indicator" },
      item_label = "outcome",
      required = true,
      validate = function(v) return checks.warn(checks.outputs_among(v, "outcome")) end,
      columns = {
        text { id = "outcome", label = "Outcome", help = "A change in children or families, written as a change.", example = "Lower parental stress" },
        choice {
          id = "term", label = "When?", help = "When you expect to see the change.", example = "short",
          options = {
            { "short", "short-term", help = "During or straight after the programme." },
            { "medium", "medium-term", help = "Some months after the programme." },
            { "long", "long-term", help = "A year or more after the programme." },
          },
        },
        text { id = "indicator", label = "Indicator", help = "What you would measure to see the change.", example = "Parenting Stress Index (short form) score" },
        text { id = "data_source", label = "Data source", help = "Who reports it or where it is recorded.", example = "Parent questionnaire" },
      },
    },
    records {
      id = "links",
      label = "How do the boxes connect?",
      help = "One row per arrow in the diagram: which activity, output or outcome leads to which outcome, and briefly how.",
      example = "from: weekly parent group sessions; to: less harsh parenting; how: parents practise calm limit-setting in role-play",
      item_label = "link",
      columns = {
        choice { id = "from", label = "From", help = "An activity, output or outcome named above.", example = "Weekly parent group sessions", options = link_sources },
        choice { id = "to", label = "To", help = "The outcome it leads to.", example = "Less harsh parenting", options = outcome_options },
        text { id = "how", label = "How", help = "A few words on why one leads to the other.", example = "Practising new approaches with feedback" },
      },
    },
    textarea {
      id = "boundaries",
      label = "What is part of the service, and what is usual support?",
      help = "Say what counts as \"the intervention\" and what families would get anyway (from health visitors, schools, GPs). An evaluation compares the service with that usual support.",
      example = "The intervention is the 12-week group plus phone check-ins. Usual support (health visiting, nursery, GP, early help key work) continues for all families and is not part of Family Foundations.",
      terms = { "business as usual" },
    },
  },
}
