#!/usr/bin/env python3
"""Checks the gold files in gold-annotations/ against their articles and GUIDELINES.md.

    python3 verify_gold.py [GOLD_DIR] [SEEDS_DIR]

Errors (exit 1):
* one <doc_id>.json per seed article; doc_id = file name; pretty-printed UTF-8, no \\u escapes;
* field order: doc_id, document_date, events; id, type, subtype, trigger, date, place, actors,
  casualties; trigger {text,start,end}; date {value,text,start,end}; place {name,text,start,end,
  admin1,country,alt}; actor {role,name,text,start,end,alt}; casualty {outcome,count,group,text,
  start,end,source}; no other fields;
* article[start:end] == text for every span; the article has no character outside the BMP, so
  these code-point offsets are also the UTF-16 offsets Java and JavaScript use (R22);
* every alt occurs verbatim in the article, and differs from name, text and the other alts
  after the scorer's normalisation (R18);
* ids e1..en; triggers in increasing order (ids follow first mention, R9/R22);
* closed vocabularies (subtype, role, outcome); date value YYYY[-MM[-DD]] not after document_date;
  country two capital letters; admin1 from the list in R14;
* actors: attackers before targets, each role ordered by text offset; casualties ordered by offset;
* casualty group is an actor name of the event or "civilians" (R20); counts are int or null;
* texts do not start with "the"/"The" (R18), except casualty texts never do either.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
SEEDS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.dirname(HERE)), 'seeds')

SUBTYPES = {'armed_clash', 'air_strike', 'shelling', 'bombing', 'armed_assault', 'abduction', 'other'}
OUTCOMES = {'killed', 'injured', 'captured', 'missing'}
ADMIN1 = {'Anbar', 'Babil', 'Baghdad', 'Basra', 'Dahuk', 'Dhi Qar', 'Diyala', 'Erbil', 'Halabja', 'Karbala',
          'Kirkuk', 'Maysan', 'Muthanna', 'Najaf', 'Nineveh', 'Qadisiyah', 'Salahuddin', 'Sulaymaniyah', 'Wasit'}
ORDER = {
    'doc': ['doc_id', 'document_date', 'events'],
    'event': ['id', 'type', 'subtype', 'trigger', 'date', 'place', 'actors', 'casualties'],
    'trigger': ['text', 'start', 'end'],
    'date': ['value', 'text', 'start', 'end'],
    'place': ['name', 'text', 'start', 'end', 'admin1', 'country', 'alt'],
    'actor': ['role', 'name', 'text', 'start', 'end', 'alt'],
    'casualty': ['outcome', 'count', 'group', 'text', 'start', 'end', 'source'],
}
REQUIRED = {
    'doc': ['doc_id', 'events'], 'event': ['id', 'type'], 'trigger': ['text', 'start', 'end'],
    'date': ['value', 'text', 'start', 'end'], 'place': ['name', 'text', 'start', 'end'],
    'actor': ['role', 'name', 'text', 'start', 'end'],
    'casualty': ['outcome', 'count', 'group', 'text', 'start', 'end'],
}

errors = []
n_spans = n_alts = n_events = 0


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r'[-\u2013\u2014]', ' ', s)
    s = re.sub(r'[^\w\s]', '', s)
    s = re.sub(r'\s+', ' ', s).strip()
    return s[4:] if s.startswith('the ') else s


def check_keys(obj, kind, where):
    keys = list(obj.keys())
    allowed = ORDER[kind]
    extra = [k for k in keys if k not in allowed]
    if extra:
        err('%s: unexpected fields %s' % (where, extra))
    if keys != [k for k in allowed if k in obj]:
        err('%s: field order %s, expected %s' % (where, keys, [k for k in allowed if k in obj]))
    for k in REQUIRED[kind]:
        if k not in obj:
            err('%s: missing %s' % (where, k))


def check_span(obj, art, where):
    global n_spans
    n_spans += 1
    t, s, e = obj.get('text'), obj.get('start'), obj.get('end')
    if not (isinstance(s, int) and isinstance(e, int)) or art[s:e] != t:
        err('%s: span %r at %s-%s reads %r' % (where, t, s, e, art[s:e] if isinstance(s, int) and isinstance(e, int) else None))
    if t != t.strip():
        err('%s: span %r has outer whitespace' % (where, t))


def check_alts(obj, art, where):
    global n_alts
    seen = {norm(obj['text'])}
    if obj.get('name'):
        seen.add(norm(obj['name']))
    alts = obj.get('alt')
    if alts is None:
        return
    if not alts:
        err('%s: empty alt list (leave the field out)' % where)
    for a in alts:
        n_alts += 1
        if a not in art:
            err('%s: alt not in article: %r' % (where, a))
        if norm(a) in seen:
            err('%s: alt %r repeats name/text/another alt after normalisation' % (where, a))
        seen.add(norm(a))
        if a.startswith(('the ', 'The ')):
            err('%s: alt %r starts with "the"' % (where, a))


def main():
    global n_events
    seeds = sorted(f[:-4] for f in os.listdir(SEEDS) if f.endswith('.txt'))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith('.json'))
    if seeds != golds:
        err('gold files %s do not match seeds %s' % (golds, seeds))
    for doc_id in golds:
        path = os.path.join(GOLD, doc_id + '.json')
        raw = open(path, encoding='utf-8').read()
        if '\\u' in raw:
            err('%s: \\u escape in file' % doc_id)
        d = json.loads(raw)
        if raw != json.dumps(d, ensure_ascii=False, indent=2) + '\n':
            err('%s: not in the canonical pretty-printed form (indent 2, final newline)' % doc_id)
        if not os.path.exists(os.path.join(SEEDS, doc_id + '.txt')):
            continue
        art = open(os.path.join(SEEDS, doc_id + '.txt'), encoding='utf-8').read()
        if any(ord(c) > 0xFFFF for c in art):
            err('%s: article has characters outside the BMP: offsets must be converted to UTF-16' % doc_id)
        check_keys(d, 'doc', doc_id)
        if d.get('doc_id') != doc_id:
            err('%s: doc_id %r' % (doc_id, d.get('doc_id')))
        dd = d.get('document_date')
        if dd is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', dd):
            err('%s: document_date %r' % (doc_id, dd))
        last_trigger = -1
        for i, e in enumerate(d['events'], 1):
            n_events += 1
            w = '%s:%s' % (doc_id, e.get('id'))
            check_keys(e, 'event', w)
            if e.get('id') != 'e%d' % i:
                err('%s: id should be e%d' % (w, i))
            if e.get('type') != 'attack':
                err('%s: type %r' % (w, e.get('type')))
            if e.get('subtype') not in SUBTYPES:
                err('%s: subtype %r' % (w, e.get('subtype')))
            if 'trigger' in e:
                check_keys(e['trigger'], 'trigger', w + '.trigger')
                check_span(e['trigger'], art, w + '.trigger')
                if e['trigger']['start'] <= last_trigger:
                    err('%s: trigger before the previous event\'s trigger: ids must follow first mention' % w)
                last_trigger = e['trigger']['start']
            if 'date' in e:
                dt = e['date']
                check_keys(dt, 'date', w + '.date')
                check_span(dt, art, w + '.date')
                if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', dt['value']):
                    err('%s: date value %r' % (w, dt['value']))
                if dd and dt['value'] > dd[:len(dt['value'])]:
                    err('%s: date %s after document_date %s' % (w, dt['value'], dd))
            if 'place' in e:
                p = e['place']
                check_keys(p, 'place', w + '.place')
                check_span(p, art, w + '.place')
                check_alts(p, art, w + '.place')
                if p['text'].startswith(('the ', 'The ')):
                    err('%s: place text starts with "the"' % w)
                if 'admin1' in p and p['admin1'] not in ADMIN1:
                    err('%s: admin1 %r not in the R14 list' % (w, p['admin1']))
                if 'country' in p and not re.fullmatch(r'[A-Z]{2}', p['country']):
                    err('%s: country %r' % (w, p['country']))
            names = set()
            prev = None
            for j, a in enumerate(e.get('actors', [])):
                aw = '%s.actors[%d]' % (w, j)
                check_keys(a, 'actor', aw)
                check_span(a, art, aw)
                check_alts(a, art, aw)
                if a['role'] not in ('attacker', 'target'):
                    err('%s: role %r' % (aw, a['role']))
                if a['text'].startswith(('the ', 'The ')):
                    err('%s: actor text starts with "the"' % aw)
                key = (a['role'] != 'attacker', a['start'])
                if prev is not None and key < prev:
                    err('%s: actors not ordered (attackers first, then by offset)' % aw)
                prev = key
                names.add(a['name'])
            prev = -1
            for j, c in enumerate(e.get('casualties', [])):
                cw = '%s.casualties[%d]' % (w, j)
                check_keys(c, 'casualty', cw)
                check_span(c, art, cw)
                if c['outcome'] not in OUTCOMES:
                    err('%s: outcome %r' % (cw, c['outcome']))
                if not (c['count'] is None or (isinstance(c['count'], int) and not isinstance(c['count'], bool)
                                               and c['count'] > 0)):
                    err('%s: count %r' % (cw, c['count']))
                if c['group'] != 'civilians' and c['group'] not in names:
                    err('%s: group %r is neither an actor of the event nor "civilians"' % (cw, c['group']))
                if c['text'].startswith(('the ', 'The ')):
                    err('%s: casualty text starts with "the"' % cw)
                if c['start'] < prev:
                    err('%s: casualties not in text order' % cw)
                prev = c['start']
    for m in errors:
        print('ERROR', m)
    print('%d files, %d events, %d spans, %d alt strings checked: %d errors'
          % (len(golds), n_events, n_spans, n_alts, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
