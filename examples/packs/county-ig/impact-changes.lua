-- The default impact step for the council: its data protection questions are
-- asked in the council's own step (ig.lua), so they are hidden here (their
-- answers are kept); the evaluator question is put in the council's words,
-- and the ethics committee is asked whenever ethics is answered, since the
-- council's Research Governance Group reviews every study.
return extend_step {
  id = "impact",
  hide = { "lawful_basis", "special_category_condition", "dpia", "data_sharing_agreements" },
  labels = {
    evaluator = "Which evaluator has the council commissioned?",
  },
  help = {
    evaluator = "The organisation and lead researcher named in the council's contract.",
  },
  when = {
    ethics_body = function(a) return a.impact.ethics ~= nil end,
  },
}
