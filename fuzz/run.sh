#!/bin/sh
# fuzz/run.sh SECONDS [HARNESS...] -- build the libFuzzer harnesses into
# build-fuzz/ and run each for SECONDS (default 60).
#
# The idea: `make fuzz FUZZ_SECONDS=N` is the one entry point.  The library
# is compiled with clang and -fsanitize=fuzzer-no-link,address,undefined by
# the Makefile's own rules (B=build-fuzz); each fuzz/fuzz_*.c is linked with
# libFuzzer.  Seeds are made fresh each run and never committed:
#   - the seed article data/seed/bucha-china.txt;
#   - excerpts of PolNeAR dev texts and annotations read from
#     $HEARSAY_CORPUS (default ../shared/corpus), when present;
#   - the hand-made nasties of fuzz/gen-nasty.py (scaled down);
#   - fuzz/regressions/<harness>/ (every input a fuzzer ever broke on).
# The growing corpus is kept in build-fuzz/corpus/<harness>/ across runs;
# anything found lands in build-fuzz/artifacts/<harness>/.  Exit status 1
# when any harness found a crash, leak, timeout or invariant violation:
# minimise it (build-fuzz/fuzz_X -minimize_crash=1 FILE), copy it into
# fuzz/regressions/<harness>/ and fix the bug.
#
# Environment: FUZZ_FLAGS
# (extra libFuzzer flags), CLANG (default clang).
set -u
SECONDS_EACH=${1:-60}
[ $# -gt 0 ] && shift
HARNESSES=${*:-"extract jsonl brat"}
CLANG=${CLANG:-clang}
CORPUS=${HEARSAY_CORPUS:-../shared/corpus}
B=build-fuzz
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
OPT="-O1 -g -fno-omit-frame-pointer $SAN"

command -v "$CLANG" >/dev/null || { echo "fuzz: $CLANG not found" >&2; exit 1; }
command -v python3 >/dev/null || { echo "fuzz: python3 not found" >&2; exit 1; }

# 1. the library and the CLI reader, instrumented
make -s B=$B CC="$CLANG" OPT="$OPT" $B/libhearsay.a $B/cli/input.o || exit 1

# 2. the harnesses
PKG_CFLAGS=$(pkg-config --cflags libutf8proc jansson)
PKG_LIBS=$(pkg-config --libs libutf8proc jansson)
for h in $HARNESSES; do
    extra=
    [ "$h" = jsonl ] && extra="$B/cli/input.o"
    $CLANG -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
        -Wall -Wextra -Werror $OPT -fsanitize=fuzzer \
        -Iinclude -Isrc -Icli $PKG_CFLAGS \
        -o $B/fuzz_$h fuzz/fuzz_$h.c $extra $B/libhearsay.a \
        $PKG_LIBS -lpthread -lm || exit 1
done

# 3. seeds
rm -rf $B/seeds
mkdir -p $B/seeds/extract $B/seeds/jsonl $B/seeds/brat
cp data/seed/bucha-china.txt $B/seeds/extract/
python3 fuzz/gen-nasty.py --scale 10 $B/seeds/extract || exit 1
python3 fuzz/gen-nasty.py --scale 10 --format jsonl $B/seeds/jsonl || exit 1
python3 fuzz/gen-nasty.py --scale 10 --format ann $B/seeds/brat || exit 1
if [ -d "$CORPUS/polnear/dev/text" ]; then
    # excerpts: the first 4 KB of each dev article, and its annotations
    python3 - "$CORPUS/polnear/dev" $B/seeds <<'PY'
import json, os, sys
dev, out = sys.argv[1], sys.argv[2]
for sub, dst in (("text", "extract"), ("attributions", "brat")):
    d = os.path.join(dev, sub)
    if not os.path.isdir(d):
        continue
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), "rb") as f:
            data = f.read(4096)
        with open(os.path.join(out, dst, "polnear-" + name), "wb") as f:
            f.write(data)
        if sub == "text":
            txt = data.decode("utf-8", "ignore")
            with open(os.path.join(out, "jsonl", "polnear-" + name), "wb") as f:
                # byte 0 of a jsonl seed picks the mode: 0x1e = JSON Lines,
                # 16 KB limit (see fuzz_jsonl.c)
                f.write(b"\x1e" + json.dumps({"id": name, "text": txt}).encode() + b"\n")
PY
else
    echo "fuzz: no PolNeAR at $CORPUS; seeding from the seed article only" >&2
fi
# the jsonl harness reads byte 0 as its mode: prefix the generated streams
for f in $B/seeds/jsonl/nasty-*; do
    { printf '\036'; cat "$f"; } > "$f.m" && mv "$f.m" "$f"
done

# 4. run
found=0
for h in $HARNESSES; do
    mkdir -p $B/corpus/$h $B/artifacts/$h
    regs=
    [ -d fuzz/regressions/$h ] && regs=fuzz/regressions/$h
    # extraction costs ~1 ms per KB under the sanitizers: shorter inputs
    # give the extract harness many more executions per second
    maxlen=32768
    [ "$h" = extract ] && maxlen=8192
    echo "fuzz: $h for ${SECONDS_EACH}s"
    # shellcheck disable=SC2086
    ./$B/fuzz_$h -max_total_time="$SECONDS_EACH" -timeout=10 \
        -rss_limit_mb=2048 -max_len=$maxlen -dict=fuzz/hearsay.dict \
        -print_final_stats=1 -artifact_prefix=$B/artifacts/$h/ \
        ${FUZZ_FLAGS:-} $B/corpus/$h $B/seeds/$h $regs \
        > $B/fuzz-$h.log 2>&1
    rc=$?
    tail -n 12 $B/fuzz-$h.log | grep -E 'stat::|Done|ERROR|invariant' 
    if [ $rc -ne 0 ]; then
        echo "fuzz: $h FAILED (exit $rc); see $B/fuzz-$h.log and $B/artifacts/$h/" >&2
        found=1
    fi
done
exit $found
