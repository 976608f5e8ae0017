-- Changes to the default pack's impact step: one question added after an
-- existing one, and help rewritten for a police audience.
return extend_step {
  id = "impact",
  after = "design_reason",
  add = {
    choice {
      id = "force_comparison",
      label = "Who will diverted children be compared with?",
      help = "Children who were not diverted but could have been: from before the scheme began, "
        .. "from a neighbouring force area, or just outside the age or offence rules.",
      options = {
        { "before_scheme", "Children from before the scheme began" },
        { "neighbouring_force", "Children in a neighbouring force area" },
        { "just_outside_rules", "Children just outside the age or offence rules" },
        { "random_allocation", "Children allocated at random to diversion or the usual outcome" },
      },
    },
  },
  help = {
    design_reason = "Explain why this comparison is fair: for example that officers in a neighbouring force "
      .. "would have charged the same children in the same way.",
  },
}
