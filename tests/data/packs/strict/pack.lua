-- Settings that used to be accepted and ignored, each doing its work now
-- (tests/cli/test-strict.sh): min_items, max_items, item_label, default,
-- validators' warnings, and a validator with a misspelt result key.
return {
  id = "strict", version = 1, title = "Strict",
  steps = { "01-team.lua" },
}
