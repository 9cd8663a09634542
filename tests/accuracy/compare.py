#!/usr/bin/env python3
"""Compare `hearsay eval --json` output with the recorded dev numbers.

usage: compare.py RECORDED_JSON CURRENT_JSON [--record]

Fails (exit 1) when any headline number is more than 1 point below the
recorded one; with --record, writes the current headlines to RECORDED_JSON.
"""
import json
import sys


def headlines(s):
    h = {}
    for role in ('Source', 'Cue', 'Content'):
        h['%s exact F1' % role] = s['spans'][role]['exact']['f1']
    a = s['attributions']
    h['found F1'] = a['found_prf']['f1']
    h['fully correct F1'] = a['fully_correct_prf']['f1']
    for t in ('direct', 'mixed', 'indirect'):
        h['found recall %s' % t] = s['recall_by_content_type'][t]['found_recall']
    return {k: round(100 * v, 1) for k, v in h.items()}


def main():
    recorded_path, current_path = sys.argv[1], sys.argv[2]
    cur = headlines(json.load(open(current_path)))
    if '--record' in sys.argv:
        with open(recorded_path, 'w') as f:
            json.dump(cur, f, indent=1, sort_keys=True)
            f.write('\n')
        print('recorded', recorded_path)
        return 0
    rec = json.load(open(recorded_path))
    bad = 0
    for k in sorted(rec):
        delta = cur[k] - rec[k]
        flag = 'FAIL' if delta < -1.0 else 'ok'
        bad += flag == 'FAIL'
        print('%-24s recorded %5.1f  now %5.1f  %+5.1f  %s' % (k, rec[k], cur[k], delta, flag))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
