#!/bin/sh
# Score the train split with models none of which saw the article scored:
# each article goes through the parser, cue detector, source choice and
# bounds trained without its fold (tools/folds.h).  The parsers and cue
# detectors of the folds come from `make models` (BUILD_DIR/folds); the
# source choices and bounds of the folds are trained here.  The rules and
# the cue lexicon were fitted on train, so this is not a test set; but it
# is 19,000 attributions scored without any model's in-sample advantage,
# against dev's 2,192.  Articles without a silver layer (three in train)
# are not in the folds and not scored.
# Usage: sh tools/heldout.sh BUILD_DIR OUT_DIR [--json]   (prints the table)
set -e
[ $# -ge 2 ] || { echo "usage: heldout.sh BUILD_DIR OUT_DIR [--json]" >&2; exit 2; }
B=$1
O=$2
shift 2
C=${HEARSAY_CORPUS:-../shared/corpus}
F="$B/folds"
[ -f "$F/cue.4.bin" ] || { echo "heldout: no fold models in $F: run make models first" >&2; exit 1; }
for k in 0 1 2 3 4; do
    for t in sources bounds; do
        echo "'$B/tools/train_$t' '$C' '$F' --folds '$F' --hold-out $k > '$F/$t.$k.log' 2>&1"
    done
done | xargs -d "\n" -P "${TRAIN_JOBS:-2}" -I CMD sh -c CMD || {
    echo "heldout: a training job failed; see $F/*.log" >&2
    exit 1
}
rm -rf "$O" && mkdir -p "$O/pred" "$O/gold"
"$B"/tools/dev_attr "$C" train "$O/pred" --folds "$F" > "$O/dev_attr.log" 2>&1
for g in "$C"/polnear/train/attributions/*.ann; do
    a=$(basename "$g")
    [ -f "$O/pred/${a%_*}.ann" ] && ln -s "$(realpath "$g")" "$O/gold/$a"
done
"$B"/hearsay eval --gold "$O/gold" --pred "$O/pred" \
    --text-dir "$C/polnear/train/text" "$@"
