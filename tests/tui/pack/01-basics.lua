return step {
  id = "basics",
  number = 1,
  title = "Basics",
  level = "L1",
  purpose = "One question of each simple type.",
  fields = {
    text { id = "early", label = "Shown before the name when the name is 'show early'",
      when = function(a) return a.basics.name == "show early" end },
    text { id = "name", label = "Name of the service", help = "What staff call it.", example = "Family Foundations", required = true },
    textarea { id = "story", label = "Describe the problem", help = "A paragraph or two about the need." },
    number { id = "children", label = "Children reached a year", unit = "children", min = 0, max = 100000, integer = true },
    choice { id = "setting", label = "Main setting", options = {
      { "school", "School", help = "Delivered in schools." },
      { "home", "Home visits", help = "Delivered in family homes." },
      { "clinic", "Clinic" },
    } },
    multi { id = "agencies", label = "Agencies involved", options = { "police", "health", "education" } },
    yesno { id = "consent", label = "Is consent in place?" },
    date { id = "start", label = "Start date" },
    note { id = "tip", text = "Notes like this one are guidance only." },
    computed { id = "reach", label = "Reach per week", compute = function(a)
      local c = a.basics.children
      if type(c) ~= "number" then return "enter the children reached" end
      return string.format("%.1f children a week", c / 52)
    end },
    text { id = "why_home", label = "Why home visits?", when = function(a) return a.basics.setting == "home" end },
  },
  panels = {
    panel { id = "summary", title = "Summary", render = function(a)
      return "Service: " .. tostring(a.basics.name or "(no name yet)")
    end },
  },
}
