-- What a pack declares and the engine serves: the default pack's facts,
-- advisor, checks, template and answer roles come from wizard/pack.lua;
-- the engine's own files name none of the default pack's ids; checks run
-- once per answer view and report at their questions.
local pack_mod = require("evalwiz.pack")
local plan = require("evalwiz.plan")
local core = require("evalwiz.core")
local plancheck = require("evalwiz.plancheck")

local hooks_dir = srcdir .. "/tests/data/packs/hooks"

test("the default pack declares everything the engine does for it", function()
  local pack = pack_mod.load(srcdir .. "/wizard", "wizard")
  eq(type(pack.facts.from_plan), "function", "facts")
  for _, fn in ipairs({ "advise", "parse_facts", "format_text" }) do eq(type(pack.advisor[fn]), "function", "advisor " .. fn) end
  eq(pack.default_template, "plan")
  eq(pack.title_field, "opening.plan_title")
  eq(pack.done_field, "opening.steps_done")
  local ids = {}
  for _, c in ipairs(pack.checks) do
    if c.kind == "health" then
      ids[#ids + 1] = c.id
      eq(c.group, "Plan health check (EIF's six common pitfalls)", c.id)
      matches(c.where, "^wizard/pitfalls%.lua:%d+$", c.id)
    else
      -- the consistency checks (issue 16), in their own file and group
      eq(c.kind, "consistency", c.id)
      eq(c.group, "Consistency checks (answers that must agree)", c.id)
      matches(c.where, "^wizard/consistency%.lua:%d+$", c.id)
    end
  end
  eq(ids, { "comparison_group", "attrition", "exclusions", "measures", "sample_size", "follow_up" })
end)

-- The default pack's step ids and the answers the engine used to read by name.
local DEFAULT_IDS = {
  "eif-10-steps", "theory_of_change", "logic_model", "process_study", "pilot_outcome",
  "value_for_money", "quality_assurance", "plan_title", "steps_done", "prior_level",
}
-- Words that are also step ids: only as code (a.impact, == "impact", impact.x).
local DEFAULT_WORDS = { "opening", "impact", "blueprint", "follow_up", "replication" }

-- Engine files still holding them, and whose work it is to take them out
-- (they belong to other parts of issue 19 and to the documents).
local KNOWN = {
  ["core.lua"] = "finding the built-in pack by id (the pack path, issue 19.1)",
  ["diagram.lua"] = "the logic model diagram reads a.logic_model (documents)",
  ["econ.lua"] = "the cost summary reads value_for_money (calculators)",
}

-- The lines of text holding the plain string s (the file is searched
-- first: most hold none).
local function lines_with(text, s)
  local out = {}
  if not text:find(s, 1, true) then return out end
  local n, pos = 0, 1
  while pos <= #text do
    local stop = text:find("\n", pos, true) or (#text + 1)
    n = n + 1
    local line = text:sub(pos, stop - 1)
    if line:find(s, 1, true) then out[#out + 1] = { n = n, line = line } end
    pos = stop + 1
  end
  return out
end

local function is_word_at(line, s)
  local i = line:find(s, 1, true)
  while i do
    local before, after = line:sub(i - 1, i - 1), line:sub(i + #s, i + #s)
    local word = not before:find("^[%w_]$") and not after:find("^[%w_]$")
    -- as code: after or before a dot, or quoted where a value is compared,
    -- given or looked up (not in a list of words)
    local lead = line:sub(1, i - 2):match("([=~%[%(])%s*$")
    local code = before == "." or after == "." or ((before == '"' or before == "'") and lead ~= nil)
    local comment = line:find("--", 1, true)
    if word and (not comment or comment > i) then return true, code end
    i = line:find(s, i + 1, true)
  end
  return false, false
end

test("no engine file names an id of the default pack", function()
  local found = {}
  for _, name in ipairs(host.listdir(srcdir .. "/lua/evalwiz")) do
    if name:match("%.lua$") and not KNOWN[name] and name ~= "testing.lua" then
      local text = host.readtext(srcdir .. "/lua/evalwiz/" .. name)
      for _, id in ipairs(DEFAULT_IDS) do
        for _, l in ipairs(lines_with(text, id)) do
          if is_word_at(l.line, id) then found[#found + 1] = name .. ":" .. l.n .. ": " .. id end
        end
      end
      for _, w in ipairs(DEFAULT_WORDS) do
        for _, l in ipairs(lines_with(text, w)) do
          local _, code = is_word_at(l.line, w)
          if code then found[#found + 1] = name .. ":" .. l.n .. ": " .. w end
        end
      end
    end
  end
  eq(found, {})
end)

test("the hooks pack: facts, checks by kind and group, the title and the steps done", function()
  core.load_pack(hooks_dir, "hooks")
  core.open({ evalwiz = 1, answers = { about = { name = "Chess", done = plan.seq({ "about" }) },
    money = { total = 100, spent = 150 } } }, {}, "p.yaml")
  eq(core.plan_facts(), { left = -50 })
  local all = core.checks().items
  eq(#all, 2)
  eq(all[1].id, "within_budget")
  eq(all[1].status, "fail")
  eq(all[1].group, "Money checks")
  eq(all[1].fix, "Raise the budget or check the figures.")
  eq(all[2].group, "Plan health check", "a group without a title is named by its kind")
  eq(#core.health().items, 1)
  eq(core.health().items[1].id, "reserve")
  -- a failing consistency check makes its question's step have problems
  local money = core.state.pack.by_id.money
  eq((plan.step_status(money, core.state.doc)), "problems")
  local found
  for _, p in ipairs(core.check().problems) do
    if p.path == "money.spent" then found = p end
  end
  eq(found.kind, "error")
  matches(found.message, "^How much is spent so far%? %(150%) is more than the budget %(100%)%. Raise")
  -- the steps the team ticked count as done for the prerequisites
  eq(core.gating("money").missing, plan.seq())
  core.state.doc.answers.about.done = nil
  eq(#core.gating("money").missing, 1, "about is not complete and not ticked")
  -- the title answer heads the plan, and a new title is written to it
  local ui = require("evalwiz.ui")
  eq(ui.title_of(core.state.doc), "Chess")
  ui.edit({ op = "title", text = "Draughts" })
  eq(core.state.doc.answers.about.name, "Draughts")
  eq(core.state.doc.meta.title, "Draughts")
end)

test("a check runs once per answer view, and the facts once for all checks", function()
  core.load_pack(hooks_dir, "hooks")
  core.open({ evalwiz = 1, answers = { money = { total = 100, spent = 40 } } }, {}, "p.yaml")
  local pack = core.state.pack
  local runs, facts_runs = 0, 0
  local c = pack.checks[1]
  local run, from_plan = c.run, pack.facts.from_plan
  c.run = function(...) runs = runs + 1; return run(...) end
  pack.facts = { from_plan = function(...) facts_runs = facts_runs + 1; return from_plan(...) end }
  local view = plan.view(core.state.doc)
  local r1 = plancheck.run_one(pack, c, view)
  local r2 = plancheck.run_one(pack, c, view)
  eq(r1 == r2, true, "the same result")
  eq(runs, 1)
  plancheck.run(pack, view)
  plancheck.run(pack, view)
  eq(facts_runs, 1, "one facts for the view")
  plancheck.run(pack, plan.view(core.state.doc))
  eq(runs, 2, "a new view runs it again")
  c.run = run
end)

test("a module is run once for every file that requires it", function()
  core.load_pack(hooks_dir, "hooks")
  core.open({ evalwiz = 1, answers = {} }, {}, "p.yaml")
  eq(core.get("money.loads").value, 1)
  local levels = pack_mod.module(core.state.pack, "lib.levels")
  eq(levels[1], { "low", "Low" })
  eq(pack_mod.module(core.state.pack, "lib.levels") == levels, true, "the same table")
end)

test("a yes/no cell that is no shows as no in the wizard's table, not as blank", function()
  core.load_pack(srcdir .. "/tests/data/packs/yesno-table", "yesno-table")
  core.open({ evalwiz = 1, answers = { s = { partners = plan.seq({ { name = "Council", signed = false },
    { name = "Health", signed = true } }) } } }, {}, "y.yaml")
  local screen = require("evalwiz.ui").screen(1)
  eq(screen.fields[1].rows[1], plan.seq({ "Council", "no" }))
  eq(screen.fields[1].rows[2], plan.seq({ "Health", "yes" }))
end)

test("a step with nothing to answer (only computed values) is complete, not waiting to be started", function()
  core.load_pack(srcdir .. "/packs/eif-maturity-matrix", "mm")
  core.open({ evalwiz = 1, answers = {} }, {}, "m.yaml")
  local st = {}
  for _, s in ipairs(core.status()) do st[s.id] = s.status end
  eq(st.profile, "complete")
  eq(st.leadership, "not_started")
  eq(require("evalwiz.ui").health_title(), "Checks of the plan")
  core.load_pack(srcdir .. "/wizard", "wizard")
  eq(require("evalwiz.ui").health_title(), "Plan health check and design advice")
end)
