#!/bin/sh
# How hearsay's cost grows with document length: one document made of
# PolNeAR texts joined end to end, at several sizes; CPU seconds per
# million words should stay flat if the work is linear.
# Usage: sh bench/scaling.sh [HEARSAY_BINARY]   (default build-bench/hearsay)
set -e
H=${1:-build-bench/hearsay}
C=${HEARSAY_CORPUS:-../shared/corpus}
[ -x "$H" ] || { echo "scaling: build $H first (make bench builds it)" >&2; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat "$C"/polnear/train/text/*.txt > "$T/all.txt"
echo "| document size | words | CPU s | CPU s per million words | peak RSS MiB |"
echo "|---:|---:|---:|---:|---:|"
for kb in 4 40 400 4000 40000; do
    python3 - "$T/all.txt" "$T/doc.txt" "$kb" <<'PY'
import sys
src, dst, kb = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(src, encoding='utf-8').read()
want = kb * 1024
out = []
n = 0
while n < want:
    piece = data[:want - n] if len(data) > want - n else data
    out.append(piece)
    n += len(piece.encode('utf-8'))
open(dst, 'w', encoding='utf-8').write(''.join(out))
PY
    words=$(python3 -c "import re,sys; print(len(re.findall(r'\w+', open(sys.argv[1], encoding='utf-8').read())))" "$T/doc.txt")
    /usr/bin/time -f "%U %S %M" -o "$T/t" "$H" extract --max-bytes 64M "$T/doc.txt" > /dev/null
    read -r u s m < "$T/t"
    python3 -c "
import sys
kb, w, u, s, m = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
cpu = u + s
print('| %d KB | %d | %.2f | %.2f | %.0f |' % (kb, w, cpu, cpu / w * 1e6, m / 1024))
" "$kb" "$words" "$u" "$s" "$m"
done
