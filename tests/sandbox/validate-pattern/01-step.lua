return step {
  id = "s",
  title = "S",
  fields = {
    text { id = "f", label = "F", validate = function(v) return (v:rep(100)):find(".-.-.-x") end }
  },
}
