-- What the step file and the checks share: whether personal data leave the
-- council, and the retention rule of the council's records schedule.
local M = {}

-- True when the plan says personal data will be shared with another
-- organisation.
function M.shared(a)
  return a.ig.data_shared == true
end

-- The council keeps research data for the length of the study and its
-- follow-up, plus six months to answer queries (records schedule RS-14).
M.QUERY_MONTHS = 6

-- The shortest retention the follow-up allows, in months, or nil when the
-- follow-up is not yet planned.
function M.minimum_retention(a)
  local months = a.follow_up.months
  if type(months) ~= "number" then return nil end
  return months + M.QUERY_MONTHS
end

return M
