-- A small pack that declares everything a pack can: its facts, checks of
-- two kinds, a module its step files share, the answers that hold the
-- plan's title and the steps done before evalwiz (tests/cli/test-pack-hooks.sh).
return {
  id = "hooks", version = 1, title = "Club accounts",
  steps = { "01-about.lua", "02-money.lua" },
  facts = "facts.lua",
  checks = { "consistency.lua", "health.lua" },
  title_field = "about.name",
  done_field = "about.done",
  default_template = "accounts",
}
