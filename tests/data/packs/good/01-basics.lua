-- Step 1 of the test pack: scalar fields.
return step {
  id = "basics",
  number = 1,
  title = "Basics",
  fields = {
    text { id = "name", label = "Name", required = true },
    textarea { id = "story", label = "Story" },
    number { id = "count", label = "Count", integer = true, min = 0, max = 100 },
    number { id = "ratio", label = "Ratio", unit = "%" },
    choice { id = "colour", label = "Colour", options = { "red", "green", { value = "blue", label = "Blue sky" } } },
    multi { id = "tags", label = "Tags", options = { "a", "b", "c" } },
    yesno { id = "ready", label = "Ready?" },
    date { id = "start", label = "Start date" },
    text { id = "why_blue", label = "Why blue?", when = function(a) return a.basics.colour == "blue" end },
    text {
      id = "code", label = "Code",
      validate = function(v) if not v:match("^%u%u%d$") then return "a code is two capitals and a digit" end end,
    },
    note { id = "hint", text = "Guidance only." },
  },
}
