#!/usr/bin/env python3
"""Regenerates the generated part of gold-annotations/AGREEMENT.md.

    python3 make_agreement.py [A_DIR] [B_DIR]      (default /work/annot/a, /work/annot/b)

Runs compare.py on the two annotations with the gold, looks up how each difference was settled
(resolutions.py), and rewrites the text between the markers
<!-- BEGIN GENERATED --> and <!-- END GENERATED --> in AGREEMENT.md. Fails if any
difference has no resolution.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True   # no __pycache__ in the gold folder
sys.path.insert(0, HERE)
import compare  # noqa: E402
from resolutions import RESOLUTIONS  # noqa: E402

GOLD = os.path.dirname(HERE)
BEGIN, END = '<!-- BEGIN GENERATED -->', '<!-- END GENERATED -->'


def resolve(doc, gid, field):
    for d, g, pat, rule, note in RESOLUTIONS:
        if d in ('*', doc[:3]) and g in ('*', gid) and re.search(pat, field):
            return rule, note
    return None


def cell(v):
    s = compare.fmt(v)
    return s.replace('|', '\\|')


def main():
    a_dir = sys.argv[1] if len(sys.argv) > 1 else '/work/annot/a'
    b_dir = sys.argv[2] if len(sys.argv) > 2 else '/work/annot/b'
    rep = compare.run(a_dir, b_dir, GOLD)
    vs_a = compare.run(GOLD, a_dir)
    vs_b = compare.run(GOLD, b_dir)
    missing = []
    out = []
    w = out.append
    w(BEGIN)
    w('')
    w('## 2. Agreement before adjudication (A and B as delivered)')
    w('')
    w(rep['markdown_figures'].replace('### ', '### 2.', 1).replace('\n### V', '\n### 2.2 V', 1)
      .replace('\n### E', '\n### 2.3 E', 1).replace('### 2.Event', '### 2.1 Event'))
    w('')
    w('### 2.4 Each annotator against the final gold (the scorer\'s slots, the gold as reference)')
    w('')
    w('| slot | A: both / gold only / A only | A F1 | B: both / gold only / B only | B F1 |')
    w('|---|---|---|---|---|')
    for s in compare.SLOTS + ['all']:
        row = []
        for r in (vs_a, vs_b):
            if s == 'all':
                v = [sum(r['totals']['slots'][x][k] for x in compare.SLOTS if x != 'casualty_group') for k in range(3)]
            else:
                v = r['totals']['slots'][s]
            d = 2 * v[0] + v[1] + v[2]
            row += ['%d / %d / %d' % tuple(v), '%.2f' % (2 * v[0] / d) if d else '—']
        ev = ''
        w('| %s | %s |' % (s if s != 'all' else '**all** (without casualty_group)', ' | '.join(row)))
    ea, eb = vs_a['totals']['events'], vs_b['totals']['events']
    w('')
    w('Events: gold %d; A %d (%d paired with gold events); B %d (%d paired).'
      % (ea['nA'], ea['nB'], ea['paired'], eb['nB'], eb['paired']))
    w('')
    w('## 3. Every disagreement and how it was settled')
    w('')
    w('Each row is one difference between A and B. It gives both values, the final gold value, and the')
    w('rule in GUIDELINES.md that settles it. Alt lists are compared as sets. "Offsets" rows mean that the')
    w('two annotators chose different occurrences of the same words.')
    w('')
    n = 0
    for r in rep['documents']:
        w('### %s' % r['doc_id'])
        w('')
        rows = []
        if r['document_date'][0] != r['document_date'][1]:
            rows.append(('document_date', r['document_date'][0], r['document_date'][1], '?', 'document_date', '-'))
        for x in r['only_a']:
            rows.append(('event %s' % x['label'], 'present', 'absent', x['gold'] or 'not an event', 'event only in A', '-'))
        for x in r['only_b']:
            rows.append(('event %s' % x['label'], 'absent', 'present', x['gold'] or 'not an event', 'event only in B', '-'))
        for p in r['pairs']:
            for d in p['diffs']:
                rows.append(('%s (A %s, B %s) `%s`' % (p['gold'], p['a'], p['b'], d['field']),
                             d['a'], d['b'], d['gold'], d['field'], p['gold']))
        if not rows:
            w('No disagreement.')
            w('')
            continue
        w('| # | where / field | A | B | gold | rule | how it was settled |')
        w('|---|---|---|---|---|---|---|')
        for where, va, vb, vg, field, gid in rows:
            res = resolve(r['doc_id'], gid, field)
            if res is None:
                missing.append((r['doc_id'], gid, field))
                res = ('?', 'UNRESOLVED')
            n += 1
            w('| %d | %s | %s | %s | %s | %s | %s |' % (n, where, cell(va), cell(vb), cell(vg), res[0], res[1]))
        w('')
    w('### Values on which A and B agreed but the gold differs')
    w('')
    w('These are not disagreements between the annotators. The adjudicator changed them so that the')
    w('gold follows the rules; they are listed for completeness.')
    w('')
    w('| # | where / field | A and B | gold | rule | why |')
    w('|---|---|---|---|---|---|')
    m = 0
    for r in rep['documents']:
        for p in r['pairs']:
            for c in p['changed_agreed']:
                res = resolve(r['doc_id'], p['gold'], 'agreed ' + c['field'])
                if res is None:
                    res = resolve(r['doc_id'], p['gold'], c['field'])
                if res is None:
                    missing.append((r['doc_id'], p['gold'], 'agreed ' + c['field']))
                    res = ('?', 'UNRESOLVED')
                m += 1
                w('| %d | %s %s `%s` | %s | %s | %s | %s |' % (m, r['doc_id'][:3], p['gold'], c['field'],
                                                            cell(c['ab']), cell(c['gold']), res[0], res[1]))
    w('')
    w(END)
    path = os.path.join(GOLD, 'AGREEMENT.md')
    text = open(path, encoding='utf-8').read()
    i, j = text.index(BEGIN), text.index(END) + len(END)
    text = text[:i] + '\n'.join(out) + text[j:]
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(text)
    print('%d disagreements, %d changes to agreed values written' % (n, m))
    if missing:
        for x in missing:
            print('UNRESOLVED', x)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
