#!/usr/bin/env python3
"""diff-speakers.py -- the speakers two hearsay runs disagree on.

Speaker resolution has no gold in PolNeAR, so a change to it is judged by
reading what it changes: run `hearsay extract` on the same texts before
and after (JSON Lines), then list the attributions whose speaker (name,
type, role or affiliation) differs, all of them or N drawn at random with
a seed, as (document, source text, before, after).

usage: tools/diff-speakers.py BEFORE.jsonl AFTER.jsonl [N [SEED]]
"""
import json
import random
import sys


def key(s):
    s = s or {}
    return (s.get("name"), s.get("type"), s.get("role"), s.get("affiliation"))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        before = [json.loads(line) for line in f]
    with open(sys.argv[2], encoding="utf-8") as f:
        after = [json.loads(line) for line in f]
    if [d["doc"] for d in before] != [d["doc"] for d in after]:
        sys.exit("diff-speakers: the two runs are not over the same documents")
    changed = []
    for a, b in zip(before, after):
        if len(a["attributions"]) != len(b["attributions"]):
            sys.exit("diff-speakers: %s: the attributions differ, not only "
                     "their speakers" % a["doc"])
        for p, q in zip(a["attributions"], b["attributions"]):
            if key(p.get("speaker")) != key(q.get("speaker")):
                src = (p.get("source") or {}).get("text", "")
                changed.append((a["doc"], src[:70], key(p.get("speaker")),
                                key(q.get("speaker"))))
    print("%d attributions change speaker" % len(changed))
    n = int(sys.argv[3]) if len(sys.argv) > 3 else len(changed)
    if n < len(changed):
        random.seed(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
        changed = random.sample(changed, n)
    for row in changed:
        print("  %s: %r\n      %r\n   -> %r" % row)


if __name__ == "__main__":
    main()
