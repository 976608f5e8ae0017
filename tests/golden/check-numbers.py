#!/usr/bin/env python3
"""check-numbers.py EVALWIZ TOP_SRCDIR GOLDEN_DIR: checks the numbers of the
demo plan's golden files in GOLDEN_DIR against tests/golden/numbers:

  - each computed number (a "calc" record) is what evalwiz calc gives,
    written as the record says, on each of its lines;
  - each derived number (a "derive" record) is its arithmetic of the demo
    plan's answers, worked out here, on each of its lines;
  - every number in the Markdown and CSV goldens is accounted for: typed in
    the demo plan, computed, derived or fixed in the table, or numbering
    recognised by its form: a heading's section number ("### 4.2 Trial
    design"), a reference to a section the document has ("section 6.2",
    "(4.16)"), or a checklist's rows (a table whose first heading is "Item"):
    the item's number and the sections that answer it ("Cover, 1.2").  A
    reference in words ("section 6.2") or in a checklist to a section the
    document does not have is an error.

Prints what is wrong and exits 1, or prints a summary and exits 0.  Used by
tests/cli/test-golden-numbers.sh and by tests/golden/update.sh --numbers (on
the new files, before accepting them).
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
DEMO = os.path.join("examples", "demo-plan.yaml")
# a number: digits, thousands separators, a decimal part; not part of a word
# or identifier (14a, e081477, NL2, ISO dates' parts are numbers)
NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(?![\w])")
SECTION = r"\d+(?:\.\d+)+"


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
            if key not in ("files", "line", "calc", "derive", "value", "fixed"):
                sys.exit("%s:%d: unknown key %r (files, line, calc, derive, value, fixed)" % (TABLE, n, key))
            rec.setdefault("at", n)
            if key == "line":
                rec.setdefault("lines", []).append(val)
            else:
                rec[key] = val
    if rec:
        out.append(rec)
    return out


def shown(v, form):
    d = Decimal(str(v))
    if form == "2 decimals":
        return str(d.quantize(Decimal("0.01"), ROUND_HALF_UP))
    if form == "whole":
        return str(d.quantize(Decimal("1"), ROUND_HALF_UP))
    if form == "whole, down":
        return str(int(d.to_integral_value(rounding="ROUND_FLOOR")))
    if form == "pounds":
        return "{:,}".format(int(d.quantize(Decimal("1"), ROUND_HALF_UP)))
    if form == "pence":
        return "{:,.2f}".format(d.quantize(Decimal("0.01"), ROUND_HALF_UP))
    sys.exit("%s: unknown form %r (2 decimals, whole, whole down, pounds, pence)" % (TABLE, form))


def norm(s):
    return Decimal(s.replace(",", "")).normalize()


def answer(path):
    p = subprocess.run([EW, "get", DEMO, path], cwd=TOP, capture_output=True, text=True)
    if p.returncode != 0:
        raise ValueError("evalwiz get %s %s: exit %d %s" % (DEMO, path, p.returncode, p.stderr.strip()))
    return Decimal(p.stdout.strip())


def derive(expr):
    """The value of an arithmetic expression of the demo plan's answers
    (step.field names, numbers, + - * / and brackets)."""
    names = set(re.findall(r"[a-z_]+\.[a-z_0-9]+", expr))
    env = {}
    text = expr
    for i, name in enumerate(sorted(names, key=len, reverse=True)):
        env["v%d" % i] = answer(name)
        text = text.replace(name, "v%d" % i)
    if not re.fullmatch(r"[\sv\d.+\-*/()]+", text):
        raise ValueError("only answers, numbers, + - * / and brackets may be used: %s" % expr)
    text = re.sub(r"(?<![v\d.])(\d+(?:\.\d+)?)", r"Decimal('\1')", text)
    return eval(text, {"__builtins__": {}, "Decimal": Decimal}, env)  # the text is checked above


def numbering(lines):
    """The numbers of a Markdown document that are numbering, by their form:
    returns ({line index: set of numbers}, [problems])."""
    sections, found, problems = set(), {}, []
    for line in lines:
        m = re.match(r"#{1,6}\s+(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            sections.add(m.group(1))
    item_table = False
    for i, line in enumerate(lines):
        keep = found.setdefault(i, set())
        m = re.match(r"#{1,6}\s+(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            keep.add(norm(m.group(1)))
        must, may = [], []  # references that must name a section; numbers that may
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if re.fullmatch(r":?-+:?", cells[0] or "x"):
                continue
            if cells[0] == "Item":
                item_table = True
                continue
            if item_table:
                # a checklist row: its item, and the sections that answer it
                if NUMBER.fullmatch(cells[0] or "x"):
                    keep.add(norm(cells[0]))
                for c in cells[1:]:
                    if re.fullmatch(r"(?:[A-Z][\w ]*|%s)(?:,\s*(?:[A-Z][\w ]*|%s))*" % (SECTION, SECTION), c):
                        must += re.findall(SECTION, c)
        else:
            item_table = False
            for ref in re.findall(r"\bsections?\s+(%s(?:(?:,\s*|\s+and\s+)%s)*)" % (SECTION, SECTION), line):
                must += re.findall(SECTION, ref)
            may += re.findall(r"\((%s)\)" % SECTION, line)
        for r in must:
            if r in sections:
                keep.add(norm(r))
            else:
                problems.append((i, "refers to section %s, which the document does not have" % r))
        for r in may:
            if r in sections:
                keep.add(norm(r))
    return found, problems


def main():
    problems = []
    explained = {}  # golden file -> set of numbers
    with open(os.path.join(TOP, DEMO), encoding="utf-8") as f:
        typed = {norm(x) for x in NUMBER.findall(f.read())}
    checked = 0
    for r in records():
        files = r.get("files", "").split()
        where = "%s:%d" % (TABLE, r["at"])
        if not files:
            problems.append("%s: a record without files" % where)
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
        key, _, form = r.get("value", "").partition(", ")
        try:
            if "calc" in r:
                how = "evalwiz calc " + r["calc"]
                p = subprocess.run([EW, "calc", *r["calc"].split(), "--format", "json"], cwd=TOP,
                                   capture_output=True, text=True)
                if p.returncode != 0:
                    raise ValueError("%s: exit %d: %s" % (how, p.returncode, p.stderr.strip()))
                # a key may go down into lists and tables: items.0.total
                value = json.loads(p.stdout)
                for part in key.split("."):
                    if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                        value = value[int(part)]
                    elif isinstance(value, dict):
                        value = value.get(part)
                    else:
                        value = None
                if value is None:
                    raise ValueError("%s gives no %s" % (how, key))
            elif "derive" in r:
                how = r["derive"] + " of the demo plan's answers"
                value, form = derive(r["derive"]), r["value"]
            else:
                raise ValueError("a record needs calc, derive or fixed")
        except ValueError as e:
            problems.append("%s: %s" % (where, e))
            continue
        text = shown(value, form)
        for name in files:
            explained.setdefault(name, set()).add(norm(text))
            with open(os.path.join(GOLDEN, name), encoding="utf-8") as f:
                golden = f.read()
            for line in r.get("lines", []):
                checked += 1
                want = line.replace("{}", text)
                if want not in golden:
                    before = line.split("{}")[0].strip() or line.split("{}")[1].strip()
                    near = [l for l in golden.splitlines() if before and before in l][:3]
                    problems.append("%s: expected %r: %s gives %s, written %s; the golden has: %s" % (
                        name, want, how, value, text, near or "no such line"))
    # every number of the Markdown and CSV goldens is accounted for
    for path in sorted(glob.glob(os.path.join(GOLDEN, "demo-*.md")) + glob.glob(os.path.join(GOLDEN, "demo-*.csv"))):
        name = os.path.basename(path)
        known = typed | explained.get(name, set())
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        numbered, bad_refs = numbering(lines) if name.endswith(".md") else ({}, [])
        for i, why in bad_refs:
            problems.append("%s:%d: %s: %s" % (name, i + 1, why, lines[i].strip()[:160]))
        for i, line in enumerate(lines):
            for x in NUMBER.findall(line):
                if norm(x) not in known and norm(x) not in numbered.get(i, ()):
                    problems.append("%s:%d: the number %s is neither in the demo plan nor in %s "
                                    "(add how it is computed or derived, or why it is fixed): %s" % (
                                        name, i + 1, x, TABLE, line.strip()[:160]))
    for p in problems:
        print("FAIL: " + p)
    if not problems:
        print("ok: %d computed and derived numbers agree with the calculators and the plan; "
              "every number of the demo goldens is accounted for" % checked)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
