return step {
  id = "s",
  title = "S",
  fields = {
    choice { id = "f", label = "F", options = function(a) while true do end end }
  },
}
