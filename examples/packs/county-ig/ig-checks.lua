-- The council's consistency check: data are not shared before the sharing
-- has an agreement and the DPIA is signed off.
local governance = require("governance")

return {
  title = "Information governance (Northbridge County)",
  check {
    id = "sharing_signed_off",
    title = "Sharing agreed before data are collected",
    kind = "consistency",
    fields = { "ig.sharing_agreements", "ig.dpia_done" },
    run = function(a, ctx)
      if not governance.shared(a) then return nil end
      local unsigned = {}
      for _, row in ipairs(a.ig.sharing_agreements or {}) do
        if row.status ~= "signed" then unsigned[#unsigned + 1] = row.partner or "a partner" end
      end
      if #unsigned > 0 then
        return { status = "warn",
          reason = string.format("The agreement with %s is not signed yet.", table.concat(unsigned, " and ")),
          fix = "No data may be shared until it is: ask the information governance team." }
      end
      if a.ig.dpia_done ~= true then
        return { status = "warn", reason = ctx.label("ig.dpia_done") .. " No, not yet.",
          fix = "The data protection officer must sign the DPIA off before data are shared." }
      end
      return { status = "pass", reason = "Every agreement is signed and the DPIA is signed off." }
    end,
  },
}
