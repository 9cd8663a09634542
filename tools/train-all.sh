#!/bin/sh
# Retrain every model from $HEARSAY_CORPUS (default ../shared/corpus),
# reproducibly: fixed seeds, byte-identical model files.  Order matters:
# the parser learns from the tagger's output, the cue detector from the
# tagger's and parser's, the source choice and then the content and source
# bounds from the whole pipeline's (each compiled in, so the tools are
# rebuilt in between); last, the weak-cue selector and the confidence are
# fitted on what fold models of all of those make of train articles they
# never saw (make heldout's).
# Usage: sh tools/train-all.sh BUILD_DIR
set -e
B=${1:-build}
C=${HEARSAY_CORPUS:-../shared/corpus}
[ -d "$C/polnear/train" ] || { echo "train-all: no corpus at $C (set HEARSAY_CORPUS); PolNeAR: https://github.com/networkdynamics/PolNeAR" >&2; exit 1; }
python3 tools/derive_cues.py "$C" > data/lexicons/cues.txt
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_tagger "$C" data/models
"$B"/tools/train_parser "$C" data/models
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_cues "$C" data/models
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_sources "$C" data/models
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_bounds "$C" data/models
${MAKE:-make} -s B="$B" all tools
sh tools/heldout.sh "$B" "$B/heldout"
"$B"/tools/fit_confidence "$C" data/models --folds "$B/folds"
${MAKE:-make} -s B="$B" all
