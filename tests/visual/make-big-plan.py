#!/usr/bin/env python3
# make-big-plan.py TOP: writes tests/data/render/big-model-plan.yaml from the
# demo plan: a logic model of 20 items in every band (inputs, activities,
# outputs, short-, medium- and long-term outcomes), with links and their
# words, to check that a large model prints as figures of readable size.
# Run it again only to change the fixture; the tests read the YAML.
import sys, yaml

class Loader(yaml.SafeLoader):
    pass
Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != "tag:yaml.org,2002:timestamp"]
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

top = sys.argv[1]
plan = yaml.load(open(top + "/examples/demo-plan.yaml", encoding="utf-8"), Loader=Loader)
plan["meta"]["title"] = "Large logic model: twenty items a band"
lm = plan["answers"]["logic_model"]
N = 20
lm["inputs"] = (lm["inputs"] + ["Funding for area %d family workers and venues" % i for i in range(1, N + 1)])[:N]
acts = (lm["activities"] + ["Home visits and group sessions in area %d" % i for i in range(1, N + 1)])[:N]
lm["activities"] = acts
outs = lm["outputs"]
for i in range(len(outs), N):
    outs.append({"output": "Sessions delivered to families in area %d" % (i + 1), "activity": acts[i],
                 "indicator": "Number of sessions", "data_source": "Register"})
count = {"short": 0, "medium": 0, "long": 0}
for o in lm["outcomes"]:
    count[o.get("term", "short")] = count.get(o.get("term", "short"), 0) + 1
for term in ("short", "medium", "long"):
    for i in range(count[term], N):
        lm["outcomes"].append({"outcome": "%s-term change %d reported by families" % (term.capitalize(), i + 1),
                               "term": term, "indicator": "Score", "data_source": "Parent questionnaire"})
for i in range(N):
    lm["links"].append({"from": outs[i]["output"], "to": "Short-term change %d reported by families" % (i + 1)
                        if i >= 3 else lm["outcomes"][0]["outcome"], "how": "Practice at home, week %d" % (i + 1)})

out = top + "/tests/data/render/big-model-plan.yaml"
with open(out, "w", encoding="utf-8") as f:
    f.write("# A logic model of 20 items a band (tests/visual/make-big-plan.py writes it\n"
            "# from the demo plan).\n")
    yaml.dump(plan, f, allow_unicode=True, sort_keys=False, width=100)
