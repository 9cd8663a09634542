#!/bin/sh
# Dev-set regression: `hearsay eval` on PolNeAR dev must not fall more than
# 1 point below the numbers recorded in tests/accuracy/dev.json (record new
# ones with `make record-accuracy` after an improvement).
DEV="$HEARSAY_CORPUS/polnear/dev"
if [ ! -d "$DEV/attributions" ]; then
    echo "accuracy-dev: skipped: no PolNeAR dev at $DEV (set HEARSAY_CORPUS; corpus: https://github.com/networkdynamics/PolNeAR)"
    exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$HEARSAY" eval "$DEV" --json > "$T/dev.json" || exit 1
python3 tests/accuracy/compare.py tests/accuracy/dev.json "$T/dev.json"
