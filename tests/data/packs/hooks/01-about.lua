local levels = require("lib.levels")
return step { id = "about", title = "About", purpose = "Who the club is.", fields = {
  text { id = "name", label = "What is the club called?", help = "Its name." },
  multi { id = "done", label = "Which steps are done?", help = "Steps done before.", options = { "about", "money" } },
  choice { id = "level", label = "How far along?", help = "A level.", options = { levels[1], levels[2] } },
} }
