#!/bin/sh
# Speech acts on the hand-labelled sample of dev attributions
# (tests/acts/dev-sample.tsv, tools/eval-acts.py; PolNeAR has no gold for
# acts).  Floors a little under the figures of docs/ACCURACY.md ("Speech
# acts"), so that a change that loses acts fails here.
C="$HEARSAY_CORPUS"
DEV="$C/polnear/dev/text"
if [ ! -d "$DEV" ]; then
    echo "acts-dev: no PolNeAR dev under $C: skipped (corpus: https://github.com/networkdynamics/PolNeAR)"
    exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$HEARSAY" extract -j 2 "$DEV"/*.txt > "$T/dev.jsonl" || exit 1
python3 tools/eval-acts.py tests/acts/dev-sample.tsv "$T/dev.jsonl" 0 > "$T/report.txt" || exit 1
head -2 "$T/report.txt" | sed 's/^/acts-dev: /'
python3 - "$T/report.txt" <<'PY'
import re, sys
report = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'cue no longer predicted: (\d+); scored: (\d+); act right: (\d+)', report)
n = re.search(r'acts other than say: labelled (\d+), predicted (\d+), right (\d+)', report)
if not m or not n:
    sys.exit('acts-dev: unreadable report:\n' + report)
gone, scored, right = map(int, m.groups())
labelled, given, hit = map(int, n.groups())
checks = [
    ('labelled cues still predicted', scored, '>=', 95),
    ('share of acts right', right / max(scored, 1), '>=', 0.85),
    ('recall of acts other than say', hit / max(labelled, 1), '>=', 0.75),
    ('precision of acts other than say', hit / max(given, 1), '>=', 0.85),
]
bad = 0
for what, value, op, bound in checks:
    ok = value >= bound
    shown = ('%.3f' % value) if isinstance(value, float) else str(value)
    print('acts-dev: %-36s %s (%s %s)%s' % (what, shown, op, bound, '' if ok else '  FAILED'))
    bad += not ok
sys.exit(1 if bad else 0)
PY
