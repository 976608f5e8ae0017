return step {
  id = "middle", number = 2, title = "Middle", after = "alpha",
  fields = {
    choice { id = "kind", label = "Kind", help = "Which kind.", options = { "a", "b" } },
    text { id = "why_b", label = "Why b?", help = "Say why.", when = function(a) return a.middle.kind == "b" end },
  },
}
