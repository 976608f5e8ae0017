-- Step 0: About this plan: who is writing it, for which intervention, and
-- how far along the ten steps the team already is.
local STEPS = {
  { "theory_of_change", "1. Theory of change", "You have a written account of why the service is needed, who it is for, how it works and what it should change." },
  { "logic_model", "2. Logic model", "You have a diagram or table linking resources, activities, outputs and outcomes." },
  { "blueprint", "3. Blueprint", "You have a detailed description of each core activity, its dose and who delivers it." },
  { "process_study", "4. Implementation and process study", "You have checked that the service can be delivered as planned and that families take part." },
  { "pilot_outcome", "5. Pilot impact study", "You have measured at least one child outcome before and after the programme." },
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
  leads_to = "a shared starting point: who writes the plan, for which service, and how far along the steps it is",
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
      help = "The Early Intervention Foundation rates how strong the evidence of impact is, from Level 2 (early signs) to Level 4 (lasting effects shown by several rigorous studies). A rating with a \"+\" (2+, 3+, 4+) means the evidence goes beyond the basic threshold for that level. If the programme is on the EIF Guidebook, copy its rating. If it has never been evaluated, choose \"not yet evaluated\"; if you are not sure, choose that and ask your academic partner.",
      example = "none",
      terms = { "evidence level" },
      required = true,
      options = {
        { "none", "not yet evaluated", help = "No study has yet measured change in children's outcomes." },
        { "nl2", "NL2: not yet Level 2", help = "Studies exist, but the best of them falls short of Level 2 (for example no validated measure or no test of the change)." },
        { "ne", "NE: found not to be effective", help = "A rigorous study (good enough for Level 3) found no improvement in a child outcome. The programme needs to learn and adapt before it is tested again." },
        { "l2", "Level 2: preliminary evidence", help = "A study (often before-and-after, without a comparison group) found children's outcomes improved; it cannot show the programme caused it." },
        { "l2plus", "Level 2+: preliminary evidence, above the basic threshold", help = "Level 2 evidence that goes beyond the basic threshold, for example from more than one study." },
        { "l3", "Level 3: evidence of short-term impact", help = "At least one rigorous study with a comparison group found a positive effect on a child outcome." },
        { "l3plus", "Level 3+: short-term impact, above the basic threshold", help = "Level 3 evidence that goes beyond the basic threshold, for example more than one rigorous study." },
        { "l4", "Level 4: evidence of long-term impact", help = "Several rigorous studies, at least one showing a child outcome improved for a year or more." },
        { "l4plus", "Level 4+: long-term impact, above the basic threshold", help = "Level 4 evidence that goes beyond the basic threshold." },
      },
    },
    yesno {
      id = "prior_12_months",
      label = "Did an earlier rigorous study show a child outcome still improved 12 months or more after the programme?",
      help = "EIF's Level 4 needs an effect that lasts a year or longer. If an earlier trial or quasi-experiment already showed one, the study you are planning can build on it; say which study in the evidence of the theory of change.",
      example = "no",
      terms = { "long-term follow-up", "evidence level" },
      required = true,
      when = function(a)
        local p = a.opening.prior_level
        return p == "l3" or p == "l3plus" or p == "l4" or p == "l4plus"
      end,
    },
    note {
      id = "protocol_note",
      text = "The next questions give the details an academic partner, a funder and an ethics committee look for on the front of a plan: its version, who wrote it, who pays, and who has an interest in the result.",
    },
    text {
      id = "version",
      label = "Which version of the plan is this?",
      help = "A version number you change each time the plan is sent out, so everyone knows which one they are reading. Start at 0.1 for drafts and 1.0 for the first version you send to partners.",
      example = "1.0",
      required = true,
    },
    date {
      id = "version_date",
      label = "What date does this version carry?",
      help = "The date you finished this version, written YYYY-MM-DD.",
      example = "2026-11-20",
      required = true,
    },
    records {
      id = "authors",
      label = "Who wrote the plan, and what does each of them do?",
      help = "One row per person who wrote or shaped the plan: their name, their organisation and their role in the evaluation (for example lead, statistician, service manager, parent adviser).",
      example = "name: Priya Shah; organisation: Northbridge Borough Council; role: service lead, wrote the description of the service",
      item_label = "author",
      required = true,
      columns = {
        text { id = "name", label = "Name", help = "The person's name.", example = "Dr Sam Okafor" },
        text { id = "organisation", label = "Organisation", help = "Where they work.", example = "University of Northbridge" },
        text { id = "role", label = "Role", help = "What they do in the evaluation or in writing this plan.", example = "Chief investigator: designed the trial and wrote the analysis plan" },
      },
    },
    textarea {
      id = "funder",
      label = "Who pays for the service and for its evaluation?",
      help = "Each source of money or other support (staff time, venues, licences), and the grant reference if there is one. Say whether the funder has any say in the design, the analysis or what is published.",
      example = "The service is funded from Northbridge Council's early help budget. The evaluation is funded by the Youth and Families Research Fund (grant YF-2027-014), which has no role in the analysis or in the decision to publish.",
      required = true,
    },
    textarea {
      id = "developer",
      label = "Who developed the programme, and what part do they play in the evaluation?",
      help = "Name the person or organisation that created the programme. Evaluations run or analysed by a programme's developer tend to find bigger effects, so partners want to know what the developer does (training, supervision, licences) and what they do not do (collect or analyse outcome data).",
      example = "Family Foundations was developed by Growing Together CIC, which trains and supervises the practitioners and is paid a licence fee. It has no part in collecting or analysing the evaluation's data and sees the results only when the report is drafted.",
      terms = { "independent evaluation" },
      required = true,
    },
    textarea {
      id = "conflicts",
      label = "What interests could be seen to affect the evaluation?",
      help = "Conflicts of interest: money, jobs or reputations that depend on the result, for the people who deliver, fund, develop or evaluate the service. Include the developer's interest in a good result. Write \"none\" only if there really are none.",
      example = "The developer receives licence fees and would benefit from a positive result. The council's early help service manages the practitioners. The university team has no financial interest in the programme.",
      terms = { "conflict of interest" },
      required = true,
    },
    textarea {
      id = "stakeholders",
      label = "How are families, practitioners and partners involved in shaping and running the evaluation?",
      help = "Who, outside the research team, has a say: parents who have used the service, practitioners, referrers, commissioners. Say what they do (comment on questionnaires, sit on the steering group, help explain the results) and how you support them to take part.",
      example = "Four parents who completed the programme in 2026 form a parent advisory group: they reviewed the questionnaires and consent leaflet and meet the researchers every six months. Practitioners and health visitors are represented on the steering group.",
      terms = { "public involvement" },
      required = true,
    },
    textarea {
      id = "edi",
      label = "How will the evaluation include families of every background?",
      help = "Equality, diversity and inclusion: which families might be missed or put off (fathers, families who speak other languages, disabled parents, families in rural areas), and what the evaluation will do about it (interpreters, translated materials, flexible times, looking at results for different groups).",
      example = "Questionnaires are available in Polish, Urdu and Romanian and can be completed with an interpreter; we record ethnicity, family language and whether the carer is a father, compare them with the eligible population each quarter, and report results for these groups.",
      terms = { "equality, diversity and inclusion" },
      required = true,
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
