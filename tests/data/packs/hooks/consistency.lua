return {
  title = "Money checks",
  check {
    id = "within_budget",
    title = "Spending within the budget",
    kind = "consistency",
    fields = { "money.spent", "money.total" },
    run = function(a, ctx)
      local t, s = a.money.total, a.money.spent
      if not (t and s) then return nil end
      if s > t then
        return { status = "fail", reason = string.format("%s (%d) is more than the budget (%d).", ctx.label("money.spent"), s, t),
                 fix = "Raise the budget or check the figures." }
      end
      if s == t then return { status = "warn", reason = "Everything is spent." } end
      return { status = "pass", reason = "Within the budget." }
    end,
  },
}
