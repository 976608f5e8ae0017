-- Step 7: Long-term follow-up: do the effects last a year or more?
local eif = require("eif")

local function offered_for_level4(a)
  local f = a.follow_up
  if f.level4_claim ~= nil then return f.level4_claim == true end
  return a.impact.target_level == "l4"
end

return step {
  id = "follow_up",
  number = 7,
  title = "Long-term follow-up",
  short = "Follow-up",
  level = "L4",
  leads_to = "evidence that effects last a year or more, which with a second rigorous study supports EIF Level 4",
  prerequisites = { "impact" },
  purpose = "Plan how you will find out whether the changes last, by measuring the same families' outcomes 12 months or more after the programme.",
  guidance = [[
Many programmes show effects straight after delivery that fade within months.
EIF's Level 4 needs a child outcome that stayed improved for a year or longer, so a follow-up of at least 12 months is essential for anyone hoping to reach it.
Follow-up is hard because families move and lose touch: plan tracing and consent at the start of the impact study, not at the end.
Linking to records that services already keep (school attendance and exclusions, children's social care, health, police) can follow families cheaply without more questionnaires, but needs consent or another lawful basis and data-sharing agreements.
Lack of long-term follow-up is one of EIF's six common pitfalls.
(EIF evidence standards; EIF, six common pitfalls, 2018.)]],
  fields = {
    number {
      id = "months",
      label = "How many months after the programme ends will you follow families up?",
      help = "The time from the end of the programme to the follow-up measurement. Level 4 needs 12 months or more.",
      example = 18,
      integer = true, min = 1, max = 240,
      unit = "months",
      terms = { "long-term follow-up" },
      required = true,
      validate = function(v, a) return checks.followup_for_level4(v, offered_for_level4(a)) end,
    },
    textarea {
      id = "months_reason",
      label = "Why follow families up at that time?",
      help = "Your reason for the follow-up time: when the long-term outcome can be seen (for example the end of the first school year), how long effects need to last to matter, and whether a comparison group still exists then.",
      example = "Eighteen months after the programme ends most children have finished their Reception year, so the school's end-of-year assessment gives a long-term outcome no one in the study reports.",
      terms = { "long-term follow-up" },
      required = true,
      when = function(a) return type(a.follow_up.months) == "number" end,
    },
    yesno {
      id = "level4_claim",
      label = "Will this follow-up be offered as evidence for Level 4?",
      help = "Answer yes if you intend this follow-up, with a second rigorous study, to support an EIF Level 4 rating. It then needs to be at least 12 months long.",
      example = "yes",
      terms = { "evidence level" },
    },
    multi {
      id = "outcomes",
      label = "Which outcomes will you measure at follow-up?",
      help = "Pick the outcomes that matter in the long run, from those you named earlier. Include the primary outcome of the impact study.",
      example = "Fewer child behaviour problems at home, Better school readiness",
      required = true,
      options = function(a) return eif.outcome_options(a, tr("(name outcomes in steps 1 and 2 first)")) end,
      validate = function(v, a)
        local p = a.impact.primary_outcome
        if type(p) ~= "string" then return nil end
        for _, o in ipairs(v) do if o == p then return nil end end
        return checks.warn(string.format('the primary outcome of the impact study ("%s") is not followed up; without it you cannot show the main effect lasts', p))
      end,
    },
    textarea {
      id = "measures",
      label = "How will you measure them at follow-up?",
      help = "The same measures as the impact study where possible, so the results can be compared, and any records used.",
      example = "ECBI parent report (as at 6 months); teacher-reported SDQ; school attendance and exclusions from the education record.",
      terms = { "validity" },
      required = true,
    },
    textarea {
      id = "tracing",
      label = "How will you keep in touch with families?",
      help = "How you will find families again a year or more later: several contact details, a named contact, yearly check-ins, birthday cards, updates from services.",
      example = "At recruitment we collect two phone numbers, an email and a relative's contact; families get a card and a short newsletter every six months asking them to update details; the council's case system flags address changes.",
      terms = { "attrition", "retention" },
      required = true,
    },
    textarea {
      id = "consent",
      label = "How will families agree to long-term follow-up?",
      help = "Ask for consent to be contacted again, and to link records, when families first join the study; say how you will explain it and how they can withdraw.",
      example = "The trial consent form asks separately for consent to be contacted for follow-up for up to three years and for linkage to school records; families can withdraw at any time by phone or email.",
      terms = { "informed consent" },
      required = true,
    },
    yesno {
      id = "admin_linkage",
      label = "Will you link to records that services already keep?",
      help = "Administrative data linkage: matching families to school, health, social care or police records instead of, or as well as, asking them questions.",
      example = "yes",
      terms = { "administrative data", "data linkage" },
    },
    multi {
      id = "linkage_sources",
      label = "Which records?",
      help = "Tick each source you will link to.",
      example = "education, social care",
      when = function(a) return a.follow_up.admin_linkage == true end,
      options = {
        { "education", "education", help = "School attendance, exclusions, attainment, special educational needs (the National Pupil Database or the council's own records)." },
        { "social_care", "children's social care", help = "Referrals, assessments, child protection plans, care episodes." },
        { "health", "health", help = "GP, health visiting, A&E or mental health service contacts." },
        { "police", "police", help = "Incidents and contacts involving the family." },
        { "housing", "housing", help = "Moves, homelessness applications." },
        { "other", "other", help = "Describe it below." },
      },
    },
    textarea {
      id = "linkage_details",
      label = "How will the linkage work?",
      help = "Who does the matching, on what identifiers, under which agreement, and how the data are kept safe (for example, pseudonymised before analysis).",
      example = "The council's data team matches on name, date of birth and address, removes identifiers and sends pseudonymised records to the university under the existing data-sharing agreement.",
      terms = { "pseudonymisation", "data sharing agreement" },
      when = function(a) return a.follow_up.admin_linkage == true end,
    },
    number {
      id = "expected_retention",
      label = "What share of families do you expect to reach at follow-up?",
      help = "As a percentage of those allocated in the impact study. Record linkage usually reaches more families than questionnaires.",
      example = 70,
      unit = "%", min = 0, max = 100,
      terms = { "attrition" },
    },
  },
}
