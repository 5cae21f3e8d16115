// Outcome indicators (Sweden: Kolada N00700, N00971; Norway: SSB via IMDi's imdikator): figures
// quoted in stats/PROVENANCE-addendum-4.md must come out of the built files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { built, readJson, valueOf, ROOT } from './helpers.mjs';
import { identicalYears, readFirstMunicipality, readImmigrantsInWork, firstMunicipalitySeries, immigrantsInWorkSeries } from '../../scripts/lib/indicators-outcomes.mjs';
import { readKolada, readKommuner } from '../../scripts/lib/indicators.mjs';
import { loadNorway, makeCrosswalk } from '../../scripts/lib/no-crosswalk.mjs';

const RAW = join(ROOT, 'data', 'raw');
const ind = (id) => readJson(built(), `indicators/${id}.json`);
const national = (f, c, y) => f.national[c][f.years.indexOf(y)];
const column = (f, prefix, y) => Object.entries(f.values).filter(([k]) => k.startsWith(prefix)).map(([, v]) => v[f.years.indexOf(y)]).filter((v) => v !== null);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

test('refugees-in-work: Kolada N00700, November, with riket; the provenance spot checks (addendum 4, §11)', () => {
  const f = ind('refugees-in-work');
  assert.equal(f.unit, 'percent');
  assert.deepEqual(Object.keys(f.coverage), ['SE']);
  assert.equal(f.coverage.SE.reference, '11');
  assert.equal(f.coverage.SE.from, 1997);
  assert.equal(f.coverage.SE.to, 2022);
  assert.equal(national(f, 'SE', 2022), 67.7);
  assert.equal(valueOf(f, 'SE-2583', 2022), 75.8); // Haparanda
  assert.equal(valueOf(f, 'SE-0180', 2022), 70.0); // Stockholm
  assert.equal(valueOf(f, 'SE-1480', 2022), 67.6); // Göteborg
  const y2022 = column(f, 'SE-', 2022);
  assert.equal(Math.min(...y2022), 48.1);
  assert.equal(Math.max(...y2022), 82.8);
  // The provenance's median is of the unrounded source values (290, an even count).
  const raw2022 = [...readKolada(RAW, 'n00700', readKommuner(RAW), 'se_municipalities_kolada_outcomes').values()].map((ys) => ys.get(2022)).filter((v) => v !== undefined);
  assert.equal(raw2022.length, 290);
  assert.equal(Math.round(median(raw2022) * 10) / 10, 67.2);
  // Kommuner per year: 250-260 (1997-2006), 289-290 (2014-22).
  for (const y of [1997, 2006]) { const n = column(f, 'SE-', y).length; assert.ok(n >= 250 && n <= 260, `${y}: ${n}`); }
  for (let y = 2014; y <= 2022; y++) { const n = column(f, 'SE-', y).length; assert.ok(n >= 289, `${y}: ${n}`); }
  assert.match(f.label.en, /20–64/);
  assert.match(f.definition.en, /November/);
});

test('the N00712 defect: 2020 repeats N00700 exactly; it is detected, named in the notes, and N00712 is used nowhere', () => {
  assert.deepEqual(identicalYears(RAW, 'n00712', 'n00700'), [{ year: 2020, kommuner: 290 }]);
  const f = ind('refugees-in-work');
  const note = f.notes.find((n) => /N00712/.test(n.en));
  assert.ok(note, 'a note names N00712');
  assert.match(note.en, /2020/);
  assert.match(note.en, /not used/);
  for (const lang of ['sv', 'nb', 'da', 'fi', 'is']) assert.match(note[lang], /N00712.*2020/s, lang);
  // No built file cites N00712, and the 2020 figures are N00700's own (riket 59.6, not a work-or-study share).
  for (const id of ['refugees-in-work', 'establishment-exit-to-work']) assert.ok(ind(id).sources.every((s) => !/N00712/.test(s.table)), id);
  assert.equal(national(f, 'SE', 2020), 59.6);
  const n00700 = readKolada(RAW, 'n00700', readKommuner(RAW), 'se_municipalities_kolada_outcomes');
  for (const [code, ys] of n00700) if (ys.has(2020)) assert.equal(valueOf(f, `SE-${code}`, 2020), Math.round(ys.get(2020) * 10) / 10, code);
});

test('establishment-exit-to-work: N00971 only (work, not work-or-studies), per calendar year, spot checks', () => {
  const f = ind('establishment-exit-to-work');
  assert.equal(f.coverage.SE.reference, 'year');
  assert.equal(f.coverage.SE.from, 2015);
  assert.equal(f.coverage.SE.to, 2022);
  assert.equal(f.sources.length, 1);
  assert.match(f.sources[0].table, /^N00971 /);
  assert.equal(national(f, 'SE', 2022), 28.0);
  assert.equal(valueOf(f, 'SE-2583', 2022), 57.1);
  assert.equal(valueOf(f, 'SE-0180', 2022), 35.0);
  assert.equal(valueOf(f, 'SE-1480', 2022), 29.6);
  assert.equal(valueOf(f, 'SE-2418', 2022), 0); // Malå: a tiny cohort, a real 0
  assert.equal(column(f, 'SE-', 2021).length, 273);
  assert.equal(column(f, 'SE-', 2022).length, 253);
  // N00973 (work or studies) riket 2022 is 35.1: it must not be what the file holds.
  assert.notEqual(national(f, 'SE', 2022), 35.1);
});

test('Norway first municipality: the source read as the provenance counts it (addendum 4, §12a)', () => {
  const src = readFirstMunicipality(RAW);
  assert.deepEqual(src.national.get(2015), { ja: 31414, nei: 4152, all: 43198 });
  assert.equal(src.byYear.get(2015).size, 354);
  assert.equal(src.byYear.get(2014).size, 337);
  assert.equal(src.allResidents.get(2015), 187837); // kommune rows; Norway 188,129
  assert.deepEqual(src.byYear.get(2015).get('0301'), { ja: 2332, nei: 655, all: 4123 });
  assert.deepEqual(src.byYear.get(2015).get('1201'), { ja: 1548, nei: 106, all: 1948 });
  assert.deepEqual(src.byYear.get(2015).get('1902'), { ja: 598, nei: 35, all: 710 });
  assert.deepEqual(src.byYear.get(2015).get('2030'), { ja: 98, nei: 0, all: 104 });
  assert.deepEqual(src.byYear.get(2015).get('1820'), { ja: 159, nei: 20, all: 218 });
  assert.deepEqual(src.byYear.get(2014).get('0301'), { ja: 2377, nei: 716, all: 4388 });
});

test('Norway first municipality in the built file: today\'s residents, counts summed before the share, no count lost', () => {
  const f = ind('refugees-first-municipality');
  assert.equal(f.coverage.NO.reference, '01-01');
  assert.deepEqual(f.years, [2014, 2015]);
  const pct = (ja, nei) => Math.round((ja / (ja + nei)) * 1000) / 10;
  assert.equal(national(f, 'NO', 2015), pct(31414, 4152)); // 88.3
  assert.equal(valueOf(f, 'NO-0301', 2015), pct(2332, 655));
  assert.equal(valueOf(f, 'NO-0301', 2014), pct(2377, 716));
  assert.equal(valueOf(f, 'NO-4601', 2015), pct(1548, 106)); // Bergen 1201 → 4601
  assert.equal(valueOf(f, 'NO-5501', 2015), pct(598, 35)); // Tromsø 1902 → 5501
  assert.equal(valueOf(f, 'NO-5605', 2015), 100); // Sør-Varanger 2030 → 5605: 98 of 98
  assert.equal(valueOf(f, 'NO-1820', 2015), pct(159, 20)); // Alstahaug
  // What it is and is not, in the label and the definition.
  assert.match(f.label.en, /living in their first settlement municipality/);
  assert.match(f.definition.en, /0–4 years/);
  assert.match(f.definition.en, /not the share of the refugees once settled here who still live here/);
  // Crosswalk: every count of the source either lands on a 2024 municipality with a figure or on one left
  // without (a merged part absent from the source, or a later split); the sums match the source's.
  const no = loadNorway(RAW);
  const s = firstMunicipalitySeries(RAW, no, makeCrosswalk(no));
  for (const y of [2014, 2015]) {
    const srcSum = (k) => [...s.source.byYear.get(y).values()].reduce((a, v) => a + v[k], 0);
    const mappedSum = (k) => [...s.counts.get(y).values()].reduce((a, v) => a + v[k], 0);
    for (const k of ['ja', 'nei']) {
      assert.ok(mappedSum(k) <= srcSum(k), `${y} ${k}`);
      assert.ok(srcSum(k) <= s.source.national.get(y)[k], `${y} ${k} ≤ Norway`);
    }
    // A merged municipality (Moss 3103 = 0104 + 0136) gets the sum of its parts' counts.
    const p = s.source.byYear.get(y);
    if (p.has('0104') && p.has('0136')) assert.deepEqual(s.counts.get(y).get('3103'), { ja: p.get('0104').ja + p.get('0136').ja, nei: p.get('0104').nei + p.get('0136').nei });
  }
  // Split later (Stokke 2017 → 3905, 3907): no figure, never a guess.
  assert.equal(f.values['NO-3905'], undefined);
});

test('Norway immigrants in work: fractions become whole percent, national and spot checks (addendum 4, §12c)', () => {
  const src = readImmigrantsInWork(RAW);
  assert.equal(src.national.get(2006), 60);
  assert.equal(src.national.get(2010), 62);
  assert.equal(src.national.get(2014), 63);
  assert.equal(src.share.get(2006).size, 431);
  for (const y of [2012, 2013, 2014]) assert.equal(src.share.get(y).size, 428);
  const y2014 = [...src.share.get(2014).values()];
  assert.equal(Math.min(...y2014), 21);
  assert.equal(Math.max(...y2014), 91);
  assert.equal(median(y2014), 65);
  // Norway's count of employed immigrants less the sum of the kommuner: 0 from 2009; in 2006-2008 Norway
  // holds a few more (3, 4, 1), persons SSB counts nationally but in no kommune.
  const gap = [...src.persons].map(([y, m]) => src.nationalPersons.get(y) - [...m.values()].reduce((a, b) => a + b, 0));
  assert.deepEqual(gap, [3, 4, 1, 0, 0, 0, 0, 0, 0]);
  assert.equal(src.nationalPersons.get(2014), 381799);
  const f = ind('immigrants-in-work');
  assert.equal(f.coverage.NO.reference, 'Q4');
  assert.equal(f.coverage.NO.from, 2006);
  assert.equal(f.coverage.NO.to, 2014);
  assert.equal(national(f, 'NO', 2014), 63);
  assert.equal(valueOf(f, 'NO-0301', 2014), 62); // Oslo
  assert.equal(valueOf(f, 'NO-4601', 2014), 66); // Bergen (1201)
  assert.equal(valueOf(f, 'NO-5501', 2014), 68); // Tromsø (1902)
  assert.equal(valueOf(f, 'NO-1820', 2014), 53); // Alstahaug
});

test('Norway immigrants in work: a share is never summed — merged municipalities and later splits have no figure', () => {
  const f = ind('immigrants-in-work');
  const no = loadNorway(RAW);
  const w = immigrantsInWorkSeries(RAW, no, makeCrosswalk(no));
  // Moss (3103) = 0104 + 0136 since 2020: no figure in any year.
  assert.equal(f.values['NO-3103'], undefined);
  assert.ok(w.merged.has('3103'));
  // Harstad (5503) = 1901 + 1915 until 2012 (data year 2011), then one code (1903): figures from 2012 only.
  assert.deepEqual(f.years.map((y) => valueOf(f, 'NO-5503', y) !== null), f.years.map((y) => y >= 2012));
  // Kristiansund: the 2006 codes (1503, 1556) predate the change table and are not used.
  assert.equal(valueOf(f, 'NO-1505', 2006), null);
  assert.deepEqual(w.unplaced, ['1503 (2006)', '1556 (2006)']);
  for (const t of ['3905', '3907', '1806', '1875', '5055', '5056', '5059']) assert.equal(f.values[`NO-${t}`], undefined, t);
  // Every municipality with a figure has exactly one source code in that year.
  assert.equal(f.coverage.NO.municipalities, Object.keys(f.values).length);
  assert.ok(f.notes[0].en.includes('3103 (0104+0136, 2006-2014)'));
});

test('learning examples carry their municipality\'s latest figure of the built outcome files, beside the country\'s', () => {
  const cases = readJson(built(), 'case-studies.json').cases;
  const wanted = { SE: ['refugees-in-work'], NO: ['refugees-first-municipality', 'immigrants-in-work'] };
  let n = 0;
  for (const c of cases) {
    const expected = [];
    for (const id of wanted[c.country] ?? []) {
      const f = ind(id);
      for (const mid of c.municipalityIds) {
        const arr = f.values[mid];
        const i = arr ? arr.findLastIndex((v) => v !== null) : -1;
        if (i < 0) continue;
        expected.push({ indicator: id, municipalityId: mid, year: f.years[i], value: arr[i], national: f.national[c.country][i], reference: f.coverage[c.country].reference, label: f.label.en });
      }
    }
    const got = c.indicatorOutcomes.map((o) => ({ indicator: o.indicator, municipalityId: o.municipalityId, year: o.year, value: o.value, national: o.national, reference: o.reference, label: o.label.en }));
    assert.deepEqual(got, expected, c.id);
    n += got.length;
  }
  assert.equal(n, 10);
  const krokom = cases.find((c) => c.id === 'krokom').indicatorOutcomes[0];
  assert.deepEqual([krokom.year, krokom.reference, krokom.national], [2022, '11', 67.7]);
  assert.ok(krokom.sources[0].table.startsWith('N00700'));
  // A case in a municipality without a figure (Berg, today part of Senja, merged) has none.
  assert.deepEqual(cases.find((c) => c.id === 'berg').indicatorOutcomes, []);
  // Localized files carry the one-language texts.
  const sv = readJson(built(), 'case-studies/sv.json').cases.find((c) => c.id === 'krokom').indicatorOutcomes[0];
  assert.equal(sv.label, ind('refugees-in-work').label.sv);
  // Each language file writes the period as the map's formatter does in that language.
  assert.equal(sv.period, 'november 2022');
  const byLang = (lang) => readJson(built(), `case-studies/${lang}.json`).cases.find((c) => c.id === 'heroy').indicatorOutcomes.map((o) => o.period);
  assert.deepEqual(byLang('en'), ['1 January 2015', 'Q4 2014']);
  assert.deepEqual(byLang('nb'), ['1. januar 2015', '4. kvartal 2014']);
});
