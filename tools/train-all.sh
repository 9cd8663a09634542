#!/bin/sh
# Retrain every model from $HEARSAY_CORPUS (default ../shared/corpus),
# reproducibly: fixed seeds, byte-identical model files.  Order matters:
# the parser learns from the tagger's output, and the cue detector from
# the tagger's and parser's (compiled in, so the tools are rebuilt).
# Usage: sh tools/train-all.sh BUILD_DIR
set -e
B=${1:-build}
C=${HEARSAY_CORPUS:-../shared/corpus}
[ -d "$C/polnear/train" ] || { echo "train-all: no corpus at $C (set HEARSAY_CORPUS); PolNeAR: https://github.com/networkdynamics/PolNeAR" >&2; exit 1; }
python3 tools/derive_cues.py "$C" > data/lexicons/cues.txt
# WordNet supersenses for the cue detector (Debian package wordnet-base)
if [ ! -f /usr/share/wordnet/data.verb ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y -q wordnet-base >&2 ||
            { apt-get update -q >&2 && apt-get install -y -q wordnet-base >&2; }
    fi
    [ -f /usr/share/wordnet/data.verb ] ||
        { echo "train-all: WordNet is needed: as root, apt-get install wordnet-base" >&2; exit 1; }
fi
python3 tools/derive_supersenses.py > data/lexicons/supersenses.txt.tmp
mv data/lexicons/supersenses.txt.tmp data/lexicons/supersenses.txt
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_tagger "$C" data/models
"$B"/tools/train_parser "$C" data/models
${MAKE:-make} -s B="$B" tools
"$B"/tools/train_cues "$C" data/models
${MAKE:-make} -s B="$B" all
