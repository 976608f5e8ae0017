return step {
  id = "s",
  title = "S",
  fields = {
    text { id = "f", label = "F", validate = function(v) local s = "x" for i = 1, 64 do s = s .. s end end }
  },
}
