return step {
  id = "beta", number = 1, title = "Beta",
  fields = {
    yesno { id = "ok", label = "Fine", help = "Nothing wrong with this one." },
    computed { id = "sum", label = "Sum", help = "Reads a field that is not there.",
      compute = function(a) return a.beta.nope end },
  },
  panels = {
    panel { id = "summary", title = "Summary", render = function(a) return { a.alpha.kind } end },
  },
}
