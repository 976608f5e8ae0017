-- The anchors answers carry in Word, ODT and HTML documents, and the
-- identity a plan without meta.id is given: the values are worked out
-- independently (FNV-1a by hand in Python) so that the review import,
-- which maps bookmarks back to questions, can rely on them.
local document = require("evalwiz.document")

test("a short step and field name the anchor as they are", function()
  eq(document.anchor_id("theory_of_change", "problem"), "ew_theory_of_change__problem")
  -- 40 characters exactly is still short enough for Word
  local sid, fid = "s", string.rep("f", 34)
  eq(#("ew_" .. sid .. "__" .. fid), 40)
  eq(document.anchor_id(sid, fid), "ew_s__" .. fid)
end)

test("a name longer than 40 characters is ew_h and the FNV-1a hash of step.field", function()
  -- "ew_value_for_money__cost_per_family_steady" is 42 characters
  eq(document.anchor_id("value_for_money", "cost_per_family_steady"), "ew_h93ad80ec")
  eq(#document.anchor_id("value_for_money", "cost_per_family_steady"), 12)
end)

test("a plan without an id is known by one worked out from when it was made", function()
  local doc = { pack = { id = "eif-10-steps", version = 1 }, meta = { created = "2026-09-01T09:00:00Z" }, answers = {} }
  eq(document.derived_id(doc), "9901e139e4a3eece0be57b4ad8815e5a")
  local pack = { id = "eif-10-steps", version = 1 }
  local id = document.identity(pack, doc)
  eq(id.id, "9901e139e4a3eece0be57b4ad8815e5a")
  eq(id.pack, "eif-10-steps@1")
  eq(id.version, "")
  -- its own id and version come first
  doc.meta.id, doc.meta.version, doc.meta.updated = "abc", "2", "2026-10-01T00:00:00Z"
  id = document.identity(pack, doc)
  eq(id.id, "abc")
  eq(id.version, "2")
  doc.meta.version = nil
  eq(document.identity(pack, doc).version, "2026-10-01T00:00:00Z")
  -- nothing to work one out from
  eq(document.derived_id({ pack = {}, meta = {}, answers = {} }), nil)
end)
