-- The review model (review.lua) without C: what a returned document gave
-- (as src/review/extract.c reports it) placed on questions, kept once,
-- answered, resolved, accepted and declined; proposals shaped by the
-- question's type; the plan file's review section in a fixed key order.
local core = require("evalwiz.core")
local review = require("evalwiz.review")
local pack_dir = srcdir .. "/tests/data/packs/all-types"

local function fresh()
  core.load_pack(pack_dir, "all-types")
  core.new_plan("T", "2026-01-01T00:00:00Z", "plan-a")
  local a = core.state.doc.answers
  a.basics = { name = "Family Foundations", summary = "Weekly groups for parents.\n\nTwelve weeks." }
  a.lists = { outcomes = { "Calmer homes", "Fewer exclusions" } }
end

local function found(t)
  t.meta = t.meta or { ["evalwiz-plan-id"] = "plan-a", ["evalwiz-pack"] = "all-types@1" }
  t.anchors = t.anchors or 3
  t.comments = t.comments or {}
  t.changes = t.changes or {}
  return t
end

test("anchors: both spellings of a long name map back", function()
  eq(review.anchor("basics", "name"), "ew_basics__name")
  eq(review.fnv1a("value_for_money.cost_per_family_steady"), "93ad80ec")
  eq(review.anchor("value_for_money", "cost_per_family_steady"), "ew_h93ad80ec")
end)

test("comments land on their anchor's question, or general; replies join their comment", function()
  fresh()
  local r = review.import(found {
    comments = {
      { key = "1", author = "Ada", date = "2026-12-01", text = "Which name?\n", quote = "Family Foundations", anchor = "ew_basics__name", done = false },
      { key = "2", author = "Priya", date = "2026-12-02", text = "The one on the leaflet.", parent = "1", done = false },
      { key = "3", author = "Ada", date = "2026-12-01", text = "Nice layout.", quote = "Contents", done = true },
    },
  }, { source = "back.docx" })
  eq(r.added, 2)
  eq(r.replies, 1)
  eq(r.general, 1)
  local items = core.state.doc.review
  eq(items[1].step, "basics")
  eq(items[1].field, "name")
  eq(items[1].text, "Which name?")
  eq(items[1].replies[1].author, "Priya")
  eq(items[2].step, "general")
  eq(items[2].status, "resolved")   -- done in Word
  -- again: nothing twice
  r = review.import(found {
    comments = {
      { key = "9", author = "Ada", date = "2026-12-01", text = "Which name?", quote = "Family Foundations", anchor = "ew_basics__name" },
      { key = "8", author = "Priya", date = "2026-12-02", text = "The one on the leaflet.", parent = "9" },
    },
  }, { source = "back.docx" })
  eq(r.added, 0)
  eq(r.replies, 0)
  eq(r.same, 2)
  eq(#core.state.doc.review, 2)
end)

test("another plan's document is refused, unless forced", function()
  fresh()
  local doc = found { meta = { ["evalwiz-plan-id"] = "plan-b" },
    comments = { { key = "1", author = "A", date = "d", text = "x", anchor = "ew_basics__name" } } }
  local ok, err = pcall(review.import, doc, { source = "other.docx" })
  -- entry.fail gives a refusal, not an error: called directly it is a table
  ok = ok and type(err) == "table" and err.message
  matches(ok, "other.docx was made from another plan %(its plan id is plan%-b, this plan's is plan%-a%)", "refusal")
  eq(core.state.doc.review, nil)
  local r = review.import(doc, { source = "other.docx", force = true })
  eq(r.added, 1)
  matches(r.notes[1], "imported anyway", "forced")
end)

test("without anchors a comment is placed by the one answer holding its text", function()
  fresh()
  local r = review.import(found { anchors = 0, meta = {},
    comments = {
      { key = "1", author = "A", date = "d", text = "really?", quote = "Twelve weeks" },
      { key = "2", author = "A", date = "d", text = "hm", quote = "nowhere in the plan" },
    } }, { source = "s.docx" })
  eq(r.matched, 1)
  eq(r.general, 1)
  local items = core.state.doc.review
  eq(items[1].field, "summary")
  eq(items[1].matched, "text")
  matches(table.concat(r.notes, "\n"), "has no answer anchors", "said so")
end)

test("a tracked change proposes the answer, shaped by the question's type", function()
  fresh()
  review.import(found { changes = {
    { anchor = "ew_basics__summary", old = "Weekly groups for parents.\nTwelve weeks.\n", new = "Weekly groups for carers.\nTwelve weeks.\n",
      edits = { { type = "delete", text = "parents", author = "Ada", date = "2026-12-01" },
                { type = "insert", text = "carers", author = "Ada", date = "2026-12-02" } } },
    { anchor = "ew_lists__outcomes", old = "Calmer homes\nFewer exclusions\n", new = "Calmer homes\nFewer exclusions\nBetter attendance\n",
      edits = { { type = "insert", text = "Better attendance", author = "Bo", date = "2026-12-03" } } },
    { old = "Contents\n", new = "Contents page\n", edits = { { type = "insert", text = " page", author = "Bo", date = "d" } } },
  } }, { source = "back.docx" })
  local items = core.state.doc.review
  eq(items[1].proposed, "Weekly groups for carers.\n\nTwelve weeks.")
  eq(items[1].author, "Ada")
  eq(items[1].date, "2026-12-02")
  eq(items[1].text, 'deleted "parents"; inserted "carers"')
  eq(items[2].proposed, "Calmer homes\nFewer exclusions\nBetter attendance")
  eq(items[3].step, "general")
  eq(items[3].proposed, nil)
  local p = review.proposal(1)
  eq(p.step, "basics")
  eq(p.field, "summary")
  -- a general change proposes nothing to type
  matches(review.proposal(3).message, "proposes no new answer", "general")
  local ok, err = pcall(review.proposal, 99)
  eq(ok, false)
  matches(err, "no review item 99 in the plan; its items are 1, 2, 3", "no such item")
end)

test("reply, resolve, accept, decline move the status and say who", function()
  fresh()
  review.import(found { comments = { { key = "1", author = "A", date = "d", text = "x", anchor = "ew_basics__name" } },
    changes = { { anchor = "ew_basics__name", old = "Family Foundations\n", new = "Family Foundations+\n",
      edits = { { type = "insert", text = "+", author = "A", date = "d" } } } } }, { source = "b.docx" })
  eq(review.reply(1, " Yes. ", "Priya", "2026-12-05").status, "answered")
  eq(core.state.doc.review[1].replies[1].text, "Yes.")
  eq(review.resolve(1, "Priya", "2026-12-06").status, "resolved")
  eq(review.resolve(1, "Priya", "2026-12-06").same, true)
  eq(review.accepted(2, "Sam", "2026-12-07").status, "resolved")
  matches(core.state.doc.review[2].resolution, "^accepted by Sam, 2026%-12%-07$", "who accepted")
  matches(review.proposal(2).message, "resolved already", "accepted once")
  matches(review.reply(1, "  ", "P", "n").message, "the reply is empty", "empty reply")
  local ok, err = pcall(review.reply, 7, "x", "P", "n")
  eq(ok, false)
  matches(err, "no review item 7 in the plan; its items are 1, 2", "no such item")
  eq(#review.list(true).items, 0)
  eq(#review.list(false).items, 2)
end)

test("the plan file's review items keep one key order", function()
  fresh()
  review.import(found { comments = { { key = "1", author = "A", date = "d", text = "x", quote = "q", anchor = "ew_basics__name" } } },
    { source = "b.docx" })
  local out = core.document("2026-12-01T00:00:00Z")
  local order = getmetatable(out.review[1]).__order
  eq(order[1], "id")
  eq(order[2], "kind")
  eq(out.review[1].key ~= nil, true)
end)

test("a review section that is not a list is refused with what to do", function()
  fresh()
  core.state.doc.review = { oops = true }
  local ok, err = pcall(review.list, false)
  eq(ok, false)
  matches(err, "review: must be a list of review items", "message")
end)

test("plain mode reads a question's open items and answers them by number", function()
  fresh()
  review.import(found { comments = { { key = "1", author = "Ada", date = "d", text = "Which name?", anchor = "ew_basics__name" } },
    changes = { { anchor = "ew_basics__summary", old = "Weekly groups for parents.\n", new = "Weekly groups for carers.\n",
      edits = { { type = "insert", text = "carers", author = "Ada", date = "d" } } },
      { anchor = "ew_basics__families", old = "\n", new = "lots\n",
      edits = { { type = "insert", text = "lots", author = "Ada", date = "d" } } } } }, { source = "b.docx" })
  local plain = require("evalwiz.plain")
  local r = plain.start()
  -- it starts at the first question not answered, which has a proposal
  matches(r.out, "Question 3 of 10: Families a year\n.-Review: 1 open item on this question", "read with the question")
  matches(r.out, "%+ lots", "the proposal")
  r = plain.input("goto basics.name")
  matches(r.out, "Review: 1 open item on this question", "read with the question")
  matches(r.out, "Which name%?", "the comment")
  r = plain.input("reply 1 The one on the leaflet.", "Priya", "2026-12-05")
  matches(r.out, "Review item 1: answered", "replied")
  eq(r.save, true)
  eq(core.state.doc.review[1].replies[1].author, "Priya")
  r = plain.input("accept 2", "Priya", "2026-12-05")
  matches(r.out, "Review item 2: resolved", "accepted")
  eq(core.state.doc.answers.basics.summary, "Weekly groups for carers.")
  -- a proposal the question refuses leaves the answer as it was
  r = plain.input("accept 3", "Priya", "2026-12-05")
  matches(r.out, "review item 3: the proposed answer is refused", "refused")
  eq(core.state.doc.answers.basics.families, nil)
  eq(core.state.doc.review[3].status, "open")
  r = plain.input("resolve 9", "Priya", "2026-12-05")
  matches(r.out, "no review item 9", "no such item")
  -- an answer that merely starts with the word is still an answer
  r = plain.input("Reply Foundations", "Priya", "2026-12-05")
  eq(core.state.doc.answers.basics.name, "Reply Foundations")
end)

test("versions: each keeps only what changed; a version's answers are rebuilt from them", function()
  fresh()
  local versions = require("evalwiz.versions")
  local doc = core.state.doc
  eq(versions.next().version, 1)
  eq(doc.meta.version, nil)
  versions.sent(1, { by = "Priya", date = "2026-12-01" })
  eq(doc.meta.version, 1)
  eq(doc.versions[1].answers.basics.name, "Family Foundations")
  doc.answers.basics.name = "Family Foundations Plus"
  doc.answers.lists = nil
  local s = versions.next()
  eq(s.version, 2)
  eq(s.since, 1)
  eq(s.was, 1)
  versions.sent(2, { by = "Priya", date = "2026-12-02" })
  local v2 = doc.versions[2]
  eq(v2.answers.basics.name, "Family Foundations Plus")
  eq(v2.answers.basics.summary, nil)           -- unchanged: not kept again
  eq(v2.removed[1], "lists.outcomes")
  local old = versions.plan_at(core.state.pack, doc, 1)
  eq(old.answers.basics.name, "Family Foundations")
  eq(old.answers.lists.outcomes[2], "Fewer exclusions")
  local now = versions.plan_at(core.state.pack, doc, 2)
  eq(now.answers.lists == nil or now.answers.lists.outcomes == nil, true)
  eq(versions.plan_at(core.state.pack, doc, 7), nil)
  -- nothing changed since version 2
  eq(versions.changes(core.state.pack, doc).count, 0)
  doc.answers.basics.name = "FF"
  local c = versions.changes(core.state.pack, doc)
  eq(c.since, 2)
  eq(c.count, 1)
  eq(c.paths["basics.name"], true)
end)

test("a document of version N is read against the answers of version N", function()
  fresh()
  local versions = require("evalwiz.versions")
  local doc = core.state.doc
  versions.sent(1, { by = "Priya", date = "2026-12-01" })
  doc.answers.basics.summary = "Evening groups for parents."
  doc.answers.basics.name = "FF"
  -- no anchors: the quote is found in version 1's answers, not today's
  local r = review.import(found {
    meta = { ["evalwiz-plan-id"] = "plan-a", ["evalwiz-plan-version"] = "1" }, anchors = 0,
    comments = { { key = "1", author = "Ada", date = "2026-12-03", text = "Which weeks?", quote = "Twelve weeks" } },
    changes = { { anchor = "ew_basics__name", old = "Family Foundations", new = "Family Foundations 2",
                  edits = { { type = "insert", text = " 2", author = "Ada", date = "2026-12-03" } } } },
  }, { source = "v1.docx" })
  matches(r.text, "^version 1: 2 items added", "says the version")
  local items = doc.review
  eq(items[1].step, "basics")
  eq(items[1].field, "summary")
  eq(items[1].matched, "text")
  eq(items[1].version, 1)
  eq(items[2].proposed, "Family Foundations 2")
  local said = table.concat(r.notes, "\n")
  matches(said, "review item 2 proposes a change to basics%.name as it was in version 1; the answer has changed since", "changed since")
  -- a version the plan never sent: said, and read against today's answers
  r = review.import(found {
    meta = { ["evalwiz-plan-id"] = "plan-a", ["evalwiz-plan-version"] = "5" },
    comments = { { key = "1", author = "Ada", date = "2026-12-04", text = "Hm", anchor = "ew_basics__name" } },
  }, { source = "v5.docx" })
  matches(table.concat(r.notes, "\n"), "v5%.docx says it is version 5, which this plan has no record of sending", "unknown version")
  eq(doc.review[3].version, nil)
end)

test("the wizard's review edits: journalled, undone (an accept's item reopened), replayed", function()
  fresh()
  local edit = require("evalwiz.edit")
  review.import(found { comments = { { key = "1", author = "Ada", date = "d", text = "Which name?", anchor = "ew_basics__name" } },
    changes = { { anchor = "ew_basics__summary", old = "Weekly groups for parents.\n", new = "Weekly groups for carers.\n",
      edits = { { type = "insert", text = "carers", author = "Ada", date = "d" } } } } }, { source = "b.docx" })
  local doc = core.state.doc
  local journal = {}
  local function take(r) for _, x in ipairs(r.journal) do journal[#journal + 1] = x end return r end
  -- reply, then undo: the reply gone, the item open
  local r = take(edit.apply({ op = "review", action = "reply", id = 1, text = "The leaflet's.", author = "Priya", now = "t1" }))
  eq(r.accepted, true)
  eq(r.status, "answered")
  eq(doc.review[1].replies[1].text, "The leaflet's.")
  eq(journal[1].review, 1)
  r = take(edit.apply({ op = "undo" }))
  matches(r.message, "undone: the reply of review item 1", "undo says what")
  eq(doc.review[1].replies, nil)
  eq(doc.review[1].status, "open")
  take(edit.apply({ op = "redo" }))
  eq(doc.review[1].status, "answered")
  -- accept, then undo: the answer back and the item open again
  r = take(edit.apply({ op = "review_accept", step = "basics", field = "summary", author = "Priya", now = "t2" }))
  eq(r.accepted, true)
  eq(doc.answers.basics.summary, "Weekly groups for carers.")
  eq(doc.review[2].status, "resolved")
  take(edit.apply({ op = "undo" }))
  eq(doc.answers.basics.summary, "Weekly groups for parents.\n\nTwelve weeks.")
  eq(doc.review[2].status, "open")
  eq(doc.review[2].resolution, nil)
  take(edit.apply({ op = "redo" }))
  take(edit.apply({ op = "review", action = "resolve", id = 1, author = "Priya", now = "t3" }))
  -- the journal given to the plan as it was when saved: everything back
  local final_review, final_summary = require("evalwiz.plan").copy_answer(doc.review), doc.answers.basics.summary
  fresh()
  review.import(found { comments = { { key = "1", author = "Ada", date = "d", text = "Which name?", anchor = "ew_basics__name" } },
    changes = { { anchor = "ew_basics__summary", old = "Weekly groups for parents.\n", new = "Weekly groups for carers.\n",
      edits = { { type = "insert", text = "carers", author = "Ada", date = "d" } } } } }, { source = "b.docx" })
  local out = edit.replay(journal)
  eq(out.conflict, 0)
  doc = core.state.doc
  eq(doc.answers.basics.summary, final_summary)
  eq(edit.deep_equal(require("evalwiz.plan").copy_answer(doc.review), final_review), true)
  eq(doc.review[1].status, "resolved")
  eq(doc.review[1].replies[1].text, "The leaflet's.")
  eq(doc.review[2].status, "resolved")
  -- again (a recovery file given twice): the same plan, nothing twice
  edit.replay(journal)
  eq(core.state.doc.answers.basics.summary, final_summary)
  eq(edit.deep_equal(require("evalwiz.plan").copy_answer(core.state.doc.review), final_review), true)
  eq(#core.state.doc.review[1].replies, 1)
end)
