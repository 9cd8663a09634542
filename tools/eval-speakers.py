#!/usr/bin/env python3
"""eval-speakers.py -- speaker resolution against CoreNLP's coreference.

PolNeAR has no gold speakers, so this measures agreement with the silver
CoreNLP dcoref chains shipped with the corpus (silver/<split>.coref.tsv.gz):
for every attribution hearsay predicts whose source span holds the head
token of a CoreNLP mention in a chain with a named mention (a mention whose
head is a proper noun), the resolved speaker agrees when its name shares a
word with one of the chain's named mentions ("Zhao Lijian" and "Zhao").
Pronoun sources (he, she, they, it, ...) are counted apart: they are where
resolution does real work.  dcoref itself errs (it is silver), so this is
agreement, not accuracy; a sample of disagreements is printed for reading.

The speaker's type is checked the same way against CoreNLP's entity
classes: for every non-pronoun source whose span holds tokens of exactly
one of CoreNLP's PERSON, ORGANIZATION or place classes, whether the
speaker is typed PERSON, ORG or GPE accordingly.

Last, the shape of the persons' names and roles, which no silver layer
covers: names that open with a title or a party's label ("General Eric
Holder", "Democrat Hillary Clinton"), roles that end in a preposition
or run into a relative clause ("spokeswoman for" on the person spoken
for, "historian who attended the session"), and roles over ten words.

usage: tools/eval-speakers.py PRED.jsonl CORPUS_DIR SPLIT [N_EXAMPLES [--all]]
   (PRED.jsonl: `hearsay extract CORPUS_DIR/polnear/SPLIT/text/*.txt`)
"""
import collections
import gzip
import json
import os
import sys

NAME_OPENERS = {"general", "justice", "democrat", "republican", "libertarian",
                "secretary", "attorney", "actress", "actor", "prince"}
ROLE_ENDS = {"for", "of", "to", "with", "at", "by", "'s", "’s"}

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them",
            "his", "its", "their", "who", "which", "that", "you"}
STOP = {"the", "a", "an", "of", "'s", "’s", "mr.", "mrs.", "ms.", "dr.", "and"}


def words(s):
    """Lower-cased content words of a name."""
    return {w for w in s.lower().replace("’", "'").split() if w not in STOP}


# CoreNLP entity classes -> hearsay speaker types
TYPES = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "GPE",
         "COUNTRY": "GPE", "CITY": "GPE", "STATE_OR_PROVINCE": "GPE"}


def load_silver(corpus, split):
    """doc -> chains, and doc -> [(begin, end, speaker type)] of the tokens
    in a CoreNLP entity of a speaker class."""
    toks = collections.defaultdict(dict)
    ents = collections.defaultdict(list)
    with gzip.open(f"{corpus}/polnear/silver/{split}.tokens.tsv.gz", "rt",
                   encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            toks[p[0]][(int(p[1]), int(p[2]))] = (int(p[3]), int(p[4]), p[7])
            if p[8] in TYPES:
                ents[p[0]].append((int(p[3]), int(p[4]), TYPES[p[8]]))
    chains = collections.defaultdict(lambda: collections.defaultdict(list))
    with gzip.open(f"{corpus}/polnear/silver/{split}.coref.tsv.gz", "rt",
                   encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            doc, chain, sent, head = p[0], int(p[1]), int(p[3]), int(p[6])
            hb, he, hpos = toks[doc][(sent, head)]
            chains[doc][chain].append({"head": (hb, he), "pos": hpos,
                                       "begin": int(p[7]), "text": p[10]})
    return chains, ents


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    pred, corpus, split = sys.argv[1:4]
    nex = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    show_all = len(sys.argv) > 5 and sys.argv[5] == "--all"
    chains, ents = load_silver(corpus, split)
    stats = collections.Counter()
    examples = []
    with open(pred, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for ent in d.get("entities", ()):
                if ent.get("type") != "PERSON":
                    continue
                stats["persons"] += 1
                nw = ent["name"].split()
                stats["titled names"] += (len(nw) > 1 and nw[0].lower() in NAME_OPENERS
                                          and nw[1][:1].isupper())
                rw = (ent.get("role") or "").split()
                stats["bad roles"] += bool(rw) and (rw[-1].lower() in ROLE_ENDS or
                                                    rw[0].lower() in ROLE_ENDS or
                                                    "who" in rw or "which" in rw)
                stats["long roles"] += len(rw) > 10
            doc = os.path.basename(d["doc"])
            if doc.endswith(".txt"):
                doc = doc[:-4]
            for a in d["attributions"]:
                src = a.get("source")
                if not src:
                    continue
                b, e = src["begin"], src["end"]
                types = {t for tb, te, t in ents.get(doc, ()) if b <= tb and te <= e}
                if len(types) == 1 and a.get("speaker") and \
                        src["text"].lower() not in PRONOUNS:
                    stats["typed"] += 1
                    stats["type agree"] += a["speaker"].get("type") == types.pop()
                # the source's own mention: of the mentions whose head lies
                # in the span, the one that starts first ("Keron Blair,
                # executive director of AROS": Keron Blair, not AROS)
                best = None
                for ms in chains.get(doc, {}).values():
                    for m in ms:
                        if b <= m["head"][0] and m["head"][1] <= e and \
                                (best is None or m["begin"] < best[0]["begin"]):
                            best = (m, ms)
                if best is None:
                    continue
                chain = [m for m in best[1] if m["pos"].startswith("NNP")]
                if not chain or len(best[1]) < 2:
                    continue
                pron = src["text"].lower() in PRONOUNS
                kind = "pronoun" if pron else "other"
                stats[kind + " sources"] += 1
                name = (a.get("speaker") or {}).get("name", "")
                ok = any(words(name) & words(m["text"]) for m in chain)
                stats[kind + " agree"] += ok
                if not ok and len(examples) < nex and (pron or show_all):
                    examples.append(f"  {doc}: {src['text']!r} -> {name!r}; "
                                    f"CoreNLP: {chain[0]['text']!r}")
    for kind in ("pronoun", "other"):
        n = stats[kind + " sources"]
        print(f"{kind} sources with a named CoreNLP chain: {n}, speaker agrees "
              f"with the chain: {stats[kind + ' agree']} "
              f"({100.0 * stats[kind + ' agree'] / max(n, 1):.1f}%)")
    n = stats["typed"]
    print(f"other sources in one CoreNLP entity class: {n}, speaker type "
          f"agrees: {stats['type agree']} "
          f"({100.0 * stats['type agree'] / max(n, 1):.1f}%)")
    print(f"persons: {stats['persons']}; names opening with a title or a party: "
          f"{stats['titled names']}; roles ending in a preposition or with a "
          f"relative clause: {stats['bad roles']}; roles over ten words: "
          f"{stats['long roles']}")
    if examples:
        print("disagreements (%s):" % ("all sources" if show_all else "pronoun sources"))
        print("\n".join(examples))


main()
