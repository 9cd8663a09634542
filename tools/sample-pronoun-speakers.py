#!/usr/bin/env python3
"""Print a reproducible random sample of attributions whose source is a
pronoun, with the resolved speaker and the preceding text, for a hand check
of speaker resolution (PolNeAR has no speaker gold).

usage: build/hearsay extract DIR/text/*.txt > out.jsonl
       tools/sample-pronoun-speakers.py out.jsonl DIR/text [N] [SEED]
"""
import json
import os
import random
import sys

PRONOUNS = {'he', 'she', 'they', 'it', 'his', 'her'}


def main():
    out, text_dir = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    items = []
    for line in open(out, encoding='utf-8'):
        d = json.loads(line)
        text = open(os.path.join(text_dir, d['doc'] + '.txt'), encoding='utf-8').read()
        for a in d['attributions']:
            src = a['source']
            if src and src['text'].lower() in PRONOUNS and a['speaker']:
                s = src['begin']
                items.append((a['speaker']['name'],
                              text[max(0, s - 200):s + 20].replace('\n', ' ')))
    random.seed(seed)
    random.shuffle(items)
    for name, ctx in items[:n]:
        print('%s || %s\n' % (name, ctx))


if __name__ == '__main__':
    main()
