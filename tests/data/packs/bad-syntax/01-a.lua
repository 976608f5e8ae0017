-- A syntax error on line 3.
return step { id = "s", title = "S",
  fields = { text { id = "a" label = "A" } },
}
