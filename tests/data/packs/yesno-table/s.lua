return step {
  id = "s", number = 1, title = "Partners", purpose = "Which partners have signed.",
  fields = {
    records {
      id = "partners", label = "Partners", help = "One row a partner.",
      columns = {
        text { id = "name", label = "Partner", help = "Its name." },
        yesno { id = "signed", label = "Signed", help = "Whether it has signed." },
      },
    },
  },
}
