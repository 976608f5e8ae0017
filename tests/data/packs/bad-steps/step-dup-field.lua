-- Two fields with one id.
return step { id = "s", title = "S", fields = {
  text { id = "a", label = "A" },
  text { id = "a", label = "A again" },
} }
