#!/usr/bin/env python3
"""sample-acts.py -- draw attributions to label with their speech act.

Prints N attributions of a `hearsay extract` run drawn at random with a
fixed seed, one a line: DOC, CUE_BEGIN, CUE_END, then (for reading) the
kind, source, cue and content.  The act hearsay gave is left out unless
--show-act is given, so that a label is not swayed by it.  Cut the
first three fields and add the act to make a sample for eval-acts.py
(tests/acts/README.md).

usage: tools/sample-acts.py PRED.jsonl N SEED [--show-act]
"""
import json
import random
import sys


def main():
    args = [a for a in sys.argv[1:] if a != '--show-act']
    if len(args) != 3:
        sys.exit(__doc__.split('\n\n')[-1])
    path, n, seed = args[0], int(args[1]), int(args[2])
    items = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            doc = json.loads(line)
            for a in doc.get('attributions', []):
                items.append((doc['doc'], a))
    random.seed(seed)
    for doc, a in random.sample(items, n):
        act = ('\t' + a['act']) if '--show-act' in sys.argv else ''
        print('%s\t%d\t%d%s\t[%s] %s | %s | %s' % (
            doc, a['cue']['begin'], a['cue']['end'], act, a['kind'][0],
            ((a.get('source') or {}).get('text') or '-')[:40], a['cue']['text'],
            a['content']['text'][:220].replace('\n', ' ')))


if __name__ == '__main__':
    main()
