#!/bin/sh
# What the feature look-ups cost (docs/PERFORMANCE.md, "Where the time
# goes"): builds a traced copy of the library in a temporary directory,
# whose hs_model_score() also appends every key it is given to a file per
# model, runs `hearsay extract` over the PolNeAR dev texts, and replays
# each model's key stream with bench/score_cost.c.  Prints, per model, the
# keys per token and the nanoseconds per key, streamed and cache-resident.
# The repository's own build is not touched.
#
# usage: sh bench/score-cost.sh      (HEARSAY_CORPUS as for make bench)
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPUS=${HEARSAY_CORPUS:-../shared/corpus}
DEV=$CORPUS/polnear/dev/text
[ -d "$DEV" ] || { echo "score-cost: no $DEV (set HEARSAY_CORPUS)" >&2; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp -r Makefile src cli include data "$T"/
# The trace: a static FILE per class count (a development build, never the
# library), written before the look-ups.
python3 - "$T/src/perceptron.c" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read()
sig = '''void hs_model_score(const hs_model *m, const uint64_t *keys, size_t nkeys,
                    float *scores)
{'''
assert sig in s, "hs_model_score signature changed: update bench/score-cost.sh"
s = s.replace(sig, sig + '''
    {
        static FILE *trace[1024];
        uint32_t c = m->nclasses < 1024 ? m->nclasses : 0;
        if (!trace[c]) {
            char name[4096];
            snprintf(name, sizeof name, "%s/keys.%u", getenv("HS_TRACE_DIR"), c);
            trace[c] = fopen(name, "wb");
        }
        if (trace[c])
            fwrite(keys, sizeof *keys, nkeys, trace[c]);
    }''')
open(p, 'w').write(s)
PY
make -s -C "$T" B=b OPT="-O2" b/hearsay >/dev/null
mkdir "$T/keys"
HS_TRACE_DIR="$T/keys" "$T/b/hearsay" extract "$DEV"/*.txt >/dev/null
ntok=$("$ROOT/build/tools/bench_stages" "$DEV"/*.txt 2>/dev/null | head -1 | awk '{print $5}') || ntok=
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Iinclude -Isrc -o "$T/score_cost" \
    bench/score_cost.c src/perceptron.c src/util.c -lm
echo "| model | classes | keys per token | ns per key, streamed | ns per key, cache-resident |"
echo "|---|---:|---:|---:|---:|"
for m in pos:46 ner:9 parse:77 cue:2; do
    name=${m%%:*} c=${m##*:}
    f="$T/keys/keys.$c"
    [ -s "$f" ] || continue
    nkeys=$(($(stat -c %s "$f") / 8))
    # calls of the model's typical size: its feature count per decision
    case $name in pos) per=29 ;; ner) per=28 ;; parse) per=51 ;; cue) per=34 ;; esac
    out=$("$T/score_cost" "data/models/$name.bin" "$f" "$per")
    s=$(echo "$out" | sed -n 's/.*: \([0-9.]*\) ns\/key streamed, \([0-9.]*\) ns\/key cache-resident.*/\1 | \2/p')
    kpt=$(awk -v k="$nkeys" -v t="${ntok:-0}" 'BEGIN { if (t > 0) printf "%.1f", k / t; else print "n/a" }')
    echo "| $name | $c | $kpt | $s |"
done
