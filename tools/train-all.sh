#!/bin/sh
# Retrain every model from $HEARSAY_CORPUS (default ../shared/corpus),
# reproducibly: fixed seeds, byte-identical model files.
# Usage: sh tools/train-all.sh BUILD_DIR
set -e
B=${1:-build}
C=${HEARSAY_CORPUS:-../shared/corpus}
[ -d "$C/polnear/train" ] || { echo "train-all: no corpus at $C (set HEARSAY_CORPUS); PolNeAR: https://github.com/networkdynamics/PolNeAR" >&2; exit 1; }
$B/tools/train_tagger "$C" data/models
$B/tools/train_parser "$C" data/models
