#!/usr/bin/env python3
"""Check hearsay's JSON output on the seed article against its gold.

usage: check.py GOLD_JSON HEARSAY_JSON

Passes when every gold attribution has a hearsay attribution with the same
cue span whose speaker name is the gold speaker, and at least 12 of the 15
speech acts agree.  Prints one line per attribution.
"""
import json
import sys

gold = json.load(open(sys.argv[1], encoding='utf-8'))
out = json.loads(open(sys.argv[2], encoding='utf-8').readline())
ents = {e['id']: e for e in out['entities']}
by_cue = {}
for a in out['attributions']:
    if a['cue']:
        by_cue[(a['cue']['begin'], a['cue']['end'])] = a
speakers_ok = acts_ok = 0
for g in gold['attributions']:
    a = by_cue.get(tuple(g['cue_span']))
    name = a['speaker']['name'] if a and a['speaker'] else None
    act = a['act'] if a else None
    s_ok = name == g['speaker']
    a_ok = act == g['act']
    speakers_ok += s_ok
    acts_ok += a_ok
    print('%2d %-14s speaker %-20s %s  act %-16s %s' % (
        g['id'], g['cue'] if isinstance(g['cue'], str) else g['cue'][0],
        name, 'ok' if s_ok else 'WANT ' + g['speaker'], act,
        'ok' if a_ok else 'WANT ' + g['act']))
n = len(gold['attributions'])
print('speakers %d/%d, acts %d/%d' % (speakers_ok, n, acts_ok, n))
sys.exit(0 if speakers_ok == n and acts_ok >= 12 else 1)
