-- languages names cy, but there is no lang/cy.lua (tests/lua/test-i18n.lua)
return {
  id = "i18n-nofile", version = 1, steps = { "01-about.lua" },
  languages = { "en", "cy" },
}
