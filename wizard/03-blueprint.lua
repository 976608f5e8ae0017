-- Step 3: Blueprint: the detailed specification of what is delivered, how
-- much, by whom, and what counts as completing.
local eif = require("eif")

local function is_group(a)
  local m = a.blueprint.delivery_mode
  return m == "group" or m == "mixed"
end

return step {
  id = "blueprint",
  number = 3,
  title = "Blueprint",
  short = "Blueprint",
  level = "none",
  leads_to = "a definition of what delivering the service as intended (fidelity) means, which step 4 checks",
  prerequisites = { "logic_model" },
  purpose = "Specify the service precisely: its core and adaptable parts, how much of it families get, who delivers it and what counts as completing it.",
  guidance = [[
A blueprint is the technical drawing of the service.
It lets you check that the service is intense enough to achieve its outcomes, that each activity has an objective linked to an outcome, and that staff have what they need to deliver it.
It also defines what "delivering it as intended" means, which the process study (step 4) will check: that is called fidelity.
Core components are the parts that must not change; adaptable components can be tailored to local needs.
This step earns no evidence rating of its own; it leads to the definition of fidelity the process study checks.
(EIF Evaluation Hub, steps 2 and 3: logic models and blueprints.)]],
  fields = {
    records {
      id = "core_components",
      label = "What are the core parts that must always be delivered?",
      help = "The non-negotiable parts of the service. For each, give its objective and the outcome it serves (picked from the outcomes you named earlier).",
      example = "component: child-led play sessions; objective: parents spend 10 minutes a day in child-led play; outcome: better parent-child relationship",
      terms = { "core components", "fidelity" },
      item_label = "component",
      required = true,
      columns = {
        text { id = "component", label = "Component", help = "A part of the service that must always be delivered.", example = "Praise and rewards module" },
        text { id = "objective", label = "Objective", help = "What this part should achieve, specifically.", example = "Parents praise specific good behaviour several times a day" },
        choice { id = "outcome", label = "Outcome served", help = "Which outcome this part works towards.", example = "Fewer child behaviour problems at home",
          options = function(a) return eif.outcome_options(a, tr("(name outcomes first)")) end },
        choice { id = "activity", label = "Activity", help = "Which activity of the logic model delivers it.", example = "Weekly parent group sessions",
          options = function(a) return checks.options_from(eif.activity_names(a), tr("(list activities first)")) end },
      },
    },
    list {
      id = "adaptable_components",
      label = "What can be adapted to local needs?",
      help = "Parts that practitioners may change without harming the service, such as examples used, timing, language or venue, one per line.",
      example = "Examples and role-plays can reflect families' cultures; sessions can run in the evening; materials can be translated",
      terms = { "adaptation" },
    },
    number {
      id = "sessions",
      label = "How many sessions are there?",
      help = "The number of sessions a family is offered in the full programme.",
      example = 12,
      integer = true, min = 1, max = 500,
      terms = { "dose" },
      required = true,
    },
    number {
      id = "session_minutes",
      label = "How long is each session?",
      help = "The length of a typical session in minutes.",
      example = 120,
      unit = "minutes", min = 1, max = 1440,
      required = true,
    },
    choice {
      id = "frequency",
      label = "How often are sessions held?",
      help = "How often a family attends.",
      example = "weekly",
      required = true,
      options = {
        { "daily", "daily", help = "Every day, or most days." },
        { "twice_weekly", "twice a week", help = "Two sessions each week." },
        { "weekly", "weekly", help = "One session a week." },
        { "fortnightly", "fortnightly", help = "One session every two weeks." },
        { "monthly", "monthly", help = "One session a month." },
        { "varies", "it varies", help = "The timing is agreed with each family; say more in the adaptable components." },
      },
    },
    number {
      id = "duration_weeks",
      label = "Over how many weeks is the programme delivered?",
      help = "From the first session to the last, in weeks.",
      example = 12,
      unit = "weeks", min = 1, max = 520,
      required = true,
    },
    computed {
      id = "dosage",
      label = "Dosage",
      help = "Sessions, length, frequency and duration together: how much of the service a family receives if they attend everything.",
      compute = function(a)
        local b = a.blueprint
        return checks.dosage(b.sessions, b.session_minutes, b.frequency, b.duration_weeks)
      end,
    },
    choice {
      id = "delivery_mode",
      label = "How is it delivered?",
      help = "Whether families meet in a group, one to one, or both. Group delivery matters for the evaluation: families in one group affect each other.",
      example = "group",
      required = true,
      options = {
        { "group", "in groups", help = "Several families together, led by practitioners." },
        { "one_to_one", "one to one", help = "A practitioner works with one family at a time, at home or in a centre." },
        { "mixed", "groups and one to one", help = "Group sessions with some individual sessions or home visits." },
        { "online", "online", help = "Delivered by video call or an online course." },
      },
    },
    number {
      id = "group_size",
      label = "How many families are in a group?",
      help = "The usual number of families who start in one group.",
      example = 10,
      integer = true, min = 2, max = 100,
      when = is_group,
    },
    textarea {
      id = "venues",
      label = "Where is it delivered?",
      help = "The places sessions happen (children's centres, schools, family homes, online) and anything about them that matters: a creche, step-free access, a quiet room, travel for families.",
      example = "Group rooms in four children's centres, each with a creche next door; catch-up sessions at home or by video call.",
      required = true,
    },
    textarea {
      id = "deliverers",
      label = "Who delivers it?",
      help = "The role of the people who deliver sessions, how many per session, and which service employs them.",
      example = "Two family practitioners from the council's Early Help service co-deliver each group; a crèche worker looks after children.",
      required = true,
    },
    textarea {
      id = "qualifications",
      label = "What qualifications or experience do they need?",
      help = "The minimum background needed to deliver the service well.",
      example = "A level 3 qualification in work with children and families (or a social work or teaching qualification) and at least two years' experience of work with parents.",
      required = true,
    },
    textarea {
      id = "training",
      label = "What training do they receive?",
      help = "Initial training (length, who provides it) and any accreditation.",
      example = "Three days' programme training from the developer, then accreditation after delivering two observed groups.",
      required = true,
    },
    textarea {
      id = "supervision",
      label = "What supervision and support do they get?",
      help = "How often practitioners are supervised, by whom, and how delivery problems are picked up.",
      example = "Fortnightly group supervision with an accredited programme supervisor, using session video clips; monthly one-to-one line management.",
      terms = { "supervision" },
      required = true,
    },
    choice {
      id = "manual",
      label = "Is there a manual?",
      help = "A manual sets out what happens in each session. Services with a manual are easier to deliver consistently and to evaluate.",
      example = "published",
      terms = { "manual" },
      required = true,
      options = {
        { "published", "yes, a published manual", help = "A manual from the programme developer is followed." },
        { "local", "yes, our own manual", help = "Your team has written down what happens in each session." },
        { "in_development", "being written", help = "A manual is being drafted; finish it before any impact study." },
        { "none", "no manual", help = "Delivery depends on each practitioner; writing one down is an early task." },
      },
    },
    list {
      id = "materials",
      label = "What materials are used?",
      help = "Handouts, videos, workbooks, toys or apps used in sessions, one per line.",
      example = "Session handouts; video clips of parent-child play; home practice diary; fridge magnets with key messages",
    },
    textarea {
      id = "recruitment",
      label = "How are families found and referred?",
      help = "The referral routes, who can refer, and how families are approached and invited.",
      example = "Health visitors, nursery and school staff and early help workers refer using a one-page form; a practitioner phones each family within a week and visits those who are unsure.",
      terms = { "recruitment" },
      required = true,
    },
    textarea {
      id = "eligibility_check",
      label = "How is eligibility checked?",
      help = "Who checks that a family meets the rule from the theory of change, and with what tool.",
      example = "At the first home visit the practitioner asks the parent to complete the SDQ; families scoring 4 or more on the conduct scale are offered a place.",
    },
    text {
      id = "completion_definition",
      label = "What counts as completing the programme?",
      help = "The rule you will use to say a family has completed, usually a minimum number of sessions attended. Decide it now, before you see any results.",
      example = "Attending at least 8 of the 12 sessions, including session 1 or a catch-up visit",
      terms = { "completion", "dose" },
      required = true,
    },
    number {
      id = "completion_sessions",
      label = "How many sessions must a family attend to count as completing?",
      help = "The minimum number of sessions in your completion rule.",
      example = 8,
      integer = true, min = 1, max = 500,
      validate = function(v, a)
        local n = a.blueprint.sessions
        if type(n) == "number" and v > n then
          return string.format("the completion rule asks for %s sessions but the programme has only %s", v, n)
        end
      end,
    },
  },
}
