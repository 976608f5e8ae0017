-- Youth diversion: the default ten steps, plus the questions a police force
-- asks when it evaluates a scheme that steers children away from court.
-- It shows layering: it extends the default pack instead of copying it.
-- Install it with: mkdir -p ~/.local/share/evalwiz/packs && cp -r . ~/.local/share/evalwiz/packs/youth-diversion
return {
  id = "youth-diversion",
  version = 1,
  title = "Youth diversion (police), on the EIF ten steps",
  description = "For police forces and youth justice services evaluating an out-of-court diversion scheme for children.",
  extends = "eif-10-steps",
  steps = {
    "diversion.lua",        -- a new step, placed after the blueprint
    "impact-changes.lua",   -- changes to the default impact step
  },
}
