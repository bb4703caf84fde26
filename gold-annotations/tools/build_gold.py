#!/usr/bin/env python3
"""Writes the adjudicated gold files gold-annotations/<doc_id>.json.

Every decision is written out below as data; no offset is typed by hand. A span is given
as its verbatim text, optionally with a longer context phrase that occurs exactly once in
the article (the text is then looked up inside that context), so that the right occurrence
is taken. Rule numbers (R..) refer to gold-annotations/GUIDELINES.md.

    python3 build_gold.py            # writes the five files next to this folder
    python3 verify_gold.py           # checks them
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
SEEDS = os.path.join(os.path.dirname(GOLD), 'seeds')


class Article:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        with open(os.path.join(SEEDS, doc_id + '.txt'), encoding='utf-8') as fh:
            self.text = fh.read()
        # R22: offsets are UTF-16 code units; equal to code points only without astral characters
        assert all(ord(c) <= 0xFFFF for c in self.text), doc_id + ': character outside the BMP'

    def span(self, text, ctx=None, nth=1):
        """(start, end) of `text`; inside the unique phrase `ctx` when given, else its nth occurrence."""
        t = self.text
        if ctx is not None:
            if isinstance(ctx, tuple):   # (phrase, n): the nth occurrence of a repeated phrase
                ctx, n = ctx
                first = -1
                for _ in range(n):
                    first = t.find(ctx, first + 1)
                assert first >= 0, '%s: context not found: %r' % (self.doc_id, ctx)
            else:
                first = t.find(ctx)
                assert first >= 0, '%s: context not found: %r' % (self.doc_id, ctx)
                assert t.find(ctx, first + 1) < 0, '%s: context not unique: %r' % (self.doc_id, ctx)
            inner = ctx.find(text)
            assert inner >= 0, '%s: %r not in context %r' % (self.doc_id, text, ctx)
            start = first + inner
        else:
            start = -1
            for _ in range(nth):
                start = t.find(text, start + 1)
                assert start >= 0, '%s: %r (occurrence %d) not found' % (self.doc_id, text, nth)
        assert t[start:start + len(text)] == text
        return start, start + len(text)

    def alt(self, strings):
        for s in strings:
            assert s in self.text, '%s: alt not in article: %r' % (self.doc_id, s)
        return list(strings)


def build(doc_id, document_date, events):
    art = Article(doc_id)
    out_events = []
    for i, ev in enumerate(events, 1):
        e = {'id': 'e%d' % i, 'type': 'attack', 'subtype': ev['subtype']}
        tt, tctx = ev['trigger']
        s, en = art.span(tt, tctx)
        e['trigger'] = {'text': tt, 'start': s, 'end': en}
        if ev.get('date'):
            value, dt, dctx = ev['date']
            s, en = art.span(dt, dctx)
            e['date'] = {'value': value, 'text': dt, 'start': s, 'end': en}
        if ev.get('place'):
            p = ev['place']
            s, en = art.span(p['text'], p.get('ctx'))
            place = {'name': p['name'], 'text': p['text'], 'start': s, 'end': en}
            if p.get('admin1'):
                place['admin1'] = p['admin1']
            if p.get('country'):
                place['country'] = p['country']
            if p.get('alt'):
                place['alt'] = art.alt(p['alt'])
            e['place'] = place
        actors = []
        for a in ev.get('actors', []):
            s, en = art.span(a['text'], a.get('ctx'))
            x = {'role': a['role'], 'name': a['name'], 'text': a['text'], 'start': s, 'end': en}
            if a.get('alt'):
                x['alt'] = art.alt(a['alt'])
            actors.append(x)
        # R22: attackers first, then targets; within a role, in the order of their text in the article
        actors.sort(key=lambda x: (x['role'] != 'attacker', x['start']))
        if actors:
            e['actors'] = actors
        cas = []
        for c in ev.get('casualties', []):
            s, en = art.span(c['text'], c.get('ctx'))
            x = {'outcome': c['outcome'], 'count': c['count'], 'group': c['group'],
                 'text': c['text'], 'start': s, 'end': en}
            if c.get('source'):
                x['source'] = c['source']
            cas.append(x)
        # R22: casualties in the order of their text in the article
        cas.sort(key=lambda x: x['start'])
        if cas:
            e['casualties'] = cas
        out_events.append(e)
    doc = {'doc_id': doc_id, 'document_date': document_date, 'events': out_events}
    path = os.path.join(GOLD, doc_id + '.json')
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    return path


# ---------------------------------------------------------------------------------------------
# 000  Press TV, no dateline. document_date from the text (statement "on Monday" about deaths
# "on Sunday" = "March 8", 2020) and confirmed by the page URL /Detail/2020/03/09/ (R12).
# ---------------------------------------------------------------------------------------------
D000 = [
    dict(  # the 8 March 2020 mission in north-central Iraq
        subtype='armed_clash',                                   # R8: both sides fought
        trigger=('killed', 'two US troops have been killed'),   # R9: first mention has no event noun
        date=('2020-03-08', 'March 8', None),                    # R11: explicit date preferred to "on Sunday"
        place=dict(name='north-central Iraq', text='north-central Iraq', country='IQ',
                   alt=['a mountainous area of north-central Iraq',
                        'mountainous area of north-central Iraq']),   # R13: region is the place; no admin1 (R14)
        actors=[
            dict(role='attacker', name='US military', text='US troops', ctx='two US troops have',
                 alt=['two US troops', 'service members', 'Two U.S. service members', 'U.S. service members',
                      'Pentagon', 'US Central Command', 'US Department of Defense']),
            dict(role='attacker', name='Iraqi security forces', text='Iraqi security forces'),
            dict(role='target', name='ISIS', text='Daesh terrorists',
                 alt=['Daesh', 'enemy forces', 'terrorist group']),
        ],
        casualties=[
            dict(outcome='killed', count=2, group='US military', text='two US troops have been killed',
                 source='the Pentagon'),                          # R19: same figure from 3 sources = 1 entry
        ],
    ),
    dict(  # background: the 3 January 2020 killing of Soleimani and al-Muhandis
        subtype='armed_assault',                                 # R8: "assassination", means not stated
        trigger=('assassination', None),
        date=('2020-01-03', 'on January 3', None),
        place=dict(name='Baghdad International Airport', text='Baghdad international airport',
                   admin1='Baghdad', country='IQ'),
        actors=[
            dict(role='attacker', name='US military', text='US', ctx='the US assassination'),
            dict(role='target', name='Qassem Soleimani', text='Qassem Soleimani',
                 alt=['Gen. Qassem Soleimani', 'top Iranian commander Gen. Qassem Soleimani']),
            dict(role='target', name='Abu Mahdi al-Muhandis', text='Abu Mahdi al-Muhandis',
                 alt=["second-in-command of Iraq's Popular Mobilization Units (PMU) Abu Mahdi al-Muhandis"]),
        ],
        casualties=[
            dict(outcome='killed', count=1, group='Qassem Soleimani',
                 text='assassination of top Iranian commander Gen. Qassem Soleimani'),
            dict(outcome='killed', count=1, group='Abu Mahdi al-Muhandis',
                 text="second-in-command of Iraq's Popular Mobilization Units (PMU) Abu Mahdi al-Muhandis"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# 001  Kurdistan 24; headline, then the lead twice (before and after the ERBIL dateline).
# Spans are taken from the first occurrence in the body (R6, R9). No date in text or URL:
# "announced on Monday" + "March 8" (a Sunday in 2020) -> 2020-03-09 (R12).
# ---------------------------------------------------------------------------------------------
# the lead occurs twice (summary, then after the dateline): spans use the first occurrence (R6)
LEAD = ('killed 25 members of the terrorist group in an extended combat operation', 1)
D001 = [
    dict(  # Qarachogh (Qarachugh) Mountain, south of Makhmour, Sunday night to Monday morning
        subtype='armed_clash',
        trigger=('combat operation', LEAD),
        date=('2020-03-08', 'March 8', None),                    # R10: multi-day -> start day; R11
        place=dict(name='Qarachogh Mountain', text='Qarachugh Mountain', admin1='Nineveh', country='IQ',
                   alt=['a mountainous area of north-central Iraq',
                        'mountainous area of north-central Iraq']),
        actors=[
            dict(role='attacker', name='Iraqi security forces', text='anti-terrorism forces',
                 ctx=('that anti-terrorism forces, backed', 1),
                 alt=['Iraqi forces', 'Iraqi military']),
            dict(role='attacker', name='US-led coalition', text='US-led coalition',
                 ctx=('backed by the US-led coalition against ISIS, killed 25', 1),
                 alt=['Combined Joint Task Force-Operation Inherent Resolve (CJTF-OIR)',
                      'Combined Joint Task Force-Operation Inherent Resolve', 'CJTF-OIR',
                      'international coalition']),                 # R15: the side "backing" is an attacker
            dict(role='attacker', name='US military', text='American soldiers',
                 alt=['two American soldiers', 'Two US soldiers', 'US soldiers', 'Two US service members',
                      'US service members', 'US Department of Defense']),
            dict(role='target', name='ISIS', text='ISIS militants',
                 alt=['25 ISIS members', 'ISIS members', '25 members of the terrorist group',
                      'members of the terrorist group', '25 members of ISIS', 'members of ISIS',
                      'terrorist group', 'enemy forces']),
        ],
        casualties=[
            dict(outcome='killed', count=25, group='ISIS', text='killed 25 members of the terrorist group',
                 ctx=LEAD, source="Iraq's Military Communications Center (MCC)"),
            dict(outcome='killed', count=2, group='US military', text='death of two American soldiers',
                 source='the US Department of Defense'),
        ],
    ),
    dict(  # Makhul Mountain, Salahuddin: named separately with its own result (R3)
        subtype='armed_clash',
        trigger=('fighting', 'where the fighting occurred'),
        date=('2020-03-08', 'on late Sunday night', None),
        place=dict(name='Makhul Mountain', text='Makhul Mountain', ctx='and in Makhul Mountain, in Salahuddin',
                   admin1='Salahuddin', country='IQ'),
        actors=[
            dict(role='attacker', name='Iraqi security forces', text='Iraqi forces',
                 ctx='Iraqi forces destroyed a tunnel',
                 alt=['Iraqi military', 'anti-terrorism forces']),
            dict(role='target', name='ISIS', text='terrorists', ctx='killed three terrorists',
                 alt=['three terrorists', 'ISIS militants']),
        ],
        casualties=[
            dict(outcome='killed', count=3, group='ISIS', text='killed three terrorists',
                 source="Iraq's Military Communications Center (MCC)"),
        ],
    ),
    dict(  # background: Khanoka Mountains, late February (short operation, not a months-long campaign; R4)
        subtype='armed_clash',
        trigger=('military campaign', None),
        date=('2020-02', 'in late February', None),
        place=dict(name='Khanoka Mountains', text='Khanoka Mountains', admin1='Salahuddin', country='IQ'),
        actors=[
            dict(role='target', name='ISIS', text='Islamic State’s sleeper cells',
                 alt=['Islamic State']),
        ],
    ),
    dict(  # background: October 2017, Iraqi forces attack Kurdish forces in Kirkuk
        subtype='armed_clash',
        trigger=('operation', 'in an operation orchestrated by'),
        date=('2017-10', 'in October 2017', None),
        place=dict(name='Kirkuk', text='Kirkuk', ctx='Kurdish forces in Kirkuk', admin1='Kirkuk', country='IQ'),
        actors=[
            dict(role='attacker', name='Iraqi security forces', text='Iraqi forces',
                 ctx='in October 2017, Iraqi forces'),
            dict(role='target', name='Peshmerga', text='Kurdish forces',
                 alt=['Kurdish Peshmerga']),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# 002  Rudaw; dateline "09-03-2020" (DD-MM-YYYY). Comments block and "The Latest" are boilerplate (R6).
# ---------------------------------------------------------------------------------------------
D002 = [
    dict(
        subtype='armed_clash',
        trigger=('operation', 'killed during an operation against'),
        date=('2020-03-08', 'on Sunday', 'northern Iraq on Sunday'),
        place=dict(name='Qarachogh Mountain', text='Qarachogh Mountains', admin1='Nineveh', country='IQ',
                   alt=['a mountainous region of northern Iraq', 'mountainous region of northern Iraq',
                        'a mountainous area of north central Iraq', 'mountainous area of north central Iraq']),
        actors=[
            dict(role='attacker', name='US military', text='US service personnel',
                 alt=['Two US service personnel', 'Two US service members', 'US service members']),
            dict(role='attacker', name='Iraqi security forces', text='Iraqi Special Forces'),
            dict(role='attacker', name='US-led coalition', text='coalition', ctx='the coalition provided air cover',
                 alt=['coaliton']),
            dict(role='target', name='ISIS', text='Islamic State (ISIS) remnants',
                 alt=['Islamic State (ISIS)', 'Islamic State', 'enemy', 'ISIS militants',
                      'Twenty-five ISIS militants']),
        ],
        casualties=[
            dict(outcome='killed', count=2, group='US military', text='Two US service personnel were killed',
                 source='the US-led coalition'),
            dict(outcome='killed', count=25, group='ISIS', text='Twenty-five ISIS militants were killed',
                 source='an Iraqi defense ministry spokesman'),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# 003  Newsweek text passed through a synonym spinner (R7); header "date 2020-03-16".
# The Qanus Island photo caption ("get ready to fire") is a preparation, not an event (R5).
# ---------------------------------------------------------------------------------------------
TAJI_NAMES = ['Usbat al-Thayireen', 'Revolutionary League']
D003 = [
    dict(  # December 2019 rocket attack on K-1 Air Base
        subtype='shelling',
        trigger=('rocket assault', 'December rocket assault'),
        date=('2019-12', 'December', 'dangerous December rocket'),
        place=dict(name='K-1 Air Base', text='Ok-1 Air Base', admin1='Kirkuk', country='IQ',
                   alt=['Kirkuk’s Ok-1 Air Base']),
        actors=[
            dict(role='target', name='K-1 Air Base', text='Ok-1 Air Base', alt=['Kirkuk’s Ok-1 Air Base']),
        ],
        casualties=[
            dict(outcome='killed', count=1, group='civilians', text='killed a Pentagon contractor'),
        ],
    ),
    dict(  # two MARSOC members killed "last weekend" in the Makhmour Mountain area
        subtype='armed_clash',
        trigger=('anti-ISIS operations', None),
        date=('2020-03', 'final weekend', None),                 # R10: "last weekend" -> month
        place=dict(name='Makhmour Mountain', text='Makhmour Mountain', admin1='Nineveh', country='IQ',
                   alt=['Makhmour Mountain house', 'Makhmour Mountain house of north-central Iraq']),
        actors=[
            dict(role='attacker', name='US military', text='Marine Corps Forces Special Operations Command',
                 alt=['Two contributors of the Marine Corps Forces Special Operations Command',
                      'contributors of the Marine Corps Forces Special Operations Command',
                      'U.S. workforce']),
            dict(role='target', name='ISIS', text='ISIS', ctx='killed via each ISIS'),
        ],
        casualties=[
            dict(outcome='killed', count=2, group='US military',
                 text='Two contributors of the Marine Corps Forces Special Operations Command had been killed'),
        ],
    ),
    dict(  # Wednesday 11 March Katyusha attack on Camp Taji
        subtype='shelling',
        trigger=('Katyusha rocket assault', None),
        date=('2020-03-11', 'Wednesday', 'servicemember Wednesday'),
        place=dict(name='Camp Taji', text='Al-Taji army camp', admin1='Baghdad', country='IQ',
                   alt=['Al-Taji army camp north of Baghdad', 'Al-Taji']),
        actors=[
            dict(role='attacker', name='Usbat al-Thayyireen', text='Usbat al-Thayyireen',
                 ctx='calling itself Usbat al-Thayyireen', alt=TAJI_NAMES),   # R16: claimant
            dict(role='attacker', name='Kataib Hezbollah', text='Kataib Hezbollah'),  # R16: blamed by the Pentagon
            dict(role='target', name='US military', text='U.S. workforce', ctx='Two extra U.S. workforce',
                 alt=['Two extra U.S. workforce', 'Pentagon']),
            dict(role='target', name='UK military', text='U.Ok. servicemember'),
        ],
        casualties=[
            dict(outcome='killed', count=2, group='US military', text='Two extra U.S. workforce had been killed'),
            dict(outcome='killed', count=1, group='UK military', text='a U.Ok. servicemember'),
        ],
    ),
    dict(  # Thursday 12 March US strikes; the only named site is Karbala Airport
        subtype='air_strike',
        trigger=('defensive precision strikes', None),
        date=('2020-03-12', 'Thursday', 'performed Thursday'),
        place=dict(name='Karbala Airport', text='Karbala Airport', ctx='civilian employee at Karbala Airport',
                   admin1='Karbala', country='IQ'),
        actors=[
            dict(role='attacker', name='US military', text='Pentagon', ctx='The Pentagon performed',
                 alt=['U.S.', 'U.S. army']),
            dict(role='target', name='Shiite militias', text='Shiite militias', ctx='utilized by Shiite militias'),
            dict(role='target', name='Iraqi security forces', text='Iraqi infantrymen',
                 alt=['3 Iraqi infantrymen', 'Iraqi Army’s 19th Commandos Division', '19th Commandos Division',
                      'Iraqi Army', 'third Regiment Babil Province Emergency Police',
                      'Babil Province Emergency Police']),
            dict(role='target', name='Popular Mobilization Forces', text='Popular Mobilization Forces’ 46th Brigade',
                 alt=['paramilitary contributors']),
        ],
        casualties=[
            dict(outcome='killed', count=3, group='Iraqi security forces', text='killed 3 Iraqi infantrymen',
                 source='the Iraqi army'),
            dict(outcome='killed', count=2, group='Iraqi security forces', text='two law enforcement officials',
                 source='the Iraqi army'),
            dict(outcome='killed', count=1, group='civilians', text='a civilian employee at Karbala Airport',
                 source='the Iraqi army'),
            dict(outcome='killed', count=None, group='Popular Mobilization Forces',
                 text='paramilitary contributors killed'),
            dict(outcome='injured', count=4, group='Iraqi security forces',
                 text='4 wounded from the Iraqi Army’s 19th Commandos Division', source='the Iraqi army'),
            dict(outcome='injured', count=2, group='Iraqi security forces',
                 text='two wounded from the third Regiment Babil Province Emergency Police', source='the Iraqi army'),
            dict(outcome='injured', count=None, group='Popular Mobilization Forces',
                 text='accidents some of the ranks of the Popular Mobilization Forces’ 46th Brigade',
                 source='the Iraqi army'),
            dict(outcome='injured', count=1, group='civilians', text='every other injured', source='the Iraqi army'),
        ],
    ),
    dict(  # Saturday 14 March rockets on Al-Taji
        subtype='shelling',
        trigger=('focused with rockets', None),
        date=('2020-03-14', 'Saturday', 'rockets Saturday'),
        place=dict(name='Camp Taji', text='Al-Taji', ctx='Al-Taji used to be once more', admin1='Baghdad',
                   country='IQ', alt=['Al-Taji army camp']),
        actors=[
            dict(role='attacker', name='Usbat al-Thayyireen', text='Usbat al-Thayyireen',
                 ctx='Usbat al-Thayyireen claimed each', alt=TAJI_NAMES),
            dict(role='target', name='US-led coalition', text='U.S.-led coalition workforce',
                 ctx='injuring 3 U.S.-led coalition workforce',
                 alt=['3 U.S.-led coalition workforce']),
            dict(role='target', name='Iraqis', text='Iraqis', ctx='two Iraqis', alt=['two Iraqis']),
        ],
        casualties=[
            dict(outcome='injured', count=3, group='US-led coalition', text='injuring 3 U.S.-led coalition workforce'),
            dict(outcome='injured', count=2, group='Iraqis', text='two Iraqis'),
        ],
    ),
    dict(  # background: January 2020 US drone strike at Baghdad International Airport
        subtype='air_strike',
        trigger=('drone strike', None),
        date=('2020-01', 'in January', 'Airport in January'),
        place=dict(name='Baghdad International Airport', text='Baghdad International Airport',
                   admin1='Baghdad', country='IQ'),
        actors=[
            dict(role='attacker', name='US military', text='U.S.', ctx='in U.S. drone strike'),
            dict(role='target', name='Qassem Soleimani', text='Qassem Soleimani', ctx='Major General Qassem Soleimani',
                 alt=['Major General Qassem Soleimani',
                      'Iran’s Revolutionary Guard Quds Force commander Major General Qassem Soleimani']),
            dict(role='target', name='Abu Mahdi al-Muhandis', text='Abu Mahdi al-Muhandis',
                 alt=['Iraqi Popular Mobilization Forces deputy leader Abu Mahdi al-Muhandis']),
        ],
        casualties=[
            dict(outcome='killed', count=1, group='Qassem Soleimani',
                 text='killing of Iran’s Revolutionary Guard Quds Force commander Major General Qassem Soleimani'),
            dict(outcome='killed', count=1, group='Abu Mahdi al-Muhandis',
                 text='Iraqi Popular Mobilization Forces deputy leader Abu Mahdi al-Muhandis'),
        ],
    ),
    dict(  # background: Iran's missile strike in reply; no date, place or target given
        subtype='shelling',
        trigger=('missile strike', None),
        actors=[
            dict(role='attacker', name='Iran', text='Iran', ctx='Iran answered'),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# 004  Shafaq News; "said Saturday", raid "on August 29", no year in the text or the URL.
# Year from dated reports of the same raid (outside knowledge allowed for document_date only,
# recorded in AGREEMENT.md; R12): Thursday 2024-08-29, Saturday 2024-08-31.
# ---------------------------------------------------------------------------------------------
D004 = [
    dict(
        subtype='armed_clash',                                   # R8: raid with fighting ("wounded in combat")
        trigger=('joint operation', None),
        date=('2024-08-29', 'on August 29', 'militants on August 29'),
        place=dict(name='Al-Hazeemi', text='al-Hazeemi', admin1='Anbar', country='IQ',
                   alt=['al-Hazeemi area', 'al-Hazeemi area east of Wadi al-Ghadf']),
        actors=[
            dict(role='attacker', name='US military', text='US soldiers', ctx='Seven US soldiers',
                 alt=['Seven US soldiers', 'US Central Command (CENTCOM)', 'US Central Command', 'CENTCOM']),
            dict(role='attacker', name='Iraqi security forces', text='Iraqi forces', ctx='operation with Iraqi forces'),
            dict(role='attacker', name='US-led coalition', text='US-led Coalition'),
            dict(role='target', name='ISIS', text='ISIS militants', ctx='a raid targeting ISIS militants',
                 alt=['Islamic State group', 'key ISIS leaders', 'ISIS leaders', '14 ISIS members',
                      'ISIS members', '15 ISIS operatives', 'ISIS operatives']),
        ],
        casualties=[
            dict(outcome='injured', count=7, group='US military', text='Seven US soldiers were injured',
                 source='a US military official'),               # R19: 5 + 2 breakdown not entered again
            dict(outcome='killed', count=14, group='ISIS', text='deaths of 14 ISIS members',
                 source="Iraq's Security Media Cell"),
            dict(outcome='killed', count=15, group='ISIS', text='15 ISIS operatives were killed',
                 source='the US Central Command (CENTCOM)'),      # R19: different figures, both kept
        ],
    ),
]

DOCS = [
    ('000_3ced04538d242b52', '2020-03-09', D000),
    ('001_0184bfcb9f559c28', '2020-03-09', D001),
    ('002_d0d255c26b8c6a8a', '2020-03-09', D002),
    ('003_f6a6a8619f7016f6', '2020-03-16', D003),
    ('004_db305945f3b9c13f', '2024-08-31', D004),
]

if __name__ == '__main__':
    for doc_id, dd, evs in DOCS:
        print(build(doc_id, dd, evs))
