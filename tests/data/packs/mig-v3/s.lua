return step {
  id = "s", number = 1, title = "S", purpose = "Answers that move between versions.",
  fields = {
    text { id = "approach", label = "Approach", help = "The design." },
    text { id = "venue", label = "Venue", help = "Where." },
    date { id = "start", label = "Start", help = "When." },
    choice { id = "kind", label = "Kind", help = "How it is delivered.", options = { "group_based", "one_to_one" } },
    multi { id = "audience", label = "Audience", help = "Who comes.", options = { "parents", "children" } },
    records {
      id = "sessions", label = "Sessions", help = "One row a session.",
      columns = {
        text { id = "name", label = "Name", help = "Its name." },
        choice { id = "mode", label = "Mode", help = "How it is held.", options = { "in_person", "online" } },
      },
    },
  },
}
