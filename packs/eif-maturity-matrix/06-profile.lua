-- The profile, worked out from the ratings: nothing to answer here.
local profile = require("profile")
local levels = require("lib.levels")

-- "Leadership  ##########....  2.7 (3. Established)"
local function bar(d, width)
  if not d.average then return string.format("%-18s %s", d.title, "not rated yet") end
  local filled = math.floor(d.average / 4 * width + 0.5)
  return string.format("%-18s %s%s %.1f (%s)", d.title, string.rep("#", filled), string.rep(".", width - filled),
    d.average, d.level)
end

-- The dimension (its title and average) that is weakest or strongest.
local function pick(a, which)
  local f = profile.from_plan(a)
  local id = f[which]
  if not id then return nil end
  for _, d in ipairs(f.dimensions) do
    if d.id == id then return string.format("%s (%.1f)", d.title, d.average) end
  end
end

return step {
  id = "profile",
  number = 6,
  title = "The profile",
  short = "Profile",
  purpose = "See the whole system at once: the average rating, the weakest and the strongest dimension.",
  guidance = "The profile is worked out from the ratings. Start the action plan with the weakest dimension: "
    .. "it is usually where the system lets families down first.",
  prerequisites = { "leadership", "workforce", "data_and_evidence", "commissioning", "family_engagement" },
  fields = {
    computed {
      id = "average",
      label = "Average rating across the dimensions",
      help = "The mean of the five dimensions' averages, from 1 (basic) to 4 (mature).",
      decimals = 1,
      compute = function(a) return profile.from_plan(a).average end,
    },
    computed {
      id = "overall_level",
      label = "Overall level",
      help = "The level the average rounds to.",
      compute = function(a)
        local l = levels.level_of(profile.from_plan(a).average)
        return l and l.label or nil
      end,
    },
    computed {
      id = "weakest",
      label = "Weakest dimension",
      help = "The dimension with the lowest average rating (the first of them when several tie).",
      compute = function(a) return pick(a, "weakest") end,
    },
    computed {
      id = "strongest",
      label = "Strongest dimension",
      help = "The dimension with the highest average rating (the first of them when several tie).",
      compute = function(a) return pick(a, "strongest") end,
    },
  },
  panels = {
    panel {
      id = "bars",
      title = "The profile",
      render = function(a)
        local out = {}
        for _, d in ipairs(profile.from_plan(a).dimensions) do out[#out + 1] = bar(d, 16) end
        return table.concat(out, "\n")
      end,
    },
  },
}
