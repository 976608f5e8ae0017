#!/usr/bin/env python3
"""naive.py: the naive typist, for tests/tui/test-naive.sh.

A person who has never read the F1 page fills a whole plan of the default
pack: on every question, in order, they type a realistic answer for its
type the way such a person would (letters, then Enter), then press Tab,
as the hint bar says.  The questions come from `evalwiz steps --format
json`, so a question added to the pack is typed into too; which question
has the focus is read from the screen, so questions that appear or go
with the answers are followed as a person would follow them.

Afterwards `evalwiz get` must give, for every question, exactly what was
typed into it (normalised where the wizard says it reads numbers and
dates as people write them), and nothing for every question not typed
into: no letter lost, none landed anywhere else.

Usage: naive.py TMUX SOCKET EVALWIZ PLAN STEPS.json
Exits 0 when every answer landed; 1 with the reasons otherwise.
"""

import json
import re
import subprocess
import sys
import time

TMUX, SOCK, EVALWIZ, PLAN, STEPS = sys.argv[1:6]


def tmux(*args, check=True):
    return subprocess.run([TMUX, "-S", SOCK] + list(args), check=check,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True).stdout


def screen():
    return tmux("capture-pane", "-p", "-t", "w").split("\n")


def keys(*k):
    tmux("send-keys", "-t", "w", *k)


def text(s):
    tmux("send-keys", "-t", "w", "-l", s)


def fail(why):
    print("FAIL: " + why)
    print("---- screen:")
    print("\n".join(screen()))
    sys.exit(1)


def plain(s):
    """Only what both the UTF-8 and the ASCII screen show alike."""
    return re.sub(r"[^A-Za-z0-9]+", " ", s).strip().lower()


def focus():
    """(step number, text of the focused line) as the screen shows them."""
    rows = screen()
    step, found = None, None
    for r in rows[1:]:
        m = re.match(r"^>\s*(\d+) ", r)
        if m:
            step = int(m.group(1))
        # the main pane begins after the step list's bar
        bar = max(r.find("\u2502"), r.find("|"))
        if bar < 0 or found is not None:
            continue
        main = r[bar + 1:]
        m = re.match(r"^ (\u25b8|>) (.*)$", main)
        if m:
            # without the scroll mark at the pane's right edge
            found = re.sub(r"(\s+[\u2191\u2193^v]|[\u2191\u2193]|(?<=[?*.)])[v^])$", "", m.group(2).rstrip()).rstrip()
    return step, found


def wait_focus_change(old, seconds=20):
    """The new (step, focused line), once a whole frame shows it: on a busy
    machine a capture can catch the pane drawn before the step list's marker,
    so the same reading twice, with both parts, counts."""
    end = time.time() + seconds
    seen = None
    while time.time() < end:
        now = focus()
        if now != old and now[0] is not None and now[1] is not None:
            if now == seen:
                return now
            seen = now
        else:
            seen = None
        time.sleep(0.05)
    return None


def label_of(f):
    return f.get("label") or f.get("help") or ""


def matches(f, shown):
    s = plain(shown.rstrip(" *"))
    lab = plain(label_of(f))
    return len(s) > 0 and lab.startswith(s[:max(1, min(len(s), len(lab)) - 1)])


# ---- answers, by type --------------------------------------------------------

def in_range(f, v):
    return (f.get("min") is None or v >= f["min"]) and (f.get("max") is None or v <= f["max"])


def number_answer(f, k):
    """What to type and what the plan should then hold."""
    unit = f.get("unit")
    if unit == "%" and in_range(f, 25):
        return "25%", 25
    if unit == "\u00a3" and in_range(f, 1250):
        return "\u00a31,250", 1250
    if unit == "minutes" and in_range(f, 120):
        return "2 hours", 120
    ex = f.get("example")
    if isinstance(ex, (int, float)) and not isinstance(ex, bool) and in_range(f, ex):
        return str(ex), ex
    v = 12
    if f.get("max") is not None and v > f["max"]:
        v = f["max"]
    if f.get("min") is not None and v < f["min"]:
        v = f["min"]
    return str(v), v


DATES = [("01/09/2027", "2027-09-01"), ("1 Sept 2029", "2029-09-01")]


def screen_options():
    """The focused question's options as the screen shows them, numbered."""
    out = {}
    for r in screen():
        bar = max(r.find("\u2502"), r.find("|"))
        m = re.match(r"^\s+(\d) [\(\[][^\)\]]*[\)\]] (.*)$", r[bar + 1:] if bar >= 0 else r)
        if m and int(m.group(1)) not in out:
            out[int(m.group(1))] = m.group(2).rstrip()
    return out


def option_keys(f, k, multi, column=False):
    """Keys for a choice: its option's words then Enter (type-ahead), or
    for options made from earlier answers its number; and the value."""
    opts = f.get("options") or []
    if f.get("dynamic_options") or not opts:
        shown = screen_options() if not column else {}
        if column:
            time.sleep(0.2)
        first = shown.get(1)
        if first is None:
            return None, None
        value = "not_named_yet" if first.startswith("(") else first
        return ["1"] + (["Enter"] if multi else []), [value] if multi else value
    if multi:
        o = opts[0]
        word = o["label"].split()[0]
        return ["-l", word, "Enter"], [o["value"]]
    o = opts[1] if len(opts) > 1 else opts[0]
    return ["-l", o["label"], "Enter"], o["value"]


def send(seq):
    """A list of tmux send-keys arguments: '-l', 'text' types text."""
    i = 0
    while i < len(seq):
        if seq[i] == "-l":
            text(seq[i + 1])
            i += 2
        else:
            keys(seq[i])
            i += 1


def cell_answer(col, k, c):
    t = col["type"]
    if t in ("text", "textarea"):
        s = words(k + c)
        return ["-l", s, "Enter"], s
    if t == "number":
        typed, v = number_answer(col, k)
        return ["-l", typed, "Enter"], v
    if t == "date":
        return ["-l", "01/09/2027", "Enter"], "2027-09-01"
    if t in ("choice", "multi"):
        return None, None   # worked out on the screen (see below)
    return [], None


# How answers begin: the letters that were commands once (t the title, g
# the glossary, H the health check, n the next search hit) and a digit,
# each at the start of an answer, where a command would have fired.
STARTS = ["the great north group", "Hull and the great north", "new parents in the north",
          "group work with parents", "9 families a term", "Trusted adults in nurseries"]


def words(k):
    return "%s %d" % (STARTS[k % len(STARTS)], k)


def answer(f, k, dates):
    """Types the answer to field f (the k-th question); returns the value
    the plan should hold, or None for none."""
    t = f["type"]
    if t == "text":
        s = words(k)
        send(["-l", s, "Enter"])
        return s
    if t == "textarea":
        s = words(k) + ": families here have high need; the group helps them."
        send(["-l", s, "Enter"])
        return s
    if t == "number":
        typed, v = number_answer(f, k)
        send(["-l", typed, "Enter"])
        return v
    if t == "date":
        typed, v = dates.pop(0) if dates else DATES[0]
        send(["-l", typed, "Enter"])
        return v
    if t == "yesno":
        send(["-l", "yes", "Enter"])
        return True
    if t in ("choice", "multi"):
        seq, v = option_keys(f, k, t == "multi")
        if seq is None:
            return None
        send(seq)
        return v
    if t == "list":
        a, b = words(k), words(k + 1)
        send(["-l", a, "Enter", "-l", b, "Enter"])
        return [a, b]
    if t == "records":
        row = {}
        for c, col in enumerate(f["columns"]):
            if col["type"] in ("choice", "multi"):
                # open the cell's options to see them, as a person would
                if col.get("dynamic_options") or not col.get("options"):
                    keys("Enter")
                    time.sleep(0.3)
                    shown = screen_options()
                    keys("Escape")
                    first = shown.get(1)
                    if first is not None:
                        v = "not_named_yet" if first.startswith("(") else first
                        send(["1"] + (["Enter"] if col["type"] == "multi" else []))
                        row[col["id"]] = [v] if col["type"] == "multi" else v
                else:
                    seq, v = option_keys(col, k, col["type"] == "multi", column=True)
                    send(seq)
                    row[col["id"]] = v
            else:
                seq, v = cell_answer(col, k, c)
                send(seq)
                row[col["id"]] = v
            keys("Tab")
        return [row]
    return None


# ---- reading the plan back ----------------------------------------------------

def get(step, field):
    r = subprocess.run([EVALWIZ, "get", PLAN, "%s.%s" % (step, field)], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    return r.returncode, r.stdout


def unquote(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        return s[1:-1].replace("''", "'") if s[0] == "'" else json.loads(s)
    return s


def yaml_rows(out):
    """The rows evalwiz get prints for a table (a small YAML reader: keys,
    scalars and lists of scalars, as the plan writes them)."""
    rows, cur, key = [], None, None
    for line in out.split("\n"):
        if not line.strip():
            continue
        m = re.match(r"^- (\w+):\s*(.*)$", line)
        if m:
            cur = {}
            rows.append(cur)
        else:
            m = re.match(r"^  (\w+):\s*(.*)$", line)
        if m:
            key = m.group(1)
            cur[key] = unquote(m.group(2)) if m.group(2) else []
            continue
        m = re.match(r"^\s+- (.*)$", line)
        if m and key is not None:
            cur[key].append(unquote(m.group(1)))
    return rows


def same(t, out, want):
    out = out.rstrip("\n")
    if t == "number":
        try:
            return float(out) == float(want)
        except ValueError:
            return False
    if t == "yesno":
        return out == ("yes" if want else "no")
    if t in ("multi", "list"):
        return [unquote(x[2:]) for x in out.split("\n")] == want
    if t == "records":
        rows = yaml_rows(out)
        if len(rows) != 1:
            return False
        for k, v in want[0].items():
            got = rows[0].get(k)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                try:
                    got = float(got)
                except (TypeError, ValueError):
                    return False
            if got != v:
                return False
        return True
    return out == want


def main():
    steps = json.load(open(STEPS))["steps"]
    by_number = {s["number"]: s for s in steps}
    expected = {}
    dates = list(DATES)
    last = {}
    now = focus()
    if now[1] is None:
        fail("no question has the focus at the start")
    k = 0
    while True:
        step_no, shown = now
        s = by_number.get(step_no)
        if s is None:
            fail("the step list shows no current step")
        start = last.get(step_no, -1) + 1
        f = None
        for i in range(start, len(s["fields"])):
            if matches(s["fields"][i], shown):
                f, last[step_no] = s["fields"][i], i
                break
        if f is None:
            fail("the focused question %r is not one of step %d's after the last typed into" % (shown, step_no))
        k += 1
        if f["type"] not in ("note", "computed"):
            v = answer(f, k, dates)
            if v is not None:
                expected[(s["id"], f["id"])] = (f["type"], v)
        keys("Tab")
        nxt = wait_focus_change(now, 15 if step_no != steps[-1]["number"] else 3)
        if nxt is None:
            if step_no == steps[-1]["number"]:
                break
            fail("Tab after %s.%s did not move the focus" % (s["id"], f["id"]))
        now = nxt
    keys("C-q")
    end = time.time() + 20
    while time.time() < end and not any("EXIT=" in r for r in screen()):
        time.sleep(0.05)
    if not any("EXIT=0" in r for r in screen()):
        fail("the wizard did not quit cleanly")
    problems = []
    visited = 0
    for s in steps:
        for f in s["fields"]:
            if f["type"] in ("note", "computed"):
                continue
            rc, out = get(s["id"], f["id"])
            want = expected.get((s["id"], f["id"]))
            if want is None:
                if rc == 0:
                    problems.append("%s.%s was not typed into, but holds %r" % (s["id"], f["id"], out))
                continue
            visited += 1
            if rc != 0:
                problems.append("%s.%s: typed %r, but it holds nothing" % (s["id"], f["id"], want[1]))
            elif not same(want[0], out, want[1]):
                problems.append("%s.%s: typed %r, but it holds %r" % (s["id"], f["id"], want[1], out))
    if problems:
        print("FAIL: %d of %d answers did not land as typed:" % (len(problems), visited))
        print("\n".join(problems))
        sys.exit(1)
    print("ok: %d questions typed into, every answer where it was typed" % visited)


main()
