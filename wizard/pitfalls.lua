-- pitfalls.lua: the plan health check, EIF's six common evaluation pitfalls
-- (Martin et al. 2018), as the pack's checks of kind health: F3 in the
-- wizard, `evalwiz check` and the plan document show them.  health.lua
-- works all six out at once from the pack's facts; each check here reports
-- its own one.
local health = require("health")

-- The questions each pitfall reads, so that a reader can find them.
local FIELDS = {
  comparison_group = { "impact.design", "impact.randomise", "impact.comparison" },
  attrition = { "impact.attrition", "impact.differential_attrition", "impact.cluster_dropout" },
  exclusions = { "impact.itt" },
  measures = { "impact.measures_validated" },
  sample_size = { "impact.participants", "impact.clusters", "impact.cluster_size", "impact.effect_size",
    "blueprint.group_size", "impact.group_icc", "impact.steps", "impact.cutoff_share", "impact.points_after", "impact.matching_deff" },
  follow_up = { "follow_up.months" },
}

-- The six results for one plan, worked out once and shared by the six checks.
local function results(ctx)
  local all = ctx.shared.pitfalls
  if not all then
    all = {}
    for _, r in ipairs(health.check(ctx.facts)) do all[r.id] = r end
    ctx.shared.pitfalls = all
  end
  return all
end

local list = { title = "Plan health check (EIF's six common pitfalls)" }
-- the ids and titles are health.lua's own, in its order
for _, r in ipairs(health.PITFALLS) do
  local id = r.id
  list[#list + 1] = check {
    id = id,
    title = tr(r.title),
    kind = "health",
    fields = FIELDS[id],
    run = function(_, ctx)
      local res = results(ctx)[id]
      if res then return { status = res.status, reason = res.reason } end
    end,
  }
end

return list
