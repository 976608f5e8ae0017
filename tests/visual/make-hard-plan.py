#!/usr/bin/env python3
# make-hard-plan.py: writes tests/data/render/hard-plan.yaml from the demo
# plan: a 40-row cost table with ranges and large amounts, a long URL,
# Welsh, Polish, Vietnamese, Arabic and Chinese text, the characters TeX
# and HTML treat specially, and a logic model of 15 to 20 items a band.
# Run it again only to change the fixture; the tests read the YAML.
import sys, yaml

class Loader(yaml.SafeLoader):
    pass
# dates stay text, as evalwiz writes and reads them
Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != "tag:yaml.org,2002:timestamp"]
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

top = sys.argv[1]
plan = yaml.load(open(top + "/examples/demo-plan.yaml", encoding="utf-8"), Loader=Loader)
a = plan["answers"]
plan["meta"]["title"] = "Hard plan: <Teuluoedd> & 'quotes' $5 100% #1 snake_case {x} \\path ^ ~"
o = a["opening"]
o["plan_title"] = "Cynllun gwerthuso: Rhaglen Teuluoedd — ŵyr a ŷd, ẁ ẃ ẅ"
o["organisation"] = "Gmina Łódź: zażółć gęślą jaźń"
o["team"] = "Nhóm Tiếng Việt ở đây"
o["lead_contact"] = "Symbols ✓ ✗ ^ ~ → ≤ ≥ − £1,234.50 < > & $ % # _ { } \\"
o["academic_partner"] = "中文 partner and برنامج الأسر"
t = a["theory_of_change"]
t["prevalence"] = t["prevalence"].rstrip() + (
    " Source: https://www.example.org/research/early-years/conduct-problems/"
    "prevalence-estimates-for-children-aged-three-to-seven/full-report_2025_final_version.pdf"
    "?download=true&format=pdf#section-4\n")
t["problem"] = t["problem"].rstrip() + " Costs rose from £125,000.50 to £1,250,000.00 (100% more) in 10 years; see {note} and a_b.\n"

lm = a["logic_model"]
lm["inputs"] = lm["inputs"] + ["Input %d: staff, rooms & materials (£%s a year)" % (i, format(1000 * i, ",")) for i in range(6, 19)]
acts = lm["activities"] + ["Activity %d: outreach visits to families in area %d" % (i, i) for i in range(5, 19)]
lm["activities"] = acts
outs = lm["outputs"]
for i in range(5, 17):
    outs.append({"output": "Output %d: sessions delivered in area %d" % (i, i), "activity": acts[i % len(acts)],
                 "indicator": "Number of sessions", "data_source": "Register"})
terms = ["short", "medium", "long"]
for i in range(8, 20):
    lm["outcomes"].append({"outcome": "Outcome %d: families report change %d" % (i, i), "term": terms[i % 3],
                           "indicator": "Score %d" % i, "data_source": "Parent questionnaire"})
for i in range(8, 20):
    lm["links"].append({"from": acts[i % len(acts)], "to": "Outcome %d: families report change %d" % (i, i),
                        "how": "Practice %d" % i})

v = a["value_for_money"]
items = v["cost_items"]
cats = ["staff", "training", "supervision", "materials", "venue", "travel", "overheads", "other"]
for i in range(len(items), 40):
    q = [1, 12, 120, 1200, 3][i % 5]
    u = [125000.5, 34, 0.45, 18.2, 2500][i % 5]
    row = {"item": "Cost item %d: %s" % (i + 1, ["crèche & snacks", "licence_fee {annual}", "taxi fares $ & tips",
                                               "100% of printing", "ŵyr café hire"][i % 5]),
           "category": cats[i % len(cats)], "quantity": q, "unit_cost": u,
           "kind": "setup" if i % 7 == 0 else "recurrent"}
    if i % 4 == 0:
        row["low"] = round(u * 0.8, 2)
        row["high"] = round(u * 1.25, 2)
    items.append(row)

out = top + "/tests/data/render/hard-plan.yaml"
with open(out, "w", encoding="utf-8") as f:
    f.write("# The hard plan (tests/visual/make-hard-plan.py writes it from the demo plan):\n"
            "# scripts, symbols, a long URL, a 40-row cost table, 15 to 20 items a band.\n")
    yaml.dump(plan, f, allow_unicode=True, sort_keys=False, width=100)
