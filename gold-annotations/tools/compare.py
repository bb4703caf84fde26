#!/usr/bin/env python3
"""Compare two (or three) annotations of the seed articles in event format v1.

    compare.py A_DIR B_DIR [--gold GOLD_DIR] [--seeds SEEDS_DIR] [--json OUT.json] [--markdown OUT.md]

For every document it pairs the events of A and B one-to-one, maximising the number of
agreeing values (the scorer's slots: subtype, date, place, country, attacker, target,
casualty), and then lists every difference:

* events present in one annotation only;
* for each pair, every differing field: subtype, trigger (text and offsets), date
  (value, text, offsets), place (name, text, offsets, admin1, country, alt), actors
  (present on one side only; for the same role+name: text, offsets, alt), casualties
  (present on one side only; for the same outcome+count+group: text, offsets, source),
  and the event id when the paired events carry different ids.

It also prints agreement figures before adjudication:

* event level: paired events, and 2*paired/(nA+nB);
* per scorer slot, value level (A taken as the reference, B as the prediction, matched
  as the scorer matches: place/actor name or text against name/text/alt, case, accents,
  a leading "the" and punctuation aside, hyphen = space): both, A only, B only, and
  agreement = 2*both/(A+B);
* per field, exact agreement over paired events.

With --gold, every difference also shows the value of the gold event paired with the
A/B pair, so that the adjudication can be read next to each disagreement.
Only the standard library is used.
"""
import argparse
import itertools
import json
import os
import re
import sys
import unicodedata

SLOTS = ['subtype', 'date', 'place', 'country', 'attacker', 'target', 'casualty', 'casualty_group']


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace('-', ' ').replace('\u2013', ' ').replace('\u2014', ' ')
    s = re.sub(r"[^\w\s]", '', s)
    s = re.sub(r'\s+', ' ', s).strip()
    if s.startswith('the '):
        s = s[4:]
    return s


def forms(x):
    """All normalised wordings of a place or actor: name, text, alt."""
    out = set()
    for k in ('name', 'text'):
        if x.get(k):
            out.add(norm(x[k]))
    for a in x.get('alt') or []:
        out.add(norm(a))
    return out


def pred_forms(x):
    return {norm(x[k]) for k in ('name', 'text') if x.get(k)}


def matches(gold, pred):
    """Scorer rule: the prediction's name or text matches gold name, text or an alt."""
    return bool(pred_forms(pred) & forms(gold))


def load_dir(d):
    docs = {}
    for f in sorted(os.listdir(d)):
        if f.endswith('.json'):
            with open(os.path.join(d, f), encoding='utf-8') as fh:
                doc = json.load(fh)
            docs[doc['doc_id']] = doc
    return docs


def actors(e, role):
    return [a for a in e.get('actors', []) if a['role'] == role]


def greedy_pairs(gold_items, pred_items, ok):
    """One-to-one matching in order (each gold item at most once)."""
    used, n = set(), 0
    for p in pred_items:
        for i, g in enumerate(gold_items):
            if i not in used and ok(g, p):
                used.add(i)
                n += 1
                break
    return n


def slot_values(e):
    """Values per scorer slot of one event (for counting)."""
    v = {}
    v['subtype'] = 1 if e.get('subtype') else 0
    v['date'] = 1 if e.get('date', {}).get('value') else 0
    v['place'] = 1 if e.get('place') and (e['place'].get('name') or e['place'].get('text')) else 0
    v['country'] = 1 if e.get('place', {}).get('country') else 0
    v['attacker'] = len(actors(e, 'attacker'))
    v['target'] = len(actors(e, 'target'))
    v['casualty'] = len(e.get('casualties', []))
    v['casualty_group'] = len(e.get('casualties', []))
    return v


def slot_tp(g, p):
    """True positives per slot when p is scored against g."""
    tp = {}
    tp['subtype'] = int(bool(g.get('subtype')) and g.get('subtype') == p.get('subtype'))
    gd, pd = g.get('date', {}).get('value'), p.get('date', {}).get('value')
    tp['date'] = int(bool(gd) and gd == pd)
    gp, pp = g.get('place'), p.get('place')
    tp['place'] = int(bool(gp and pp) and matches(gp, pp))
    tp['country'] = int(bool(gp and pp) and bool(gp.get('country')) and gp.get('country') == pp.get('country'))
    for role in ('attacker', 'target'):
        tp[role] = greedy_pairs(actors(g, role), actors(p, role), matches)
    gc, pc = g.get('casualties', []), p.get('casualties', [])
    tp['casualty'] = greedy_pairs(gc, pc, lambda a, b: a['outcome'] == b['outcome'] and a['count'] == b['count'])
    tp['casualty_group'] = greedy_pairs(
        gc, pc, lambda a, b: a['outcome'] == b['outcome'] and a['count'] == b['count']
        and norm(a.get('group')) == norm(b.get('group')))
    return tp


def pair_score(g, p):
    t = slot_tp(g, p)
    return sum(v for k, v in t.items() if k != 'casualty_group')


def align(ev_a, ev_b):
    """Best one-to-one pairing (exhaustive; documents are small)."""
    na, nb = len(ev_a), len(ev_b)
    score = [[pair_score(a, b) for b in ev_b] for a in ev_a]
    best, best_key = [], (-1, -1)
    if na <= nb:
        for perm in itertools.permutations(range(nb), na):
            pairs = [(i, j) for i, j in enumerate(perm) if score[i][j] > 0]
            key = (sum(score[i][j] for i, j in pairs), len(pairs))
            if key > best_key:
                best_key, best = key, pairs
    else:
        for perm in itertools.permutations(range(na), nb):
            pairs = [(i, j) for j, i in enumerate(perm) if score[i][j] > 0]
            key = (sum(score[i][j] for i, j in pairs), len(pairs))
            if key > best_key:
                best_key, best = key, sorted(pairs)
    return sorted(best)


def span(x):
    if not x:
        return None
    return x.get('text'), x.get('start'), x.get('end')


def diff_pair(a, b):
    """Every differing field of two paired events, as (field, A value, B value)."""
    out = []

    def cmp(field, va, vb):
        if va != vb:
            out.append((field, va, vb))

    cmp('id', a['id'], b['id'])
    cmp('subtype', a.get('subtype'), b.get('subtype'))
    ta, tb = a.get('trigger') or {}, b.get('trigger') or {}
    cmp('trigger.text', ta.get('text'), tb.get('text'))
    if ta.get('text') == tb.get('text'):
        cmp('trigger.offsets', (ta.get('start'), ta.get('end')), (tb.get('start'), tb.get('end')))
    da, db = a.get('date') or {}, b.get('date') or {}
    cmp('date.value', da.get('value'), db.get('value'))
    cmp('date.text', da.get('text'), db.get('text'))
    if da.get('text') == db.get('text'):
        cmp('date.offsets', (da.get('start'), da.get('end')), (db.get('start'), db.get('end')))
    pa, pb = a.get('place') or {}, b.get('place') or {}
    for k in ('name', 'text', 'admin1', 'country'):
        cmp('place.' + k, pa.get(k), pb.get(k))
    if pa.get('text') == pb.get('text'):
        cmp('place.offsets', (pa.get('start'), pa.get('end')), (pb.get('start'), pb.get('end')))
    cmp('place.alt', sorted(set(pa.get('alt') or [])), sorted(set(pb.get('alt') or [])))
    # actors, keyed by role + name
    ka = {(x['role'], x['name']): x for x in a.get('actors', [])}
    kb = {(x['role'], x['name']): x for x in b.get('actors', [])}
    for k in sorted(set(ka) | set(kb)):
        if k not in kb:
            out.append(('actor %s %s' % k, 'present (text %r)' % ka[k].get('text'), 'absent'))
        elif k not in ka:
            out.append(('actor %s %s' % k, 'absent', 'present (text %r)' % kb[k].get('text')))
        else:
            xa, xb = ka[k], kb[k]
            cmp('actor %s %s .text' % k, xa.get('text'), xb.get('text'))
            if xa.get('text') == xb.get('text'):
                cmp('actor %s %s .offsets' % k, (xa.get('start'), xa.get('end')), (xb.get('start'), xb.get('end')))
            cmp('actor %s %s .alt' % k, sorted(set(xa.get('alt') or [])), sorted(set(xb.get('alt') or [])))
    # casualties, keyed by outcome + count + group (+ occurrence number)

    def ckeys(e):
        seen, res = {}, {}
        for c in e.get('casualties', []):
            base = (c['outcome'], c['count'], c.get('group'))
            seen[base] = seen.get(base, 0) + 1
            res[base + (seen[base],)] = c
        return res
    ca, cb = ckeys(a), ckeys(b)

    def clabel(k):
        s = 'casualty %s %s %s' % (k[0], 'null' if k[1] is None else k[1], k[2])
        return s + ('' if k[3] == 1 else ' #%d' % k[3])
    for k in sorted(set(ca) | set(cb), key=lambda k: (k[0], -1 if k[1] is None else k[1], str(k[2]), k[3])):
        if k not in cb:
            out.append((clabel(k), 'present (text %r)' % ca[k].get('text'), 'absent'))
        elif k not in ca:
            out.append((clabel(k), 'absent', 'present (text %r)' % cb[k].get('text')))
        else:
            xa, xb = ca[k], cb[k]
            cmp(clabel(k) + ' .text', xa.get('text'), xb.get('text'))
            if xa.get('text') == xb.get('text'):
                cmp(clabel(k) + ' .offsets', (xa.get('start'), xa.get('end')), (xb.get('start'), xb.get('end')))
            cmp(clabel(k) + ' .source', xa.get('source'), xb.get('source'))
    return out


FIELD_GROUPS = [
    ('subtype', lambda a, b: a.get('subtype') == b.get('subtype')),
    ('trigger text', lambda a, b: (a.get('trigger') or {}).get('text') == (b.get('trigger') or {}).get('text')),
    ('date value', lambda a, b: (a.get('date') or {}).get('value') == (b.get('date') or {}).get('value')),
    ('date text', lambda a, b: (a.get('date') or {}).get('text') == (b.get('date') or {}).get('text')),
    ('place name', lambda a, b: (a.get('place') or {}).get('name') == (b.get('place') or {}).get('name')),
    ('place text', lambda a, b: (a.get('place') or {}).get('text') == (b.get('place') or {}).get('text')),
    ('place admin1', lambda a, b: (a.get('place') or {}).get('admin1') == (b.get('place') or {}).get('admin1')),
    ('place country', lambda a, b: (a.get('place') or {}).get('country') == (b.get('place') or {}).get('country')),
    ('place alt', lambda a, b: set((a.get('place') or {}).get('alt') or []) == set((b.get('place') or {}).get('alt') or [])),
    ('actors (role+name set)', lambda a, b: {(x['role'], x['name']) for x in a.get('actors', [])}
     == {(x['role'], x['name']) for x in b.get('actors', [])}),
    ('actors (role+name+text)', lambda a, b: {(x['role'], x['name'], x.get('text')) for x in a.get('actors', [])}
     == {(x['role'], x['name'], x.get('text')) for x in b.get('actors', [])}),
    ('casualties (outcome+count+group set)', lambda a, b: sorted((c['outcome'], -1 if c['count'] is None else c['count'], c['group']) for c in a.get('casualties', []))
     == sorted((c['outcome'], -1 if c['count'] is None else c['count'], c['group']) for c in b.get('casualties', []))),
    ('casualties (+text+source)', lambda a, b: sorted((c['outcome'], -1 if c['count'] is None else c['count'], c['group'], c.get('text'), c.get('source') or '') for c in a.get('casualties', []))
     == sorted((c['outcome'], -1 if c['count'] is None else c['count'], c['group'], c.get('text'), c.get('source') or '') for c in b.get('casualties', []))),
]


def fmt(v):
    if v is None:
        return '—'
    if isinstance(v, list):
        return '[' + ', '.join(json.dumps(x, ensure_ascii=False) for x in v) + ']' if v else '[]'
    if isinstance(v, tuple):
        return '%s–%s' % v
    return json.dumps(v, ensure_ascii=False) if isinstance(v, str) else str(v)


def event_label(e):
    bits = [e['id'], e.get('subtype') or '?', (e.get('date') or {}).get('value') or 'no date',
            (e.get('place') or {}).get('name') or 'no place']
    return ' '.join(bits)


def gold_value(g, field):
    """The gold value of a field named as in diff_pair (for display)."""
    if g is None:
        return 'no gold event'
    if field == 'id':
        return g['id']
    if field == 'subtype':
        return g.get('subtype')
    if field.startswith('trigger.'):
        t = g.get('trigger') or {}
        return t.get('text') if field == 'trigger.text' else (t.get('start'), t.get('end'))
    if field.startswith('date.'):
        t = g.get('date') or {}
        return {'date.value': t.get('value'), 'date.text': t.get('text')}.get(field, (t.get('start'), t.get('end')))
    if field.startswith('place.'):
        p = g.get('place') or {}
        k = field[6:]
        if k == 'offsets':
            return (p.get('start'), p.get('end'))
        if k == 'alt':
            return sorted(set(p.get('alt') or []))
        return p.get(k)
    m = re.match(r'actor (attacker|target) (.+?)( \.(text|offsets|alt))?$', field)
    if m:
        role, name, _, sub = m.groups()
        for x in g.get('actors', []):
            if x['role'] == role and x['name'] == name:
                if sub is None:
                    return 'present (text %r)' % x.get('text')
                if sub == 'offsets':
                    return (x.get('start'), x.get('end'))
                if sub == 'alt':
                    return sorted(set(x.get('alt') or []))
                return x.get(sub)
        return 'absent'
    m = re.match(r'casualty (\w+) (\S+) (.+?)( #\d+)?( \.(text|offsets|source))?$', field)
    if m:
        outc, cnt, grp, _, _, sub = m.groups()
        cnt = None if cnt == 'null' else int(cnt)
        for c in g.get('casualties', []):
            if c['outcome'] == outc and c['count'] == cnt and c['group'] == grp:
                if sub is None:
                    return 'present (text %r)' % c.get('text')
                if sub == 'offsets':
                    return (c.get('start'), c.get('end'))
                return c.get(sub)
        return 'absent'
    return '?'


def run(a_dir, b_dir, gold_dir=None):
    """Compare two annotation folders (and show a third, the gold); returns the report dict."""
    A, B = load_dir(a_dir), load_dir(b_dir)
    G = load_dir(gold_dir) if gold_dir else {}
    docs = sorted(set(A) | set(B))
    report = {'documents': [], 'totals': {}}
    tot = {'nA': 0, 'nB': 0, 'paired': 0}
    slot_tot = {s: [0, 0, 0] for s in SLOTS}  # both, A only, B only
    field_tot = {f: [0, 0] for f, _ in FIELD_GROUPS}
    n_diffs = 0
    for doc in docs:
        a, b = A.get(doc, {'events': []}), B.get(doc, {'events': []})
        ea, eb = a['events'], b['events']
        pairs = align(ea, eb)
        rec = {'doc_id': doc, 'document_date': [a.get('document_date'), b.get('document_date')],
               'nA': len(ea), 'nB': len(eb), 'paired': len(pairs), 'pairs': [], 'only_a': [], 'only_b': [],
               'slots': {}, 'fields': {}}
        # gold alignment: pair gold events with A events (or B events when A has none)
        gpair_a, gpair_b = {}, {}
        if doc in G:
            eg = G[doc]['events']
            for i, j in align(eg, ea):
                gpair_a[j] = eg[i]
            for i, j in align(eg, eb):
                gpair_b[j] = eg[i]
        pa = {i for i, _ in pairs}
        pb = {j for _, j in pairs}
        slots = {s: [0, 0, 0] for s in SLOTS}
        for i, j in pairs:
            x, y = ea[i], eb[j]
            tp = slot_tp(x, y)
            vx, vy = slot_values(x), slot_values(y)
            for s in SLOTS:
                slots[s][0] += tp[s]
                slots[s][1] += vx[s] - tp[s]
                slots[s][2] += vy[s] - tp[s]
            diffs = diff_pair(x, y)
            g = gpair_a.get(i) or gpair_b.get(j)
            # values on which A and B agree but the gold differs (adjudicator's corrections)
            changed = []
            if g is not None:
                ab_fields = {f for f, _, _ in diffs}
                bg_fields = {f for f, _, _ in diff_pair(y, g)}
                for f, va, vg in diff_pair(x, g):
                    if f != 'id' and f not in ab_fields and f in bg_fields:
                        changed.append({'field': f, 'ab': va, 'gold': vg})
            rec['pairs'].append({'a': x['id'], 'b': y['id'], 'label_a': event_label(x), 'label_b': event_label(y),
                                 'gold': g['id'] if g else None, 'changed_agreed': changed,
                                 'diffs': [{'field': f, 'a': va, 'b': vb,
                                            'gold': gold_value(g, f) if G else None} for f, va, vb in diffs]})
            n_diffs += len(diffs)
            for f, ok in FIELD_GROUPS:
                rec['fields'].setdefault(f, [0, 0])
                rec['fields'][f][0] += int(ok(x, y))
                rec['fields'][f][1] += 1
        for i, x in enumerate(ea):
            if i not in pa:
                v = slot_values(x)
                for s in SLOTS:
                    slots[s][1] += v[s]
                g = gpair_a.get(i)
                rec['only_a'].append({'id': x['id'], 'label': event_label(x), 'gold': g['id'] if g else None})
                n_diffs += 1
        for j, y in enumerate(eb):
            if j not in pb:
                v = slot_values(y)
                for s in SLOTS:
                    slots[s][2] += v[s]
                g = gpair_b.get(j)
                rec['only_b'].append({'id': y['id'], 'label': event_label(y), 'gold': g['id'] if g else None})
                n_diffs += 1
        if a.get('document_date') != b.get('document_date'):
            n_diffs += 1
        rec['slots'] = slots
        for s in SLOTS:
            for k in range(3):
                slot_tot[s][k] += slots[s][k]
        for f in rec['fields']:
            field_tot[f][0] += rec['fields'][f][0]
            field_tot[f][1] += rec['fields'][f][1]
        tot['nA'] += len(ea)
        tot['nB'] += len(eb)
        tot['paired'] += len(pairs)
        report['documents'].append(rec)
    report['totals'] = {'events': tot, 'slots': slot_tot, 'fields': field_tot, 'differences': n_diffs}

    def agr(both, a_only, b_only):
        d = 2 * both + a_only + b_only
        return '%.2f' % (2 * both / d) if d else '—'

    lines = []
    w = lines.append
    w('### Event-level agreement')
    w('')
    w('| document | A events | B events | paired | A only | B only | agreement 2·paired/(A+B) | document_date A / B |')
    w('|---|---|---|---|---|---|---|---|')
    for r in report['documents']:
        dd = r['document_date']
        w('| %s | %d | %d | %d | %d | %d | %s | %s |' % (
            r['doc_id'], r['nA'], r['nB'], r['paired'], len(r['only_a']), len(r['only_b']),
            agr(r['paired'], r['nA'] - r['paired'], r['nB'] - r['paired']),
            dd[0] if dd[0] == dd[1] else '%s / %s' % tuple(dd)))
    w('| **all** | %d | %d | %d | %d | %d | %s | |' % (
        tot['nA'], tot['nB'], tot['paired'], tot['nA'] - tot['paired'], tot['nB'] - tot['paired'],
        agr(tot['paired'], tot['nA'] - tot['paired'], tot['nB'] - tot['paired'])))
    w('')
    w('### Value-level agreement per scorer slot (A as reference, B matched as the scorer matches)')
    w('')
    w('Values of unpaired events count as A only / B only. Agreement = 2·both/(2·both + A only + B only),')
    w('which is the F1 that B would score against A.')
    w('')
    head = '| slot | ' + ' | '.join(r['doc_id'][:3] for r in report['documents']) + ' | all: both / A only / B only | agreement |'
    w(head)
    w('|---|' + '---|' * len(report['documents']) + '---|---|')
    for s in SLOTS:
        cells = []
        for r in report['documents']:
            bt, ao, bo = r['slots'][s]
            cells.append('%d/%d/%d' % (bt, ao, bo))
        bt, ao, bo = slot_tot[s]
        w('| %s | %s | %d / %d / %d | %s |' % (s, ' | '.join(cells), bt, ao, bo, agr(bt, ao, bo)))
    allv = [sum(slot_tot[s][k] for s in SLOTS if s != 'casualty_group') for k in range(3)]
    w('| **all** (without casualty_group) | %s | %d / %d / %d | %s |' % (
        ' | '.join('%d/%d/%d' % tuple(sum(r['slots'][s][k] for s in SLOTS if s != 'casualty_group') for k in range(3))
                   for r in report['documents']), allv[0], allv[1], allv[2], agr(*allv)))
    w('')
    w('### Exact field agreement over the %d paired events' % tot['paired'])
    w('')
    w('| field | ' + ' | '.join(r['doc_id'][:3] for r in report['documents']) + ' | all |')
    w('|---|' + '---|' * len(report['documents']) + '---|')
    for f, _ in FIELD_GROUPS:
        cells = ['%d/%d' % tuple(r['fields'].get(f, [0, 0])) for r in report['documents']]
        w('| %s | %s | %d/%d |' % (f, ' | '.join(cells), field_tot[f][0], field_tot[f][1]))
    w('')
    w('Differences listed below: %d (events in one annotation only, document dates, and every differing field of a paired event).' % n_diffs)
    report['markdown_figures'] = '\n'.join(lines)

    dl = []
    w = dl.append
    for r in report['documents']:
        w('#### %s' % r['doc_id'])
        w('')
        dd = r['document_date']
        if dd[0] != dd[1]:
            w('- document_date: A %s, B %s' % tuple(dd))
        for x in r['only_a']:
            w('- event only in A: %s (gold: %s)' % (x['label'], x['gold'] or 'not an event'))
        for x in r['only_b']:
            w('- event only in B: %s (gold: %s)' % (x['label'], x['gold'] or 'not an event'))
        for p in r['pairs']:
            if not p['diffs']:
                w('- A %s = B %s: no difference (gold %s)' % (p['a'], p['b'], p['gold']))
                continue
            w('- A %s = B %s (%s) → gold %s' % (p['a'], p['b'], p['label_a'], p['gold']))
            for d in p['diffs']:
                g = (' | gold %s' % fmt(d['gold'])) if G else ''
                w('  - `%s`: A %s | B %s%s' % (d['field'], fmt(d['a']), fmt(d['b']), g))
        w('')
    if G:
        w('#### Values on which A and B agreed but the gold differs')
        w('')
        for r in report['documents']:
            for p in r['pairs']:
                for c in p['changed_agreed']:
                    w('- %s %s (A %s = B %s) `%s`: A and B %s | gold %s' % (
                        r['doc_id'][:3], p['gold'], p['a'], p['b'], c['field'], fmt(c['ab']), fmt(c['gold'])))
        w('')
    report['markdown_differences'] = '\n'.join(dl)
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('a')
    ap.add_argument('b')
    ap.add_argument('--gold')
    ap.add_argument('--json', help='write all differences and figures as JSON')
    ap.add_argument('--markdown', help='write the figures and the list of differences as Markdown')
    args = ap.parse_args()
    report = run(args.a, args.b, args.gold)
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as fh:
            json.dump(report, fh, ensure_ascii=False, indent=1, default=list)
    text = report['markdown_figures'] + '\n\n' + report['markdown_differences']
    if args.markdown:
        with open(args.markdown, 'w', encoding='utf-8') as fh:
            fh.write(text + '\n')
    else:
        print(text)


if __name__ == '__main__':
    sys.exit(main())
