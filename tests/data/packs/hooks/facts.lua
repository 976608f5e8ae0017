-- The pack's facts: what is left of the budget.
return {
  from_plan = function(a)
    if a.money.total == nil then return {} end
    return { left = a.money.total - (a.money.spent or 0) }
  end,
}
