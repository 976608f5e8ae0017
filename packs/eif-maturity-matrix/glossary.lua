-- The words of the self-assessment, in plain English.
return {
  { term = "Maturity matrix", aliases = { "matrix" },
    definition = "A table for rating how well developed a system is: each row a part of the system, each column a level from basic to mature. The Early Intervention Foundation published matrices for local early intervention systems." },
  { term = "Key element", aliases = { "element" },
    definition = "One part of a dimension that is rated on its own, such as a shared vision within leadership." },
  { term = "Dimension", aliases = {},
    definition = "One of the five areas of the system the matrix rates: leadership, workforce, data and evidence, commissioning, and family engagement." },
  { term = "Early intervention", aliases = { "early help" },
    definition = "Help for children and families when problems first appear, before they become harder to put right." },
  { term = "Commissioning", aliases = { "commissioned" },
    definition = "Deciding which services to pay for, buying them, and reviewing whether they deliver what was needed." },
  { term = "Self-assessment", aliases = { "self assessment" },
    definition = "Rating your own system, as honestly as you can, so that a partnership agrees where to improve first." },
}
