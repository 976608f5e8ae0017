#!/usr/bin/env python3
"""save-order.py [--journal] TRACE FOLDER NAME: checks, in an strace log (strace -y,
with or without -f: the wizard saves in a child process), that the file FOLDER/NAME was saved durably, as README promises,
every time it was saved (each rename or link onto it is one save):

  1. the new text was written to a temporary file in the same folder (never
     into FILE itself), all of it: the bytes of the last save are FILE's
     size now;
  2. that file was flushed to disk (fsync or fdatasync) after its last write;
  3. then renamed (or linked, for a new file) onto NAME;
  4. then the folder itself was flushed, so that the new name survives a
     power cut.

With --journal, NAME is a recovery file instead: every record written to it
was flushed (fsync) before the next record or the program's end, since an
edit counts as kept once it is there.

Prints what it found and exits 0, or prints what is wrong with the lines
of the trace that matter and exits 1.  Used by tests/cli/test-save-order.sh.
"""
import os
import re
import sys

CALL = re.compile(r'^(\w+)\((.*)\)\s+=\s+(-?\d+|\?)')
FD = re.compile(r'^(?:AT_FDCWD|\d+)<([^>]*)>')
PID = re.compile(r'^(\d+)\s+(.*)$', re.S)
RESUMED = re.compile(r'^<\.\.\. \w+ resumed>\s?(.*)$', re.S)
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
RENAMES = {"rename", "renameat", "renameat2", "link", "linkat"}
SYNCS = {"fsync", "fdatasync"}
WRITES = {"write", "pwrite64", "writev", "pwritev", "pwritev2"}
OPENS = {"open", "openat", "creat"}


def parse(path):
    events = []
    pending = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            # strace -f: each line starts with the process id, and a call
            # another process interrupts comes in two parts
            p = PID.match(line)
            if p:
                pid, line = p.group(1), p.group(2)
                if line.rstrip().endswith("<unfinished ...>"):
                    pending[pid] = line.rstrip()[:-len("<unfinished ...>")].rstrip()
                    continue
                r = RESUMED.match(line)
                if r and pid in pending:
                    line = pending.pop(pid) + r.group(1)
            m = CALL.match(line.strip())
            if not m:
                continue
            name, args, ret = m.group(1), m.group(2), m.group(3)
            fd = FD.match(args)
            events.append({
                "n": n, "line": line.rstrip("\n"), "call": name,
                "fdpath": fd.group(1) if fd else None,
                "dirs": re.findall(r'(?:AT_FDCWD|\d+)<([^>]*)>', args),
                "strings": QUOTED.findall(args),
                "ret": int(ret) if ret != "?" else None,
            })
    return events


def resolve(folder, dirpath, name):
    if name.startswith("/"):
        return os.path.normpath(name)
    return os.path.normpath(os.path.join(dirpath or folder, name))


def journal(events, path):
    """Every write to the journal (the recovery file) at path is flushed
    before the next write to it, or the program's end."""
    writes = [e for e in events if e["call"] in WRITES and e["fdpath"] == path]
    if not writes:
        print("FAIL: nothing was written to the recovery file %s" % path)
        return 1
    bad = 0
    for i, w in enumerate(writes):
        until = writes[i + 1]["n"] if i + 1 < len(writes) else float("inf")
        if not any(e["call"] in SYNCS and e["fdpath"] == path and e["ret"] == 0 and w["n"] < e["n"] < until
                   for e in events):
            print("FAIL: the recovery file's record written at line %d was not flushed (fsync) before %s:\n    %s" % (
                w["n"], "the next record" if until != float("inf") else "the end", w["line"][:200]))
            bad = 1
    if not bad:
        print("ok: %s: %d record(s), each flushed" % (os.path.basename(path), len(writes)))
    return bad


def main():
    if sys.argv[1] == "--journal":
        trace, folder, name = sys.argv[2:5]
        return journal(parse(trace), os.path.join(os.path.realpath(folder), name))
    trace, folder, name = sys.argv[1:4]
    folder = os.path.realpath(folder)
    target = os.path.join(folder, name)
    events = parse(trace)
    problems = []

    def show(evs):
        return "\n".join("    %d: %s" % (e["n"], e["line"][:200]) for e in evs)

    # 3. each rename or link onto the file (each save)
    moves = []
    for e in events:
        if e["call"] in RENAMES and e["ret"] == 0 and len(e["strings"]) >= 2:
            two_dirs = e["call"] in ("renameat", "renameat2", "linkat")
            src_dir = e["dirs"][0] if two_dirs and e["dirs"] else None
            dst_dir = e["dirs"][1] if two_dirs and len(e["dirs"]) > 1 else src_dir
            src = resolve(folder, src_dir, e["strings"][0])
            dst = resolve(folder, dst_dir, e["strings"][1])
            if dst == target:
                moves.append((e, src))
    if not moves:
        print("FAIL: no rename or link onto %s: the file was not replaced atomically" % target)
        print(show([e for e in events if e["call"] in RENAMES | WRITES | SYNCS][:30]))
        return 1
    into = [e for e in events if e["call"] in OPENS and e["fdpath"] == target and
            re.search(r'O_WRONLY|O_RDWR|O_TRUNC', e["line"])]
    if into:
        problems.append("%s itself was opened for writing:\n%s" % (target, show(into)))
    # every save in the trace, each from the end of the one before
    bad_move, summary, prev = None, [], 0
    for k, (move, temp) in enumerate(moves):
        nxt = moves[k + 1][0]["n"] if k + 1 < len(moves) else float("inf")
        which = "save %d of %d" % (k + 1, len(moves))
        found = []
        if os.path.dirname(temp) != folder:
            found.append("the temporary file %s is not in the file's folder %s" % (temp, folder))
        # 1. the writes to the temporary file
        writes = [e for e in events if e["call"] in WRITES and e["fdpath"] == temp and prev < e["n"] < move["n"]]
        if not writes:
            found.append("nothing was written to the temporary file %s before the rename" % temp)
        written = sum(e["ret"] for e in writes if e["ret"] and e["ret"] > 0)
        if k == len(moves) - 1 and written != os.path.getsize(target):
            found.append("%d bytes were written to the temporary file, but %s holds %d" % (
                written, name, os.path.getsize(target)))
        # 2. the temporary file flushed after its last write, before the rename
        last_write = writes[-1]["n"] if writes else prev
        flushed = [e for e in events if e["call"] in SYNCS and e["fdpath"] == temp and e["ret"] == 0
                   and last_write < e["n"] < move["n"]]
        if not flushed:
            found.append("the temporary file was not flushed (fsync or fdatasync) between its last write "
                         "(line %d) and the rename (line %d)" % (last_write, move["n"]))
        # 4. the folder flushed after the rename, before the next save
        dir_flushed = [e for e in events if e["call"] in SYNCS and e["fdpath"] == folder and e["ret"] == 0
                       and move["n"] < e["n"] < nxt]
        if not dir_flushed:
            found.append("the folder %s was not flushed (fsync) after the rename (line %d)" % (folder, move["n"]))
        problems += ["%s: %s" % (which, f) for f in found]
        if found and bad_move is None:
            bad_move = (move, temp)
        if not found:
            summary.append("%d write(s) of %d bytes to %s, %s at line %d, %s at line %d, folder %s at line %d" % (
                len(writes), written, os.path.basename(temp), flushed[-1]["call"], flushed[-1]["n"],
                move["call"], move["n"], dir_flushed[0]["call"], dir_flushed[0]["n"]))
        prev = move["n"]

    if problems:
        for p in problems:
            print("FAIL: saving %s: %s" % (name, p))
        move, temp = bad_move or moves[-1]
        print("  the lines of the trace about the save:")

        def about(e):
            if e is move or (e["call"] in WRITES | SYNCS | {"close"} and e["fdpath"] in (temp, target, folder)):
                return True
            return e["call"] in OPENS and e["line"].split("= ")[-1].find(os.path.basename(temp)) >= 0
        keep = [e for e in events if about(e) and e["n"] <= move["n"] + 8]
        print(show(keep[-40:]))
        return 1
    for line in summary:
        print("ok: %s: %s" % (name, line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
