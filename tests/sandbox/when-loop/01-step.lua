return step {
  id = "s",
  title = "S",
  fields = {
    text { id = "f", label = "F", when = function(a) while true do end end }
  },
}
