-- Step 8: Replication and effectiveness: a second rigorous study, in routine
-- delivery, other places or with other providers.
return step {
  id = "replication",
  number = 8,
  title = "Replication and effectiveness",
  short = "Replication",
  level = "L4",
  leads_to = "a second rigorous study, which with a lasting effect supports EIF Level 4",
  prerequisites = { "impact" },
  purpose = "Plan a second rigorous study that shows the effect is not a one-off: in ordinary services, in other places or delivered by other providers.",
  guidance = [[
One positive trial can be a lucky result, or owe a lot to an enthusiastic first team.
EIF's Level 4 needs more than one rigorous evaluation, with at least one showing an effect that lasts a year or more.
A first trial often tests whether the service can work in good conditions (efficacy); a replication tests whether it works in everyday services (effectiveness), run by the people who would deliver it at scale.
It should use a design as strong as the first study, ideally with a different evaluator.
(EIF evidence standards.)]],
  fields = {
    textarea {
      id = "plan",
      label = "What second study do you plan?",
      help = "In a few sentences: where, with whom, when, and what question it answers that the first study did not.",
      example = "A trial across three neighbouring councils in 2031 to 2033, delivered by their own early help staff after standard training, testing whether Family Foundations works in routine services.",
      required = true,
    },
    choice {
      id = "study_type",
      label = "What kind of replication is it?",
      help = "How the second study differs in purpose from the first.",
      example = "effectiveness",
      terms = { "efficacy", "effectiveness" },
      required = true,
      options = {
        { "effectiveness", "effectiveness in routine services", help = "Ordinary staff, ordinary conditions, at a larger scale." },
        { "efficacy", "a repeat of the first trial elsewhere", help = "The same conditions as the first study, in another place." },
        { "multi_site", "a multi-site trial", help = "Several areas or providers in one study, testing whether the effect holds across them." },
      },
    },
    textarea {
      id = "sites",
      label = "Where will it take place?",
      help = "The areas, organisations or settings, and why they are a fair test (different from the first site, typical of where the service would spread).",
      example = "Eastvale, Southmoor and Westbrook councils: a mix of urban and rural areas with higher shares of families from minority ethnic backgrounds than Northbridge.",
      required = true,
    },
    textarea {
      id = "providers",
      label = "Who will deliver the service?",
      help = "Which organisations and staff deliver it, and how they will be trained without the first team's help.",
      example = "Each council's own early help practitioners, trained by the programme developer's regional trainers.",
    },
    choice {
      id = "design",
      label = "Which design will the second study use?",
      help = "It should be at least as strong as the first study's design.",
      example = "cluster_rct",
      terms = { "randomised controlled trial", "quasi-experimental design" },
      required = true,
      options = {
        { "individual_rct", "randomised controlled trial (individuals)", help = "Families allocated at random." },
        { "cluster_rct", "cluster randomised trial", help = "Whole centres or teams allocated at random." },
        { "stepped_wedge", "stepped-wedge trial", help = "Sites start in a random order." },
        { "rdd", "regression discontinuity", help = "Compares families either side of an eligibility cut-off." },
        { "did", "difference-in-differences", help = "Compares change over time with a similar group." },
        { "matched", "matched comparison", help = "Participants matched with similar non-participants." },
        { "its", "interrupted time series", help = "Many months of routine data before and after." },
        { "pre_post", "pre-post", help = "No comparison group: this cannot count as a rigorous replication." },
      },
      validate = function(v)
        if v == "pre_post" then
          return "a pre-post study cannot count as a second rigorous evaluation for Level 4; choose a design with a comparison group"
        end
      end,
    },
    textarea {
      id = "design_reason",
      label = "Why that design for the second study?",
      help = "Your reason for the design: what makes it possible in the new sites and why it is at least as strong as the first study's.",
      example = "The three councils deliver through children's centres and cannot keep families of one centre apart, so whole centres are allocated; 24 centres across the councils are enough for a cluster trial.",
      required = true,
      when = function(a) return a.replication.design ~= nil end,
    },
    yesno {
      id = "independent",
      label = "Will a different team evaluate it?",
      help = "A replication by evaluators independent of the first study (and of the programme developer) is more convincing.",
      example = "yes",
      terms = { "independent evaluation" },
      required = true,
    },
    yesno {
      id = "routine_delivery",
      label = "Will the service be delivered as it would be in everyday practice?",
      help = "Yes if there is no extra support, selected staff or researcher involvement in delivery beyond what would happen at scale.",
      example = "yes",
    },
    textarea {
      id = "differences",
      label = "What will differ from the first study?",
      help = "Changes to the service, the families, the staff or the measures, and why.",
      example = "Standard training without developer coaching; families referred by schools as well as health visitors; teacher-reported behaviour added as a secondary outcome.",
    },
    text {
      id = "timing",
      label = "When will it run?",
      help = "The expected years of the study.",
      example = "2031 to 2033",
    },
  },
}
