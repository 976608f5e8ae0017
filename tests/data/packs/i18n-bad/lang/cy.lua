-- a misspelt field id (tests/lua/test-i18n.lua)
return {
  steps = {
    about = { fields = {
      nmae = { label = "Enw" },
    } },
  },
}
