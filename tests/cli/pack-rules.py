#!/usr/bin/env python3
"""pack-rules.py EVALWIZ FOLDER: the rules of every number, date, choice,
multiple-choice and yes/no question of the default pack, and of the number
and choice columns of its tables, as `evalwiz steps --format json` declares
them, hold through `evalwiz set` and `evalwiz check`:

  - set accepts the smallest and largest number allowed (or refuses it
    only through a pack's validator, in words about other answers), refuses one just
    outside the range, a fraction for a whole number and a word; accepts
    every option and refuses one that is not an option; accepts a real date
    and refuses impossible ones; accepts yes and no and refuses anything
    else.  A refusal exits 65, names the question, and leaves the plan as
    it was.
  - check reports each of those wrong values, written into a plan by hand,
    as an error at its question (questions with a condition aside: check
    leaves out a question its condition hides).
  - check reports every required question (without a condition) of a new
    plan as not yet answered, and no question that is not required.

The questions come from the pack, so a question added to it is covered
without a change here.  What the pack declares is checked too: every number
has a smallest value, and every percentage a largest of at most 100.  Prints one line per failure and exits 1 if any,
else prints what it checked and exits 0.  Run by tests/cli/test-pack-rules.sh
in a private folder.
"""
import json
import re
import subprocess
import sys
from decimal import Decimal

EW, WORK = sys.argv[1], sys.argv[2]
PLAN = "rules.yaml"
failures = []
counts = {"accepted": 0, "refused": 0, "check": 0, "judged": 0}


def run(*args):
    p = subprocess.run([EW, *args], cwd=WORK, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def fail(msg):
    failures.append(msg)


def num(x):
    """A number as set takes it: no exponent, no trailing zeros."""
    d = Decimal(str(x)).normalize()
    s = format(d, "f")
    return s


def plan_bytes():
    with open(WORK + "/" + PLAN, "rb") as f:
        return f.read()


# Accepted values are set in rounds, one value per question in each round
# (set is all or nothing, so a round that fails is retried one by one to
# find the culprit); then get reads each question's last value back.
queue = {}


def accept(path, value, want=None):
    """set PATH=VALUE is accepted, and get prints WANT (if given)."""
    queue.setdefault(path, []).append((value, want))
    counts["accepted"] += 1


# How the engine words a value its type or range rules refuse (plan.lua's
# check_type, cmd-set.c); any other refusal is a pack's validator judging
# the value against other answers (attrition with no plan to keep families),
# which is not what this test is about.
ENGINE_REFUSAL = re.compile(r"expected |is out of range|is not one of the options|is not a real date|cannot be worked out|"
                            r"not valid UTF-8|cannot be set")


def flush_accepted():
    stored = {}
    rounds = max((len(v) for v in queue.values()), default=0)
    for i in range(rounds):
        batch = [(p, vals[i]) for p, vals in queue.items() if i < len(vals)]
        rc, _, err = run("set", PLAN, *("%s=%s" % (p, v[0]) for p, v in batch))
        if rc == 0:
            stored.update(batch)
            continue
        for p, (value, want) in batch:
            rc, _, err = run("set", PLAN, "%s=%s" % (p, value))
            first = err.splitlines()[0] if err else ""
            if rc == 0:
                stored[p] = (value, want)
            elif rc == 65 and first.startswith("evalwiz: %s: " % p) and not ENGINE_REFUSAL.search(first[len(p) + 11:]):
                counts["judged"] += 1
            else:
                fail("set %s=%s: expected its type and range to accept it, got exit %d: %s" % (p, value, rc, err.strip()))
    for p, (value, want) in stored.items():
        if want is None:
            continue
        rc, out, err = run("get", PLAN, p)
        if out.strip() != want:
            fail("set %s=%s: expected get to print %r, got %r (exit %d) %s" % (p, value, want, out.strip(), rc, err.strip()))
    queue.clear()


def refuse(path, value, why):
    """set PATH=VALUE is refused: exit 65, a message naming PATH, the plan unchanged."""
    before = plan_bytes()
    rc, _, err = run("set", PLAN, "%s=%s" % (path, value))
    counts["refused"] += 1
    first = err.splitlines()[0] if err else ""
    if rc != 65 or not first.startswith("evalwiz: %s: " % path):
        fail("set %s=%s (%s): expected exit 65 and a message naming %s, got exit %d: %s" % (
            path, value, why, path, rc, first or "(nothing on stderr)"))
    if plan_bytes() != before:
        fail("set %s=%s (%s): the plan changed although the value was refused" % (path, value, why))


def below(f):
    return f["min"] - 1 if f.get("integer") else Decimal(num(f["min"])) - Decimal("0.0001")


def above(f):
    return f["max"] + 1 if f.get("integer") else Decimal(num(f["max"])) + Decimal("0.0001")


def declared(path, f):
    """What the default pack itself must declare of a number: every number
    in an evaluation plan (a count, a share, a size, an amount) has a
    smallest sensible value, and a percentage is at most 100.  A question
    that loses its minimum would let a plan say -5 families."""
    if f.get("min") is None:
        fail("%s is a number with no smallest value declared (min): every number of the "
             "default pack must say its range" % path)
    if f.get("unit") == "%" and (f.get("max") is None or f["max"] > 100):
        fail("%s is a percentage, so its largest value (max) must be declared and at most 100, "
             "not %s" % (path, f.get("max")))


def static_options(f):
    return [o["value"] for o in f.get("options") or []]


def number_rules(path, f, cell=None):
    """Accepted and refused values of a number question or column.  cell
    wraps a value for a table column."""
    wrap = cell or (lambda v: v)
    lo, hi = f.get("min"), f.get("max")
    if lo is not None:
        refuse(path, wrap(num(below(f))), "below the minimum %s" % num(lo))
    if hi is not None:
        refuse(path, wrap(num(above(f))), "above the maximum %s" % num(hi))
    refuse(path, wrap("abc"), "not a number")
    inside = lo if lo is not None else (hi if hi is not None else 0)
    if f.get("integer"):
        frac = Decimal(num(inside)) + Decimal("0.5")
        if hi is None or frac <= Decimal(num(hi)):
            refuse(path, wrap(num(frac)), "a fraction for a whole number")
    if cell:
        for v in (lo, hi):
            if v is not None:
                accept(path, wrap(num(v)))
        return
    for v in (lo, hi):
        if v is not None:
            accept(path, num(v), num(v))
    if not f.get("integer"):
        lo_d = Decimal(num(lo)) if lo is not None else Decimal(0)
        hi_d = Decimal(num(hi)) if hi is not None else lo_d + 10
        mid = (lo_d + hi_d) / 2
        if mid == mid.to_integral_value():
            mid += Decimal("0.25") if mid + Decimal("0.25") <= hi_d else Decimal("-0.25")
        accept(path, num(mid), num(mid))


def main():
    rc, out, err = run("steps", "--format", "json")
    if rc != 0:
        print("FAIL: evalwiz steps --format json: exit %d: %s" % (rc, err))
        return 1
    desc = json.loads(out)
    pack = desc["pack"]
    rc, _, err = run("new", PLAN, "--title", "Rules")
    if rc != 0:
        print("FAIL: evalwiz new: exit %d: %s" % (rc, err))
        return 1

    # wrong values written by hand, for check: path -> YAML text
    bad_low, bad_high, bad_kind = {}, {}, {}
    required, optional = set(), set()
    n_fields = 0

    for step in desc["steps"]:
        for f in step["fields"]:
            path = "%s.%s" % (step["id"], f["id"])
            t = f["type"]
            if t in ("note", "computed"):
                continue
            n_fields += 1
            if not f["conditional"]:
                (required if f["required"] else optional).add(path)
            # (a question hidden by its condition is left out of check, so
            # only set can try the rules of those)
            shown = not f["conditional"]
            if t == "number":
                declared(path, f)
                number_rules(path, f)
                if shown and f.get("min") is not None:
                    bad_low[path] = num(below(f))
                if shown and f.get("max") is not None:
                    bad_high[path] = num(above(f))
                if shown:
                    bad_kind[path] = "abc"
            elif t == "date":
                accept(path, "2029-01-07", "2029-01-07")
                accept(path, "2028-02-29", "2028-02-29")
                accept(path, "2000-02-29", "2000-02-29")
                # as people write them (evalwiz.typed): day first, or in words
                accept(path, "31/12/2026", "2026-12-31")
                accept(path, "1 Sept 2027", "2027-09-01")
                for v, why in (("2026-02-30", "no such day"), ("2027-02-29", "not a leap year"),
                               ("2100-02-29", "a century, not a leap year"), ("2026-04-31", "April has 30 days"),
                               ("2026-13-01", "no such month"), ("12/31/2026", "month first (the US way)"),
                               ("31/02/2026", "no such day, day first"), ("tomorrow", "a word")):
                    refuse(path, v, why)
                if shown:
                    bad_kind[path] = "2026-02-30"
            elif t == "yesno":
                accept(path, "yes", "yes")
                accept(path, "no", "no")
                refuse(path, "perhaps", "neither yes nor no")
                if shown:
                    bad_kind[path] = "perhaps"
            elif t == "choice":
                for v in static_options(f):
                    accept(path, v, v)
                refuse(path, "not-an-option", "not one of the options")
                if shown:
                    bad_kind[path] = "not-an-option"
            elif t == "multi":
                opts = static_options(f)
                if opts:
                    accept(path, ",".join(opts), "\n".join("- " + v for v in opts))
                refuse(path, "not-an-option", "not one of the options")
                if shown:
                    bad_kind[path] = "[not-an-option]"
            elif t == "records":
                for c in f.get("columns") or []:
                    cpath = "%s.%s" % (path, c["id"])

                    def cell(v, cid=c["id"]):
                        return "[{%s: %s}]" % (cid, v)
                    if c["type"] == "number":
                        declared(cpath, c)
                        number_rules(path, c, cell)
                    elif c["type"] == "choice" and static_options(c):
                        accept(path, "[%s]" % ", ".join("{%s: %s}" % (c["id"], v) for v in static_options(c)))
                        refuse(path, cell("not-an-option"), cpath + " not one of the options")
    flush_accepted()
    if n_fields < 20:
        fail("only %d questions found in evalwiz steps --format json" % n_fields)

    # check: each wrong value, written by hand, is an error at its question
    def check_plan(name, values):
        by_step = {}
        for path, v in values.items():
            s, q = path.split(".", 1)
            by_step.setdefault(s, []).append("    %s: %s" % (q, v))
        text = "evalwiz: 1\npack:\n  id: %s\n  version: %s\nmeta:\n  title: %s\nanswers:\n" % (
            pack["id"], pack["version"], name)
        for s, lines in by_step.items():
            text += "  %s:\n%s\n" % (s, "\n".join(lines))
        with open(WORK + "/" + name, "w") as fh:
            fh.write(text)
        rc, out, err = run("check", name, "--format", "json")
        try:
            problems = json.loads(out)["problems"]
        except (ValueError, KeyError):
            fail("check %s: exit %d, not the JSON expected: %s %s" % (name, rc, out[:200], err[:200]))
            return
        errors = {p["path"] for p in problems if p["kind"] == "error"}
        for path, v in values.items():
            counts["check"] += 1
            if path not in errors:
                got = [p for p in problems if p["path"] == path]
                fail("check %s: expected an error at %s (%s: %s), got %s" % (
                    name, path, path.split(".")[-1], v, got or "nothing"))
        if rc != 1:
            fail("check %s: expected exit 1 (problems found), got %d" % (name, rc))

    check_plan("low.yaml", bad_low)
    check_plan("high.yaml", bad_high)
    check_plan("kind.yaml", bad_kind)

    # required: a new plan lists every required question as not yet answered
    run("new", "fresh.yaml", "--title", "Fresh")
    rc, out, err = run("check", "fresh.yaml", "--format", "json")
    missing = {p["path"] for p in json.loads(out)["problems"] if p["kind"] == "missing"}
    for path in sorted(required - missing):
        fail("check of a new plan: the required question %s is not reported as not yet answered" % path)
    for path in sorted(optional & missing):
        fail("check of a new plan: %s is not required, but is reported as not yet answered" % path)
    counts["check"] += len(required) + len(optional)

    for f in failures:
        print("FAIL: " + f)
    print("%d questions: %d values within the rules (%d of them then judged by the pack against other answers), "
          "%d refused through set; %d checked through check (%d required)" % (
              n_fields, counts["accepted"], counts["judged"], counts["refused"], counts["check"], len(required)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
