#!/bin/sh
# Speaker resolution over the whole PolNeAR dev split, which has no
# speaker gold: the share of sources that get a speaker, agreement with
# CoreNLP's (silver) coreference chains (tools/eval-speakers.py), and
# the shape of persons' names and roles (no "General Eric Holder", no
# "spokeswoman for" role on the person spoken for), and the speakers of
# a hand-labelled sample of 100 dev sources (tests/speakers/, tools/
# eval-speaker-sample.py), and the roles and affiliations of the dev
# role samples (tests/roles/, tools/eval-role-sample.py).  Floors a little
# under the figures of docs/ACCURACY.md ("Speaker resolution"), so that
# a change that loses speakers fails here and not in a reader's hands.
C="$HEARSAY_CORPUS"
DEV="$C/polnear/dev/text"
if [ ! -d "$DEV" ] || [ ! -f "$C/polnear/silver/dev.coref.tsv.gz" ]; then
    echo "speakers-dev: no PolNeAR dev with its silver layer under $C: skipped (corpus: https://github.com/networkdynamics/PolNeAR)"
    exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$HEARSAY" extract -j 2 "$DEV"/*.txt > "$T/dev.jsonl" || exit 1
python3 tools/eval-speakers.py "$T/dev.jsonl" "$C" dev 0 > "$T/report.txt" || exit 1
python3 tools/eval-speaker-sample.py tests/speakers/dev-sample.tsv "$T/dev.jsonl" 0 --min 85 \
    > "$T/sample.txt"
rc=$?
sed 's/^/speakers-dev: hand-labelled sample: /' "$T/sample.txt"
[ $rc = 0 ] || exit 1
# roles and affiliations of the persons of the nine dev role samples
# (tests/roles/), summed: floors a little under docs/ACCURACY.md's
for f in tests/roles/dev-blind-*.tsv; do
    python3 tools/eval-role-sample.py "$f" "$T/dev.jsonl" 0 | tail -n 1
done > "$T/roles.txt" || exit 1
python3 - "$T/roles.txt" <<'PY' || exit 1
import re, sys
named = roles = affs = 0
for line in open(sys.argv[1], encoding='utf-8'):
    m = re.search(r'speaker named right: (\d+); of those, role right: (\d+), affiliation right: (\d+)', line)
    if not m:
        sys.exit('speakers-dev: no role score in %r' % line)
    n, r, a = map(int, m.groups())
    named, roles, affs = named + n, roles + r, affs + a
ok = roles >= 265 and affs >= 246
print('speakers-dev: dev role samples: %d persons named right, role right %d (>= 265), '
      'affiliation right %d (>= 246)%s' % (named, roles, affs, '' if ok else '  FAILED'))
sys.exit(0 if ok else 1)
PY
python3 - "$T/dev.jsonl" "$T/report.txt" <<'PY'
import json, re, sys
sources = speakers = 0
for line in open(sys.argv[1], encoding='utf-8'):
    for a in json.loads(line)['attributions']:
        if a.get('source'):
            sources += 1
            speakers += bool(a.get('speaker'))
report = open(sys.argv[2], encoding='utf-8').read()
def num(pattern):
    m = re.search(pattern, report)
    if not m:
        sys.exit('speakers-dev: no %r in the report:\n%s' % (pattern, report))
    return [int(x) for x in m.groups()]
pron_n, pron_ok = num(r'pronoun sources with a named CoreNLP chain: (\d+), speaker agrees with the chain: (\d+)')
other_n, other_ok = num(r'other sources with a named CoreNLP chain: (\d+), speaker agrees with the chain: (\d+)')
persons, titled, bad_roles, long_roles = num(r'persons: (\d+); names opening with a title or a party: (\d+); '
                                             r'roles ending in a preposition or with a relative clause: (\d+); '
                                             r'roles over ten words: (\d+)')
checks = [
    ('sources with a speaker', speakers / max(sources, 1), '>=', 0.98),
    ('pronoun sources agreeing with CoreNLP', pron_ok / max(pron_n, 1), '>=', 0.84),
    ('other sources agreeing with CoreNLP', other_ok / max(other_n, 1), '>=', 0.90),
    ('names opening with a title or a party', titled, '<=', 3),
    ('roles ending in a preposition or with a relative clause', bad_roles, '<=', 3),
    ('roles over ten words', long_roles, '<=', 15),
]
bad = 0
for what, value, op, bound in checks:
    ok = value >= bound if op == '>=' else value <= bound
    shown = ('%.3f' % value) if isinstance(value, float) else str(value)
    print('speakers-dev: %-56s %s (%s %s)%s' % (what, shown, op, bound, '' if ok else '  FAILED'))
    bad += not ok
sys.exit(1 if bad else 0)
PY
