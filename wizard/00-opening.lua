-- Step 0: About this plan: who is writing it, for which intervention, and
-- how far along the ten steps the team already is.
local STEPS = {
  { "theory_of_change", "1. Theory of change", "You have a written account of why the service is needed, who it is for, how it works and what it should change." },
  { "logic_model", "2. Logic model", "You have a diagram or table linking resources, activities, outputs and outcomes." },
  { "blueprint", "3. Blueprint", "You have a detailed description of each core activity, its dose and who delivers it." },
  { "process_study", "4. Implementation and process study", "You have checked that the service can be delivered as planned and that families take part." },
  { "pilot_outcome", "5. Pilot outcome study", "You have measured at least one child outcome before and after the programme." },
  { "impact", "6. Impact evaluation", "You have run a study with a comparison group (a trial or a quasi-experiment)." },
  { "follow_up", "7. Long-term follow-up", "You have shown whether the effects last a year or more." },
  { "replication", "8. Replication", "A second rigorous study has been run in another place or by other providers." },
  { "value_for_money", "9. Value for money", "You have costed the service and set its costs against what it achieves." },
  { "quality_assurance", "10. Quality assurance at scale", "You monitor fidelity and outcomes wherever the service is offered." },
}

local step_options = {}
for i, s in ipairs(STEPS) do step_options[i] = { value = s[1], label = s[2], help = s[3] } end

return step {
  id = "opening",
  number = 0,
  title = "About this plan",
  short = "About",
  level = "none",
  purpose = "Say who is writing this plan, which service it is about, and how far along the ten steps you already are.",
  guidance = [[
This page sets the scene for everyone who reads the plan, especially the academic partner.
Be honest about where you are: most services have a theory of change in someone's head but not written down, and that is step 1, not step 6.
The steps you tick as done here are treated as done when evalwiz warns you about earlier steps you have skipped.
(The ten steps follow the Early Intervention Foundation's evaluation model; see the EIF Evaluation Hub.)]],
  fields = {
    text {
      id = "plan_title",
      label = "What should the plan be called?",
      help = "The title printed on the front of the plan. Leave it blank to use the title you gave when you created the plan.",
      example = "Family Foundations: evaluation plan 2027 to 2030",
    },
    text {
      id = "organisation",
      label = "Which organisation runs the service?",
      help = "The council, police force, health trust or charity that delivers the service and owns this plan.",
      example = "Northbridge Borough Council, Children's Services",
      required = true,
    },
    text {
      id = "team",
      label = "Which team is writing the plan?",
      help = "The team or service that will use the plan day to day.",
      example = "Early Help and Family Support Team",
      required = true,
    },
    text {
      id = "lead_contact",
      label = "Who is the main contact for the plan?",
      help = "A name and job title, so the academic partner knows who to ask.",
      example = "Priya Shah, Early Help Service Manager",
    },
    text {
      id = "academic_partner",
      label = "Who is your academic or evaluation partner?",
      help = "The university, research unit or independent evaluator you are working with, or hope to. Write \"not yet chosen\" if you do not have one yet.",
      example = "Centre for Child and Family Research, University of Northbridge",
      terms = { "independent evaluation" },
    },
    text {
      id = "intervention",
      label = "What is the intervention called?",
      help = "The name your team and partners use for the service or programme. \"Intervention\" just means the service you want to evaluate.",
      example = "Family Foundations parenting programme",
      required = true,
    },
    textarea {
      id = "intervention_summary",
      label = "Describe the intervention in two or three sentences.",
      help = "What it is, who it is for and what it aims to change, in words a councillor or a parent would understand. The theory of change step asks for the detail.",
      example = "Family Foundations is a 12-week group programme for parents of children aged 3 to 7 who show early signs of behaviour problems. Parents learn play, praise and calm limit-setting in weekly two-hour sessions at children's centres. It aims to reduce children's behaviour problems and parents' stress.",
      required = true,
    },
    multi {
      id = "steps_done",
      label = "Which steps have you already completed?",
      help = "Tick the steps your team has already done well enough to build on, even if you did them before using evalwiz. Leave a step unticked if it exists only in someone's head or in an out-of-date document.",
      example = "1. Theory of change, 2. Logic model, 3. Blueprint and 4. Implementation and process study",
      options = step_options,
    },
    choice {
      id = "prior_level",
      label = "What level of evidence does the intervention already have?",
      help = "The Early Intervention Foundation rates how strong the evidence of impact is, from Level 2 (early signs) to Level 4 (lasting effects shown by several rigorous studies). If the programme has never been evaluated, choose \"none yet\". If you are not sure, choose \"none yet\" and ask your academic partner.",
      example = "none yet",
      terms = { "evidence level" },
      required = true,
      options = {
        { "none", "none yet", help = "No study has yet measured change in children's outcomes, or the studies fall short of Level 2." },
        { "l2", "Level 2: preliminary evidence", help = "A study (often before-and-after, without a comparison group) found children's outcomes improved; it cannot show the programme caused it." },
        { "l3", "Level 3: evidence of short-term impact", help = "At least one rigorous study with a comparison group found a positive effect on a child outcome." },
        { "l4", "Level 4: evidence of long-term impact", help = "Several rigorous studies, at least one showing a child outcome improved for a year or more." },
      },
    },
    computed {
      id = "stage",
      label = "The step you are at",
      help = "The first of the ten steps not yet ticked as done.",
      compute = function(a)
        local done = {}
        local list = a.opening.steps_done
        if type(list) == "table" then for _, v in ipairs(list) do done[v] = true end end
        for i, s in ipairs(STEPS) do
          if not done[s[1]] then return i end
        end
        return 10
      end,
    },
  },
}
