#!/usr/bin/env python3
"""gen-nasty.py -- write hand-made hostile inputs for the fuzzers and tests.

The idea: the inputs that break text tools are known classes (unbalanced
or deeply nested quotation marks, every kind of invalid UTF-8, odd line
ends, huge tokens, ...).  Rather than commit binary files, this script
generates them deterministically from a short list of recipes, built
around real news sentences from the seed article data/seed/bucha-china.txt.

    gen-nasty.py [--scale S] [--format txt|jsonl|ann] OUTDIR

txt   (default) one raw document per file, for hs_extract / `extract`;
jsonl the same documents as JSON Lines streams (plus broken lines), for
      the JSON Lines reader;
ann   brat standoff files (valid, broken, huge offsets), for the brat
      reader.

--scale divides the sizes of the big cases (100,000 quote marks, 1,000
levels of nesting, ...) so the fuzzers get small seeds; the tests use 1.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "data", "seed", "bucha-china.txt")


def seed_text():
    """The seed article as bytes (a fallback sentence if it is missing)."""
    try:
        with open(SEED, "rb") as f:
            return f.read()
    except OSError:
        return ("Foreign ministry spokesman Zhao Lijian said \u201cthe truth "
                "must be found\u201d on Tuesday.\n").encode()


SENT = ("\u201cWe are deeply concerned,\u201d said Foreign Ministry spokesman "
        "Zhao Lijian, adding that the reports \u201cneed to be verified\u201d.")


def text_cases(scale):
    """Yield (name, bytes) for every raw-text nasty."""
    art = seed_text()
    s = SENT.encode()
    n = lambda k: max(1, k // scale)
    yield "seed-article", art
    # quotation marks
    yield "quotes-unbalanced-straight", b'"' * n(100000)
    yield "quotes-unbalanced-curly", "\u201c".encode() * n(100000)
    yield "quotes-unbalanced-words", b'He said "yes ' * n(10000)
    yield "quotes-closers-only", ("word\u201d ".encode()) * n(20000)
    depth = n(1000)
    nest = "".join("\u201c%d \u2018" % i for i in range(depth))
    nest += "said".join("\u2019 \u201d" for _ in range(depth))
    yield "quotes-nested-curly", ("Zhao said " + nest + ".\n").encode()
    yield "quotes-nested-straight", (b'He said "' * depth + b"yes" +
                                     b'" she said' * depth + b".\n")
    yield "quotes-nested-guillemets", ("\u00ab" * depth + "non" +
                                       "\u00bb" * depth).encode()
    yield "quotes-mixed-styles", ("\u201cA,\u201d he said. \"B,' she said. "
                                  "\u00abC\u201d \u201eD\u201c \u2018E\u2019 "
                                  "'F\" \u201cG\u00bb ``H'' \u2039I\u203a\n"
                                  ).encode() * n(200)
    yield "quotes-multi-paragraph", ("\u201cFirst paragraph of the quote.\n\n"
                                     "\u201cSecond one.\n\n\u201cLast one,\u201d"
                                     " he said.\n").encode() * n(100)
    yield "quotes-apostrophes", b"'tis the farmers' 'rock 'n' roll' o'clock '90s '" * n(500)
    # line ends and byte order marks
    yield "bom", b"\xef\xbb\xbf" + art
    yield "bom-only", b"\xef\xbb\xbf"
    yield "bom-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + s
    yield "crlf", art.replace(b"\n", b"\r\n")
    yield "lone-cr", art.replace(b"\n", b"\r")
    yield "mixed-line-ends", b"\r\n".join([s, s + b"\r", b"\r\r\n", s, b"\n\r"])
    yield "only-newlines", b"\n" * n(100000)
    yield "only-spaces", b" " * n(100000)
    yield "unicode-spaces", ("\u00a0\u2028\u2029\u3000\u200b\t\v\f" * n(1000)
                             + SENT).encode()
    # long tokens
    yield "long-token", b"a" * n(1000000)
    yield "long-token-caps", b"Z" * n(200000) + b" said " + b'"' + b"x" * n(200000) + b'"'
    yield "long-number", b"1" * n(200000)
    yield "long-url", b"http://" + b"ab/" * n(100000)
    yield "long-punct", b".,;:!?-" * n(50000)
    yield "long-sentence", b"the and " * n(100000) + b'said "it".'
    yield "no-spaces", s.replace(b" ", b"") * n(1000)
    # Unicode oddities (valid UTF-8)
    yield "combining", ("e\u0301\u0308\u0327" * n(10000) + SENT).encode()
    yield "astral", ("\U0001F600\U00010348\U0010FFFD " * n(10000) + SENT).encode()
    yield "noncharacters", ("\uFFFE\uFFFF\U0010FFFF " * n(1000) + SENT).encode()
    yield "rtl", ("\u202e\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
                  * n(1000) + SENT).encode()
    yield "control-chars", bytes(range(1, 32)) * n(1000) + s
    yield "single-byte", b"x"
    yield "single-quote-mark", b'"'
    # invalid UTF-8 (rejected; the fuzzers mutate them into valid ones too)
    yield "bad-lone-continuation", s + b"\x80" + s
    yield "bad-overlong-2", s + b"\xc0\xaf" + s
    yield "bad-overlong-3", s + b"\xe0\x80\xaf" + s
    yield "bad-overlong-4", s + b"\xf0\x80\x80\xaf" + s
    yield "bad-surrogate", s + b"\xed\xa0\x80" + s
    yield "bad-truncated", s + b"\xe2\x80"
    yield "bad-truncated-mid", s + b"\xf0\x9f\x98" + s
    yield "bad-f5", s + b"\xf5\x80\x80\x80"
    yield "bad-ff", b"\xff" + s
    yield "bad-above-max", s + b"\xf4\x90\x80\x80"
    yield "bad-latin1", "Zhao sa\u00efd \u00abna\u00efve\u00bb".encode("latin-1")
    yield "bad-utf16", SENT.encode("utf-16")
    yield "nul-middle", s + b"\x00" + s
    yield "nul-only", b"\x00"


def jsonl_cases(scale):
    """Yield (name, bytes) JSON Lines streams."""
    for name, b in text_cases(scale):
        try:
            line = json.dumps({"id": name, "text": b.decode()}).encode()
        except UnicodeDecodeError:
            continue    # invalid UTF-8 cannot be a JSON string
        if len(line) < 100000:
            yield name, line + b"\n"
    good = json.dumps({"id": "good", "text": SENT}).encode()
    yield "bad-line-middle", b"\n".join([good, b"{not json", good]) + b"\n"
    yield "blank-lines", b"\n\n" + good + b"\n\n\n" + good
    yield "crlf-lines", good + b"\r\n" + good + b"\r\n"
    yield "no-final-newline", good
    yield "id-types", b"\n".join([
        b'{"id": 7, "text": "a said b"}', b'{"id": null, "text": "x"}',
        b'{"id": [1], "text": "x"}', b'{"text": "no id"}', b'{"id": "x"}',
        b'{"id": "x", "text": 5}', b"[1, 2]", b'"text"', b"null",
        b'{"id": 1e400, "text": "x"}', b'{"id": -9223372036854775808, "text": "x"}'])
    yield "escapes", (b'{"id": "e", "text": "\\u201cHi,\\u201d he said.'
                      b' \\ud83d\\ude00 \\ud800 \\u0000 \\/"}\n')
    yield "duplicate-keys", b'{"id": "a", "text": "one", "text": "two", "id": "b"}\n'
    yield "deep-json", b"[" * n_(scale, 100000) + b"]" * n_(scale, 100000)
    yield "invalid-utf8-line", b'{"id": "u", "text": "\xff\xfe"}\n' + good
    yield "nul-in-line", b'{"id": "z", "text": "a\x00b"}\n' + good


def n_(scale, k):
    """k divided by the scale, at least 1."""
    return max(1, k // scale)


ANN_GOOD = (
    "T1\tSource 89 106\tThe New York Post\n"
    "T2\tCue 107 114\treports\n"
    "T3\tContent 115 290;300 310\tthat Hillary\n"
    "T4\tAttribution 107 114\treports\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")


def ann_cases(scale):
    """Yield (name, bytes) brat standoff files."""
    g = ANN_GOOD.encode()
    yield "good", g
    yield "crlf", g.replace(b"\n", b"\r\n")
    yield "no-final-newline", g.rstrip(b"\n")
    yield "unlinked", b"T1\tSource 0 5\tabcde\nT2\tCue 6 9\tsay\nT3\tContent 10 12\thi\n"
    yield "huge-offsets", (b"T1\tContent 99999999999999999999999 1\tx\n"
                           b"T2\tCue 18446744073709551615 18446744073709551616\tx\n"
                           b"T3\tSource -1 5\tx\nE1\tAttribution:T2 Content:T1 Source:T3\n")
    yield "reversed", b"T1\tContent 10 5\tx\nE1\tA:T1 Content:T1\n"
    yield "unknown-ids", b"E1\tAttribution:T9 Content:T8 Cue:T7\nE2\t\nE3\nT\n"
    yield "roles-case", b"T1\tcontent2 0 1\tx\nT2\tSOURCE1 1 2\ty\nE1\tX:T1 content3:T1 source:T2\n"
    k = n_(scale, 10000)
    frags = ";".join("%d %d" % (i, i + 1) for i in range(k))
    yield "many-fragments", ("T1\tContent %s\tx\nE1\tAttribution:T1 %s\n" %
                             (frags, " ".join("Content:T1" for _ in range(n_(scale, 1000))))).encode()
    yield "many-spans", "".join("T%d\tContent %d %d\tx\n" % (i, i, i + 1)
                                for i in range(1, k)).encode()
    yield "dup-attrs", (g + g + g)
    yield "garbage", bytes(range(256)) * n_(scale, 10)
    yield "tabs", b"T1\t\t\t\nT2\tContent\t0 1\n\t\n"
    yield "invalid-utf8", b"T1\tContent 0 3\t\xff\xfe\x80\nE1\tA:T1 Content:T1\n"
    yield "nul", b"T1\tContent 0 3\ta\x00b\n"


def main(argv):
    """Write every case of the chosen format into OUTDIR."""
    scale, fmt, out = 1, "txt", None
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "--scale":
            scale = int(args.pop(0))
        elif a == "--format":
            fmt = args.pop(0)
        else:
            out = a
    if out is None or fmt not in ("txt", "jsonl", "ann"):
        sys.stderr.write(__doc__)
        return 1
    os.makedirs(out, exist_ok=True)
    gen = {"txt": text_cases, "jsonl": jsonl_cases, "ann": ann_cases}[fmt]
    for name, data in gen(scale):
        with open(os.path.join(out, "nasty-%s.%s" % (name, fmt)), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
