-- Extends the hooks pack: its step files find the base pack's modules, and
-- it adds a check of its own to those it inherits.
return {
  id = "hooks-child", version = 1, title = "Club accounts, audited",
  extends = "hooks",
  steps = { "03-audit.lua" },
  checks = { "audit-checks.lua" },
}
