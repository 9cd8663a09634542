#!/bin/sh
# make bench: speed and memory of `hearsay extract` side by side with peers
# (compromise, wink-nlp) and `wc -w` as the floor, on the PolNeAR train+dev
# texts, plus a streaming test (JSON Lines in and out) on a ~100 MB file and
# a ~1 GB stream generated through a pipe.  See bench/README.md.
#
# Environment:
#   HEARSAY_CORPUS   corpus root (default ../shared/corpus)
#   BENCH_FULL=0     skip the 1 GB stream
#   BENCH_PEERS=0    skip compromise and wink-nlp
#   BENCH_STREAM_MB  size of the stored stream file (default 100)
#   BENCH_BIG_MB     size of the piped stream (default 1000)
#   BENCH_TIMEOUT    seconds before one measured run is killed (default 900)
# Output: the Markdown table on stdout and in bench/out/results.md; raw
# figures in bench/out/results.tsv; each run's stdout/stderr/time in bench/out.

set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
CORPUS=${HEARSAY_CORPUS:-../shared/corpus}
case $CORPUS in /*) ;; *) CORPUS=$ROOT/$CORPUS ;; esac
OUT=$ROOT/bench/out
B=build-bench
BIN=$ROOT/$B/hearsay
FULL=${BENCH_FULL:-1}
PEERS=${BENCH_PEERS:-1}
STREAM_MB=${BENCH_STREAM_MB:-100}
BIG_MB=${BENCH_BIG_MB:-1000}
TMO=${BENCH_TIMEOUT:-900}
NPROC=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)
REPEAT_UNDER_S=10      # best of 3 for runs shorter than this
BIG_J1_MAX_S=300       # run the 1 GB stream with -j 1 too if it should fit

say() { printf '%s\n' "bench: $*" >&2; }

# --- 1. corpus ---------------------------------------------------------------
ntxt=0
for split in train dev; do
    for f in "$CORPUS/polnear/$split/text/"*.txt; do
        [ -f "$f" ] && ntxt=$((ntxt + 1))
    done
done
if [ "$ntxt" -eq 0 ]; then
    cat >&2 <<EOF
bench: no corpus texts under $CORPUS/polnear/{train,dev}/text/*.txt.
The benchmark input is the PolNeAR corpus (train + dev texts, 924 articles),
https://github.com/networkdynamics/PolNeAR . Point HEARSAY_CORPUS at a
directory laid out as shared/corpus (see its README.md):
  HEARSAY_CORPUS=/path/to/corpus make bench
EOF
    exit 1
fi

# --- 2. tools ----------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing GNU time (Debian package time)"
        apt-get install -y -q time >&2 || { apt-get update -q >&2 && apt-get install -y -q time >&2; }
    fi
    if [ ! -x /usr/bin/time ]; then
        say "GNU time is needed: run as root: apt-get install time"
        exit 1
    fi
fi
for t in python3 timeout; do
    command -v $t >/dev/null 2>&1 || { say "$t is needed (make deps)"; exit 1; }
done

say "building the optimised binary ($B/hearsay, -O3 -march=native)"
${MAKE:-make} --no-print-directory B=$B OPT="-O3 -march=native -g" $B/hearsay >&2 || {
    say "build failed"; exit 1; }

mkdir -p "$OUT"
rm -f "$OUT"/*.time "$OUT"/*.out "$OUT"/*.err "$OUT"/eval.json "$OUT"/results.tsv

peer_note=
if [ "$PEERS" = 0 ]; then
    peer_note="BENCH_PEERS=0"
elif ! command -v node >/dev/null 2>&1; then
    peer_note="node not found; apt-get install nodejs npm"
elif [ ! -d bench/node_modules/compromise ] || [ ! -d bench/node_modules/wink-nlp ] \
     || [ ! -d bench/node_modules/wink-eng-lite-web-model ]; then
    say "installing the peers with npm ci into bench/node_modules"
    (cd bench && npm ci --no-audit --no-fund >&2) || peer_note="npm ci failed"
fi

# --- 3. inputs ---------------------------------------------------------------
say "writing inputs under bench/out"
python3 bench/bench.py prepare "$CORPUS" "$OUT" $((STREAM_MB * 1000000)) \
    $((BIG_MB * 1000000)) >&2 || exit 1
inp() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]][sys.argv[3]])' \
        "$OUT/inputs.json" "$1" "$2"; }
DOCS=$(inp corpus docs)
STREAM_DOCS=$(inp stream docs)
BIG_DOCS=$(inp big docs)
BIG_REP=$(inp big repeats)
STREAM_SZ=$(python3 -c "print('%.0f MB' % ($(inp stream input_bytes) / 1e6))")
BIG_SZ=$(python3 -c "print('%.2g GB' % ($(inp big input_bytes) / 1e9))")

# --- 4. machine --------------------------------------------------------------
# busy: cores busy over 2 s (from /proc/stat), i.e. other work while we wait.
busy() {
    a=$(head -n1 /proc/stat 2>/dev/null); sleep 2; b=$(head -n1 /proc/stat 2>/dev/null)
    printf '%s\n%s\n' "$a" "$b" | awk -v n="$NPROC" '
        { t = 0; for (i = 2; i <= NF; i++) t += $i; idle = $5 + $6
          if (NR == 1) { t0 = t; i0 = idle } else if (t > t0) printf "%.1f", n * (1 - (idle - i0) / (t - t0)) }'
}
busy_start=$(busy)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n1)
[ -n "$cpu" ] || cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n1)
mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
hsver=$("$BIN" --version 2>/dev/null </dev/null | head -n1)
rev=$(git describe --always --dirty 2>/dev/null || echo unknown)
nodever=$(node --version 2>/dev/null || echo none)
{
    echo "machine: $NPROC cores (nproc), $cpu, $mem RAM, $(uname -sr)"
    echo
    echo "hearsay: \`$B/hearsay\` (-O3 -march=native), version \`${hsver:-unknown}\`, git $rev;" \
         "peers: compromise 14.17.0, wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1 on node $nodever;" \
         "$(date -u '+%Y-%m-%d %H:%M UTC')"
} > "$OUT/machine.txt"

# --- 5. measuring ------------------------------------------------------------
# T CMD...: run CMD under timeout and GNU time; "wall-s max-rss-kB exit user-s sys-s"
# to $TF.
T() { timeout "$TMO" /usr/bin/time -f '%e %M %x %U %S' -o "$TF" "$@"; }

# measure KEY SECTION TOOL WHAT INPUT EXPECT CMD
#   CMD is eval'ed with cwd $CORPUS/polnear and must call T once; its stdout
#   goes to $OUT/KEY.out. EXPECT: the number KEY.out must hold (output lines
#   or -), checked to catch a tool that does nothing.
measure() {
    key=$1 sec=$2 tool=$3 what=$4 input=$5 expect=$6 cmd=$7
    TF=$OUT/$key.time
    best= rss=0 cpu=- note=- n=0
    while [ $n -lt 3 ]; do
        n=$((n + 1))
        rm -f "$TF"
        say "$key run $n: $tool"
        t0=$(date +%s%N)
        (cd "$CORPUS/polnear" && eval "$cmd") >"$OUT/$key.out" 2>"$OUT/$key.err"
        t1=$(date +%s%N)
        set -- $(tail -n1 "$TF" 2>/dev/null)
        if [ $# -ne 5 ]; then
            note="FAILED (timed out after ${TMO}s or killed)"; best=; break
        fi
        if grep -q '^Command terminated by signal' "$TF"; then
            note="FAILED ($(grep '^Command terminated' "$TF" | head -n1 | cut -c9-))"; best=; break
        fi
        if [ "$3" != 0 ]; then
            msg=$(grep -v '^Command exited' "$OUT/$key.err" | tail -n1 | tr '\t|' '  ' | cut -c1-120)
            note="FAILED (exit $3: $msg)"; best=; break
        fi
        got=$(tr -d ' \n' <"$OUT/$key.out")
        if [ "$expect" != - ] && [ "$got" != "$expect" ]; then
            note="FAILED (wrote $got lines, expected $expect)"; best=; break
        fi
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        [ "$2" -gt "$rss" ] && rss=$2
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$wall
            cpu=$(awk -v u="$4" -v s="$5" 'BEGIN { printf "%.2f", u + s }')
        fi
        awk -v a="$wall" -v m=$REPEAT_UNDER_S 'BEGIN { exit !(a >= m) }' && break
    done
    [ -n "$best" ] && say "$key: best ${best}s, peak RSS ${rss} kB" || say "$key: $note"
    [ -n "$best" ] || cpu=-
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$sec" "$tool" "$what" "$input" \
        "${best:--}" "$rss" "$cpu" "$note" >>"$OUT/results.tsv"
}

skip() {  # KEY SECTION TOOL WHAT INPUT WHY
    printf '%s\t%s\t%s\t%s\t%s\t-\t-\t-\tskipped (%s)\n' "$1" "$2" "$3" "$4" "$5" "$6" >>"$OUT/results.tsv"
}

# Smoke tests, so that a missing or stub `extract` is reported once instead
# of being timed.
errtail() {  # ": last line of stderr FILE", if any
    e=$(tail -n1 "$1" 2>/dev/null | tr '\t|' '  ' | cut -c1-100)
    [ -n "$e" ] && printf ': %s' "$e"
}
hs_files=ok hs_jsonl=ok
# The JSON Lines option: `--input jsonl` as specified, or `--jsonl`.
JSONL='--input jsonl'
if ! "$BIN" extract --help 2>&1 </dev/null | grep -q -- '--input' \
   && "$BIN" extract --help 2>&1 </dev/null | grep -q -- '--jsonl'; then
    JSONL=--jsonl
fi
f1=$(ls "$CORPUS"/polnear/dev/text/*.txt | head -n1)
f2=$(ls "$CORPUS"/polnear/dev/text/*.txt | sed -n 2p)
n=$(timeout 120 "$BIN" extract -j 2 "$f1" "$f2" </dev/null 2>"$OUT/smoke-files.err" | wc -l)
if [ "$n" -ne 2 ]; then
    hs_files="\`hearsay extract -j 2 FILE FILE\` wrote $n lines, not 2$(errtail "$OUT/smoke-files.err")"
    say "$hs_files"
fi
n=$(timeout 120 "$BIN" extract $JSONL -j 2 <"$OUT/smoke.jsonl" 2>"$OUT/smoke-jsonl.err" | wc -l)
if [ "$n" -ne 2 ]; then
    hs_jsonl="\`hearsay extract $JSONL -j 2\` on 2 lines wrote $n lines, not 2$(errtail "$OUT/smoke-jsonl.err")"
    say "$hs_jsonl"
fi

S1="Corpus: PolNeAR train+dev texts, one file per article, read from \$HEARSAY_CORPUS/polnear/{train,dev}/text"
S2="Streaming: JSON Lines on stdin, JSON Lines out"
FILES='train/text/*.txt dev/text/*.txt'

measure wc "$S1" 'wc -w' 'floor: counts words (LC_ALL=C)' corpus - \
    "T env LC_ALL=C wc -w $FILES | tail -n1"
if [ "$hs_files" = ok ]; then
    measure hs1 "$S1" 'hearsay -j 1' 'attributions (JSON Lines), 1 thread' corpus "$DOCS" \
        "T \"\$BIN\" extract -j 1 $FILES | wc -l"
    [ "$NPROC" -gt 1 ] && measure hsN "$S1" "hearsay -j $NPROC" "attributions (JSON Lines), $NPROC threads" \
        corpus "$DOCS" "T \"\$BIN\" extract -j $NPROC $FILES | wc -l"
else
    skip hs1 "$S1" 'hearsay -j 1' 'attributions (JSON Lines), 1 thread' corpus "$hs_files"
fi
if [ -z "$peer_note" ]; then
    measure compromise "$S1" 'compromise 14.17.0' 'nlp() + quotations() + people()' corpus - \
        "T node \"\$ROOT/bench/runner-compromise.js\" $FILES"
    measure wink "$S1" 'wink-nlp 2.4.0 (lite model)' 'readDoc(): sentences + entities' corpus - \
        "T node \"\$ROOT/bench/runner-wink.js\" $FILES"
else
    skip compromise "$S1" 'compromise 14.17.0' 'nlp() + quotations() + people()' corpus "$peer_note"
    skip wink "$S1" 'wink-nlp 2.4.0 (lite model)' 'readDoc(): sentences + entities' corpus "$peer_note"
fi

measure wcs "$S2" 'wc -w' "floor, $STREAM_SZ file" stream - \
    "T env LC_ALL=C wc -w <\"\$OUT/stream.jsonl\""
if [ "$hs_jsonl" = ok ]; then
    measure hs1s "$S2" 'hearsay -j 1' "$JSONL, $STREAM_SZ file on stdin" stream "$STREAM_DOCS" \
        "T \"\$BIN\" extract $JSONL -j 1 <\"\$OUT/stream.jsonl\" | wc -l"
    [ "$NPROC" -gt 1 ] && measure hsNs "$S2" "hearsay -j $NPROC" "$JSONL, $STREAM_SZ file on stdin" \
        stream "$STREAM_DOCS" \
        "T \"\$BIN\" extract $JSONL -j $NPROC <\"\$OUT/stream.jsonl\" | wc -l"
    if [ "$FULL" != 0 ]; then
        gen="python3 \"\$ROOT/bench/bench.py\" gen \"\$OUT/corpus.jsonl\" $BIG_REP"
        measure hsNb "$S2" "hearsay -j $NPROC" "$JSONL, $BIG_SZ generated through a pipe" \
            big "$BIG_DOCS" "$gen | T \"\$BIN\" extract $JSONL -j $NPROC | wc -l"
        # -j 1 on the big stream too, when the 100 MB run says it fits.
        w1=$(awk -F'\t' '$1 == "hs1s" { print $6 }' "$OUT/results.tsv")
        if [ "$w1" != - ] && [ -n "$w1" ] && awk -v w="$w1" -v r="$BIG_REP" -v s="$(inp stream repeats)" \
                -v m=$BIG_J1_MAX_S 'BEGIN { exit !(w * r / s <= m) }'; then
            measure hs1b "$S2" 'hearsay -j 1' "$JSONL, $BIG_SZ generated through a pipe" \
                big "$BIG_DOCS" "$gen | T \"\$BIN\" extract $JSONL -j 1 | wc -l"
        else
            skip hs1b "$S2" 'hearsay -j 1' "$JSONL, $BIG_SZ generated through a pipe" big \
                "would take over ${BIG_J1_MAX_S}s"
        fi
    else
        skip hsNb "$S2" "hearsay -j $NPROC" "$JSONL, $BIG_SZ generated through a pipe" big \
            "BENCH_FULL=0"
    fi
else
    skip hs1s "$S2" 'hearsay -j 1' "$JSONL, $STREAM_SZ file on stdin" stream "$hs_jsonl"
fi

# --- 6. accuracy of the same binary ------------------------------------------
say "hearsay eval $CORPUS/polnear/dev --json"
if ! timeout "$TMO" "$BIN" eval "$CORPUS/polnear/dev" --json >"$OUT/eval.json" 2>"$OUT/eval.err" </dev/null; then
    rm -f "$OUT/eval.json"
fi

# --- 7. report ---------------------------------------------------------------
busy_end=$(busy)
{
    echo
    echo "other work on the machine (cores busy while the bench was idle): ${busy_start:-?} before," \
         "${busy_end:-?} after the runs, of $NPROC"
    if awk -v a="${busy_start:-0}" -v b="${busy_end:-0}" 'BEGIN { exit !(a > 0.3 || b > 0.3) }'; then
        echo
        echo "**Warning: other processes were using the CPUs; speeds are noisy and too low.**"
    fi
} >>"$OUT/machine.txt"
echo >&2
python3 bench/bench.py table "$OUT"
