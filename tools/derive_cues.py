#!/usr/bin/env python3
"""Derive data/lexicons/cues.txt from PolNeAR train (gold cues + silver
tokens): for every word form that heads or belongs to a gold Cue span, how
often it does so.  Deterministic: output sorted, counts only.

usage: tools/derive_cues.py CORPUS_DIR > data/lexicons/cues.txt

Columns: form (lower case), lemma, coarse POS (V verb, N noun, O other),
count in a Cue span, count overall.  Only forms seen in a cue at least
twice are kept.
"""
import collections
import gzip
import os
import re
import sys


def first_annotator_files(att_dir):
    by_art = {}
    for name in sorted(os.listdir(att_dir)):
        if not name.endswith('.ann'):
            continue
        art = re.sub(r'_[0-9a-f]{4}\.ann$', '', name)
        by_art.setdefault(art, name)
    return by_art


def cue_chars(path):
    chars = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) < 2 or not parts[0].startswith('T'):
                continue
            typ, _, offs = parts[1].partition(' ')
            if typ != 'Cue':
                continue
            for frag in offs.split(';'):
                a, b = frag.split()
                chars.update(range(int(a), int(b)))
    return chars


def coarse(pos):
    if pos.startswith('VB') or pos == 'MD':
        return 'V'
    if pos.startswith('NN'):
        return 'N'
    return 'O'


def main():
    corpus = sys.argv[1]
    base = os.path.join(corpus, 'polnear', 'train')
    files = first_annotator_files(os.path.join(base, 'attributions'))
    cues = {art: cue_chars(os.path.join(base, 'attributions', f))
            for art, f in files.items()}
    in_cue = collections.Counter()
    total = collections.Counter()
    lemma_of = {}
    path = os.path.join(corpus, 'polnear', 'silver', 'train.tokens.tsv.gz')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        next(f)
        for line in f:
            doc, _, _, b, e, word, lemma, pos = line.split('\t')[:8]
            if doc not in cues:
                continue
            form = word.lower().replace('\u2019', "'")
            key = (form, coarse(pos))
            total[key] += 1
            lemma_of.setdefault(key, lemma.lower())
            if int(b) in cues[doc]:
                in_cue[key] += 1
    for key in sorted(in_cue):
        if in_cue[key] < 2:
            continue
        form, cp = key
        print('%s\t%s\t%s\t%d\t%d' % (form, lemma_of[key], cp, in_cue[key], total[key]))


if __name__ == '__main__':
    main()
