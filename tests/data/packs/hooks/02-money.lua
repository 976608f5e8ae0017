local levels = require("lib.levels")
return step { id = "money", title = "Money", purpose = "The club's money.", prerequisites = { "about" }, fields = {
  number { id = "total", label = "What is the budget?", help = "In pounds." },
  number { id = "spent", label = "How much is spent so far?", help = "In pounds." },
  computed { id = "loads", label = "Times the shared module ran", help = "For the test.",
    compute = function() return levels.loads end },
} }
