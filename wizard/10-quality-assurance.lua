-- Step 10: Quality assurance at scale: keeping the service delivered as
-- intended, and its results steady, once it is widely offered.
return step {
  id = "quality_assurance",
  number = 10,
  title = "Quality assurance at scale",
  short = "Quality",
  level = "none",
  leads_to = "a service that keeps its quality and results when it is widely offered",
  prerequisites = { "replication", "value_for_money" },
  purpose = "Plan how you will keep the service delivered as designed, and check that families still benefit, once it is offered widely.",
  guidance = [[
Services that work in trials can drift when they spread: staff change, training gets shorter, core parts are dropped to save time.
Quality assurance keeps watch with routine monitoring of fidelity (is it delivered as designed), reach and outcomes, a log of adaptations, and a regular review that acts on what it finds.
Agree in advance what would trigger action, for example completion falling below 60% in a site.
(Foundations, the 10 steps run through to quality assurance for interventions offered at scale.)]],
  fields = {
    textarea {
      id = "monitoring",
      label = "How will you monitor fidelity in routine delivery?",
      help = "How you will check, in every site, that core components are delivered as designed, and how often.",
      example = "Practitioners complete the fidelity checklist after every session; supervisors observe one session per group each term; the developer audits a sample of recorded sessions yearly.",
      terms = { "fidelity" },
      required = true,
    },
    text {
      id = "fidelity_tool",
      label = "Which fidelity tool will you use?",
      help = "The checklist or rating scale, ideally the one used in the trials.",
      example = "Family Foundations session fidelity checklist (developer's version 2)",
    },
    textarea {
      id = "outcome_monitoring",
      label = "How will you keep track of outcomes?",
      help = "Routine before-and-after measures for every family, using the same measures as the trials, so you can spot a site whose results slip. Monitoring cannot show impact, but it can show problems.",
      example = "Every family completes the ECBI and the parenting stress questionnaire at the first and last session; results are reported by site every quarter against the trial's average change.",
      terms = { "outcome monitoring" },
      required = true,
    },
    multi {
      id = "dashboard",
      label = "What will your monitoring report show?",
      help = "Tick what is reported at each review.",
      example = "referrals, attendance, completion, fidelity, outcomes, satisfaction",
      options = {
        { "referrals", "referrals and reach", help = "Who is referred and whether they match the intended families." },
        { "attendance", "attendance", help = "Sessions attended per family." },
        { "completion", "completion", help = "Share of starters who complete." },
        { "fidelity", "fidelity", help = "Share of core components delivered." },
        { "outcomes", "outcomes", help = "Average before-and-after change." },
        { "satisfaction", "satisfaction", help = "Families' feedback." },
        { "costs", "costs", help = "Cost per family." },
      },
    },
    textarea {
      id = "adaptation_log",
      label = "How will changes to the service be recorded and agreed?",
      help = "Who may change what, how changes are logged, and who decides whether a change keeps to the core components.",
      example = "Sites log every adaptation (what, why, which session); the programme lead reviews the log monthly; any change touching a core component needs the developer's agreement.",
      terms = { "adaptation" },
      required = true,
    },
    choice {
      id = "review_cycle",
      label = "How often will delivery be reviewed?",
      help = "How often the monitoring report is looked at by people who can act on it.",
      example = "quarterly",
      required = true,
      options = {
        { "monthly", "monthly", help = "Suits the first year at a new site." },
        { "quarterly", "quarterly", help = "The usual choice once delivery is settled." },
        { "six_monthly", "every six months", help = "For mature, stable services." },
        { "yearly", "yearly", help = "Too slow to catch most problems early; pair it with more frequent checks." },
      },
    },
    text {
      id = "review_body",
      label = "Who reviews it?",
      help = "The group or person that receives the monitoring report and acts on it.",
      example = "Early Help Quality Board, chaired by the Head of Early Help",
    },
    textarea {
      id = "thresholds",
      label = "What would trigger action?",
      help = "The levels at which a site gets extra support or a delivery review, agreed in advance.",
      example = "Completion below 60%, fidelity below 80%, or average change in ECBI less than half the trial's for two quarters running triggers a support visit and refresher training.",
    },
    textarea {
      id = "licensing",
      label = "How will new sites be trained and approved?",
      help = "What a new site needs before it may deliver: training, accreditation, licences, supervision arrangements.",
      example = "New sites sign a licence with the developer, train at least four practitioners and one supervisor, and deliver two observed groups before independent delivery.",
    },
  },
}
