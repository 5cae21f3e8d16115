import { test } from 'node:test';
import assert from 'node:assert/strict';
import { built, readJson } from './helpers.mjs';

const cs = () => readJson(built(), 'country-series.json');
const at = (s, key, year) => s.values[key][s.years.indexOf(year)];

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

test('UNHCR stocks (CHECKS §5)', () => {
  const { refugees, 'asylum-seekers': asy } = cs().series;
  assert.equal(refugees.years[0], 1951);
  assert.equal(refugees.years.at(-1), 2018);
  assert.equal(at(refugees, 'NORDIC', 2017), 356806);
  assert.equal(at(refugees, 'NORDIC', 1990), 164583);
  assert.equal(at(asy, 'SE', 2015), 157046);
  assert.match(asy.definition.en, /pending/);
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
