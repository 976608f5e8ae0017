-- About the self-assessment: whose system, who rated it, and when.
return step {
  id = "about",
  number = 0,
  title = "About this self-assessment",
  short = "About",
  purpose = "Say which local system is being assessed, who took part in rating it, and when.",
  guidance = [[
A maturity matrix is rated by the partnership, not by one agency: the ratings mean most when people from the council, health, the police, schools and the voluntary sector each rate it, and the differences are talked through at a workshop.
Rate the system as it is today.]],
  fields = {
    text {
      id = "title",
      label = "What should this self-assessment be called?",
      help = "The title on the front of the profile.",
      example = "Northbridge early help partnership: maturity self-assessment 2027",
    },
    text {
      id = "area",
      label = "Which local area or partnership is being assessed?",
      help = "The place and the partnership whose early intervention system is rated.",
      example = "Northbridge Borough early help partnership",
      required = true,
    },
    list {
      id = "raters",
      label = "Who took part in the ratings?",
      help = "One agency or role an item, so readers can see whose view the ratings are.",
      example = "Head of Early Help (council)",
      item_label = "rater",
      min_items = 1,
      required = true,
    },
    date {
      id = "assessed_on",
      label = "When were the ratings agreed?",
      help = "The date of the workshop, written YYYY-MM-DD.",
      example = "2027-03-15",
      required = true,
    },
    choice {
      id = "scope",
      label = "Which children and families does the system serve?",
      help = "EIF's matrices come in versions for all ages and for the early years; say which this is.",
      example = "all_ages",
      options = {
        { "all_ages", "Children and young people of all ages (0 to 19)", help = "The whole early intervention system." },
        { "early_years", "Maternity and the early years (conception to 5)", help = "Antenatal care, health visiting, children's centres and early education." },
      },
    },
  },
}
