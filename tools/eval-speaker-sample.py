#!/usr/bin/env python3
"""eval-speaker-sample.py -- score a run's speakers against a labelled sample.

LABELS holds DOC<TAB>SOURCE_BEGIN<TAB>SOURCE_END<TAB>NAME lines (see
tests/speakers/README.md and tools/sample-speakers.py); PRED is the JSON
Lines output of `hearsay extract` over the same texts.  An attribution's
speaker is right when its name equals one of the label's "|"-separated
forms, ignoring case, Unicode composition, a leading "the" and the apostrophe's and quotation marks' form ("-": right when there is no
speaker).  A labelled source the run no longer has counts as wrong.
Prints the count right, and with N > 0 the first N wrong ones.

usage: tools/eval-speaker-sample.py LABELS PRED.jsonl [N] [--min PERCENT]
"""
import json
import sys
import unicodedata


def norm(s):
    # one Unicode form (a text may spell "Ã" as "A" and a combining tilde)
    s = unicodedata.normalize("NFC", (s or "").strip()).lower()
    s = s.replace("\u2019", "'")   # ’ is '
    for q in "\u201c\u201d\u201e":  # “ ” „ are "
        s = s.replace(q, '"')
    return s[4:] if s.startswith("the ") else s


def main():
    args = [a for a in sys.argv[1:]]
    floor = None
    if "--min" in args:
        i = args.index("--min")
        floor = float(args[i + 1])
        del args[i:i + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    show = int(args[2]) if len(args) > 2 else 0
    speakers = {}
    with open(args[1], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for a in d["attributions"]:
                s = a.get("source")
                if s:
                    sp = a.get("speaker") or {}
                    speakers[(d["doc"], s["begin"], s["end"])] = sp.get("name")
    total = right = 0
    wrong = []
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            doc, b, e, names = line.rstrip("\n").split("\t")
            total += 1
            key = (doc, int(b), int(e))
            forms = [norm(x) for x in names.split("|")]
            ok = key in speakers and (
                (speakers[key] is None and forms == ["-"]) or
                (speakers[key] is not None and norm(speakers[key]) in forms))
            right += ok
            if not ok:
                wrong.append((doc, b, e, names, speakers.get(key, "(no such source)")))
    pct = 100.0 * right / max(total, 1)
    print("speakers right: %d of %d (%.1f%%)" % (right, total, pct))
    for w in wrong[:show]:
        print("  %s %s-%s: want %s, got %s" % w)
    if floor is not None and pct < floor:
        print("below the floor of %.1f%%" % floor)
        sys.exit(1)


if __name__ == "__main__":
    main()
