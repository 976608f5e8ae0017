-- Every "step.field" the default templates name is a field of the default
-- pack, so a renamed field cannot silently print "Not yet answered".
-- (Checked once the pack has its full set of questions: the skeleton pack
-- has only one question a step.)
local pack = require("evalwiz.pack").load(srcdir .. "/wizard", "wizard")

local function files()
  local out = {}
  for _, f in ipairs(host.listdir(srcdir .. "/templates")) do
    if f:match("%.yaml$") then out[#out + 1] = "templates/" .. f end
  end
  for _, f in ipairs(host.listdir(srcdir .. "/templates/partials")) do
    if f:match("%.yaml$") then out[#out + 1] = "templates/partials/" .. f end
  end
  return out
end

test("the templates name only fields the pack has", function()
  local count = 0
  for _, s in ipairs(pack.steps) do count = count + #s.fields end
  if count < 50 then return end
  local unknown = {}
  for _, file in ipairs(files()) do
    local _, _, text = host.loadyaml(srcdir .. "/" .. file, file)
    for path in string.gmatch(text, '"([%l_]+%.[%l_%d]+)"') do
      local sid, fid = path:match("^(.-)%.(.*)$")
      local step = pack.by_id[sid]
      if not (step and step.by_id[fid]) then unknown[#unknown + 1] = file .. ": " .. path end
    end
  end
  eq(table.concat(unknown, "\n"), "", "fields the pack does not have")
end)
