#!/bin/sh
# The engine names no id of the default pack (issue 19, "no engine file
# names a default-pack id"): not its id, no step id as a string or an
# answer path (a.step, step.field), nothing it could only know by reading
# wizard/.  What the engine does for the pack the pack declares in
# wizard/pack.lua (title_field, done_field, costs, diagram, checks, ...).
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed"
"$EVALWIZ" steps --format json > steps.json
rc=0
python3 - "$top_srcdir" <<'PY' > hits || rc=$?
import json, os, re, sys
top = sys.argv[1]
d = json.load(open("steps.json"))
words = [d["pack"]["id"]]
pats = [re.compile(re.escape(w)) for w in words]
steps = [s["id"] for s in d["steps"]]
for s in steps:
    e = re.escape(s)
    # "impact" or 'impact', a.impact / view.impact, impact.design
    pats.append(re.compile(r"[\"']%s[\"']|\.%s\b|\b%s\.[a-z_]+" % (e, e, e)))
    for f in next(x for x in d["steps"] if x["id"] == s)["fields"]:
        pats.append(re.compile(r"\b%s\.%s\b" % (e, re.escape(f["id"]))))
# English words that happen to be a step's id, not the id: the words
# that claim cause (checks.lua) include "impact"
allowed = [("lua/evalwiz/checks.lua", '"impact", "impacts", "caused"')]
hits = 0
for folder in ("src", "lua"):
    for root, _, files in os.walk(os.path.join(top, folder)):
        for name in sorted(files):
            if not name.endswith((".c", ".h", ".lua")):
                continue
            path = os.path.join(root, name)
            for n, line in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
                rel = os.path.relpath(path, top)
                if any(rel == a and t in line for a, t in allowed):
                    continue
                for p in pats:
                    if p.search(line):
                        print("%s:%d: %s" % (os.path.relpath(path, top), n, line.strip()))
                        hits += 1
                        break
sys.exit(1 if hits else 0)
PY
if [ "$rc" -ne 0 ] || [ -s hits ]; then
	cat hits >&2
	fail "the engine names the default pack's ids (declare them in wizard/pack.lua instead)"
fi
# the test itself sees the ids it looks for
grep -q '"logic_model"' steps.json || fail "evalwiz steps gave no logic_model step: the test reads nothing"
