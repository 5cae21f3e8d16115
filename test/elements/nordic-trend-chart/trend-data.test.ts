// Expected figures come from stats/CHECKS.md or are recomputed here from the data file.
import { expect } from '@open-wc/testing';
import type { CountrySeriesFile } from '../../../src/core/data-types.js';
import { loadCountrySeries } from '../../../src/core/datasets/country-series.js';
import {
  availableYears,
  defaultPeriod,
  markFor,
  MODES_BY_SERIES,
  nearestYear,
  SERIES_IDS,
  stepYear,
  trendPoints,
  yearRows,
} from '../../../src/elements/nordic-trend-chart/trend-data.js';

describe('trend data', () => {
  let file: CountrySeriesFile;
  before(async () => {
    file = await loadCountrySeries();
  });

  it('absolute: the figures of the file (CHECKS §1, §5)', () => {
    const points = trendPoints(file, 'population', ['NORDIC', 'SE'], { from: 1990, to: 2016 }, 'absolute');
    const at = (key: string, year: number) => points.find((p) => p.key === key && p.year === year)!.value;
    expect(at('NORDIC', 1990)).to.equal(23182504);
    expect(at('NORDIC', 2016)).to.equal(26716356);
    expect(at('SE', 2016)).to.equal(9923085);
    expect(points).to.have.length(2 * 27);
    // end-2024 refugee stock, PROVENANCE-addendum-country A: SWE 163,029, NOR 123,981, DNK 98,204, FIN 93,182, ISL 7,879
    const refugees = trendPoints(file, 'refugees', ['NORDIC'], { from: 2024, to: 2024 }, 'absolute');
    expect(refugees.map((p) => p.value)).to.deep.equal([163029 + 123981 + 98204 + 93182 + 7879]);
    const applications = trendPoints(file, 'asylum-applications', ['SE', 'NO', 'DK'], { from: 2015, to: 2015 }, 'absolute');
    expect(applications.map((p) => p.value)).to.deep.equal([156330, 30503, 21302]);
  });

  it('index: first year = 100 (CHECKS §1 growth +15.24 %)', () => {
    const points = trendPoints(file, 'population', ['NORDIC', 'IS'], { from: 1990, to: 2017 }, 'index');
    const at = (key: string, year: number) => points.find((p) => p.key === key && p.year === year)!.value!;
    expect(at('NORDIC', 1990)).to.equal(100);
    expect(at('NORDIC', 2016).toFixed(2)).to.equal('115.24');
    expect(at('IS', 2017).toFixed(2)).to.equal('134.76');
  });

  it('per 1,000 inhabitants: divided by the population of the same country and year', () => {
    const points = trendPoints(file, 'refugees', ['SE', 'NORDIC'], { from: 2024, to: 2024 }, 'per-1000');
    const population = file.series.population;
    const i = population.years.indexOf(2024);
    const nordic = 163029 + 123981 + 98204 + 93182 + 7879;
    expect(points[0]!.value).to.be.closeTo((163029 / population.values.SE[i]!) * 1000, 1e-9);
    expect(points[1]!.value).to.be.closeTo((nordic / population.values.NORDIC[i]!) * 1000, 1e-9);
    expect(points[1]!.raw).to.equal(nordic);
  });

  it('marks Norway net migration before 1999 as estimates, from the file', () => {
    const points = trendPoints(file, 'net-migration', ['NO', 'SE', 'NORDIC'], { from: 1995, to: 2000 }, 'absolute');
    const estimated = points.filter((p) => p.estimate).map((p) => `${p.key} ${p.year}`);
    const years = file.series['net-migration'].estimates!.NO!.filter((y) => y >= 1995);
    expect(estimated).to.deep.equal([...years.map((y) => `NO ${y}`), ...years.map((y) => `NORDIC ${y}`)]);
    expect(points.find((p) => p.key === 'SE' && p.year === 1995)!.estimate).to.equal(false);
  });

  it('uses bars for net migration and lines for stocks; modes per series', () => {
    expect(markFor('net-migration')).to.equal('bar');
    expect(markFor('population')).to.equal('line');
    expect(MODES_BY_SERIES.population).to.not.include('per-1000');
    expect(MODES_BY_SERIES['net-migration']).to.not.include('index');
    expect(markFor('asylum-applications')).to.equal('bar');
    expect(markFor('resettlement-arrivals')).to.equal('bar');
    expect(markFor('foreign-born')).to.equal('line');
    expect(SERIES_IDS).to.include.members(['asylum-applications', 'resettlement-arrivals', 'foreign-born', 'refugees', 'asylum-seekers']);
  });

  it('finds the years with figures and defaults to the population series start', () => {
    const refugees = availableYears(file, 'refugees', ['SE'], 'absolute')!;
    const perThousand = availableYears(file, 'refugees', ['SE'], 'per-1000')!;
    expect(refugees.from).to.be.below(file.series.population.years[0]!);
    expect(perThousand.from).to.equal(file.series.population.years[0]);
    expect(defaultPeriod(file, refugees)).to.deep.equal({ from: file.series.population.years[0], to: refugees.to });
  });

  it('groups points into table rows per year', () => {
    const rows = yearRows(trendPoints(file, 'net-migration', ['NO', 'SE'], { from: 1997, to: 1999 }, 'absolute'));
    expect(rows.map((r) => r.year)).to.deep.equal([1997, 1998, 1999]);
    expect(rows[0]!.estimates).to.deep.equal({ NO: true });
    expect(rows[2]!.estimates).to.deep.equal({});
    expect(rows[1]!.values.SE).to.equal(file.series['net-migration'].values.SE[file.series['net-migration'].years.indexOf(1998)]);
  });

  it('moves the year with the keys and finds the nearest year', () => {
    const years = [2000, 2001, 2002];
    expect(stepYear(years, undefined, 'ArrowRight')).to.equal(2000);
    expect(stepYear(years, undefined, 'ArrowLeft')).to.equal(2002);
    expect(stepYear(years, 2001, 'ArrowRight')).to.equal(2002);
    expect(stepYear(years, 2002, 'ArrowRight')).to.equal(2002);
    expect(stepYear(years, 2001, 'ArrowLeft')).to.equal(2000);
    expect(stepYear(years, 2001, 'Home')).to.equal(2000);
    expect(stepYear(years, 2000, 'End')).to.equal(2002);
    expect(nearestYear(years, 2001.4)).to.equal(2001);
    expect(nearestYear(years, 1800)).to.equal(2000);
  });
});
