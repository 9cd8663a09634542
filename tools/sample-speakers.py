#!/usr/bin/env python3
"""sample-speakers.py -- draw attributions with a source to label their speaker.

Speaker resolution has no gold in PolNeAR.  This draws N attributions
that have a source from a `hearsay extract` run (JSON Lines), seeded, and
prints each with the words before its source, so that a reader can write
down who speaks: the line to label is DOC<TAB>SOURCE_BEGIN<TAB>SOURCE_END
<TAB>NAME, NAME the name of whom or what the source span means, as
hearsay would print it (several right forms separated by "|"; "-" when
the span names no one).  With --show the run's own speaker is printed
too; with --pronouns only sources that are one personal pronoun
("he", "she", "they", "it", "his", "her", "him", "them", "their") are
drawn; with --persons only sources whose speaker the run types PERSON,
one per speaker and article (for labelling roles and affiliations:
tests/roles/).  tools/eval-speaker-sample.py scores a run against the
labels, tools/eval-role-sample.py its roles and affiliations.

usage: tools/sample-speakers.py PRED.jsonl CORPUS_TEXT_DIR N SEED [--show] [--pronouns] [--persons]
"""
import json
import os
import random
import sys


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    pred, textdir, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    show = "--show" in sys.argv[5:]
    pronouns_only = "--pronouns" in sys.argv[5:]
    persons_only = "--persons" in sys.argv[5:]
    pronouns = {"he", "she", "they", "it", "his", "her", "him", "them", "their"}
    rows = []
    with open(pred, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for a in d["attributions"]:
                sp = a.get("speaker") or {}
                if a.get("source") and (not pronouns_only or
                                        a["source"]["text"].lower() in pronouns) and \
                        (not persons_only or sp.get("type") == "PERSON"):
                    rows.append((d["doc"], a))
    rows.sort(key=lambda r: (r[0], r[1]["source"]["begin"], r[1]["cue"]["begin"]))
    random.Random(seed).shuffle(rows)
    seen = set()
    k = 0
    for doc, a in rows:
        s = a["source"]
        if (doc, s["begin"], s["end"]) in seen:
            continue
        seen.add((doc, s["begin"], s["end"]))
        if persons_only:
            who = (doc, a["speaker"]["entity"])
            if who in seen:
                continue
            seen.add(who)
        with open(os.path.join(textdir, doc + ".txt"), encoding="utf-8") as f:
            text = f.read()
        k += 1
        before = text[max(0, s["begin"] - 300):s["begin"]].replace("\n", " / ")
        after = text[s["end"]:s["end"] + 60].replace("\n", " / ")
        print("%d\t%s\t%d\t%d" % (k, doc, s["begin"], s["end"]))
        print("    ..." + before + "[[" + s["text"] + "]]" + after)
        if show:
            sp = a.get("speaker") or {}
            print("    hearsay: %s (%s; %s; %s)" % (sp.get("name"), sp.get("type"),
                                                  sp.get("role"), sp.get("affiliation")))
        if k == n:
            break


if __name__ == "__main__":
    main()
