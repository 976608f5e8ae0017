#!/usr/bin/env python3
"""classify.py OLD NEW: what kind of change turns the golden file OLD into
NEW, for tests/golden/update.sh.  Prints one word on the first line, then
details:

  same     the files are byte for byte the same
  layout   only spacing, line breaks, punctuation or markup changed: the
           words and numbers a reader sees are the same, in the same order
  text     words changed, but every number is the same, in the same order
  numbers  a number changed, appeared or went (the details list them)

What a reader sees: for HTML, the text outside tags, style and script; for
LaTeX, the body after \\begin{document}; other files as they are.
"""
import difflib
import re
import sys

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def visible(text, name):
    if name.endswith(".html"):
        text = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]*>", " ", text)
    elif name.endswith(".tex") and "\\begin{document}" in text:
        text = text.split("\\begin{document}", 1)[1]
    return text


def main():
    old_path, new_path = sys.argv[1:3]
    with open(old_path, "rb") as f:
        old_b = f.read()
    with open(new_path, "rb") as f:
        new_b = f.read()
    if old_b == new_b:
        print("same")
        return 0
    old = visible(old_b.decode("utf-8", "replace"), new_path)
    new = visible(new_b.decode("utf-8", "replace"), new_path)
    old_n, new_n = NUMBER.findall(old), NUMBER.findall(new)
    if old_n != new_n:
        print("numbers")
        sm = difflib.SequenceMatcher(a=old_n, b=new_n, autojunk=False)
        shown = 0
        for op, a1, a2, b1, b2 in sm.get_opcodes():
            if op == "equal":
                continue
            was = " ".join(old_n[a1:a2]) or "(none)"
            now = " ".join(new_n[b1:b2]) or "(none)"
            print("  %s -> %s" % (was, now))
            shown += 1
            if shown == 12:
                print("  ...")
                break
        return 0
    if TOKEN.findall(old) != TOKEN.findall(new):
        print("text")
        return 0
    print("layout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
