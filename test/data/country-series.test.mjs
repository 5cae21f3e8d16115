import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { built, readJson, ROOT } from './helpers.mjs';
import { readDelimited } from '../../scripts/lib/io.mjs';

const cs = () => readJson(built(), 'country-series.json');
const at = (s, key, year) => s.values[key][s.years.indexOf(year)];
const row = (s, year) => ['SE', 'NO', 'DK', 'FI', 'IS'].map((c) => at(s, c, year));

test('Nordic population totals and growth (CHECKS §1)', () => {
  const pop = cs().series.population;
  assert.equal(pop.years[0], 1990);
  assert.equal(pop.years.at(-1), 2024);
  assert.equal(at(pop, 'NORDIC', 1990), 23182504);
  assert.equal(at(pop, 'NORDIC', 2016), 26716356);
  assert.equal(at(pop, 'NORDIC', 2024), 28125397);
  assert.equal(at(pop, 'SE', 2017), 10057698);
  assert.equal(((at(pop, 'NORDIC', 2016) / at(pop, 'NORDIC', 1990) - 1) * 100).toFixed(2), '15.24');
});

test('share of population growth due to net migration (CHECKS §2)', () => {
  const { population: pop, 'net-migration': net } = cs().series;
  const share = (a, b) => {
    let mig = 0;
    for (let y = a; y < b; y++) mig += at(net, 'NORDIC', y);
    return ((mig / (at(pop, 'NORDIC', b) - at(pop, 'NORDIC', a))) * 100).toFixed(1);
  };
  assert.equal(share(1990, 2016), '61.5');
  assert.equal(share(1990, 2017), '63.0');
  assert.equal(share(1990, 2023), '66.9');
  assert.equal(at(net, 'SE', 2016), 119714);
  assert.deepEqual(net.estimates.NO, [1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998]);
});

test('UNHCR stocks to 2025 from the refugees package (PROVENANCE-addendum-country A)', () => {
  const { refugees, 'asylum-seekers': asy } = cs().series;
  assert.equal(refugees.years[0], 1951);
  assert.equal(refugees.years.at(-1), 2025);
  assert.equal(refugees.reference, '12-31');
  assert.equal(asy.reference, '12-31');
  // end-2024 refugee stock: SWE 163,029, NOR 123,981, DNK 98,204, FIN 93,182, ISL 7,879
  assert.deepEqual(row(refugees, 2024), [163029, 123981, 98204, 93182, 7879]);
  assert.equal(at(refugees, 'NORDIC', 2024), 163029 + 123981 + 98204 + 93182 + 7879);
  assert.equal(at(refugees, 'SE', 2015), 169516, 'identical in the 2008-2024 natix export (C)');
  assert.equal(at(asy, 'SE', 2015), 157017, 'revised from 157,046 in the old DDF file');
  assert.match(asy.definition.en, /pending/);
  // the package's zeros before a country's first asylum-seeker figure are "not reported"
  assert.equal(at(asy, 'NO', 2005), null);
  assert.equal(at(asy, 'FI', 2003), null);
  assert.ok(asy.years.every((_, i) => Object.values(asy.values).every((v) => v[i] !== 0)), 'no zero pending stock');
});

test('the package agrees with the DNK/FIN/SWE 2008-2023 export (C) for both stocks', () => {
  const { refugees, 'asylum-seekers': asy } = cs().series;
  const rows = readDelimited(join(ROOT, 'data', 'raw', 'stats', 'raw', 'country_refugees_unhcr_2008_2024_natix', 'refugees_in_EU_plus_UK.csv'));
  const iso = { DNK: 'DK', FIN: 'FI', SWE: 'SE' };
  let checked = 0;
  for (const r of rows) {
    const c = iso[r['Country of Asylum ISO']];
    const year = Number(r.Year);
    if (!c || year > 2023) continue;
    assert.equal(at(refugees, c, year), Number(r.Refugees), `${c} ${year} refugees`);
    assert.equal(at(asy, c, year) ?? 0, Number(r['Asylum Seekers']), `${c} ${year} asylum-seekers`);
    checked++;
  }
  assert.equal(checked, 3 * 16);
});

test('new asylum applications per calendar year (UNHCR, first instance)', () => {
  const app = cs().series['asylum-applications'];
  assert.equal(app.reference, 'year');
  assert.equal(app.years[0], 2006);
  assert.equal(app.years.at(-1), 2025);
  // provenance spot checks, SWE NOR DNK FIN ISL
  assert.deepEqual(row(app, 2015), [156330, 30503, 21302, 29226, 338]);
  assert.deepEqual(row(app, 2024), [6773, 4821, 2230, 2377, 1821]);
  assert.equal(at(app, 'SE', 2008), 24339, 'N rows marked AR (appeals) are left out');
  assert.equal(at(app, 'FI', 2017), null, 'reported in cases');
  assert.equal(at(app, 'FI', 2019), null, 'reported in cases');
  assert.equal(at(app, 'NORDIC', 2015), 156330 + 30503 + 21302 + 29226 + 338);
});

test('UNHCR new applications are close to Eurostat all applicants (repeat applicants included) in 2015, within 12 % (later, repeat applicants are a large part of Eurostat\'s count)', () => {
  const app = cs().series['asylum-applications'];
  const rows = readDelimited(join(ROOT, 'data', 'raw', 'stats', 'raw', 'country_asylum_eurostat_natix', 'asylum_applicants_total.csv'));
  const eurostat = new Map(rows.filter((r) => r.citizen === 'TOTAL').map((r) => [`${r.geo} ${r.TIME_PERIOD}`, Number(r.OBS_VALUE)]));
  assert.equal(eurostat.get('SE 2015'), 162550);
  for (const c of ['DK', 'FI', 'NO', 'SE']) {
    for (const year of [2015]) {
      const u = at(app, c, year);
      const e = eurostat.get(`${c} ${year}`);
      assert.ok(u !== null && e !== undefined, `${c} ${year}`);
      assert.ok(Math.abs(u - e) / e < 0.12, `${c} ${year}: UNHCR ${u}, Eurostat ${e}`);
    }
  }
});

test('resettlement arrivals per calendar year; a year with no row is null, not 0', () => {
  const res = cs().series['resettlement-arrivals'];
  assert.equal(res.reference, 'year');
  assert.deepEqual(row(res, 2015), [1898, 2385, 593, 1002, 13]);
  assert.equal(at(res, 'SE', 2019), 5237);
  assert.equal(at(res, 'NO', 2019), 2803);
  assert.equal(at(res, 'FI', 2019), 749);
  assert.equal(at(res, 'DK', 2018), null);
  assert.equal(at(res, 'DK', 2019), null);
  assert.equal(at(res, 'FI', 2022), null);
  assert.equal(at(res, 'NORDIC', 2019), null);
  assert.equal(res.years.at(-1), 2025);
});

test('foreign-born residents on 1 January (Eurostat migr_pop3ctb)', () => {
  const fb = cs().series['foreign-born'];
  assert.equal(fb.reference, '01-01');
  assert.equal(fb.years[0], 2010);
  assert.equal(fb.years.at(-1), 2022);
  assert.deepEqual(row(fb, 2022), [2089008, 906843, 745851, 428409, 71767]);
  assert.ok(fb.years.every((_, i) => fb.values.NORDIC[i] !== null), 'all five, every year');
});

test('every series states its reference and its sources with a licence', () => {
  for (const s of Object.values(cs().series)) {
    assert.match(s.reference, /^(\d{2}-\d{2}|year)$/, s.id);
    for (const src of s.sources) assert.ok(src.licence && src.url.startsWith('https://'), s.id);
    for (const lang of ['en', 'sv', 'nb', 'da', 'fi', 'is']) {
      assert.ok(s.label[lang], `${s.id} label ${lang}`);
      assert.ok(s.definition[lang], `${s.id} definition ${lang}`);
    }
  }
  assert.equal(cs().series['asylum-applications'].sources[0].licence, 'CC BY 4.0');
});

test('NORDIC is null unless all five countries have a figure', () => {
  for (const s of Object.values(cs().series)) {
    s.years.forEach((_, i) => {
      const parts = ['DK', 'FI', 'IS', 'NO', 'SE'].map((c) => s.values[c][i]);
      const expect = parts.every((v) => v !== null) ? parts.reduce((a, b) => a + b, 0) : null;
      assert.equal(s.values.NORDIC[i], expect, `${s.id} ${s.years[i]}`);
    });
  }
});
