#!/usr/bin/env python3
"""eval-role-sample.py -- score a run's speakers' roles and affiliations.

LABELS holds DOC<TAB>SOURCE_BEGIN<TAB>SOURCE_END<TAB>NAME<TAB>ROLE<TAB>
AFFILIATION lines (tests/roles/README.md; drawn with
`tools/sample-speakers.py ... --persons`): the person the source names,
the role the article gives that person and what it ties them to, each
with several right forms separated by "|", "-" for none.  PRED is the
JSON Lines output of `hearsay extract` over the same texts.  The name is
compared as tools/eval-speaker-sample.py does; the role and the
affiliation of a rightly named speaker are right when they equal one of
the label's forms, ignoring case, a leading article, punctuation at
either end and the apostrophe's form ("-": right when the run gives
none).  Sources labelled as naming no one (a described group such as
"former employees") have no role to score and are left out.  Prints
the counts, and with N > 0 the first N wrong ones.

usage: tools/eval-role-sample.py LABELS PRED.jsonl [N]
"""
import json
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFC", (s or "").strip()).lower()
    s = s.replace("\u2019", "'")
    for q in "\u201c\u201d\u201e":
        s = s.replace(q, '"')
    s = s.strip(" ,.;:")
    for art in ("the ", "a ", "an "):
        if s.startswith(art):
            s = s[len(art):]
    return s


def matches(pred, label):
    forms = [norm(x) for x in label.split("|")]
    if pred is None or norm(pred) == "":
        return "-" in forms
    return norm(pred) in forms


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    show = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    speakers = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for a in d["attributions"]:
                s = a.get("source")
                if s:
                    speakers[(d["doc"], s["begin"], s["end"])] = a.get("speaker") or {}
    total = named = role = aff = both = skipped = 0
    wrong = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            doc, b, e, name, lrole, laff = line.rstrip("\n").split("\t")
            if name.strip() == "-":
                skipped += 1    # no one named: a described group, no role to score
                continue
            total += 1
            sp = speakers.get((doc, int(b), int(e)))
            if not sp or not matches(sp.get("name"), name):
                wrong.append((doc, b, e, "name", name, sp.get("name") if sp else None))
                continue
            named += 1
            r = matches(sp.get("role"), lrole)
            f_ = matches(sp.get("affiliation"), laff)
            role += r
            aff += f_
            both += r and f_
            if not r:
                wrong.append((doc, b, e, "role", lrole, sp.get("role")))
            if not f_:
                wrong.append((doc, b, e, "affiliation", laff, sp.get("affiliation")))
    print("named persons: %d (and %d sources that name no one); speaker named right: %d; "
          "of those, role right: %d, affiliation right: %d, both: %d"
          % (total, skipped, named, role, aff, both))
    for w in wrong[:show]:
        print("  %s %s-%s %s: want %s, got %s" % w)


if __name__ == "__main__":
    main()
