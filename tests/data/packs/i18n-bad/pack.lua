-- A pack written in English with a Welsh translation (tests/lua/test-i18n.lua).
return {
  id = "i18n-bad",
  version = 1,
  title = "Languages",
  languages = { "en", "cy" },
  steps = { "01-about.lua" },
}
