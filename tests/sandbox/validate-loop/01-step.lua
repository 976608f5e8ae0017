return step {
  id = "s",
  title = "S",
  fields = {
    text { id = "f", label = "F", validate = function(v) while true do end end }
  },
}
