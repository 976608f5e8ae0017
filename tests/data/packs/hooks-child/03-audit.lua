local levels = require("lib.levels")
return step { id = "audit", title = "Audit", purpose = "Who checks the accounts.", fields = {
  choice { id = "depth", label = "How deep is the audit?", help = "A level.", options = { levels[1], levels[2] } },
  yesno { id = "signed", label = "Are the accounts signed?", help = "By the auditor." },
} }
