#!/bin/sh
# Retrain every model from $HEARSAY_CORPUS (default ../shared/corpus),
# reproducibly: fixed seeds, byte-identical model files.  Order matters:
# the parser learns from the tagger's output, the cue detector from the
# tagger's and parser's, the source choice and then the content and source
# bounds from the whole pipeline's (each compiled in, so the tools are
# rebuilt in between).
#
# The train articles reach the cue detector, the source choice and the
# bounds through jackknife models (tools/folds.h): a parser and a cue
# detector per fold of the train split, trained without it, written to
# BUILD_DIR/folds and never committed.  Each fold model is trained next to
# the full one, TRAIN_JOBS (default 2) at a time; every job's output is in
# BUILD_DIR/folds/*.log.
# Usage: sh tools/train-all.sh BUILD_DIR
set -e
B=${1:-build}
C=${HEARSAY_CORPUS:-../shared/corpus}
F="$B/folds"
[ -d "$C/polnear/train" ] || { echo "train-all: no corpus at $C (set HEARSAY_CORPUS); PolNeAR: https://github.com/networkdynamics/PolNeAR" >&2; exit 1; }

# Run the command lines on stdin, TRAIN_JOBS at a time; fail when one does.
jobs_run() {
    xargs -d "\n" -P "${TRAIN_JOBS:-2}" -I CMD sh -c CMD || {
        echo "train-all: a training job failed; see $F/*.log" >&2
        exit 1
    }
}

# The command lines that train model NAME with TOOL on all of train (into
# data/models) and without each fold (into $F), with the options OPTS.
# Usage: fold_jobs TOOL NAME [OPTS]
fold_jobs() {
    echo "'$B/tools/$1' '$C' data/models $3 > '$F/$2.log' 2>&1"
    for k in 0 1 2 3 4; do
        echo "'$B/tools/$1' '$C' '$F' $3 --hold-out $k > '$F/$2.$k.log' 2>&1"
    done
}

python3 tools/derive_cues.py "$C" > data/lexicons/cues.txt
${MAKE:-make} -s B="$B" tools
rm -rf "$F" && mkdir -p "$F"
"$B"/tools/train_tagger "$C" data/models
cp data/models/pos.bin "$F"/
fold_jobs train_parser parse | jobs_run
cat "$F/parse.log"
${MAKE:-make} -s B="$B" tools
fold_jobs train_cues cue "--folds '$F'" | jobs_run
cat "$F/cue.log"
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_sources "$C" data/models --folds "$F"
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_bounds "$C" data/models --folds "$F"
${MAKE:-make} -s B="$B" all
