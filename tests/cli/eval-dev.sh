#!/bin/sh
# eval-dev.sh -- `hearsay eval` prints the reference scorer's numbers.
#
# On PolNeAR dev, every number of `hearsay eval --json` must equal the one
# of shared/tools/score-attributions --json (ratios to 0.1 points, counts
# and warnings exactly) for:
#   (a) the first annotator's files as predictions, with --all-annotators
#       and without;
#   (b) a quotation baseline generated here (quotes as contents, some with
#       a "X said" source and cue), and the first annotator's files with
#       random damage (shifted offsets, dropped links, renamed roles,
#       clipped and malformed spans, missing and extra files);
#   (c) the predictions `hearsay eval DIR --out TMP` writes, re-scored by
#       the reference, against hearsay eval's own numbers.
# Skips (77) without the corpus, python3 or the reference scorer.
HEARSAY=${HEARSAY:-build/hearsay}
: "${HEARSAY_CORPUS:=../shared/corpus}"
DEV=$HEARSAY_CORPUS/polnear/dev
REF=$HEARSAY_CORPUS/../tools/score-attributions
if [ ! -d "$DEV/text" ] || [ ! -d "$DEV/attributions" ]; then
    echo "eval-dev: skipped: no PolNeAR dev split at $DEV (set HEARSAY_CORPUS;"
    echo "  PolNeAR is published at https://github.com/networkdynamics/PolNeAR)"
    exit 77
fi
if ! command -v python3 >/dev/null 2>&1 || [ ! -f "$REF" ]; then
    echo "eval-dev: skipped: needs python3 and the reference scorer $REF"
    exit 77
fi
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT

# Prediction sets made from the dev texts and gold files.
python3 - "$DEV" "$T" <<'EOF' || exit 1
import os, random, re, sys
dev, out = sys.argv[1], sys.argv[2]
texts, golds = os.path.join(dev, 'text'), os.path.join(dev, 'attributions')
first = {}
for fn in sorted(os.listdir(golds)):
    first.setdefault(fn[:-4].rsplit('_', 1)[0], os.path.join(golds, fn))
rnd = random.Random(7)
for d in ('first', 'baseline', 'damaged'):
    os.makedirs(os.path.join(out, d))
for i, a in enumerate(sorted(first)):
    text = open(os.path.join(texts, a + '.txt'), encoding='utf-8').read()
    gold = open(first[a], encoding='utf-8').read()
    open(os.path.join(out, 'first', a + '.ann'), 'w', encoding='utf-8').write(gold)
    # baseline: quotations of 3+ words as contents
    lines, n = [], 0
    for m in re.finditer(r'\u201c[^\u201c\u201d]*\u201d|"[^"\n]*"', text):
        b, e = m.span()
        if len(re.findall(r'\w+', text[b:e])) < 3:
            continue
        n += 1
        lines.append('T%d\tContent %d %d\tx' % (3 * n, b, e))
        s = re.match(r'\s*,?\s*(\w+(?: \w+)?) (said|says|told)\b', text[e:e + 60])
        if s and n % 3:
            lines += ['T%d\tSource %d %d\tx' % (3 * n + 1, e + s.start(1), e + s.end(1)),
                      'T%d\tCue %d %d\tx' % (3 * n + 2, e + s.start(2), e + s.end(2)),
                      'E%d\tAttribution:T%d Source:T%d Cue:T%d Content:T%d'
                      % (n, 3 * n + 2, 3 * n + 1, 3 * n + 2, 3 * n)]
        else:
            lines.append('E%d\tAttribution-no-source:T%d Content:T%d' % (n, 3 * n, 3 * n))
    open(os.path.join(out, 'baseline', a + '.ann'), 'w', encoding='utf-8').write('\n'.join(lines))
    # damaged gold
    if i % 7 == 3:
        continue                                    # missing prediction
    lines = []
    for ln in gold.split('\n'):
        r = rnd.random()
        m = re.match(r'^(T\d+)\t(\S+) ([0-9 ;]+)\t', ln)
        if m and r < 0.25:
            frs = [list(map(int, f.split())) for f in m.group(3).split(';')]
            k = rnd.randrange(len(frs))
            frs[k][rnd.randrange(2)] += rnd.choice([-7, -2, -1, 1, 3, 12])
            ln = '%s\t%s %s\tx' % (m.group(1), m.group(2),
                                   ';'.join('%d %d' % (max(0, x), max(0, y)) for x, y in frs))
        elif ln.startswith('E') and r < 0.1:
            continue                                # unlinked spans
        elif ln.startswith('E') and r < 0.15:
            ln = ln.replace('Source:', 'Sourcex:')  # ignored role
        elif ln.startswith('E') and r < 0.2:
            ln = ln.replace('Content:', 'CONTENT2:')
        lines.append(ln)
    if i % 5 == 0:
        lines += ['T900\tContent 1 2;%d %d\tx' % (len(text) - 3, len(text) + 40),
                  'T901\tCue 5 5\tx', 'T902\tsource 0 4\tx',
                  'E900\tAttribution:T1 Content:T900 Cue:T901 Source:T999',
                  'T903\tContent x y\tx', '#1\tAnnotatorNotes T1\tnote']
    open(os.path.join(out, 'damaged', a + '.ann'), 'w', encoding='utf-8').write('\n'.join(lines))
open(os.path.join(out, 'damaged', 'no-such-article.ann'), 'w').close()
EOF

# compare REF.json HS.json LABEL: every key and number
cat > "$T/cmp.py" <<'EOF'
import json, sys
ref, hs = (json.load(open(p)) for p in sys.argv[1:3])
COUNTS = {'gold', 'pred', 'found', 'exact_matches', 'fully_correct',
          'articles', 'gold_files'}
bad, n = [], [0]
def walk(x, y, path, key=''):
    if isinstance(x, dict) and isinstance(y, dict):
        if set(x) != set(y):
            bad.append('%s: keys %s vs %s' % (path, sorted(x), sorted(y)))
        for k in set(x) & set(y):
            walk(x[k], y[k], path + '/' + k, k)
        return
    n[0] += 1
    num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
    if num(x) and num(y):
        tol = 1e-9 if key in COUNTS or '/warnings/' in path else 0.001
        if abs(x - y) <= tol:
            return
    elif x == y:
        return
    bad.append('%s: reference %r, hearsay %r' % (path, x, y))
walk(ref, hs, '')
for b in bad:
    print('  ' + b)
print('%s: %d values, %s' % (sys.argv[3], n[0], 'all equal' if not bad else '%d differ' % len(bad)))
sys.exit(1 if bad else 0)
EOF

fail=0
check() {   # check LABEL PRED_DIR [OPTIONS]: reference vs hearsay eval --gold
    label=$1 pred=$2
    shift 2
    python3 "$REF" "$DEV/attributions" "$pred" --json "$@" >"$T/ref.json" || { fail=1; return; }
    "$HEARSAY" eval --gold "$DEV/attributions" --pred "$pred" --json "$@" >"$T/hs.json" || {
        echo "$label: hearsay eval failed"; fail=1; return; }
    python3 "$T/cmp.py" "$T/ref.json" "$T/hs.json" "$label" || fail=1
}
check "(a) gold vs itself, all annotators" "$T/first" --all-annotators
check "(a) gold vs itself, first annotator" "$T/first"
check "(b) quote baseline" "$T/baseline"
check "(b) quote baseline, all annotators" "$T/baseline" --all-annotators
check "(b) damaged gold" "$T/damaged"
check "(b) damaged gold, all annotators" "$T/damaged" --all-annotators

# the tables too, byte for byte
python3 "$REF" "$DEV/attributions" "$T/damaged" >"$T/ref.txt"
"$HEARSAY" eval --gold "$DEV/attributions" --pred "$T/damaged" >"$T/hs.txt"
if cmp -s "$T/ref.txt" "$T/hs.txt"; then
    echo "(b) damaged gold: table identical"
else
    echo "(b) damaged gold: tables differ:"; diff "$T/ref.txt" "$T/hs.txt"; fail=1
fi

# (c) the engine's own predictions
if "$HEARSAY" eval "$DEV" --out "$T/engine" --json >"$T/hs.json"; then
    python3 "$REF" "$DEV/attributions" "$T/engine" --json >"$T/ref.json" &&
        python3 "$T/cmp.py" "$T/ref.json" "$T/hs.json" "(c) hearsay eval DIR --out" || fail=1
else
    echo "(c) hearsay eval $DEV --out failed"; fail=1
fi
# (d) --calibration: its counts add up to the scorer's own
if "$HEARSAY" eval "$DEV" --calibration >"$T/cal.txt"; then
    python3 - "$T/cal.txt" <<'EOF' || fail=1
import re, sys
t = open(sys.argv[1]).read()
pred = int(re.search(r'found \(content >= 1 word\)\s+\S+\s+(\d+)', t).group(1))
full = int(re.search(r'fully correct\s+(\d+) \|', t).group(1))
rows = re.findall(r'^  (\d\.\d)-\d\.\d\s+(\d+)\s+([\d.]+)\s+(\d+)\s+([\d.]+)$', t, re.M)
n = sum(int(r[1]) for r in rows); f = sum(int(r[3]) for r in rows)
ok = len(rows) >= 5 and n == pred and f == full
print('(d) --calibration: %d rows, %d attributions (scorer: %d), %d fully correct (scorer: %d)%s'
      % (len(rows), n, pred, f, full, '' if ok else ': MISMATCH'))
sys.exit(0 if ok else 1)
EOF
else
    echo "(d) hearsay eval $DEV --calibration failed"; fail=1
fi
exit $fail
