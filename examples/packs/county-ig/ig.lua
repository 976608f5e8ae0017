-- The council's own step: data sharing and information governance, placed
-- after the implementation and process study, before outcomes are measured.
local governance = require("governance")
local shared = governance.shared

return step {
  id = "ig",
  number = "4a",
  after = "process_study",
  title = "Data sharing and information governance",
  short = "Data",
  level = "none",
  prerequisites = { "process_study" },
  purpose = "Agree with the data protection officer how families' personal data will be used, shared and kept, before any outcome is measured.",
  guidance = [[
The council's data protection officer signs this step off before the pilot outcome study collects any data.
The questions follow the council's information governance policy (IG-3): the lawful basis, sensitive data, sharing, the data protection impact assessment, and how long the data are kept.]],
  fields = {
    choice {
      id = "lawful_basis",
      label = "What is the lawful basis for using families' personal data?",
      help = "The council relies on \"public task\" for its services and their evaluation; ask the data protection officer before choosing anything else.",
      example = "public_task",
      required = true,
      terms = { "lawful basis" },
      options = {
        { "public_task", "public task", help = "The evaluation is part of the council's official functions." },
        { "consent", "consent", help = "Each family gives specific consent to the data use and can withdraw it." },
        { "legal_obligation", "legal obligation", help = "A law requires the processing." },
        { "legitimate_interests", "legitimate interests", help = "Not open to the council for its public tasks." },
      },
      validate = function(v)
        if v == "legitimate_interests" then
          return "a public authority cannot rely on legitimate interests for its public tasks (UK GDPR Article 6(1)); choose public task, and ask the data protection officer"
        end
      end,
    },
    yesno {
      id = "special_category",
      label = "Will the study use sensitive (special category) data?",
      help = "Health, ethnicity, religion, sexual orientation and similar data. Most family support evaluations use some.",
      example = "yes",
      required = true,
    },
    choice {
      id = "special_category_condition",
      label = "Which condition covers the sensitive data?",
      help = "UK GDPR Article 9 needs one of these on top of the lawful basis.",
      example = "research",
      when = function(a) return a.ig.special_category == true end,
      required = true,
      options = {
        { "research", "archiving, research and statistics (Article 9(2)(j))", help = "With the safeguards of the Data Protection Act 2018, Schedule 1, condition 4." },
        { "health_social_care", "health or social care (Article 9(2)(h))", help = "Only for data used to provide care." },
        { "explicit_consent", "explicit consent (Article 9(2)(a))", help = "Each family agrees in writing to this use." },
      },
    },
    yesno {
      id = "data_shared",
      label = "Will personal data be shared with another organisation?",
      help = "With the university, a school, the health trust or anyone outside the council.",
      example = "yes",
      required = true,
    },
    records {
      id = "sharing_agreements",
      label = "Which data-sharing agreements are needed?",
      help = "One row for each organisation that receives or sends personal data for the study.",
      example = "partner: University of Northbridge; data: questionnaire scores, pseudonymised; status: drafted",
      item_label = "agreement",
      min_items = 1,
      when = shared,
      required = true,
      columns = {
        text { id = "partner", label = "Partner", help = "The organisation.", example = "University of Northbridge" },
        text { id = "data", label = "Data", help = "What is shared, and in what form.", example = "Questionnaire scores, pseudonymised" },
        choice {
          id = "status", label = "Status", help = "Where the agreement is.", example = "drafted",
          options = {
            { "signed", "signed", help = "In force." },
            { "drafted", "drafted", help = "Written, not yet signed." },
            { "needed", "needed", help = "Not yet started." },
          },
        },
      },
    },
    yesno {
      id = "dpia_done",
      label = "Has the data protection impact assessment (DPIA) been signed off?",
      help = "The council needs a DPIA for every study that uses children's personal data.",
      example = "no",
      required = true,
      terms = { "DPIA" },
    },
    text {
      id = "dpia_reviewer",
      label = "Who reviewed the sharing in the DPIA?",
      help = "When data are shared, the council's information governance team reviews the sharing as part of the DPIA; give the reviewer's name and role.",
      example = "Jo Marsh, Information Governance Lead",
      when = function(a) return shared(a) and a.ig.dpia_done == true end,
      required = true,
    },
    number {
      id = "retention_months",
      label = "For how many months will the study's data be kept?",
      help = "From the start of recruitment. The council's records schedule keeps research data for the study and its follow-up, plus six months.",
      example = 60,
      integer = true, min = 1, max = 240, unit = "months",
      required = true,
      validate = function(v, a)
        local least = governance.minimum_retention(a)
        if least and v < least then
          return string.format("the data would be deleted before the follow-up ends: keep them at least %d months (the follow-up at %d months, plus %d)",
            least, least - governance.QUERY_MONTHS, governance.QUERY_MONTHS)
        end
      end,
    },
    yesno {
      id = "pseudonymised",
      label = "Will the data be pseudonymised before analysis?",
      help = "Names and addresses replaced by a study number, with the key kept by the council.",
      example = "yes",
      required = true,
    },
  },
}
