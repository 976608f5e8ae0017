-- Step 1: Theory of change: why the service is needed, who it is for, how it
-- works and what it should change for children.
local function outcome_check(v)
  return checks.warn(checks.outcome_is_output(v))
end

return step {
  id = "theory_of_change",
  number = 1,
  title = "Theory of change",
  short = "Theory",
  level = "none",
  leads_to = "the outcomes and the causal links every later step tests",
  prerequisites = { "opening" },
  purpose = "Explain why the service is needed, who it is for, how it is meant to work and what it should change for children.",
  guidance = [[
A theory of change is the foundation every later step tests.
It answers four questions: why is the service needed (the problem), who is it for, how does it work, and what should it change.
Keep the focus on children: even a parenting programme should name a change in children as its main aim.
For each link in the chain ("parents learn X, so they do Y, so children Z") say what research supports it, and be honest about the links that are only assumed: those are what the evaluation must test.
Outcomes are changes in people (fewer behaviour problems), not things the service does or counts (sessions delivered); evalwiz warns you when an outcome looks like a count.
This step earns no evidence rating of its own (EIF rates evidence from Level 2 upwards); it leads to the outcomes and links every later step tests.
(EIF Evaluation Hub, step 1: creating a theory of change.)]],
  fields = {
    textarea {
      id = "problem",
      label = "What problem does the service address?",
      help = "Describe the difficulty children or families face that the service is meant to help with, and why it matters for children's development. Avoid describing the service here; describe the need.",
      example = "Around 1 in 8 children aged 3 to 7 in Northbridge show early signs of conduct problems (tantrums, aggression, defiance). Without help, these problems often persist into school and are linked to exclusion, poor attainment and later offending.",
      required = true,
    },
    textarea {
      id = "prevalence",
      label = "How common is the problem, locally and nationally?",
      help = "Give numbers where you can (how many children, what share of the age group) and say where they come from: a local needs assessment, health visitor data, a national survey.",
      example = "Local: 1,150 children aged 3 to 7 (about 12%) scored in the high range on the health visitor behaviour screen in 2025 (Northbridge JSNA). National: around 5% to 10% of young children have conduct problems (NHS Digital, Mental Health of Children and Young People survey).",
      required = true,
    },
    textarea {
      id = "added_value",
      label = "Why will the service add value to what families can already get?",
      help = "Say what is missing from the support already on offer (health visiting, schools, GPs, other programmes) and what this service adds: families it reaches that others miss, a need others do not meet, or a better way of meeting it.",
      example = "Local parenting support is a one-off workshop or individual advice from a health visitor; nothing offers practice over several weeks for families whose child's behaviour is already a concern, and the waiting list for child mental health services is over a year.",
      terms = { "business as usual" },
      required = true,
    },
    choice {
      id = "population_level",
      label = "Who is the service offered to?",
      help = "Services are usually described by how widely they are offered. This affects how many families you can recruit and what change to expect.",
      example = "targeted",
      terms = { "universal", "targeted", "indicated" },
      required = true,
      options = {
        { "universal", "universal: everyone in a group", help = "Offered to everyone in a population, such as all parents of three-year-olds, whatever their need." },
        { "targeted", "targeted: groups at higher risk", help = "Offered to families with a known risk factor, such as low income or parental mental illness, before problems are serious." },
        { "indicated", "indicated: early signs of the problem", help = "Offered to children or families already showing early signs of the problem, such as a high score on a behaviour screen." },
      },
    },
    textarea {
      id = "target_group",
      label = "Who exactly is it for?",
      help = "Describe the children and families the service is designed for: age, need, circumstances, where they live. This is who the evaluation must recruit.",
      example = "Parents and carers of children aged 3 to 7 living in Northbridge whose child shows early behaviour problems at home or in nursery.",
      required = true,
    },
    textarea {
      id = "eligibility",
      label = "What is the rule for who can take part?",
      help = "Write the eligibility rule as a referrer would apply it: who is in, who is out, and who decides.",
      example = "A parent or carer of a child aged 3 to 7 whose score on the Strengths and Difficulties Questionnaire (SDQ) conduct scale is 4 or more, referred by a health visitor, school or early help worker. Families already receiving a statutory social care service are referred elsewhere.",
      required = true,
    },
    yesno {
      id = "eligibility_score",
      label = "Is eligibility decided by a score with a fixed cut-off?",
      help = "Answer yes if families qualify by scoring above (or below) a set number on a questionnaire or assessment, and the rule is applied strictly. This matters later: a strict cut-off can make a strong evaluation design possible (comparing families just either side of it).",
      example = "yes",
      terms = { "regression discontinuity" },
    },
    text {
      id = "eligibility_cutoff",
      label = "What is the score and the cut-off?",
      help = "Name the questionnaire or assessment and the score that qualifies a family.",
      example = "SDQ conduct problems scale, parent report: 4 or more (out of 10)",
      when = function(a) return a.theory_of_change.eligibility_score == true end,
    },
    list {
      id = "risk_factors",
      label = "Which risk factors does the service target?",
      help = "Things that make the problem more likely and that the service tries to reduce, one per line. Researchers call these risk factors.",
      example = "harsh or inconsistent discipline; parental stress and low mood; little positive play between parent and child",
      terms = { "risk factor" },
      required = true,
    },
    list {
      id = "protective_factors",
      label = "Which protective factors does it build?",
      help = "Things that make the problem less likely and that the service tries to strengthen, one per line.",
      example = "warm parent-child relationship; consistent routines; parents' confidence; support from other parents",
      terms = { "protective factor" },
    },
    textarea {
      id = "mechanism",
      label = "How is the service meant to work?",
      help = "Describe the chain of change: what participants do, what that changes first, and how that leads to the main outcome. Write it as \"because ... so ...\" steps.",
      example = "Parents practise child-led play and praise, so the relationship becomes warmer and children seek attention through good behaviour. Parents learn calm, consistent limit-setting, so harsh discipline falls and children learn what to expect. Group support reduces parents' stress, so they can keep up the new approaches. Together these reduce children's behaviour problems.",
      terms = { "mechanism", "theory of change" },
      required = true,
    },
    text {
      id = "primary_outcome",
      label = "What is the main change you expect for children?",
      help = "One child outcome the service exists to change, described as a change (fewer, better, more), not as something the service does. This becomes the primary outcome of any impact study.",
      example = "Fewer child behaviour problems at home",
      terms = { "primary outcome", "outcome", "output" },
      required = true,
      validate = outcome_check,
    },
    textarea {
      id = "primary_outcome_why",
      label = "Why does this outcome matter?",
      help = "Your reason for choosing this as the main outcome: what difference the change makes to children's lives now and later, with any evidence.",
      example = "Early conduct problems are one of the strongest predictors of school exclusion, poor mental health and offending in adolescence; reducing them early changes children's paths.",
      required = true,
      when = function(a) local o = a.theory_of_change.primary_outcome return o ~= nil and o ~= "" end,
    },
    list {
      id = "secondary_outcomes",
      label = "What other changes do you expect?",
      help = "Other outcomes for children or parents, one per line, each written as a change. Include the short-term changes the main outcome depends on (such as parenting practices).",
      example = "Less harsh parenting; lower parental stress; better parent-child relationship; better school readiness",
      terms = { "secondary outcome", "outcome", "output" },
      validate = function(v) return checks.warn(checks.outputs_among(v)) end,
    },
    records {
      id = "causal_links",
      label = "What evidence supports each link in the chain?",
      help = "One row per link (\"from\" leads to \"to\"): what research or experience supports it, and how strong that support is. Weak or assumed links are what the evaluation must test.",
      example = "from: positive play and praise; to: better parent-child relationship; evidence: reviews of parent training (e.g. NICE guideline CG158); strength: strong",
      item_label = "link",
      columns = {
        text { id = "from", label = "From (cause)", help = "The earlier step in the chain.", example = "Calm, consistent limit-setting" },
        text { id = "to", label = "To (effect)", help = "The change it leads to.", example = "Fewer behaviour problems" },
        textarea { id = "evidence", label = "Evidence", help = "Studies, reviews or guidance that support this link.", example = "Meta-analyses of behavioural parent training programmes" },
        choice {
          id = "strength", label = "How strong is it?", help = "Your honest judgement of the support for this link.", example = "strong",
          options = {
            { "strong", "strong", help = "Several good studies or a systematic review support it." },
            { "some", "some", help = "One or two studies, or evidence from a related service or population." },
            { "assumed", "assumed", help = "It seems plausible but has not been tested; the evaluation should test it." },
          },
        },
      },
    },
    list {
      id = "assumptions",
      label = "What are you assuming that has not been tested?",
      help = "Things that must be true for the service to work but that you have not checked, one per line: about families taking part, about staff, about the local context.",
      example = "Families referred at crisis point will attend group sessions; practitioners can deliver the programme alongside their caseloads; the programme works as well for fathers as for mothers",
      terms = { "assumption" },
    },
  },
}
