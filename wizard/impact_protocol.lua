-- impact_protocol.lua: the impact step's protocol questions (issue 16) that
-- stand in blocks of their own: where the study runs and how families are
-- allocated, the analysis plan, consent, data and safety, registration,
-- oversight, data protection, the NHS and police routes, and the study's
-- people, timeline, risks and sharing of results.  06-impact.lua splices
-- them into its fields with join, and takes the conditions they share from
-- here, so one rule decides when a question applies.
local eif = require("eif")

local M = {}

local function cluster(a)
  return checks.is_cluster(a.impact.design, a.impact.unit)
end

-- When the protocol's questions apply: a design with a comparison group
-- (not a one-group pre-post study), a randomised design, group delivery.
local RANDOMISED = { individual_rct = true, cluster_rct = true, stepped_wedge = true }
local function designed(a)
  return a.impact.design ~= nil
end
local function compared(a)
  local d = a.impact.design
  return d ~= nil and d ~= "pre_post"
end
local function randomised(a)
  return RANDOMISED[a.impact.design] == true
end
local function group_delivery(a)
  local m = a.blueprint.delivery_mode
  return m == "group" or m == "mixed"
end
-- Outcome assessors who know a family's group: their reports can lean
-- toward the result they expect.
local KNOWS_GROUP = { parent = true, child = true, practitioner = true }

-- Timepoints of the impact study, in months after allocation.
local TRIAL_TIMEPOINTS = {
  { "baseline", "baseline (before allocation)", help = "After consent and before the family learns its group." },
  { "m3", "3 months", help = "Usually the end of a 12-week programme." },
  { "m6", "6 months", help = "Six months after allocation." },
  { "m9", "9 months", help = "Nine months after allocation." },
  { "m12", "12 months", help = "A year after allocation." },
  { "m18", "18 months", help = "Eighteen months after allocation." },
  { "m24", "24 months", help = "Two years after allocation." },
  { "m36", "36 months", help = "Three years after allocation." },
}

local INFORMANTS = {
  { "parent", "parent or carer", help = "The parent fills in a questionnaire; parents in a trial know whether they had the programme." },
  { "child", "child", help = "The child answers, usually from age 8 or so; children may know their family's group." },
  { "teacher", "teacher or nursery staff", help = "Someone who sees the child in a setting and need not be told the family's group." },
  { "practitioner", "practitioner", help = "The person delivering the service; they know who took part, which can bias ratings." },
  { "observer", "independent observer", help = "A trained researcher who rates behaviour without knowing the family's group." },
  { "admin_data", "administrative records", help = "Data already recorded by schools, health or social care, for reasons unrelated to the study." },
}

local function outcome_options(a)
  return eif.outcome_options(a, tr("(name outcomes in steps 1 and 2 first)"))
end

M.designed, M.compared, M.randomised, M.group_delivery, M.cluster = designed, compared, randomised, group_delivery, cluster
M.KNOWS_GROUP, M.TRIAL_TIMEPOINTS, M.INFORMANTS, M.outcome_options = KNOWS_GROUP, TRIAL_TIMEPOINTS, INFORMANTS, outcome_options

-- join(list, list, ...): one list of the fields of several, in order.
function M.join(...)
  local out = {}
  for i = 1, select("#", ...) do
    for _, f in ipairs((select(i, ...))) do out[#out + 1] = f end
  end
  return out
end

-- Where the study runs, what each group gets, and random allocation.
M.conduct = {
    note {
      id = "conduct_note",
      text = "Where the study runs and what each group gets.",
    },
    choice {
      id = "allocation_ratio",
      label = "How many families go to the programme for each one in the comparison group?",
      help = "The allocation ratio. Equal groups (1:1) give the most precise answer for a given number of families; more in the programme group (2:1) can make a trial more acceptable, at the price of a larger sample.",
      example = "equal",
      terms = { "allocation ratio" },
      required = true,
      when = randomised,
      options = {
        { "equal", "1:1 (equal groups)", help = "One family to the programme for each family to the comparison group." },
        { "two_to_one", "2:1", help = "Two families to the programme for each one to the comparison group." },
        { "three_to_two", "3:2", help = "Three families to the programme for every two to the comparison group." },
        { "one_to_two", "1:2", help = "One family to the programme for every two to the comparison group." },
      },
    },
    textarea {
      id = "allocation_reason",
      label = "Why unequal groups?",
      help = "Unequal groups need more families for the same precision; say what you gain in return.",
      example = "Centres need full groups of ten to run; a 2:1 ratio fills them from the referrals we have.",
      terms = { "allocation ratio" },
      required = true,
      when = function(a) local r = a.impact.allocation_ratio return randomised(a) and r ~= nil and r ~= "equal" end,
    },
    textarea {
      id = "settings",
      label = "Where will the study take place?",
      help = "The areas, services and places where families are recruited and the programme is delivered, and roughly how many sites there are.",
      example = "Northbridge, a borough of 210,000 people in the north of England: four children's centres run by the council, recruiting families referred by 60 health visitors, 45 nurseries and 30 primary schools.",
      required = true,
      when = designed,
    },
    textarea {
      id = "site_criteria",
      label = "Which sites and practitioners can take part?",
      help = "What a centre, school or team must have to take part (a room, a creche, enough referrals), and what practitioners must have done before they deliver in the study (training, accreditation).",
      example = "Centres with a group room and creche and at least 30 referrals a year; practitioners who hold the developer's accreditation and have delivered at least one group before the study starts.",
      required = true,
      when = designed,
    },
    textarea {
      id = "adherence",
      label = "How will you encourage families to attend, and record how much they receive?",
      help = "What the service does to help families come to sessions and keep going, and how attendance and home practice are recorded, so the analysis can say how much of the programme families received.",
      example = "Reminder texts the day before each session, a creche and travel costs, and a catch-up visit after a missed session; practitioners record attendance and home practice for every family in the case system.",
      terms = { "dose", "completion" },
      required = true,
      when = designed,
    },
    textarea {
      id = "modifications",
      label = "When would a family's programme be changed or stopped?",
      help = "The circumstances in which a practitioner would change what a family gets, or stop it (a safeguarding concern, a crisis, a family asking to leave), and what happens to the family's place in the study.",
      example = "If a safeguarding concern arises the family is referred under the council's procedures and may pause the programme; families who stop attending stay in the study and are still asked for questionnaires.",
      required = true,
      when = designed,
    },
    textarea {
      id = "usual_care",
      label = "What other support can families in both groups get during the study?",
      help = "Usual care: the services families can use whether or not they get the programme (health visiting, GP, early help), and anything that is ruled out during the study, such as another parenting course.",
      example = "All families keep health visiting, nursery or school support, GP care and early help key work. Families in either group may be referred to child mental health services if needed; we record every other service they use.",
      terms = { "business as usual" },
      required = true,
      when = designed,
    },
    note {
      id = "randomisation_note",
      text = "How families are allocated at random, and how the allocation is kept fair.",
      when = randomised,
    },
    textarea {
      id = "sequence_generation",
      label = "How will the random allocation list be made?",
      help = "Who makes the list of allocations and how: usually a statistician not involved in recruiting, with a computer program or an online randomisation service, so no one can predict the next allocation.",
      example = "A statistician at the university's clinical trials unit, who has no contact with families, produces the allocation sequence with a computer program and loads it into the unit's web-based randomisation service.",
      terms = { "randomisation" },
      required = true,
      when = randomised,
    },
    choice {
      id = "stratification",
      label = "Will the allocation be balanced on anything?",
      help = "Simple randomisation can leave the groups unbalanced by chance, most of all in small trials. Stratifying (randomising separately within, for example, each centre) or minimising keeps the groups alike on factors that matter.",
      example = "stratified",
      terms = { "stratification" },
      required = true,
      when = randomised,
      options = {
        { "simple", "no: simple randomisation", help = "Each family is allocated by lot, with nothing balanced." },
        { "blocks", "equal numbers over time (blocks)", help = "Allocations are made in small random blocks so the groups stay the same size as the trial goes on." },
        { "stratified", "yes: separately within groups of families (strata)", help = "For example within each centre, so each centre has a similar number in each group." },
        { "minimisation", "yes: by minimisation", help = "Each family is allocated to keep the groups as alike as possible on the chosen factors, with a random element." },
      },
    },
    list {
      id = "stratification_factors",
      label = "Which factors?",
      help = "The factors the allocation balances, one per line. The analysis should adjust for the same ones.",
      example = "Children's centre; child's baseline ECBI score above or below 150",
      terms = { "stratification" },
      required = true,
      when = function(a) local s = a.impact.stratification return randomised(a) and (s == "stratified" or s == "minimisation") end,
    },
    textarea {
      id = "randomiser",
      label = "Who will enrol families, and who will tell them their group?",
      help = "Name the roles: who checks eligibility and takes consent, who requests the allocation, and who tells the family. The people who enrol families must not be able to choose or foresee the allocation.",
      example = "Research assistants check eligibility, take consent and complete the baseline questionnaires, then request the allocation from the web service; the centre's programme coordinator tells the family its group.",
      terms = { "randomisation" },
      required = true,
      when = randomised,
    },
    textarea {
      id = "concealment",
      label = "How will the next allocation be kept hidden until a family has joined?",
      help = "Allocation concealment: how you make sure no one can know or change a family's group before the family is enrolled, for example by allocating through a web service only after consent and baseline are recorded.",
      example = "The web service releases a family's allocation only after their consent and baseline questionnaires are recorded, and keeps a dated log of every request; the sequence is never seen by anyone who recruits.",
      terms = { "allocation concealment" },
      required = true,
      when = randomised,
    },
}

-- The analysis plan beyond the primary model.
M.analysis = {
    textarea {
      id = "estimand",
      label = "What exactly will the main result estimate?",
      help = "The estimand: the effect of what, on whom, compared with what, at what time, and how events such as families stopping the programme are treated. Usually: the effect of being offered the programme, for everyone allocated, whatever they attended.",
      example = "The difference in mean ECBI intensity score 9 months after allocation between all families allocated to Family Foundations and all families allocated to usual support while waiting, whatever their attendance (the effect of offering the programme).",
      terms = { "intention to treat" },
      required = true,
      when = compared,
    },
    textarea {
      id = "secondary_analysis",
      label = "How will the secondary outcomes be analysed?",
      help = "The model for each secondary outcome (usually the same as the primary one), and how the results will be reported.",
      example = "Each secondary outcome is analysed with the same model as the primary outcome, adjusting for its own baseline score, and reported as an effect size with a 95% confidence interval.",
      terms = { "secondary outcome" },
      required = true,
      when = compared,
    },
    textarea {
      id = "subgroups",
      label = "Which groups of families will you look at separately, and why?",
      help = "Pre-specified subgroup analyses: groups for which you have a reason to expect a different effect, named now so they are not chosen after seeing the data. Say that they are tested as interactions and treated as exploratory. Write \"none\" if there are none.",
      example = "Boys and girls; children above and below the ECBI clinical cut-off at baseline; mothers and fathers as the main carer. Each is tested as an interaction with the group and reported as exploratory.",
      required = true,
      when = compared,
    },
    textarea {
      id = "multiplicity",
      label = "How will you avoid being misled by testing many outcomes?",
      help = "Multiplicity: the more outcomes and time points you test, the more likely one looks significant by chance. Say how you guard against it: one primary outcome, a correction for several tests, or treating the rest as supporting evidence only.",
      example = "The trial has one primary outcome at one time point. The four secondary outcomes are reported with 95% confidence intervals and interpreted together, not as separate tests of success.",
      terms = { "statistical significance" },
      required = true,
      when = compared,
    },
    textarea {
      id = "cace",
      label = "How will you estimate the effect for families who took part as intended?",
      help = "Not every family offered the programme attends. A complier average causal effect (CACE) analysis estimates the effect for families who would attend, using the random allocation; it needs a definition of attending decided now (often the completion rule). Write \"not planned\" and why, if so.",
      example = "A complier average causal effect analysis, with attending at least 8 of 12 sessions (the completion rule) as compliance, estimated by instrumental variables with allocation as the instrument.",
      terms = { "completion", "per-protocol analysis" },
      required = true,
      when = compared,
    },
    textarea {
      id = "effect_size_formula",
      label = "How will the effect size be calculated?",
      help = "The formula that turns the difference between groups into standard deviations, and which standard deviation is used, so the result can be compared with other studies.",
      example = "Hedges' g: the adjusted difference in means from the analysis model divided by the pooled standard deviation of the outcome at baseline, with a 95% confidence interval.",
      terms = { "effect size", "standard deviation" },
      required = true,
      when = compared,
    },
    yesno {
      id = "analysis_clustering",
      label = "Will the analysis allow for families being in the same group?",
      help = "Families who attend the same group influence each other and share practitioners, so their results are more alike. If families are allocated one by one but the programme is delivered in groups, the analysis (and the sample size) should allow for it, for example with a random effect for group in the programme arm.",
      example = "yes",
      terms = { "cluster", "intraclass correlation" },
      required = true,
      when = function(a) return compared(a) and group_delivery(a) and not cluster(a) end,
    },
    textarea {
      id = "clustering_reason",
      label = "Why not allow for the groups?",
      help = "Your reason for treating families in the same group as independent, and how you will check it does not matter (for example by estimating the ICC between groups in a sensitivity analysis).",
      example = "Groups are small and each family attends only one; we will estimate the group ICC and repeat the analysis with a random effect for group as a sensitivity analysis.",
      terms = { "cluster", "intraclass correlation" },
      required = true,
      when = function(a) return compared(a) and group_delivery(a) and not cluster(a) and a.impact.analysis_clustering == false end,
    },
}

-- The process study inside the trial, consent, data, oversight and safety.
M.conduct_safety = {
    textarea {
      id = "process_evaluation",
      label = "What will the process study inside the trial look at, and how?",
      help = "Its questions, methods and sample: fidelity, attendance, what comparison families receive, how the programme is experienced, and how it may have worked. Analyse it, where you can, before the trial's results are known.",
      example = "Fidelity (session checklists and one observed session in four), attendance and home practice, interviews with 24 parents from both groups and with practitioners, and a survey of services used by waiting families; analysed before the outcome results are unblinded.",
      terms = { "implementation and process evaluation" },
      required = true,
      when = function(a) return a.impact.embedded_process == true end,
    },
    note {
      id = "conduct_safety_note",
      text = "Consent, data, oversight and safety.",
      when = designed,
    },
    textarea {
      id = "consent",
      label = "How will families be asked to agree to take part in the study?",
      help = "Consent to the study itself, not only to follow-up: who explains it, what families are given to read, how long they have to decide, how children are asked for their agreement, and that saying no does not affect the support they get.",
      example = "A research assistant explains the study at a home visit and leaves the information leaflet; the parent signs the consent form at a second visit at least two days later. Children aged 5 and over are asked for their agreement with a picture leaflet. Declining does not affect the family's place on the waiting list for support.",
      terms = { "informed consent" },
      required = true,
      when = designed,
    },
    choice {
      id = "consent_timing",
      label = "When is consent taken, relative to allocation?",
      help = "In most trials families agree before they are allocated, so their decision cannot depend on their group. In cluster trials sites are often allocated first; then families' consent comes after, and the protocol must say how that is kept from biasing who joins.",
      example = "before_allocation",
      terms = { "informed consent", "randomisation" },
      required = true,
      when = compared,
      options = {
        { "before_allocation", "before allocation", help = "Families agree to the study, complete the baseline, then learn their group." },
        { "after_allocation", "after allocation", help = "Sites or groups are allocated first and families are asked afterwards, as in many cluster trials." },
        { "not_sought", "not sought", help = "Only routine records are used, under another lawful basis and with the approval of an ethics committee." },
      },
    },
    textarea {
      id = "data_management",
      label = "How will the study's data be collected, checked and stored?",
      help = "How data are entered (paper, tablets, online), checked for errors and missing answers, coded, stored and backed up, and who can see which parts.",
      example = "Questionnaires are completed on tablets in a secure online survey system with range checks; the data manager checks completeness weekly. Identifying details are held separately from answers, which carry only a study number. Data are stored on the university's encrypted research servers and backed up nightly.",
      terms = { "pseudonymisation" },
      required = true,
      when = designed,
    },
    textarea {
      id = "monitoring_committee",
      label = "Who will oversee the study's progress and the safety of families?",
      help = "A steering committee (with an independent chair) oversees progress; a data monitoring committee of independent members looks at safety and, if planned, interim results. For a low-risk study of a support service, a steering committee that also reviews harms is often enough; say why if there is no separate data monitoring committee.",
      example = "A trial steering committee with an independent chair (a professor of social work), a parent, a head teacher and the council's head of early help meets every six months and reviews recruitment, retention and every reported harm. No separate data monitoring committee: the programme is low risk and no interim analysis of outcomes is planned.",
      terms = { "data monitoring committee" },
      required = true,
      when = designed,
    },
    textarea {
      id = "interim_analyses",
      label = "Will results be looked at before the end, and could the study be stopped early?",
      help = "Interim analyses and stopping rules: whether outcome results are examined part way through, by whom, and what would stop the study (harm, futility, failing to recruit). Write \"none\" and why, if none.",
      example = "No interim analysis of outcomes. The steering committee may stop the trial if fewer than half the expected families are recruited after 18 months, or if harms are reported more often in the programme group.",
      terms = { "interim analysis" },
      required = true,
      when = designed,
    },
    textarea {
      id = "trial_monitoring",
      label = "How will you check the study is run as this plan says?",
      help = "Trial monitoring: who checks consent forms, eligibility, the allocation log and data quality, and how often.",
      example = "The trials unit's quality assurance manager checks a random 10% of consent forms and eligibility records every six months, and audits the randomisation log once a year.",
      required = true,
      when = designed,
    },
    textarea {
      id = "harms",
      label = "How will you record and report harms and adverse events?",
      help = "Harms can happen in family services too: distress in sessions, conflict at home, a worsening crisis. Say what counts as an adverse event, who records it, who is told and how fast, and how harms are compared between the groups.",
      example = "Practitioners and research assistants record any adverse event (for example a parent's distress needing support, a child's injury, a family crisis) on a standard form within two working days; serious events are reported to the chief investigator within 24 hours and to the steering committee chair. Events are reported by group at each steering committee meeting and in the final report.",
      terms = { "adverse event" },
      required = true,
      when = designed,
    },
    textarea {
      id = "safeguarding",
      label = "What happens if someone becomes worried about a child's safety?",
      help = "The safeguarding protocol: who researchers and practitioners tell, under which local procedures, and what happens to the family's place in the study. Families should be told in the consent leaflet that confidentiality has this limit.",
      example = "Any concern is reported the same day to the council's designated safeguarding lead under Northbridge Safeguarding Children Partnership procedures; researchers are trained in the procedures and have a named contact. The family stays in the study unless it asks to leave. The consent leaflet explains this limit to confidentiality.",
      terms = { "safeguarding" },
      required = true,
      when = designed,
    },
    textarea {
      id = "amendments",
      label = "How will changes to this plan be agreed and reported?",
      help = "Protocol amendments: who may propose a change, who approves it (the steering committee, the ethics committee), how the registry and partners are told, and how the final report lists every change.",
      example = "Changes are agreed by the steering committee, approved by the ethics committee where needed, recorded with a new version number and date, and updated on the trial registry; the final report lists every change and its date.",
      required = true,
      when = designed,
    },
}

-- Registration and where the protocol is published.
M.registration = {
    text {
      id = "registration_number",
      label = "What is the registration number?",
      help = "The number the registry gave the study, once it is registered (for example ISRCTN12345678). Leave it blank until then.",
      example = "ISRCTN40275983",
      terms = { "pre-registration" },
      when = function(a) return a.impact.preregistration == "registered" end,
      required = true,
    },
    date {
      id = "registration_date",
      label = "When was it registered?",
      help = "The date of registration, written YYYY-MM-DD.",
      example = "2028-11-30",
      terms = { "pre-registration" },
      when = function(a) return a.impact.preregistration == "registered" end,
      required = true,
    },
    textarea {
      id = "protocol_access",
      label = "Where will this protocol and the statistical analysis plan be published?",
      help = "Where anyone can read the protocol and the statistical analysis plan before the results are known: the registry, the evaluator's website, the funder's website, a journal.",
      example = "The protocol is attached to the ISRCTN record and published on the university's repository; the statistical analysis plan is added to both before the outcome data are unblinded.",
      terms = { "statistical analysis plan" },
      required = true,
      when = designed,
    },
}

-- The sponsor, the funder's part and the people who run the study.
M.oversight = {
    textarea {
      id = "sponsor",
      label = "Who is the study's sponsor, and how can they be contacted?",
      help = "The sponsor is the organisation that takes responsibility for the research being set up, run and reported properly, usually the university or the council. Give a contact.",
      example = "University of Northbridge (Research Governance Office, research.governance@northbridge.ac.uk)",
      terms = { "sponsor" },
      required = true,
      when = designed,
    },
    textarea {
      id = "funder_role",
      label = "What say do the funder and the sponsor have over the study?",
      help = "Whether the funder or sponsor has any part in the design, data collection, analysis, writing the report or deciding to publish, and who has the final say on each.",
      example = "The funder approved the design but has no role in data collection, analysis or interpretation; the evaluation team decides what is published and when. The sponsor oversees governance only.",
      terms = { "sponsor" },
      required = true,
      when = designed,
    },
    textarea {
      id = "steering_group",
      label = "Who runs the study day to day, and who advises it?",
      help = "The trial management group (who meets, how often) and any advisory group, with their roles. The committee that oversees safety is asked about with the study's monitoring.",
      example = "A trial management group (chief investigator, trial manager, statistician, council service lead) meets monthly. The parent advisory group meets every six months.",
      terms = { "steering committee" },
      required = true,
      when = designed,
    },
}

-- Controllers, retention and confidentiality.
M.data_protection = {
    textarea {
      id = "controller",
      label = "Who decides how families' data are used, and who handles them for someone else?",
      help = "Under UK GDPR the controller decides why and how personal data are used; a processor handles them on a controller's instructions. Name each organisation's role (two organisations can be joint controllers).",
      example = "The University of Northbridge is controller for the research data it collects; Northbridge Council is controller for its service records and shares an extract with the university; the online survey provider is the university's processor.",
      terms = { "data controller" },
      required = true,
      when = designed,
    },
    textarea {
      id = "retention",
      label = "How long will the data be kept, and what happens then?",
      help = "How long identifying details and the research data are kept, why, and how they are destroyed or archived (for example de-identified in a data archive).",
      example = "Contact details are destroyed when the last follow-up ends. Pseudonymised research data are kept for 10 years after the final report under the university's policy, then deleted; a de-identified copy is archived for other researchers.",
      terms = { "pseudonymisation" },
      required = true,
      when = designed,
    },
    textarea {
      id = "confidentiality",
      label = "How will families' personal information be kept confidential?",
      help = "How identifying details are separated from answers, who can see them, how they are sent between organisations, and how results are reported so no family can be recognised.",
      example = "Families are known by a study number; the key linking numbers to names is held only by the data manager. Data move between the council and the university by secure file transfer. Results are reported for groups only, with no number below 10.",
      terms = { "pseudonymisation" },
      required = true,
      when = designed,
    },
}

-- The NHS route and the police's basis for sharing.
M.nhs_police = {
    yesno {
      id = "nhs_data",
      label = "Will the study recruit through the NHS or use NHS records?",
      help = "Answer yes if NHS staff (health visitors, GPs) recruit families for the study, or the study uses records from an NHS organisation. Research in the NHS needs approvals of its own.",
      example = "yes",
      terms = { "Health Research Authority" },
      required = true,
      when = designed,
    },
    records {
      id = "nhs_approvals",
      label = "Which NHS approvals does the study need, and where are they?",
      help = "One row per approval: Health Research Authority (HRA) approval for research in the NHS; review by an NHS research ethics committee when NHS patients take part; the Caldicott Guardian's agreement for sharing patient information; and support under section 251 of the NHS Act 2006, through the Confidentiality Advisory Group (CAG), to use identifiable patient data without consent. Say which are not needed and why.",
      example = "approval: HRA approval; status: planned; notes: through the IRAS form once the university's ethics approval is in place",
      terms = { "Health Research Authority", "Caldicott Guardian" },
      item_label = "approval",
      required = true,
      when = function(a) return designed(a) and a.impact.nhs_data == true end,
      columns = {
        choice {
          id = "approval", label = "Approval", help = "Which approval.", example = "hra",
          options = {
            { "hra", "HRA approval", help = "Health Research Authority approval for research taking place in the NHS in England." },
            { "nhs_rec", "NHS research ethics committee", help = "Ethical review by an NHS research ethics committee, needed when NHS patients are research participants." },
            { "caldicott", "Caldicott Guardian", help = "The agreement of the NHS organisation's Caldicott Guardian to share patient information." },
            { "s251", "section 251 support (CAG)", help = "Support under section 251 of the NHS Act 2006, through the Confidentiality Advisory Group, to use identifiable patient data without consent." },
          },
        },
        choice {
          id = "status", label = "Status", help = "Where it is.", example = "planned",
          options = {
            { "granted", "granted", help = "In place." },
            { "applied", "applied for", help = "The application has been made." },
            { "planned", "planned", help = "Will be applied for before recruitment." },
            { "not_needed", "not needed", help = "Not needed for this study; say why in the notes." },
          },
        },
        text { id = "notes", label = "Notes", help = "Who applies, when, or why it is not needed.", example = "Families consent to sharing, so section 251 support is not needed" },
      },
    },
    yesno {
      id = "police_data",
      label = "Will the police share data about families for the study?",
      help = "Answer yes if the study uses police records (incidents, contacts, offending) about the families or children.",
      example = "no",
      terms = { "data sharing agreement" },
      required = true,
      when = designed,
    },
    textarea {
      id = "police_basis",
      label = "On what legal basis will the police share data, and under which agreement?",
      help = "Name the legal power the force relies on to share (for example section 115 of the Crime and Disorder Act 1998), the lawful basis under the Data Protection Act 2018, the data-sharing agreement, and who in the force approved it.",
      example = "Northbridge Police share incident records under section 115 of the Crime and Disorder Act 1998 and a data-sharing agreement signed by the force's data protection officer; the research team is vetted to the force's non-police personnel standard.",
      terms = { "data sharing agreement", "lawful basis" },
      required = true,
      when = function(a) return designed(a) and a.impact.police_data == true end,
    },
}

-- The timeline, the people, the risks, and sharing the results.
M.people = {
    note {
      id = "people_note",
      text = "The study's timetable, its people, its risks and how the results are shared.",
      when = designed,
    },
    records {
      id = "milestones",
      label = "What are the study's milestones?",
      help = "The timeline: one row per stage or milestone, with its start and end dates (written YYYY-MM-DD), from approvals through recruitment, follow-up, analysis and reporting.",
      example = "milestone: recruitment; start: 2029-01-07; end: 2032-12-20",
      item_label = "milestone",
      required = true,
      when = designed,
      columns = {
        text { id = "milestone", label = "Milestone", help = "The stage or event.", example = "Ethics approval" },
        date { id = "start", label = "Start", help = "When it starts (YYYY-MM-DD).", example = "2028-09-01" },
        date { id = "finish", label = "End", help = "When it ends (YYYY-MM-DD); the same as the start for a single event.", example = "2028-11-30" },
      },
    },
    records {
      id = "personnel",
      label = "Who works on the study, and what does each do?",
      help = "The evaluation team and the delivery team: one row per person or role, with their organisation and what they do in the study.",
      example = "name: Dr Sam Okafor; organisation: University of Northbridge; role: chief investigator, responsible for the design, analysis and report",
      item_label = "person",
      required = true,
      when = designed,
      columns = {
        text { id = "name", label = "Name or role", help = "The person, or the role if not yet appointed.", example = "Trial manager (to be appointed)" },
        text { id = "organisation", label = "Organisation", help = "Where they work.", example = "University of Northbridge" },
        text { id = "role", label = "What they do", help = "Their part in the study.", example = "Day-to-day running, recruitment and follow-up" },
      },
    },
    records {
      id = "risks",
      label = "What could go wrong, and what will you do about it?",
      help = "The main risks to the study (recruitment, drop-out, staff turnover, data access, contamination), how likely each is, and what you will do to prevent it or respond.",
      example = "risk: recruitment is slower than planned; likelihood: medium; response: add school referrals and a fifth centre; extend recruitment by six months",
      item_label = "risk",
      required = true,
      when = designed,
      columns = {
        text { id = "risk", label = "Risk", help = "What could go wrong.", example = "Practitioners leave during the trial" },
        choice {
          id = "likelihood", label = "Likelihood", help = "How likely it is.", example = "medium",
          options = {
            { "low", "low", help = "Unlikely to happen." },
            { "medium", "medium", help = "Could well happen." },
            { "high", "high", help = "Likely to happen." },
          },
        },
        text { id = "response", label = "What the study will do", help = "How you prevent it or respond.", example = "Train two reserve practitioners before the trial starts" },
      },
    },
    textarea {
      id = "dissemination",
      label = "How will the results be shared?",
      help = "Who will hear the results and how: families who took part (a plain-language summary), practitioners, commissioners, the registry, a report and a journal article. Say that results will be published whatever they show.",
      example = "The results, whatever they show, will be posted on the trial registry within 12 months of the last follow-up, published in an open-access journal and a report for the funder, and shared with participating families in a plain-language summary and with practitioners and commissioners at a local event.",
      required = true,
      when = designed,
    },
    textarea {
      id = "authorship",
      label = "Who will be an author of the reports, and on what basis?",
      help = "The rule for authorship (for example the ICMJE criteria), whether the council's staff and the developer may be authors, and whether professional writers are used.",
      example = "Authorship follows the ICMJE criteria; the chief investigator decides after consulting the trial management group. The developer is acknowledged but not an author. No professional writers are used.",
      required = true,
      when = designed,
    },
    textarea {
      id = "data_sharing",
      label = "Will the anonymised data, analysis code and materials be shared?",
      help = "Open data: whether other researchers can get the de-identified data (with its data dictionary), the analysis code and the questionnaires and manuals, where, when, and on what conditions.",
      example = "A de-identified dataset with a data dictionary and the analysis code will be deposited in the UK Data Service 12 months after the final report, available to bona fide researchers under its safeguarded access licence.",
      required = true,
      when = designed,
    },
    textarea {
      id = "post_trial_care",
      label = "What support do families get when the study ends, and is there compensation for harm?",
      help = "Ancillary and post-trial care: what the comparison group is offered when the study ends, what happens to families who still need help, and the insurance or indemnity that covers harm from taking part.",
      example = "Waiting-list families are offered a place in a group after their 9-month questionnaires; families who need more help are referred to early help or child mental health services. The university's insurance covers harm arising from the research.",
      required = true,
      when = designed,
    },
}

return M
