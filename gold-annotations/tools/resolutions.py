"""How each A/B disagreement (and each change to a value A and B agreed on) was settled.

Each entry: (document prefix, gold event id or '*', regular expression on the field label
printed by compare.py, rule numbers in GUIDELINES.md, how it was settled). The first
matching entry applies; make_agreement.py fails if a difference matches none.
"""

RESOLUTIONS = [
    # ---------------------------------------------------------------- events, document dates
    ('003', '-', r'^event only in B$', 'R5, R6',
     'Not an event. The caption reports soldiers who "get ready to hearth [fire]" a howitzer at '
     'enemy positions on Qanus Island. That is a preparation: the caption does not say the gun fired '
     'or that anything was hit. Captions are article content (R6), so the caption is judged by R5 '
     'and excluded under it.'),
    ('*', '*', r'^id$', 'R22',
     'Follows from dropping B\'s Qanus Island event: ids are e1.. in order of first mention.'),

    # ---------------------------------------------------------------- 000
    ('000', 'e1', r'^date\.text$', 'R11',
     'An explicit calendar date ("March 8", in the coalition quote) is preferred to the relative '
     '"on Sunday". Both give 2020-03-08.'),
    ('000', 'e1', r'^place\.alt$', 'R13, R18',
     'The article\'s full description of the spot goes in alt, with and without "a". "north central '
     'Iraq" is dropped because after the scorer\'s normalisation it equals the name.'),
    ('000', 'e1', r'^actor attacker US military \.alt$', 'R17, R18',
     'The alt lists the incident\'s mentions of the US side, including the statements by its own '
     'bodies: Pentagon, US Central Command, US Department of Defense. "the coalition" is a different '
     'entity (US-led coalition), and in 000 it is only a speaker, not an actor (R15).'),
    ('000', 'e1', r'^actor target ISIS \.alt$', 'R18',
     '"an ISIS terrorist stronghold" is a position of the side, not a name for it. "ISIS" equals the '
     'name. "terrorist group" ("an alternative acronym for the terrorist group") is added.'),
    ('000', 'e2', r'^casualty .* \.text$', 'R20',
     'A casualty text is the shortest span with the outcome word and the victim ("assassination of '
     'top Iranian commander Gen. Qassem Soleimani"), without a leading "the". When the outcome word '
     'is shared by a list, the text is the victim\'s phrase.'),
    ('000', 'e2', r'^actor .* \.text$', 'R18',
     'A person\'s text is the name alone; titles and descriptions go in alt.'),
    ('000', 'e2', r'\.alt$', 'R18',
     'The longer wordings of each person go in alt, without a leading "the". The bare name equals '
     'the text.'),

    # ---------------------------------------------------------------- 001
    ('001', 'e1', r'^trigger\.text$', 'R9',
     'The trigger comes from the first mention in the body. The headline\'s "security operation" is '
     'not used because the body reports the same incident ("in an extended combat operation").'),
    ('001', 'e1', r'^date\.text$', 'R10, R11',
     'Multi-day operation, dated by the start day 2020-03-08. The text is the explicit "March 8" '
     'rather than "late Sunday night".'),
    ('001', 'e1', r'^actor attacker US-led coalition$', 'R15, R17',
     '"anti-terrorism forces, backed by the US-led coalition": a side backing the attacker is an '
     'attacker. US-led coalition is its own canonical entity, not part of US military.'),
    ('001', 'e1', r'^actor attacker US military \.text$', 'R17, R18',
     'The text is the first body mention of the US participants: "two American soldiers" → '
     '"American soldiers". B\'s "US-led coalition" names a different entity.'),
    ('001', 'e1', r'^actor attacker US military \.alt$', 'R17, R18',
     'The alt holds the US wordings of the headline, the body and the quote, and the DoD statement. '
     'The CJTF-OIR and international-coalition wordings belong to the US-led coalition actor.'),
    ('001', 'e1', r'^actor target ISIS \.alt$', 'R18',
     'The alt holds the mentions in the incident\'s sentences, with and without numerals. "an ISIS '
     'terrorist stronghold" is a position. "Islamic State" does not occur in the incident\'s '
     'sentences. "ISIS" equals the name.'),
    ('001', 'e1', r'casualty .* \.source$', 'R21',
     'The source is written as the article words it, with a lower-case "the" ("The US Department of '
     'Defense also announced…").'),
    ('001', 'e2', r'^date\.text$', 'R11',
     'The preposition that introduces the date is included ("on late Sunday night").'),
    ('001', 'e2', r'Iraqi security forces \.alt$', 'R3, R18',
     'The alt comes from the sentences about Makhul ("The Iraqi military statement also detailed where '
     'the fighting occurred") and from the MCC quote that describes the fighting at both places and '
     'gives the date ("The anti-terrorism forces engaged…"). "Iraqi Security Forces" equals the name '
     'after normalisation.'),
    ('001', 'e2', r'ISIS \.alt$', 'R3, R18',
     'The alt holds "three terrorists" (the numeral form) and "ISIS militants" from the MCC quote about '
     'the whole fighting. "Islamic State" does not occur in these sentences, and "ISIS" equals the '
     'name.'),
    ('001', 'e3', r'^place\.name$', 'R13, R23',
     'No established English name exists and only one seed names the place, so the name is the '
     'article\'s own spelling, "Khanoka". "Khanuka" is an outside spelling.'),
    ('001', 'e3', r'^place\.admin1$', 'R14, R23',
     'Gazetteer fact for the named place, recorded under "Outside look-ups": the Khanuka/Khanoka '
     'range lies in northern Salahuddin. This fits the article\'s "100 kilometers north of … '
     'Tikrit, near the Tigris".'),
    ('001', 'e3', r'^actor target ISIS \.text$', 'R18',
     'The noun phrase without its hedge: "the so-called Islamic State’s sleeper cells" → "Islamic '
     'State’s sleeper cells". The bare name goes in alt.'),
    ('001', 'e3', r'^actor target ISIS \.alt$', 'R18',
     'The bare name "Islamic State" comes from the mention. "ISIS" equals the name.'),
    ('001', 'e4', r'Iraqi security forces \.alt$', 'R18',
     '"Iraqi Security Forces" equals the name after normalisation, so it is left out.'),

    # ---------------------------------------------------------------- 002
    ('002', 'e1', r'^trigger\.text$', 'R9',
     'The trigger comes from the body, not the headline: "killed during an operation against…" → '
     '"operation".'),
    ('002', 'e1', r'^place\.text$', 'R13', 'No leading determiner: "Qarachogh Mountains".'),
    ('002', 'e1', r'^place\.alt$', 'R13',
     'The alt holds the article\'s vaguer descriptions of the same spot ("a mountainous region of '
     'northern Iraq", "a mountainous area of north central Iraq"), with and without "a". It is not '
     'the text repeated.'),
    ('002', 'e1', r'^actor attacker US-led coalition$', 'R15, R17',
     '"the coalition provided air cover with warplanes and attack helicopters": an attacker, and its '
     'own canonical entity.'),
    ('002', 'e1', r'^actor attacker US military \.alt$', 'R17, R18',
     'The alt holds the US wordings with numerals from the headline, lede and quote. The coalition '
     'wordings belong to the US-led coalition actor.'),
    ('002', 'e1', r'^actor attacker Iraqi security forces \.alt$', 'R18',
     'No alt. "[the Iraqi Security Forces]" and "ISF" occur only in the Inspector General quotes, '
     'which are not about this incident, and "Iraqi Security Forces" equals the name.'),
    ('002', 'e1', r'^actor target ISIS \.text$', 'R18',
     'The whole noun phrase of the first naming mention: "Islamic State (ISIS) remnants".'),
    ('002', 'e1', r'^actor target ISIS \.alt$', 'R18',
     'The alt holds the mentions in the incident\'s sentences, with numerals and bare names. "an ISIS '
     'terrorist stronghold" is a position. "ISIS remnants" occurs only in the Inspector General '
     'report.'),

    # ---------------------------------------------------------------- 003
    ('003', 'e1', r'^place\.(text|alt)$', 'R13',
     'The text is the place\'s own name, "Ok-1 Air Base"; the possessive form "Kirkuk’s Ok-1 Air Base" '
     'goes in alt.'),
    ('003', 'e1', r'^actor target K-1 Air Base \.alt$', 'R18',
     'The target\'s wordings are the place\'s wordings; the possessive form goes in alt.'),
    ('003', 'e2', r'^actor target ISIS \.offsets$', 'R18',
     'The sentence about the incident has ISIS only inside the compound "anti-ISIS", so the text is '
     'the mention in the sentence that refers back to it: "U.S. workforce killed via each ISIS".'),
    ('003', 'e2', r'^actor target ISIS \.alt$', 'R18',
     'No alt. "Daesh" and "Islamic State" occur only in sentences that are not about this incident.'),
    ('003', 'e4', r'^actor attacker US military \.text$', 'R18',
     'No leading determiner: "Pentagon".'),
    ('003', 'e4', r'^actor attacker US military \.alt$', 'R18',
     'The alt adds "U.S." ("the U.S. retaliation") and keeps "U.S. army" (the caption\'s "U.S. army '
     'air moves").'),
    ('003', 'e4', r'^actor target Iraqi security forces$', 'R15, R18',
     'Every side other than civilians that the article says was hit is a target, so every casualty '
     'group is an actor. The strikes "killed 3 Iraqi infantrymen, two law enforcement officials", '
     'with more wounded from the 19th Commandos Division and the Babil Emergency Police. The text is '
     'the first naming mention, "Iraqi infantrymen", and the unit names go in alt.'),
    ('003', 'e4', r'^actor target Popular Mobilization Forces$', 'R15, R18',
     'Every side other than civilians that the article says was hit is a target. The caption reports '
     'injuries "among the ranks of the Popular Mobilization Forces’ 46th Brigade" and "paramilitary '
     'members killed". The text is the first naming mention; "paramilitary contributors" goes in '
     'alt.'),
    ('003', 'e5', r'^place\.alt$', 'R13',
     'Other wordings of the same place anywhere in the article: "Al-Taji army camp".'),
    ('003', 'e5', r'^actor target Iraqis$', 'R15, R20',
     '"two Iraqis" were injured. Their status is unknown, so the group keeps the article\'s word, and '
     'as a side hit by the attack they are a target.'),
    ('003', 'e5', r'^actor target (US military|US-led coalition)$', 'R17, R18',
     '"U.S.-led coalition workforce [personnel]" is the US-led coalition, which has its own canonical '
     'name, not US military. The actor text is the whole noun phrase without the numeral, "U.S.-led '
     'coalition workforce".'),
    ('003', 'e5', r'^casualty injured 3 (US military|US-led coalition)$', 'R17, R20',
     'The group is the canonical name of the side hit, "US-led coalition", for "injuring 3 U.S.-led '
     'coalition workforce".'),
    ('003', 'e6', r'^actor target .*\.(text|alt)$', 'R18',
     'A person\'s text is the name alone; the titled and described forms go in alt.'),

    # ---------------------------------------------------------------- 004
    ('004', 'e1', r'^subtype$', 'R8',
     'A raid in which the raided side fought back ("Five of the soldiers were wounded in combat") is '
     'armed_clash, like the 8 March 2020 operation. armed_assault is for one-sided raids, shootings, '
     'ambushes and assassinations.'),
    ('004', 'e1', r'^trigger\.text$', 'R9',
     'The first mention: "injured during a joint operation" → "joint operation" (the "raid" comes in '
     'the next sentence).'),
    ('004', 'e1', r'^date\.text$', 'R11', 'The preposition is included: "on August 29".'),
    ('004', 'e1', r'^place\.name$', 'R13', 'A name-initial Arabic article is written "Al-": "Al-Hazeemi".'),
    ('004', 'e1', r'^place\.text$', 'R13',
     'The extent word "area" is left out of the text and the longer wording goes in alt.'),
    ('004', 'e1', r'^place\.admin1$', 'R14', 'The governorate is written as in Appendix B: "Anbar".'),
    ('004', 'e1', r'^place\.alt$', 'R13',
     'The alt holds the extent-word and locating-phrase forms: "al-Hazeemi area", "al-Hazeemi area east '
     'of Wadi al-Ghadf".'),
    ('004', 'e1', r'^actor attacker US-led coalition$', 'R15, R17',
     '"Iraqi forces, in collaboration with the US-led Coalition, … conducted a series of airstrikes": '
     'an attacker, and its own canonical entity.'),
    ('004', 'e1', r'^actor attacker US military \.alt$', 'R17, R18',
     'The alt holds the US wordings and CENTCOM\'s statements. "US-led Coalition" is the coalition '
     'actor. "US military" equals the name.'),
    ('004', 'e1', r'^actor target ISIS \.alt$', 'R18',
     'The alt holds all the wordings for the targeted side in the article, with numerals. "ISIS" '
     'equals the name.'),

    # ---------------------------------------------------------------- values A and B agreed on
    ('*', '*', r'^agreed casualty .* \.text$', 'R20',
     'A casualty text has no leading "the".'),
    ('001', 'e1', r'^agreed place\.alt$', 'R13',
     'The CJTF-OIR quote\'s "a mountainous area of north-central Iraq" describes the same spot; it is '
     'added with and without "a".'),
    ('001', 'e1', r'^agreed actor attacker Iraqi security forces \.alt$', 'R18',
     '"Iraqi Security Forces" equals the name after normalisation. "Iraqi military" ("The Iraqi '
     'military statement") is added.'),
    ('001', 'e2', r'^agreed trigger\.text$', 'R9',
     'A noun is preferred: "where the fighting occurred: … in Makhul Mountain" → "fighting".'),
    ('001', 'e3', r'^agreed date\.text$', 'R11', 'The preposition is included: "in late February".'),
    ('001', 'e4', r'^agreed trigger\.text$', 'R9',
     'A noun is preferred: "in an operation orchestrated by…" → "operation".'),
    ('001', 'e4', r'^agreed actor target Peshmerga \.alt$', 'R18',
     '"Peshmerga" equals the name after normalisation, so it is left out.'),
    ('003', 'e2', r'^agreed trigger\.text$', 'R9',
     'A noun is preferred: "killed … whilst undertaking anti-ISIS operations" → "anti-ISIS '
     'operations", as with 002\'s "killed during an operation".'),
    ('003', 'e2', r'^agreed place\.alt$', 'R13',
     'The extent-word forms "Makhmour Mountain house [area] (of north-central Iraq)" are added.'),
    ('003', 'e2', r'^agreed actor attacker US military \.alt$', 'R18',
     'The partitive phrase goes in alt, with and without its numeral ("Two contributors of the Marine '
     'Corps Forces Special Operations Command"). The summary sentence that refers to the incident gives '
     '"U.S. workforce".'),
    ('003', 'e3', r'^agreed place\.alt$', 'R13',
     'The locating-phrase form "Al-Taji army camp north of Baghdad" is added.'),
    ('003', '*', r'^agreed actor attacker Usbat al-Thayyireen \.alt$', 'R18',
     'No leading "the": "Revolutionary League".'),
    ('003', 'e3', r'^agreed actor target US military \.alt$', 'R18',
     'The numeral form "Two extra U.S. workforce" and the Pentagon\'s statement in the incident\'s '
     'sentences ("The Pentagon to start with blamed…") are added.'),
    ('003', 'e4', r'^agreed casualty .* \.source$', 'R21',
     'The source is in the article\'s words: "The Iraqi army condemned … which it mentioned killed…" '
     'and, in the caption, "The Iraqi army reported…". Both annotators wrote "the Iraqi military".'),
    ('004', 'e1', r'^agreed casualty .* \.source$', 'R21',
     'The source is in the article\'s words, with a lower-case "the": "the US Central Command '
     '(CENTCOM)".'),
]
