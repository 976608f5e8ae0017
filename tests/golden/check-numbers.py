#!/usr/bin/env python3
"""check-numbers.py EVALWIZ TOP_SRCDIR GOLDEN_DIR: checks the numbers of the demo
plan's golden files in GOLDEN_DIR against tests/golden/numbers: each
computed number is what the calculator gives, written as the table says,
and every number in the Markdown and CSV goldens is typed in the demo plan,
computed or fixed in the table.  Prints what is wrong and exits 1, or prints
a summary and exits 0.  Used by tests/cli/test-golden-numbers.sh and by
tests/golden/update.sh --numbers (on the new files before accepting them).
"""
import glob
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP

EW, TOP, GOLDEN = sys.argv[1:4]
TABLE = os.path.join(TOP, "tests", "golden", "numbers")
NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")


def records():
    rec, out = {}, []
    with open(TABLE, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if rec:
                    out.append(rec)
                rec = {}
                continue
            key, _, val = line.partition(": ")
            if key not in ("files", "line", "calc", "value", "fixed"):
                sys.exit("%s:%d: unknown key %r" % (TABLE, n, key))
            rec[key] = val
            rec.setdefault("at", n)
    if rec:
        out.append(rec)
    return out


def shown(v, form):
    d = Decimal(str(v))
    if form == "2 decimals":
        return str(d.quantize(Decimal("0.01"), ROUND_HALF_UP))
    if form == "whole":
        return str(d.quantize(Decimal("1"), ROUND_HALF_UP))
    if form == "pounds":
        return "{:,}".format(int(d.quantize(Decimal("1"), ROUND_HALF_UP)))
    if form == "pence":
        return "{:,.2f}".format(d.quantize(Decimal("0.01"), ROUND_HALF_UP))
    sys.exit("%s: unknown form %r (2 decimals, whole, pounds, pence)" % (TABLE, form))


def norm(s):
    return Decimal(s.replace(",", "")).normalize()


def main():
    problems = []
    explained = {}  # golden file -> set of numbers
    with open(os.path.join(TOP, "examples", "demo-plan.yaml"), encoding="utf-8") as f:
        typed = {norm(x) for x in NUMBER.findall(f.read())}
    checked = 0
    for r in records():
        files = r.get("files", "").split()
        if not files:
            problems.append("%s:%d: a record without files" % (TABLE, r["at"]))
            continue
        if "fixed" in r:
            nums = []
            for word in r["fixed"].split():
                if not NUMBER.fullmatch(word):
                    break
                nums.append(norm(word))
            for name in files:
                explained.setdefault(name, set()).update(nums)
            continue
        args = r["calc"].split() + ["--format", "json"]
        p = subprocess.run([EW, "calc", *args], cwd=TOP, capture_output=True, text=True)
        if p.returncode != 0:
            problems.append("%s:%d: evalwiz calc %s: exit %d: %s" % (TABLE, r["at"], r["calc"], p.returncode, p.stderr.strip()))
            continue
        key, _, form = r["value"].partition(", ")
        value = json.loads(p.stdout).get(key)
        if value is None:
            problems.append("%s:%d: evalwiz calc %s gives no %s" % (TABLE, r["at"], r["calc"], key))
            continue
        text = shown(value, form)
        want = r["line"].replace("{}", text)
        for name in files:
            checked += 1
            explained.setdefault(name, set()).add(norm(text))
            path = os.path.join(GOLDEN, name)
            with open(path, encoding="utf-8") as f:
                golden = f.read()
            if want not in golden:
                before = r["line"].split("{}")[0].strip() or r["line"].split("{}")[1].strip()
                near = [l for l in golden.splitlines() if before and before in l][:3]
                problems.append("%s: expected %r: evalwiz calc %s gives %s = %s, written %s; the golden has: %s" % (
                    name, want, r["calc"], key, value, text, near or "no such line"))
    # every number of the Markdown and CSV goldens is accounted for
    for path in sorted(glob.glob(os.path.join(GOLDEN, "demo-*.md")) + glob.glob(os.path.join(GOLDEN, "demo-*.csv"))):
        name = os.path.basename(path)
        known = typed | explained.get(name, set())
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                for x in NUMBER.findall(line):
                    if norm(x) not in known:
                        problems.append("%s:%d: the number %s is neither in the demo plan nor in %s "
                                        "(add how it is computed, or why it is fixed): %s" % (
                                            name, n, x, TABLE, line.strip()[:160]))
    for p in problems:
        print("FAIL: " + p)
    if not problems:
        print("ok: %d computed numbers agree with the calculators; every number of the demo goldens is accounted for" % checked)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
