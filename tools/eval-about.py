#!/usr/bin/env python3
"""eval-about.py -- how hearsay's "about" lists are made, and how far its
pronouns in contents agree with CoreNLP's coreference (PolNeAR silver).

PolNeAR has no gold for whom a statement is about.  An attribution is
about the entities with a mention inside its content (src/about.c), so
their quality is the entity layer's; what is new to it are the speakers'
own pronouns inside contents ("Trump said he would win"), which the
resolver adds as mentions (src/resolve.c).  This tool counts the lists
and checks each such pronoun against CoreNLP's dcoref chains: it agrees
when the chain holding the pronoun also holds a mention of the entity
hearsay gave it other than a pronoun inside a content.  dcoref is silver, so this is agreement, not
accuracy; tests/about/ holds a hand-labelled sample.

    build/hearsay extract $C/polnear/{train,dev}/text/*.txt > out.jsonl
    python3 tools/eval-about.py out.jsonl [--corpus C] [--sample N --seed S]

It also counts the places' adjectives ("Russian troops") made mentions
of the places the document names.  --sample prints N random pronouns or
adjectives of --class with their context, for labelling (tests/about/).
"""
import argparse
import collections
import gzip
import json
import os
import random
import sys

PERSONAL = {"he", "she", "him", "her", "his", "hers"}
GROUP = {"its", "they", "their"}
PRONOUNS = PERSONAL | GROUP | {"it"}


def load_adjectives():
    """The place adjectives of the gazetteer (data/lexicons/places.txt)."""
    here = os.path.dirname(os.path.abspath(__file__))
    adj = set()
    with open(os.path.join(here, "..", "data", "lexicons", "places.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(c) >= 6 and c[5] == "demonym" and c[2] == "GPE":
                adj.add(c[0])
    return adj


def load_chains(corpus):
    """doc -> {(begin, end): chain id}, doc -> chain id -> [(begin, end)]"""
    at = collections.defaultdict(dict)
    chains = collections.defaultdict(lambda: collections.defaultdict(list))
    for split in ("train", "dev"):
        path = os.path.join(corpus, "polnear", "silver", split + ".coref.tsv.gz")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            next(f)
            for line in f:
                c = line.rstrip("\n").split("\t")
                span = (int(c[7]), int(c[8]))
                at[c[0]][span] = int(c[1])
                chains[c[0]][int(c[1])].append(span)
    return at, chains


def text_of(corpus, doc):
    for split in ("dev", "train"):
        p = os.path.join(corpus, "polnear", split, "text", doc + ".txt")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return f.read(), split
    return None, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl")
    ap.add_argument("--corpus", default=os.environ.get("HEARSAY_CORPUS", "../shared/corpus"))
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--class", dest="cls", choices=("he/she", "they/its", "it", "place"), default="he/she",
                    help="what to sample: pronouns (he/she: from dev; they/its, it: train "
                         "and dev) or place adjectives (train and dev)")
    args = ap.parse_args()
    at, chains = load_chains(args.corpus)
    adjectives = load_adjectives()
    n = collections.Counter()
    sizes = collections.Counter()
    to_sample = []
    with open(args.jsonl, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text, split = text_of(args.corpus, d["doc"])
            if text is None:
                continue
            ents = {e["id"]: e for e in d["entities"]}
            contents = []
            for a in d["attributions"]:
                c = a["content"]
                frags = c.get("fragments", [[c["begin"], c["end"]]])
                contents.extend(frags)
                n["attributions"] += 1
                n["with about"] += bool(a["about"])
                sizes[len(a["about"])] += 1
            for e in d["entities"]:
                for b, en in e["mentions"]:
                    if text[b:en].lower() in adjectives:
                        n["place adjectives"] += 1
                        inside = any(x <= b and en <= y for x, y in contents)
                        n["place adjectives inside contents"] += inside
                        if args.cls == "place":
                            to_sample.append((d["doc"], b, en, e["name"], text))
                # a content's pronoun, not a source's ("..., he said")
                ours = {(b, en) for b, en in e["mentions"]
                        if text[b:en].lower() in PRONOUNS and
                        any(x <= b and en <= y for x, y in contents)}
                others = [tuple(m) for m in e["mentions"] if tuple(m) not in ours]
                for b, en in sorted(ours):
                    w = text[b:en].lower()
                    cls = "he/she" if w in PERSONAL else "they/its" if w in GROUP else "it"
                    n["content pronouns"] += 1
                    n[cls] += 1
                    if cls == args.cls and (split == "dev" or cls != "he/she"):
                        to_sample.append((d["doc"], b, en, e["name"], text))
                    cid = at[d["doc"]].get((b, en))
                    if cid is None:
                        n["no CoreNLP chain"] += 1
                        continue
                    chain = chains[d["doc"]][cid]
                    ok = any(p < y and x < q for p, q in chain if (p, q) != (b, en)
                             for x, y in others)
                    n["agree" if ok else "disagree"] += 1
                    n[cls + (" agree" if ok else " disagree")] += 1
    print(f"attributions {n['attributions']}, about someone {n['with about']} "
          f"({100 * n['with about'] / max(1, n['attributions']):.1f}%)")
    print("about-list sizes: " + ", ".join(f"{k}: {v}" for k, v in sorted(sizes.items())
                                            if k <= 5) +
          f", more: {sum(v for k, v in sizes.items() if k > 5)}")
    for cls in ("", "he/she", "they/its", "it"):
        pre = cls + " " if cls else ""
        judged = n[pre + "agree"] + n[pre + "disagree"]
        total = n[cls] if cls else n["content pronouns"]
        print(f"speakers' pronouns in contents{' (' + cls + ')' if cls else ''} {total}: "
              f"in a CoreNLP chain {judged}, agreeing {n[pre + 'agree']} "
              f"({100 * n[pre + 'agree'] / max(1, judged):.1f}%)")
    print(f"place adjectives as mentions {n['place adjectives']}, inside contents "
          f"{n['place adjectives inside contents']}")
    if args.sample:
        random.seed(args.seed)
        for doc, b, en, name, text in random.sample(to_sample,
                                                    min(args.sample, len(to_sample))):
            ctx = text[max(0, b - 150):b] + "[[" + text[b:en] + "]]" + text[en:en + 40]
            print(f"{doc}\t{b}\t{en}\t{name}\t{ctx.replace(chr(10), ' ')}")


if __name__ == "__main__":
    sys.exit(main())
