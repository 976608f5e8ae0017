return {
  title = "Ieithoedd",
  steps = {
    about = {
      title = "Amdano",
      fields = {
        name = { label = "Enw" },
        often = { label = "Pa mor aml?", options = { weekly = "bob wythnos" } },
        staff = { columns = { who = { label = "Pwy" } } },
      },
    },
  },
  words = { ["Not yet answered"] = "Heb ei ateb eto" },
}
