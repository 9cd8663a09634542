#!/usr/bin/env python3
"""Helpers for bench/run.sh (Python 3, stdlib only).

  bench.py prepare CORPUS OUTDIR STREAM_BYTES BIG_BYTES
      Write OUTDIR/corpus.jsonl (the PolNeAR train+dev articles, one JSON
      object {"id", "text"} per line), OUTDIR/stream.jsonl (corpus.jsonl
      repeated with distinct ids up to at least STREAM_BYTES bytes) and
      OUTDIR/inputs.json (documents, words, bytes of each input).
  bench.py gen CORPUS_JSONL REPEATS
      Write CORPUS_JSONL REPEATS times to stdout with distinct ids (the
      1 GB stream, generated on the fly and never stored).
  bench.py table OUTDIR
      Read OUTDIR/inputs.json, results.tsv, machine.txt and eval.json;
      print the Markdown report and write it to OUTDIR/results.md.

Words are counted as in the corpus README and the reference scorer:
maximal runs of \\w (Python re, Unicode), counted on the article texts.
"""
import glob
import json
import math
import os
import re
import sys

WORD = re.compile(r'\w+')


def corpus_files(corpus):
    files = []
    for split in ('train', 'dev'):
        files += sorted(glob.glob(os.path.join(corpus, 'polnear', split, 'text', '*.txt')))
    return files


def repeat_lines(lines, repeats, out):
    """lines: JSONL lines (bytes) that start with {"id": ". Writes them
    `repeats` times, prefixing every id with r<k>:, so ids stay distinct."""
    head = b'{"id": "'
    bodies = [l[len(head):] for l in lines]
    for k in range(repeats):
        pre = head + b'r%d:' % k
        out.write(b''.join(pre + b for b in bodies))


def prepare(corpus, outdir, stream_bytes, big_bytes):
    files = corpus_files(corpus)
    if not files:
        sys.exit('bench.py: no texts under %s/polnear/{train,dev}/text' % corpus)
    lines, words, text_bytes = [], 0, 0
    for path in files:
        with open(path, encoding='utf-8', newline='') as f:
            text = f.read()
        words += len(WORD.findall(text))
        text_bytes += len(text.encode('utf-8'))
        split = os.path.basename(os.path.dirname(os.path.dirname(path)))
        doc_id = '%s/%s' % (split, os.path.basename(path)[:-4])
        lines.append((json.dumps({'id': doc_id, 'text': text}, ensure_ascii=False)
                      + '\n').encode('utf-8'))
    jsonl_bytes = sum(len(l) for l in lines)
    with open(os.path.join(outdir, 'corpus.jsonl'), 'wb') as f:
        f.writelines(lines)
    # A two-document JSONL for the smoke test of --input jsonl.
    with open(os.path.join(outdir, 'smoke.jsonl'), 'wb') as f:
        f.writelines(lines[-2:])
    rep_s = max(1, math.ceil(stream_bytes / jsonl_bytes))
    rep_b = max(1, math.ceil(big_bytes / jsonl_bytes))
    tmp = os.path.join(outdir, 'stream.jsonl.tmp')
    with open(tmp, 'wb') as f:
        repeat_lines(lines, rep_s, f)
    os.replace(tmp, os.path.join(outdir, 'stream.jsonl'))

    def inp(rep, jb):
        return {'docs': len(files) * rep, 'words': words * rep,
                'text_bytes': text_bytes * rep, 'input_bytes': jb, 'repeats': rep}
    # Each repeated line gains len('r<k>:') bytes over the original.
    extra = lambda rep: len(lines) * sum(len(b'r%d:' % k) for k in range(rep))
    info = {
        'corpus': inp(1, text_bytes),
        'corpus_jsonl': inp(1, jsonl_bytes),
        'stream': inp(rep_s, jsonl_bytes * rep_s + extra(rep_s)),
        'big': inp(rep_b, jsonl_bytes * rep_b + extra(rep_b)),
    }
    with open(os.path.join(outdir, 'inputs.json'), 'w') as f:
        json.dump(info, f, indent=1)
    print('%d articles, %d words, %.2f MB text; stream %d x = %.1f MB; big %d x = %.1f MB'
          % (len(files), words, text_bytes / 1e6, rep_s, info['stream']['input_bytes'] / 1e6,
             rep_b, info['big']['input_bytes'] / 1e6))


def gen(corpus_jsonl, repeats):
    with open(corpus_jsonl, 'rb') as f:
        lines = f.readlines()
    try:
        repeat_lines(lines, int(repeats), sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # The consumer died; the bench reports its exit status.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


# --------------------------------------------------------------------- table

def find_key(obj, key):
    """First value stored under `key` anywhere in a JSON tree."""
    if isinstance(obj, dict):
        if key in obj:
            return obj[key]
        for v in obj.values():
            r = find_key(v, key)
            if r is not None:
                return r
    elif isinstance(obj, list):
        for v in obj:
            r = find_key(v, key)
            if r is not None:
                return r
    return None


def accuracy(outdir):
    """The found / fully-correct / exact-span F1s from `hearsay eval --json`
    (scorer layout: attributions.found_prf.f1, attributions.fully_correct_prf.f1,
    spans.<Role>.exact.f1), or a reason why not."""
    path = os.path.join(outdir, 'eval.json')
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        err = os.path.join(outdir, 'eval.err')
        why = ''
        if os.path.exists(err):
            with open(err, errors='replace') as f:
                why = f.read().strip().splitlines()
            why = why[-1] if why else ''
        return None, why or 'no output'
    with open(path, errors='replace') as f:
        raw = f.read()
    try:
        d = json.loads(raw)
    except ValueError:
        return None, 'its output is not JSON: %r' % raw.strip()[:60]

    def f1(v):
        if isinstance(v, dict):
            v = v.get('f1')
        return v if isinstance(v, (int, float)) else None

    found = f1(find_key(d, 'found_prf'))
    full = f1(find_key(d, 'fully_correct_prf'))
    spans = find_key(d, 'spans') or {}
    ex = {}
    for role in ('Source', 'Cue', 'Content'):
        r = spans.get(role) if isinstance(spans, dict) else None
        ex[role] = f1(r.get('exact')) if isinstance(r, dict) else None
    if found is None and full is None and all(v is None for v in ex.values()):
        return None, 'no found_prf / fully_correct_prf / spans keys in its JSON'
    return {'found': found, 'full': full, 'exact': ex}, None


def pct(x):
    return 'n/a' if x is None else '%.1f' % (100 * x)


def grouped(x):
    return '{:,.0f}'.format(x)


def table(outdir):
    with open(os.path.join(outdir, 'inputs.json')) as f:
        inputs = json.load(f)
    rows = []
    with open(os.path.join(outdir, 'results.tsv')) as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) < 9:
                continue
            rows.append({'key': p[0], 'section': p[1], 'tool': p[2], 'what': p[3],
                         'input': p[4], 'wall': p[5], 'rss': p[6], 'cpu': p[7],
                         'note': p[8]})
    machine = ''
    if os.path.exists(os.path.join(outdir, 'machine.txt')):
        with open(os.path.join(outdir, 'machine.txt')) as f:
            machine = f.read().strip()

    for r in rows:
        inp = inputs[r['input']]
        r['ok'] = r['wall'] not in ('', '-') and not r['note'].startswith(('FAILED', 'skipped'))
        if r['ok']:
            w = float(r['wall'])
            r['wps'] = inp['words'] / w if w > 0 else float('inf')
            r['mbps'] = inp['text_bytes'] / 1e6 / w if w > 0 else float('inf')
            c = float(r['cpu']) if r['cpu'] not in ('', '-') else 0.0
            r['wpc'] = inp['words'] / c if c > 0 else None
    # Reference for the ratio: hearsay -j1 on the same section.
    ref = {}
    for r in rows:
        if r['ok'] and r['key'].startswith('hs1'):
            ref.setdefault(r['section'], r['wps'])

    out = []
    w = out.append
    w('# hearsay bench\n')
    if machine:
        w(machine + '\n')
    sections = []
    for r in rows:
        if r['section'] not in sections:
            sections.append(r['section'])
    for sec in sections:
        w('\n### %s\n' % sec)
        w('| tool | what it does | input | words/s | MB/s | peak RSS (MiB) '
          '| hearsay -j1 ÷ tool | words/CPU-s |')
        w('|---|---|---|---:|---:|---:|---:|---:|')
        for r in rows:
            if r['section'] != sec:
                continue
            inp = inputs[r['input']]
            desc = '%s docs, %s words, %.1f MB' % (grouped(inp['docs']), grouped(inp['words']),
                                                  inp['input_bytes'] / 1e6)
            if r['ok']:
                ratio = ref.get(sec)
                ratio = '%.2f' % (ratio / r['wps']) if ratio else 'n/a'
                rss = '%.0f' % (int(r['rss']) / 1024) if r['rss'].isdigit() else 'n/a'
                wpc = grouped(r['wpc']) if r['wpc'] else 'n/a'
                cells = [grouped(r['wps']), '%.2f' % r['mbps'], rss, ratio, wpc]
            else:
                cells = ['n/a'] * 5
            note = (' — ' + r['note']) if r['note'] and r['note'] != '-' else ''
            w('| %s | %s%s | %s | %s |' % (r['tool'], r['what'], note, desc, ' | '.join(cells)))

    acc, why = accuracy(outdir)
    w('')
    if acc:
        ex = acc['exact']
        w('hearsay dev accuracy (same binary, `hearsay eval $HEARSAY_CORPUS/polnear/dev --json`, %%): '
          'found F1 %s, fully-correct F1 %s, exact span F1 Source %s / Cue %s / Content %s'
          % (pct(acc['found']), pct(acc['full']), pct(ex['Source']), pct(ex['Cue']),
             pct(ex['Content'])))
    else:
        w('hearsay dev accuracy (same binary, `hearsay eval $HEARSAY_CORPUS/polnear/dev --json`): '
          'found F1 n/a, fully-correct F1 n/a, exact span F1s n/a (%s)' % why)
    w('\nwords: `\\w+` runs (corpus README) in the article texts, the same count for every '
      'tool; MB/s: article text bytes (10^6) per second; wall time: best of up to 3 runs; '
      'peak RSS: GNU time %M, largest of the runs; words/CPU-s: words per second of user+system '
      'CPU time of the best run (all threads), less sensitive to other load than words/s.')
    text = '\n'.join(out) + '\n'
    with open(os.path.join(outdir, 'results.md'), 'w') as f:
        f.write(text)
    sys.stdout.write(text)


def main(argv):
    if len(argv) >= 2 and argv[1] == 'prepare' and len(argv) == 6:
        prepare(argv[2], argv[3], int(argv[4]), int(argv[5]))
    elif len(argv) >= 2 and argv[1] == 'gen' and len(argv) == 4:
        gen(argv[2], argv[3])
    elif len(argv) >= 2 and argv[1] == 'table' and len(argv) == 3:
        table(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv)
