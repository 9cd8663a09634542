#!/bin/sh
# Score the train split with models none of which saw the article scored.
# For each of five folds of train (tools/folds.h) a parser, a cue
# detector, a source choice and bounds are trained without the fold,
# each the way `make models` trains the committed one, into
# BUILD_DIR/folds (never committed; the parsers, the slow part, are kept
# for the next run); then every train article goes through its fold's
# models (dev_attr --folds) and hearsay eval scores the lot.  The rules
# and the cue lexicon were fitted on train, so this is not a test set; but
# it is 19,000 attributions scored without any model's in-sample
# advantage, against dev's 2,192.  Articles without a silver layer (three
# in train) are in no fold and not scored.
#
# --reuse scores the current code with the fold models already there,
# untrained: retraining the source choice and bounds alone moves the
# held-out content count by a few dozen, so a rule's own effect shows
# only against the same models (then retrain to see the whole effect).
# Usage: sh tools/heldout.sh BUILD_DIR OUT_DIR [--reuse] [--json]
set -e
[ $# -ge 2 ] || { echo "usage: heldout.sh BUILD_DIR OUT_DIR [--reuse] [--json]" >&2; exit 2; }
B=$1
O=$2
shift 2
REUSE=
if [ "${1:-}" = --reuse ]; then
    REUSE=1
    shift
fi
C=${HEARSAY_CORPUS:-../shared/corpus}
F="$B/folds"
[ -d "$C/polnear/train" ] || { echo "heldout: no corpus at $C (set HEARSAY_CORPUS); PolNeAR: https://github.com/networkdynamics/PolNeAR" >&2; exit 1; }

# Run the command lines on stdin, TRAIN_JOBS at a time; fail when one does.
jobs_run() {
    xargs -d "\n" -P "${TRAIN_JOBS:-2}" -I CMD sh -c CMD || {
        echo "heldout: a training job failed; see $F/*.log" >&2
        exit 1
    }
}

# The command lines that train TOOL without each fold into $F.
fold_jobs() {
    for k in 0 1 2 3 4; do
        echo "'$B/tools/$1' '$C' '$F' --hold-out $k > '$F/$1.$k.log' 2>&1"
    done
}

if [ -n "$REUSE" ]; then
    [ -f "$F/bounds.4.bin" ] || { echo "heldout: --reuse: no fold models in $F yet" >&2; exit 1; }
else
    mkdir -p "$F"
    cp data/models/pos.bin "$F"/     # the tagger the parsers learn from
    if ! [ -f "$F/parse.4.bin" ] || ! cmp -s data/models/parse.bin "$F/parse.of"; then
        fold_jobs train_parser | jobs_run
        cp data/models/parse.bin "$F/parse.of"   # the full parser these stand for
    fi
    fold_jobs train_cues | jobs_run
    fold_jobs train_sources | jobs_run
    fold_jobs train_bounds | jobs_run
fi
rm -rf "$O" && mkdir -p "$O/pred" "$O/gold"
"$B"/tools/dev_attr "$C" train "$O/pred" --folds "$F" > "$O/dev_attr.log" 2>&1
for g in "$C"/polnear/train/attributions/*.ann; do
    a=$(basename "$g")
    [ -f "$O/pred/${a%_*}.ann" ] && ln -s "$(realpath "$g")" "$O/gold/$a"
done
"$B"/hearsay eval --gold "$O/gold" --pred "$O/pred" \
    --text-dir "$C/polnear/train/text" "$@"
