-- The dimensions of the matrix and their key elements, in one place: each
-- dimension's step file is made from them (matrix.step(id)), and the
-- profile reads the same list.  The elements are statements a partnership
-- rates itself against; the wording is this pack's own.
local levels = require("lib.levels")

local M = {}

M.DIMENSIONS = {
  {
    id = "leadership", number = 1, title = "Leadership",
    purpose = "How far leaders across the partnership own early intervention and steer it together.",
    elements = {
      { "shared_vision", "Leaders across agencies share a written vision for early intervention",
        "Look for a strategy or statement signed by the council, health, police and schools, and whether front-line managers can describe it." },
      { "senior_owner", "A named senior leader owns early intervention across the partnership",
        "Someone with authority across agencies, not only within one service, who reports on progress." },
      { "joint_governance", "Partners govern early intervention together",
        "A board where partners decide together, with papers, minutes and decisions that are followed up." },
    },
  },
  {
    id = "workforce", number = 2, title = "Workforce",
    purpose = "How well practitioners in every agency are prepared to spot needs early and respond.",
    elements = {
      { "skills", "Practitioners can spot emerging needs and know how to respond",
        "Look at training records, supervision notes and what practitioners say about early signs." },
      { "common_approach", "Agencies train together in a common approach",
        "Shared training, a common assessment and a common language across agencies." },
      { "supervision", "Supervision supports early help work",
        "Regular reflective supervision for practitioners doing early help, whatever agency employs them." },
    },
  },
  {
    id = "data_and_evidence", number = 3, title = "Data and evidence",
    purpose = "How far partners join up data about need and use evidence of what works.",
    elements = {
      { "shared_data", "Partners share and join up data about local need",
        "Data-sharing agreements in force, and a joint picture of need used in planning." },
      { "evidence_use", "Decisions draw on evidence of what works",
        "Papers that cite evidence (such as the EIF Guidebook) when services are chosen or changed." },
      { "evaluation", "Services are evaluated and the findings acted on",
        "Evaluation plans for local services, reports, and changes made because of them." },
    },
  },
  {
    id = "commissioning", number = 4, title = "Commissioning",
    purpose = "How well services are chosen, funded and reviewed against local need and evidence.",
    elements = {
      { "needs_led", "Commissioning follows an assessment of local need",
        "A needs assessment that commissioning decisions refer to, refreshed regularly." },
      { "evidence_led", "Commissioned services have evidence that they work",
        "The share of spend going to services with evidence of impact, and plans to evaluate the rest." },
      { "joint_commissioning", "Partners commission together",
        "Pooled or aligned budgets and joint contracts across the council, health and others." },
    },
  },
  {
    id = "family_engagement", number = 5, title = "Family engagement",
    purpose = "How far families shape early help, can reach it, and are listened to about it.",
    elements = {
      { "family_voice", "Families help design and review services",
        "Parents and young people on panels and boards, co-designed services, and changes made after listening to them." },
      { "access", "Families can find and reach help easily",
        "One clear way in, help offered where families already go, and take-up by the families who most need it." },
      { "feedback", "Families' experience of help is gathered and acted on",
        "Regular feedback from families, reported to the board, with changes made as a result." },
    },
  },
}

M.BY_ID = {}
for _, d in ipairs(M.DIMENSIONS) do M.BY_ID[d.id] = d end

-- The scores (1-4) of a dimension's rated elements, from the answers.
function M.scores(a, d)
  local out = {}
  for _, e in ipairs(d.elements) do
    local s = levels.SCORE[a[d.id][e[1]]]
    if s then out[#out + 1] = s end
  end
  return out
end

-- A dimension's average score, or nil when none of its elements is rated.
function M.average(a, d)
  local s = M.scores(a, d)
  if #s == 0 then return nil end
  local sum = 0
  for _, x in ipairs(s) do sum = sum + x end
  return sum / #s
end

-- The step of dimension id: a rating question for each key element, the
-- evidence behind the ratings, what would move it up, and its score.
function M.step(id)
  local d = M.BY_ID[id]
  local fields = {}
  for _, e in ipairs(d.elements) do
    fields[#fields + 1] = choice {
      id = e[1],
      label = e[2],
      help = e[3] .. " Rate it from basic to mature.",
      example = "developing",
      required = true,
      options = levels.options(),
    }
  end
  fields[#fields + 1] = textarea {
    id = "evidence",
    label = "What evidence supports these ratings?",
    help = "Documents, data and examples a critical friend could check: a rating without evidence is an opinion.",
    example = "The early help strategy (2026) is signed by the council and the health board; the police have not signed it.",
    required = true,
  }
  fields[#fields + 1] = list {
    id = "actions",
    label = "What would move this dimension up a level?",
    help = "One action an item: what, who leads it, and by when. The workshop agrees the priorities.",
    example = "Ask the police and schools to sign the strategy (Head of Early Help, by March)",
    item_label = "action",
    max_items = 5,
  }
  fields[#fields + 1] = computed {
    id = "score",
    label = d.title .. ": average rating",
    help = "The average of this dimension's ratings, from 1 (basic) to 4 (mature).",
    decimals = 1,
    compute = function(a) return M.average(a, d) end,
  }
  return step {
    id = d.id,
    number = d.number,
    title = d.title,
    purpose = d.purpose,
    guidance = "Rate each key element as the partnership sees it today, not as it is planned to be. "
      .. "Where partners disagree, choose the lower level and note the disagreement in the evidence.",
    prerequisites = { "about" },
    fields = fields,
  }
end

return M
