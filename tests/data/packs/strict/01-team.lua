return step {
  id = "team",
  title = "The team",
  purpose = "Who works on the evaluation.",
  fields = {
    list {
      id = "partners",
      label = "Who are the partners?",
      help = "One organisation an item.",
      item_label = "partner",
      min_items = 1,
      max_items = 2,
    },
    number {
      id = "alpha",
      label = "Significance level",
      help = "The chance of a false positive you accept.",
      min = 0, max = 0.5,
      default = 0.05,
    },
    computed {
      id = "confidence",
      label = "Confidence",
      help = "One minus the significance level, in per cent.",
      unit = "%",
      compute = function(a) return (1 - a.team.alpha) * 100 end,
    },
    number {
      id = "meetings",
      label = "Meetings a year",
      help = "How often the team meets.",
      integer = true,
      validate = function(v)
        if v < 4 then return { severity = "warning", message = "fewer than four meetings a year is too few to steer an evaluation" } end
      end,
    },
    text {
      id = "chair",
      label = "Who chairs the meetings?",
      help = "A name.",
      validate = function(v)
        if v == "nobody" then return { severity = "warn", mesage = "someone must chair" } end
      end,
    },
  },
}
