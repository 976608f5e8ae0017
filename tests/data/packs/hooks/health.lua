return {
  check {
    id = "reserve",
    title = "A reserve",
    kind = "health",
    run = function(a, ctx)
      if ctx.facts.left == nil then return { status = "na", reason = "No budget yet." } end
      if ctx.facts.left < 10 then return { status = "warn", reason = "Less than 10 pounds left." } end
      return { status = "pass", reason = "Money left: " .. ctx.facts.left .. "." }
    end,
  },
}
