#!/bin/sh
# Every offset hearsay writes satisfies text[begin:end] == text field, in
# code points, for every span of every attribution and every entity
# mention, over the whole PolNeAR dev split (and the seed article).
DEV="$HEARSAY_CORPUS/polnear/dev/text"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
set -- data/seed/bucha-china.txt
if [ -d "$DEV" ]; then
    set -- "$@" "$DEV"/*.txt
else
    echo "offsets-dev: no PolNeAR dev at $DEV: checking the seed article only (corpus: https://github.com/networkdynamics/PolNeAR)"
fi
"$HEARSAY" extract -j 2 "$@" > "$T/out.jsonl" || exit 1
python3 - "$T/out.jsonl" "$@" <<'PY'
import json, sys
out, paths = sys.argv[1], sys.argv[2:]
texts = {}
for p in paths:
    name = p.rsplit('/', 1)[-1][:-4]
    texts[name] = open(p, encoding='utf-8').read()
spans = bad = docs = 0
def check(text, s, what):
    global spans, bad
    spans += 1
    b, e = s['begin'], s['end']
    ok = 0 <= b <= e <= len(text) and ('text' not in s or text[b:e] == s['text'])
    if not ok:
        bad += 1
        if bad <= 5:
            print('offsets-dev: %s %r' % (what, s))
for line in open(out, encoding='utf-8'):
    d = json.loads(line)
    docs += 1
    text = texts[d['doc']]
    assert d['chars'] == len(text), (d['doc'], d['chars'], len(text))
    for a in d['attributions']:
        for role in ('cue', 'source', 'content'):
            if a[role]:
                check(text, a[role], '%s %s' % (d['doc'], role))
        for b, e in a['content'].get('fragments', []):
            check(text, {'begin': b, 'end': e}, d['doc'] + ' fragment')
    for ent in d['entities']:
        for b, e in ent['mentions']:
            check(text, {'begin': b, 'end': e}, d['doc'] + ' mention')
print('offsets-dev: %d documents, %d spans, %d bad' % (docs, spans, bad))
sys.exit(1 if bad or docs != len(paths) else 0)
PY
