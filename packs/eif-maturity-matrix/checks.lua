-- The self-assessment's checks: a rating needs its evidence (at the
-- question, for each dimension), and two checks of the whole assessment:
-- every dimension rated, and how even the system is.
local matrix = require("lib.matrix")

local list = { title = "Self-assessment checks" }

-- A dimension with ratings but no evidence for them.
for _, d in ipairs(matrix.DIMENSIONS) do
  list[#list + 1] = check {
    id = d.id .. "_evidence",
    title = d.title .. ": evidence for the ratings",
    kind = "consistency",
    fields = { d.id .. ".evidence", d.id .. "." .. d.elements[1][1] },
    run = function(a)
      local rated = #matrix.scores(a, d)
      if rated == 0 then return nil end
      local ev = a[d.id].evidence
      if type(ev) ~= "string" or not ev:find("%S") then
        return { status = "warn", reason = string.format("%d of the %s ratings have no evidence written down.", rated, d.title:lower()),
                 fix = "Say what a critical friend could check: documents, data, examples." }
      end
      return { status = "pass", reason = "The ratings have their evidence." }
    end,
  }
end

list[#list + 1] = check {
  id = "all_rated",
  title = "Every dimension rated",
  kind = "health",
  run = function(a, ctx)
    local f = ctx.facts
    local missing = {}
    for _, d in ipairs(f.dimensions or {}) do
      if d.rated < d.elements then missing[#missing + 1] = d.title end
    end
    if #missing == 0 then return { status = "pass", reason = "Every key element of every dimension is rated." } end
    return { status = "warn", reason = "Not every key element is rated yet: " .. table.concat(missing, ", ") .. ".",
             fix = "A profile with gaps understates the weakest dimension; rate them all before the workshop." }
  end,
}

list[#list + 1] = check {
  id = "evenness",
  title = "An even system",
  kind = "health",
  run = function(a, ctx)
    local f = ctx.facts
    if not f.spread or f.rated < 2 then return { status = "na", reason = "Rate at least two dimensions first." } end
    if f.spread >= 1.5 then
      local by = {}
      for _, d in ipairs(f.dimensions) do by[d.id] = d end
      local weak, strong = by[f.weakest], by[f.strongest]
      return { status = "warn",
               reason = string.format("%s (%.1f) is far behind %s (%.1f): families meet the system at its weakest point.",
                 weak.title, weak.average, strong.title, strong.average),
               fix = "Put the weakest dimension first in the action plan." }
    end
    return { status = "pass", reason = string.format("The dimensions are within %.1f of each other.", f.spread) }
  end,
}

return list
