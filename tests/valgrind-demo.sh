#!/bin/sh
# valgrind-demo.sh BINARY -- the demo and `extract` under valgrind's
# memcheck, with zero leaks and zero memory errors.
#
# The idea: ASan catches most memory errors in `make asan`, but valgrind
# runs the real, unsanitised binary (the one users get), also sees leaks
# of every kind, and needs no rebuild.  `make valgrind` (part of `make
# check`) runs: the demo; `extract` on the seed article in each output
# format, with 2 threads; and `extract` on bad inputs (invalid UTF-8, NUL,
# empty file, a directory, a missing file, a JSON Lines stream with a bad
# line, a document over --max-bytes), which take the error paths; and
# `extract` over the PolNeAR train and dev articles when the corpus is
# there.  Any
# definite, indirect or possible leak, or any memory error, fails.
set -u
H=${1:?usage: valgrind-demo.sh BINARY}
command -v valgrind >/dev/null || { echo "valgrind-demo: valgrind not installed" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/hearsay-vg.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
SEED=data/seed/bucha-china.txt
fails=0 runs=0

# vg WANT-STATUS ARGS...: run the binary under memcheck; the program must
# exit with WANT-STATUS and valgrind must report nothing.
vg() {
    want=$1
    shift
    runs=$((runs + 1))
    valgrind --quiet --leak-check=full --show-leak-kinds=all \
        --errors-for-leak-kinds=definite,indirect,possible \
        --error-exitcode=99 --log-file="$T/vg.log" \
        "$H" "$@" > "$T/out" 2> "$T/err" < "${VG_STDIN:-/dev/null}"
    rc=$?
    if [ "$rc" != "$want" ] || [ -s "$T/vg.log" ]; then
        echo "valgrind-demo: FAIL: $* (exit $rc, expected $want)" >&2
        sed 's/^/    /' "$T/vg.log" "$T/err" >&2
        fails=$((fails + 1))
    fi
}

printf 'He said\000 yes' > "$T/nul.txt"
printf 'ab\377' > "$T/bad.txt"
: > "$T/empty.txt"
printf '{"id":"a","text":"\\u201cNo,\\u201d he said."}\n{oops\n{"id":"c","text":"Zhao said it would."}\n' > "$T/in.jsonl"

vg 0 demo
vg 0 extract "$SEED"
vg 0 extract -f text "$SEED"
vg 0 extract -f brat -o "$T/ann" "$SEED"
vg 0 extract -j 2 "$SEED" "$SEED" "$SEED"
vg 2 extract "$T/bad.txt"
vg 2 extract "$T/nul.txt" "$SEED" "$T/empty.txt"
vg 2 extract "$T" "$T/missing.txt"
vg 2 extract --jsonl "$T/in.jsonl"
vg 2 extract --max-bytes 100 "$SEED"
VG_STDIN=$SEED vg 2 extract --max-bytes 1K
vg 1 extract --format nonsense "$SEED"
vg 0 extract --help
# and every PolNeAR train and dev article, when the corpus is there:
# real text takes paths the seed article does not (two reads one token
# past a source were found so)
C=${HEARSAY_CORPUS:-../shared/corpus}/polnear
if [ -d "$C/train/text" ] && [ -d "$C/dev/text" ]; then
    vg 0 extract -j 2 "$C"/train/text/*.txt "$C"/dev/text/*.txt
else
    echo "valgrind-demo: no PolNeAR texts under $C, their run skipped" >&2
fi

if [ "$fails" -ne 0 ]; then
    echo "valgrind-demo: $fails of $runs runs failed" >&2
    exit 1
fi
echo "valgrind-demo: $runs runs, no leaks, no errors"
