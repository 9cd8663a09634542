#!/bin/sh
# The reference article: all 15 gold attributions found and >= 13 fully
# correct (reference scorer when ../shared is there, else hearsay eval),
# every speaker as in the gold, >= 12 of 15 speech acts.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/text" "$T/attributions" "$T/pred"
cp data/seed/bucha-china.txt "$T/text/"
cp tests/seed/bucha-china.ann "$T/attributions/"
"$HEARSAY" extract --format brat --out "$T/pred" "$T/text/bucha-china.txt" || exit 1
SCORER=../shared/tools/score-attributions
if [ -x "$SCORER" ]; then
    "$SCORER" "$T/attributions" "$T/pred" --json > "$T/score.json" || exit 1
else
    echo "seed: reference scorer not found at $SCORER; using hearsay eval"
    "$HEARSAY" eval --gold "$T/attributions" --pred "$T/pred" --json > "$T/score.json" || exit 1
fi
python3 - "$T/score.json" <<'PY' || exit 1
import json, sys
a = json.load(open(sys.argv[1]))['attributions']
print('seed: found %d of %d, fully correct %d (predicted %d)'
      % (a['found'], a['gold'], a['fully_correct'], a['pred']))
sys.exit(0 if a['found'] == a['gold'] == 15 and a['fully_correct'] >= 13 else 1)
PY
"$HEARSAY" extract data/seed/bucha-china.txt > "$T/out.json" || exit 1
python3 tests/seed/check.py tests/seed/bucha-china.gold.json "$T/out.json"
