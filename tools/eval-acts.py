#!/usr/bin/env python3
"""eval-acts.py -- speech acts against a hand-labelled sample.

PolNeAR has no gold for speech acts, so tests/acts/ holds samples of
hearsay's own dev and train attributions, drawn at random and labelled by
hand with the act a reader would give them (docs/ACCURACY.md, "Speech
acts", says how).  Each line is "DOC<TAB>CUE_BEGIN<TAB>CUE_END<TAB>ACT":
the article, the cue's code-point offsets, the act.  No text of the
articles is stored.

This matches the sample's cues with the attributions of a run by article
and cue offsets, and prints the accuracy, each act's precision and recall
and the commonest confusions.  A labelled cue the run no longer predicts
is counted apart (not as an error): the sample was drawn from one run, and
a later change to the cue detector moves a few cues.

usage: tools/eval-acts.py LABELS.tsv PRED.jsonl [N_EXAMPLES]
   (PRED.jsonl: `hearsay extract CORPUS_DIR/polnear/SPLIT/text/*.txt`)
"""
import collections
import json
import sys


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.split('\n\n')[-1])
    labels_path, pred_path = sys.argv[1], sys.argv[2]
    n_examples = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    labels = {}
    with open(labels_path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            fields = line.rstrip('\n').split('\t')
            if len(fields) != 4:
                sys.exit('%s:%d: expected DOC, CUE_BEGIN, CUE_END, ACT' % (labels_path, n))
            labels[(fields[0], int(fields[1]), int(fields[2]))] = fields[3]
    predicted = {}
    with open(pred_path, encoding='utf-8') as f:
        for line in f:
            doc = json.loads(line)
            for a in doc.get('attributions', []):
                key = (doc['doc'], a['cue']['begin'], a['cue']['end'])
                predicted[key] = (a['act'], a)
    right = missing = 0
    confusion = collections.Counter()
    gold_n = collections.Counter()
    pred_n = collections.Counter()
    hit = collections.Counter()
    wrong = []
    for key, gold in sorted(labels.items()):
        if key not in predicted:
            missing += 1
            continue
        act, a = predicted[key]
        gold_n[gold] += 1
        pred_n[act] += 1
        if act == gold:
            right += 1
            hit[act] += 1
        else:
            confusion[(gold, act)] += 1
            wrong.append((key[0], gold, act, a))
    scored = len(labels) - missing
    print('labelled: %d; cue no longer predicted: %d; scored: %d; act right: %d (%.1f%%)'
          % (len(labels), missing, scored, right, 100.0 * right / max(scored, 1)))
    not_say = sum(n for act, n in gold_n.items() if act != 'say')
    not_say_right = sum(n for act, n in hit.items() if act != 'say')
    said_not_say = sum(n for act, n in pred_n.items() if act != 'say')
    print('acts other than say: labelled %d, predicted %d, right %d '
          '(recall %.1f%%, precision %.1f%%)'
          % (not_say, said_not_say, not_say_right, 100.0 * not_say_right / max(not_say, 1),
             100.0 * not_say_right / max(said_not_say, 1)))
    print('%-16s %8s %8s %8s' % ('act', 'labelled', 'given', 'right'))
    for act in sorted(set(gold_n) | set(pred_n), key=lambda x: (-gold_n[x], x)):
        print('%-16s %8d %8d %8d' % (act, gold_n[act], pred_n[act], hit[act]))
    print('confusions (labelled -> given):',
          ', '.join('%s -> %s %d' % (g, p, n) for (g, p), n in confusion.most_common(12)))
    for doc, gold, act, a in wrong[:n_examples]:
        print('  %s: labelled %s, given %s: %s | %s | %s' % (
            doc[:40], gold, act, ((a.get('source') or {}).get('text') or '-')[:30],
            a['cue']['text'], a['content']['text'][:90].replace('\n', ' ')))


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError:     # `| head`
        sys.exit(0)
