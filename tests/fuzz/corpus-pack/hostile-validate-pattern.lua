return step {
  id = "s",
  title = "S",
  fields = {
    text { id = "f", label = "F", validate = function(v) local r = (v:rep(100)):find(".-.-.-x"); return r end }
  },
}
