-- A new step: how the diversion scheme works.  `after` places it among the
-- default pack's steps.
local AGE_OF_CRIMINAL_RESPONSIBILITY = 10

return step {
  id = "diversion",
  title = "The diversion scheme",
  after = "blueprint",
  number = "3a",            -- between step 3 and step 4 of the default pack
  purpose = "Pin down who is diverted, at which point, and how reoffending will be counted, before any outcome is measured.",
  guidance = "An evaluation of diversion stands or falls on two things: a clear rule for who is eligible, "
    .. "and a reoffending measure that is counted the same way for everyone.",
  fields = {
    choice {
      id = "referral_point",
      label = "At which point are children referred to the scheme?",
      help = "The out-of-court outcome that sends a child to the scheme. It decides who can be compared with whom.",
      options = {
        { "community_resolution", "A community resolution" },
        { "outcome_22", "Outcome 22 (diversionary or educational activity, prosecution deferred)" },
        { "youth_caution", "A youth caution" },
        { "youth_conditional_caution", "A youth conditional caution" },
        { "before_arrest", "Before any formal outcome (prevention referral)" },
      },
      required = true,
    },
    multi {
      id = "eligible_offences",
      label = "Which offences make a child eligible?",
      help = "Tick each kind of offence the scheme accepts. Anything else goes the usual way.",
      options = {
        { "theft", "Theft and shoplifting" },
        { "criminal_damage", "Criminal damage" },
        { "possession", "Possession of a controlled drug" },
        { "minor_violence", "Common assault" },
        { "public_order", "Public order offences" },
      },
    },
    number {
      id = "min_age",
      label = "Youngest age accepted",
      help = "In years. No child under 10 can be charged in England and Wales.",
      integer = true, min = AGE_OF_CRIMINAL_RESPONSIBILITY, max = 17, unit = "years",
    },
    number {
      id = "max_age",
      label = "Oldest age accepted",
      help = "In years. Most schemes stop at 17, when youth justice ends.",
      integer = true, min = AGE_OF_CRIMINAL_RESPONSIBILITY, max = 25, unit = "years",
      validate = function(v, a)
        local lo = a.diversion.min_age
        if lo and v < lo then
          return string.format("the oldest age (%d) is below the youngest (%d)", v, lo)
        end
      end,
    },
    yesno {
      id = "admission_required",
      label = "Must the child admit the offence to be diverted?",
      help = "Schemes that require an admission divert a different group from those that do not; say which yours is.",
    },
    yesno {
      id = "victim_involved",
      label = "Are victims offered a part in the scheme?",
      help = "For example a restorative meeting or a letter of apology.",
    },
    textarea {
      id = "victim_consent",
      label = "How is the victim's consent asked for and recorded?",
      help = "Who asks, when, and where the answer is written down.",
      example = "The officer in the case asks at the first contact and records it on the crime record.",
      when = function(a) return a.diversion.victim_involved == true end,
    },
    number {
      id = "reoffending_window",
      label = "Over how many months will reoffending be counted?",
      help = "The period after the diversion in which a new offence counts. Twelve months is the usual national measure.",
      integer = true, min = 1, max = 60, unit = "months",
      validate = function(v)
        if v < 6 then
          return { severity = "warning", message = "under 6 months misses most reoffending; 12 is usual" }
        end
      end,
    },
    choice {
      id = "reoffending_source",
      label = "Where will reoffending be counted from?",
      help = "The records the reoffending figures come from. Local records miss offences in other force areas.",
      options = {
        { "pnc", "The Police National Computer" },
        { "force_records", "This force's own records" },
        { "yjs_records", "The youth justice service's records" },
      },
    },
    yesno {
      id = "data_sharing_agreement",
      label = "Is there a data sharing agreement with the evaluators?",
      help = "Evaluators need one before they see any record about a child.",
    },
    date {
      id = "agreement_signed",
      label = "When was it signed?",
      help = "The date on the signed agreement.",
      when = function(a) return a.diversion.data_sharing_agreement == true end,
    },
    list {
      id = "partner_agencies",
      label = "Which agencies deliver the diversion activities?",
      help = "One agency an item: the youth justice service, a youth charity, a health team.",
    },
  },
}
