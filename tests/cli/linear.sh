#!/bin/sh
# linear.sh -- work per document must be linear in its size.
#
# The idea: a super-linear step (a loop over all quotations inside a loop
# over all attributions, say) is invisible on a 2 KB test article and
# takes minutes on a 20 MB one.  Instruction counts, unlike wall time, are
# exact and repeatable, so we count them with callgrind for a document and
# for the same document doubled; a linear pipeline gives a ratio of about
# 2.  Two inputs, both built from the seed article (no corpus text):
#   news   the article repeated to 100 KB and to 200 KB;
#   dense  short quoted statements of the article's kind, repeated to
#          50 KB and 100 KB: a quotation every 35 bytes, so
#          anything quadratic in quotations x attributions shows at once.
# Pass: every ratio within [1.8, 2.2], for the whole run and for each
# pipeline stage (hs_lex, hs_parse, hs_attribute, hs_write_json, ...) that
# is at least 2% of it.  Needs valgrind (skips without).
# Runs in well under a minute.
set -u
: "${HEARSAY:?set HEARSAY to the binary under test}"
command -v valgrind >/dev/null || { echo "linear: no valgrind, skipped"; exit 77; }
command -v python3 >/dev/null || { echo "linear: no python3, skipped"; exit 77; }
# callgrind on a sanitizer build measures the sanitizer: skip there
if nm "$HEARSAY" 2>/dev/null | grep -q __asan_init; then
    echo "linear: sanitizer build, skipped"; exit 77
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/hearsay-linear.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
# valgrind before 3.20 cannot read the DWARF 5 that clang 14 and later
# write: it then stops on the binary, which measures nothing
if ! valgrind --tool=callgrind --callgrind-out-file="$T/probe.cg" \
        "$HEARSAY" --version > /dev/null 2> "$T/probe.err"; then
    if grep -q "debuginfo reader" "$T/probe.err"; then
        echo "linear: this valgrind cannot read the binary's debug information, skipped"
        exit 77
    fi
    cat "$T/probe.err" >&2
    echo "linear: FAIL: valgrind cannot run $HEARSAY"
    exit 1
fi
SEED=${HEARSAY_SEED:-data/seed/bucha-china.txt}

# make NAME BYTES KIND: the input file $T/NAME.txt
make_input() {
    python3 - "$SEED" "$T/$1.txt" "$2" "$3" <<'PY'
import sys
seed, out, n, kind = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
art = open(seed, encoding="utf-8").read()
if kind == "dense":
    unit = ("\u201cWe are concerned,\u201d said Zhao.\n\n"
            "\u201cIt must stop,\u201d he said.\n\n"
            "Zhao said \u201cthe truth must be found\u201d.\n\n")
else:
    unit = art.rstrip("\n") + "\n\n"
data = (unit * (n // len(unit.encode()) + 1)).encode()[:n]
data = data.decode("utf-8", "ignore").encode()   # never cut a character
open(out, "wb").write(data)
PY
}

# instructions NAME: the instruction count of extracting $T/NAME.txt
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$T/$1.cg" \
        "$HEARSAY" extract "$T/$1.txt" > "$T/$1.json" 2> "$T/$1.err" ||
        { cat "$T/$1.err" >&2; echo 0; return; }
    sed -n 's/^summary: *//p' "$T/$1.cg"
}

# stages KIND: compare the inclusive instruction counts of each stage
# function between $T/KIND-1.cg and $T/KIND-2.cg.
stages() {
    callgrind_annotate --inclusive=yes "$T/$1-1.cg" > "$T/$1-1.ann" 2>/dev/null
    callgrind_annotate --inclusive=yes "$T/$1-2.cg" > "$T/$1-2.ann" 2>/dev/null
    python3 - "$1" "$T/$1-1.ann" "$T/$1-2.ann" <<'PY'
import re, sys
kind = sys.argv[1]
STAGES = ("hs_text_load", "hs_lex", "hs_tag", "hs_parse", "hs_quotes",
          "hs_attribute", "hs_resolve", "hs_act_classify", "hs_write_json")
def counts(path):
    out, total = {}, 0
    for line in open(path, errors="replace"):
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*:(\w+) ", line)
        if m and m.group(2) in STAGES:
            out[m.group(2)] = int(m.group(1).replace(",", ""))
        m = re.match(r"\s*([\d,]+) \(100.0%\)\s+PROGRAM TOTALS", line)
        if m:
            total = int(m.group(1).replace(",", ""))
    return out, total
c1, _ = counts(sys.argv[2])
c2, total = counts(sys.argv[3])
bad = []
for st in STAGES:
    if st not in c1 or st not in c2 or c2[st] < 0.02 * total:
        continue
    r = c2[st] / c1[st]
    print("linear:   %-16s %6.3f" % (st, r))
    if not 1.8 <= r <= 2.2:
        bad.append("%s %.3f" % (st, r))
if bad:
    print("linear: FAIL: %s: stage ratio outside [1.8, 2.2]: %s" % (kind, ", ".join(bad)),
          file=sys.stderr)
    sys.exit(1)
PY
}

fail=0
for spec in "news 100000" "dense 50000"; do
    set -- $spec
    kind=$1 n=$2
    make_input "$kind-1" "$n" "$kind"
    make_input "$kind-2" $((n * 2)) "$kind"
    i1=$(instructions "$kind-1")
    i2=$(instructions "$kind-2")
    a1=$(grep -o '"id":' "$T/$kind-1.json" | wc -l)
    ratio=$(python3 -c "print('%.3f' % ($i2 / $i1 if $i1 else 99))")
    ok=$(python3 -c "print(int(1.8 <= $ratio <= 2.2))")
    [ "$kind" = dense ] && [ "$a1" -lt $((n / 200)) ] &&
        echo "linear: warning: only $a1 attributions in dense: the test measures little"
    echo "linear: $kind $n B: $i1 instr; $((n * 2)) B: $i2 instr; ratio $ratio ($a1 attributions in the first)"
    [ "$ok" = 1 ] || { echo "linear: FAIL: $kind ratio $ratio outside [1.8, 2.2]" >&2; fail=1; }
    # the same per pipeline stage (inclusive counts), for every stage worth
    # at least 2% of the run: a quadratic step in a small stage hides in
    # the total for a long time before it dominates
    stages "$kind" || fail=1
done
exit $fail
