-- Step 3: Blueprint.
return step {
  id = "blueprint",
  number = 3,
  title = "Blueprint",
  level = "L1",
  prerequisites = { "logic_model" },
  purpose = "A first question for this step; the default pack issue gives it its full set of questions.",
  fields = {
    textarea {
      id = "core_components",
      label = "Which parts are core, and must never be changed?",
      help = "The components the theory of change says make the difference.",
      example = "Ten weekly group sessions on positive play, praise and calm limit setting.",
      required = true,
    },
  },
}
