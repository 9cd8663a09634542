#!/bin/sh
# badinput.sh -- `hearsay extract` on bad and odd input, case by case.
#
# The idea: each class of hostile input has one documented behaviour
# (docs/ROBUSTNESS.md); this script pins the exact exit status, the exact
# stderr lines and what reaches stdout for each, so a change of behaviour
# is a test failure, not a surprise.  The library-level half is
# tests/test_badinput.c.  Big inputs are generated in $TMPDIR and deleted;
# the whole script runs in well under a minute.
#
# Conventions checked throughout: a document that fails is reported as
# "hearsay: NAME: MESSAGE" (one line), the others are still processed and
# written in order, a closing "hearsay: K of N documents failed" line
# follows, and the exit status is 2.
set -u
: "${HEARSAY:?set HEARSAY to the binary under test}"
command -v python3 >/dev/null || { echo "badinput: no python3, skipped"; exit 77; }
T=$(mktemp -d "${TMPDIR:-/tmp}/hearsay-bad.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
SEED=${HEARSAY_SEED:-data/seed/bucha-china.txt}
fails=0 n=0

# fail MSG: record a failed check.
fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

# run ARGS...: run extract, leaving $T/out, $T/err and $rc.
run() {
    "$HEARSAY" extract "$@" > "$T/out" 2> "$T/err"
    rc=$?
}

# expect NAME STATUS STDERR: check the last run's status and exact stderr.
expect() {
    n=$((n + 1))
    [ "$rc" = "$2" ] || fail "$1: exit $rc, expected $2 (stderr: $(cat "$T/err"))"
    if [ -n "$3" ]; then printf '%s\n' "$3"; fi > "$T/want"
    cmp -s "$T/want" "$T/err" ||
        fail "$1: stderr differs:$(diff "$T/want" "$T/err" | sed 's/^/    /')"
}

# expect_out_empty NAME: nothing on stdout.
expect_out_empty() {
    [ -s "$T/out" ] && fail "$1: unexpected output: $(head -c 200 "$T/out")"
    return 0
}

# json_check NAME PYTHON: run a python check with `docs` = the JSON Lines
# output parsed, and `inputs` = the list of input files given after it.
json_check() {
    name=$1 code=$2
    shift 2
    python3 - "$T/out" "$@" <<PY || fail "$name: output check failed"
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
inputs = sys.argv[2:]
def text(i):
    return open(inputs[i], "rb").read().decode("utf-8")
def spans_ok(d, t):
    # every span's text is t[begin:end] by code points
    assert d["chars"] == len(t), (d["chars"], len(t))
    for a in d["attributions"]:
        for k in ("cue", "source", "content"):
            s = a[k]
            if s is not None:
                assert 0 <= s["begin"] <= s["end"] <= len(t)
                assert s["text"] == t[s["begin"]:s["end"]], (k, s)
    return True
$code
PY
}

# write NAME PYTHON-BYTES-EXPRESSION: create $T/NAME.
write() {
    python3 -c "import sys; sys.stdout.buffer.write($2)" > "$T/$1"
}

S='"Zhao Lijian said the reports were \xe2\x80\x9cdeeply disturbing\xe2\x80\x9d. "'

# ------------------------------------------------------------ invalid UTF-8
while IFS='|' read -r name bytes off byte; do
    [ -n "$name" ] || continue
    write "$name.txt" "$bytes"
    run "$T/$name.txt"
    expect "utf8-$name" 2 "hearsay: $T/$name.txt: invalid UTF-8 at byte $off ($byte)
hearsay: 1 of 1 document failed"
    expect_out_empty "utf8-$name"
done <<'CASES'
lone-continuation|b'ab\x80cd'|2|0x80
overlong-2|b'ab\xc0\xafcd'|2|0xc0
overlong-3|b'ab\xe0\x80\xafcd'|2|0xe0
overlong-4|b'ab\xf0\x80\x80\xafcd'|2|0xf0
overlong-nul|b'\xc0\x80'|0|0xc0
surrogate|b'said \xed\xa0\x80'|5|0xed
surrogate-pair|b'\xed\xa0\xbd\xed\xb8\x80'|0|0xed
truncated-end|b'said \xe2\x80'|5|0xe2
truncated-mid|b'said \xf0\x9f\x98 ok'|5|0xf0
above-max|b'x\xf4\x90\x80\x80'|1|0xf4
latin1|'Zhao sa\u00efd'.encode('latin-1')|7|0xef
utf16|'\u201cHi\u201d'.encode('utf-16')|0|0xff
CASES
# every byte F5..FF
for b in f5 f6 f7 f8 f9 fa fb fc fd fe ff; do
    write "b$b.txt" "b'ok \\x$b.'"
    run "$T/b$b.txt"
    expect "utf8-byte-$b" 2 "hearsay: $T/b$b.txt: invalid UTF-8 at byte 3 (0x$b)
hearsay: 1 of 1 document failed"
done
# deep in a real article: the offset is the byte offset in the file
write late.txt "open('$SEED','rb').read() + b'\\xff'"
run "$T/late.txt"
expect utf8-late 2 "hearsay: $T/late.txt: invalid UTF-8 at byte $(wc -c < "$SEED" | tr -d ' ') (0xff)
hearsay: 1 of 1 document failed"

# -------------------------------------------------------------- NUL, empty
write nul.txt "b'He said\\x00 yes'"
run "$T/nul.txt"
expect nul 2 "hearsay: $T/nul.txt: NUL byte at byte 7
hearsay: 1 of 1 document failed"
expect_out_empty nul

: > "$T/empty.txt"
run "$T/empty.txt"
expect empty-file 2 "hearsay: $T/empty.txt: document is empty
hearsay: 1 of 1 document failed"
expect_out_empty empty-file
run < "$T/empty.txt"
expect empty-stdin 2 "hearsay: stdin: document is empty
hearsay: 1 of 1 document failed"

# ----------------------------------------- accepted: BOM, CRLF, lone CR
write plain.txt "open('$SEED','rb').read()"
write bom.txt "b'\\xef\\xbb\\xbf' + open('$SEED','rb').read()"
write crlf.txt "open('$SEED','rb').read().replace(b'\\n', b'\\r\\n')"
write cr.txt "open('$SEED','rb').read().replace(b'\\n', b'\\r')"
run "$T/plain.txt" "$T/bom.txt" "$T/crlf.txt" "$T/cr.txt"
expect bom-crlf-cr 0 ""
json_check bom-crlf-cr '
plain, bom, crlf, cr = docs
assert [d["doc"] for d in docs] == ["plain", "bom", "crlf", "cr"]
for i, d in enumerate(docs):
    spans_ok(d, text(i))
assert plain["attributions"], "the seed article has attributions"
# BOM: code point 0; the same attributions one code point further on
assert bom["chars"] == plain["chars"] + 1
def shifted(a, k):
    a = json.loads(json.dumps(a))
    for r in ("cue", "source", "content"):
        if a[r]:
            a[r]["begin"] += k; a[r]["end"] += k
            a[r].pop("fragments", None)
    a.pop("speaker"); a.pop("confidence")
    return a
def strip(a):
    return shifted(a, 0)
assert [shifted(a, 1) for a in plain["attributions"]] == \
       [strip(a) for a in bom["attributions"]], "BOM changes attributions"
# lone CR: a line end like LF, same length: the very same offsets
assert cr["chars"] == plain["chars"]
assert [strip(a) for a in plain["attributions"]] == \
       [strip(a) for a in cr["attributions"]], "lone CR changes attributions"
# CRLF: the CR is kept and counted; same attributions, same texts
assert crlf["chars"] == plain["chars"] + text(0).count("\n")
assert len(crlf["attributions"]) == len(plain["attributions"])
for a, b in zip(plain["attributions"], crlf["attributions"]):
    for r in ("cue", "source", "content"):
        assert (a[r] is None) == (b[r] is None), r
        if a[r]:
            assert a[r]["text"] == b[r]["text"].replace("\r", ""), r
' "$T/plain.txt" "$T/bom.txt" "$T/crlf.txt" "$T/cr.txt"

# ------------------------------------------------ pathological quotation
write quotes100k.txt "b'\"' * 100000"
write curly100k.txt "'\\u201c'.encode() * 100000"
write nest1000.txt "b'Zhao said ' + b'\"He said \\xe2\\x80\\x9cshe said \\xe2\\x80\\x98' * 334 + b'yes' + b'\\xe2\\x80\\x99\\xe2\\x80\\x9d\"' * 334 + b'.'"
write nest1000s.txt "b'He said \"' * 1000 + b'yes' + b'\" he said' * 1000"
run "$T/quotes100k.txt" "$T/curly100k.txt" "$T/nest1000.txt" "$T/nest1000s.txt"
expect quotes 0 ""
json_check quotes '
assert len(docs) == 4
for i, d in enumerate(docs):
    spans_ok(d, text(i))
assert docs[0]["chars"] == 100000 and docs[1]["chars"] == 100000
' "$T/quotes100k.txt" "$T/curly100k.txt" "$T/nest1000.txt" "$T/nest1000s.txt"

# ------------------------------------------------- very long token / line
write longtok.txt "b'a' * 2000000"
run "$T/longtok.txt"
expect long-token 0 ""
json_check long-token 'assert docs[0]["chars"] == 2000000' "$T/longtok.txt"

# ------------------------------------------------ directory, missing path
run "$T"
expect directory 2 "hearsay: $T: is a directory
hearsay: 1 of 1 document failed"
run "$T/missing.txt"
expect missing 2 "hearsay: $T/missing.txt: No such file or directory
hearsay: 1 of 1 document failed"
if [ "$(id -u)" != 0 ]; then
    printf 'x' > "$T/noread.txt" && chmod 000 "$T/noread.txt"
    run "$T/noread.txt"
    expect unreadable 2 "hearsay: $T/noread.txt: Permission denied
hearsay: 1 of 1 document failed"
fi

# ------------------------- a file name that is not UTF-8 (Latin-1 "café")
bad_name=$(printf 'caf\351')
cp "$T/plain.txt" "$T/$bad_name.txt"
run "$T/$bad_name.txt" "$T/plain.txt"
expect id-not-utf8 2 "hearsay: $T/$bad_name.txt: document id is not valid UTF-8 (byte 3 of it, 0xe9), and JSON holds only UTF-8
hearsay: 1 of 2 documents failed"
json_check id-not-utf8 'assert [d["doc"] for d in docs] == ["plain"]'
"$HEARSAY" extract -f text "$T/$bad_name.txt" > "$T/out" 2> "$T/err"; rc=$?
expect id-not-utf8-text 0 ""

# ------------------------------ batch: the others are still processed
run "$T/plain.txt" "$T/nul.txt" "$T/missing.txt" "$T/cr.txt" "$T/empty.txt"
expect batch 2 "hearsay: $T/nul.txt: NUL byte at byte 7
hearsay: $T/missing.txt: No such file or directory
hearsay: $T/empty.txt: document is empty
hearsay: 3 of 5 documents failed"
json_check batch 'assert [d["doc"] for d in docs] == ["plain", "cr"]'
run -j 3 "$T/nul.txt" "$T/plain.txt" "$T/empty.txt" "$T/cr.txt" "$T/bom.txt"
expect batch-threads 2 "hearsay: $T/nul.txt: NUL byte at byte 7
hearsay: $T/empty.txt: document is empty
hearsay: 2 of 5 documents failed"
json_check batch-threads 'assert [d["doc"] for d in docs] == ["plain", "cr", "bom"]'
mkdir "$T/ann"
run -f brat -o "$T/ann" "$T/plain.txt" "$T/nul.txt" "$T/cr.txt"
expect batch-brat 2 "hearsay: $T/nul.txt: NUL byte at byte 7
hearsay: 1 of 3 documents failed"
[ -s "$T/ann/plain.ann" ] && [ -s "$T/ann/cr.ann" ] && [ ! -e "$T/ann/nul.ann" ] ||
    fail "batch-brat: wrong .ann files: $(ls "$T/ann")"

# ---------------------------------------------- JSON Lines, bad line inside
python3 - "$T/in.jsonl" <<'PY'
import json, sys
good = lambda i: json.dumps({"id": i, "text": "\u201cWe are concerned,\u201d Zhao said."})
lines = [good("a"), '{"id": "b", "text": ', good("c"), '{"id": "d"}',
         '{"id": "e", "text": "bad \\u0000 nul"}', '', good("f"),
         '{"id": "g", "text": "\\ud800"}', '{"id": 7, "text": ""}', good("h")]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
run --jsonl "$T/in.jsonl"
n=$((n + 1))
[ "$rc" = 2 ] || fail "jsonl-bad-lines: exit $rc"
# jansson words its own messages: check our part of each line
python3 - "$T/err" "$T/in.jsonl" <<'PY' || fail "jsonl-bad-lines: stderr: $(cat "$T/err")"
import re, sys
f = re.escape(sys.argv[2])
want = [f + r":2: invalid JSON: .+", f + r':4: no "text" string in the JSON object',
        f + r":5: invalid JSON: .*JSON_ALLOW_NUL.*", f + r":8: invalid JSON: invalid Unicode .+",
        f + r":9: document is empty", r"5 of 9 documents failed"]
got = open(sys.argv[1]).read().splitlines()
assert len(want) == len(got), got
for w, g in zip(want, got):
    assert re.fullmatch("hearsay: " + w, g), (w, g)
PY
json_check jsonl-bad-lines 'assert [d["doc"] for d in docs] == ["a", "c", "f", "h"]'
printf '{"id":"x","text":"a\\r\\nb"}\r\n\r\n \t\r\n{"id":"y","text":"\\u201cNo,\\u201d he said."}\r\n' > "$T/crlf.jsonl"
run --jsonl < "$T/crlf.jsonl"
expect jsonl-crlf 0 ""
json_check jsonl-crlf 'assert [(d["doc"], d["chars"]) for d in docs] == [("x", 4), ("y", 14)]'

# --------------------------------------------- output to a full device
if [ -w /dev/full ]; then
    "$HEARSAY" extract "$T/plain.txt" > /dev/full 2> "$T/err"
    rc=$?
    expect dev-full 2 "hearsay: write error: No space left on device"
    "$HEARSAY" extract --jsonl "$T/in.jsonl" > /dev/full 2> "$T/err"
    rc=$?
    [ "$rc" = 2 ] && grep -q '^hearsay: write error: No space left on device$' "$T/err" ||
        fail "dev-full-jsonl: exit $rc, stderr $(cat "$T/err")"
fi

# ------------------------------------------------------ size limit
run --max-bytes 100 "$T/plain.txt"
expect max-bytes-file 2 "hearsay: $T/plain.txt: document is $(wc -c < "$T/plain.txt" | tr -d ' ') bytes, over the limit of 100 bytes (--max-bytes)
hearsay: 1 of 1 document failed"
head -c 100 "$T/plain.txt" > "$T/h100.txt"
run --max-bytes 100 "$T/h100.txt"
expect max-bytes-exact 0 ""
run --max-bytes 100 < "$T/plain.txt"
expect max-bytes-stdin-file 2 "hearsay: stdin: document is $(wc -c < "$T/plain.txt" | tr -d ' ') bytes, over the limit of 100 bytes (--max-bytes)
hearsay: 1 of 1 document failed"
cat "$T/plain.txt" | run --max-bytes 1K
expect max-bytes-pipe 2 "hearsay: stdin: document is over the limit of 1024 bytes (--max-bytes)
hearsay: 1 of 1 document failed"
for bad in 0 -1 -5M 12Q abc "" 99999999999999G; do
    run --max-bytes "$bad" "$T/plain.txt"
    expect "max-bytes-bad-$bad" 1 "hearsay extract: bad --max-bytes '$bad'"
done

for bad in -0.1 1.5 abc "" 0.5x nan; do
    run --min-confidence "$bad" "$T/plain.txt"
    expect "min-confidence-bad-$bad" 1 "hearsay extract: bad --min-confidence '$bad' (0..1)"
done
# every attribution kept at 0 and none at 1; the seed's confident ones
# (a direct quotation, "told") at 0.9
run --min-confidence 0 "$SEED"
expect min-confidence-0 0 ""
all=$(grep -o '"confidence"' "$T/out" | wc -l)
run --min-confidence 1 "$SEED"
expect min-confidence-1 0 ""
grep -q '"attributions":\[\]' "$T/out" || fail "min-confidence-1: attributions left"
run --min-confidence 0.9 "$SEED"
expect min-confidence-0.9 0 ""
some=$(grep -o '"confidence"' "$T/out" | wc -l)
[ "$all" -gt "$some" ] && [ "$some" -gt 0 ] ||
    fail "min-confidence: $all attributions at 0, $some at 0.9"

# 200 MB without a newline: rejected by the default 64 MiB limit at once,
# with a small peak RSS (the file is not read); through a pipe it is read
# only up to the limit.
head -c 200000000 /dev/zero | tr '\0' 'a' > "$T/big.txt"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$T/rss" "$HEARSAY" extract "$T/big.txt" > "$T/out" 2> "$T/err"
    rc=$?
    rss=$(tail -n 1 "$T/rss")
    [ "$rss" -lt 65536 ] || fail "big-file: peak RSS ${rss} KB"
else
    run "$T/big.txt"
    echo "badinput: /usr/bin/time missing (Debian package time): RSS not checked"
fi
expect big-file 2 "hearsay: $T/big.txt: document is 200000000 bytes, over the limit of 67108864 bytes (--max-bytes)
hearsay: 1 of 1 document failed"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$T/rss" sh -c "cat '$T/big.txt' | '$HEARSAY' extract" > "$T/out" 2> "$T/err"
    rc=$?
    rss=$(tail -n 1 "$T/rss")
    # the limit (64 MiB) plus the program: well under the 200 MB input
    # (not under ASan, whose quarantine keeps the buffers realloc freed)
    if nm "$HEARSAY" 2>/dev/null | grep -q __asan_init; then
        :
    else
        [ "$rss" -lt 131072 ] || fail "big-stdin: peak RSS ${rss} KB"
    fi
    expect big-stdin 2 "hearsay: stdin: document is over the limit of 67108864 bytes (--max-bytes)
hearsay: 1 of 1 document failed"
fi
rm -f "$T/big.txt"

if [ "$fails" -ne 0 ]; then
    echo "badinput: $fails of $n checks failed" >&2
    exit 1
fi
echo "badinput: $n checks passed"
