return {
  title = "Audit checks",
  check {
    id = "signed_off", title = "Accounts signed off", fields = { "audit.signed" },
    run = function(a)
      if a.audit.signed == false then return { status = "warn", reason = "The accounts are not signed." } end
    end,
  },
}
