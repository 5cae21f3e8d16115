// The headline facts against the verified figures of stats/CHECKS.md (computed there from the raw
// files with Python); other expectations are recomputed here from the data file itself.
import { expect } from '@open-wc/testing';
import type { CountrySeriesFile } from '../../../src/core/data-types.js';
import { loadCountrySeries } from '../../../src/core/datasets/country-series.js';
import {
  ALL_COUNTRIES,
  factPeriods,
  mergeSources,
  migrationShare,
  populationGrowth,
  refugeeStock,
  sumAt,
  yearFigure,
} from '../../../src/elements/nordic-fact/facts.js';

describe('nordic-fact computations', () => {
  let file: CountrySeriesFile;
  before(async () => {
    file = await loadCountrySeries();
  });

  it('population growth of the Nordic 5, 1990→2016: +15.24 % to 26,716,356 (CHECKS §1)', () => {
    const growth = populationGrowth(file, ALL_COUNTRIES, { from: 1990, to: 2016 })!;
    expect(growth.start).to.equal(23182504);
    expect(growth.end).to.equal(26716356);
    expect(growth.change).to.equal(3533852);
    expect(growth.percent.toFixed(2)).to.equal('15.24');
  });

  it('population growth 1990→2017 and 1990→2024 (CHECKS §1)', () => {
    expect(populationGrowth(file, ALL_COUNTRIES, { from: 1990, to: 2017 })!.percent.toFixed(2)).to.equal('16.26');
    const to2024 = populationGrowth(file, ALL_COUNTRIES, { from: 1990, to: 2024 })!;
    expect(to2024.percent.toFixed(2)).to.equal('21.32');
    expect(to2024.change).to.equal(4942893);
  });

  it('population growth per country, 1990→2017 (CHECKS §1)', () => {
    const percent = (country: 'DK' | 'FI' | 'IS' | 'NO' | 'SE') => populationGrowth(file, [country], { from: 1990, to: 2017 })!.percent.toFixed(2);
    expect([percent('DK'), percent('FI'), percent('IS'), percent('NO'), percent('SE')]).to.deep.equal(['12.14', '10.46', '34.76', '24.41', '17.51']);
  });

  it('the share of growth from net migration: 61.5 %, 63.0 %, 66.9 % (CHECKS §2)', () => {
    const share = (to: number) => migrationShare(file, ALL_COUNTRIES, { from: 1990, to })!;
    expect(share(2016).netMigration).to.equal(2173061);
    expect(share(2016).percent.toFixed(1)).to.equal('61.5');
    expect(share(2017).netMigration).to.equal(2373755);
    expect(share(2017).growth).to.equal(3768756);
    expect(share(2017).percent.toFixed(1)).to.equal('63.0');
    expect(share(2023).netMigration).to.equal(3203969);
    expect(share(2023).percent.toFixed(1)).to.equal('66.9');
  });

  it('the share per country, 1990→2017 (CHECKS §2), and the estimate flag for Norway before 1999', () => {
    const share = (country: 'DK' | 'FI' | 'IS' | 'NO' | 'SE') => migrationShare(file, [country], { from: 1990, to: 2017 })!;
    expect(['DK', 'FI', 'IS', 'NO', 'SE'].map((c) => share(c as 'DK').percent.toFixed(1))).to.deep.equal(['68.6', '49.1', '20.6', '57.0', '72.2']);
    expect(share('NO').estimates).to.equal(true);
    expect(share('SE').estimates).to.equal(false);
    expect(migrationShare(file, ALL_COUNTRIES, { from: 1999, to: 2017 })!.estimates).to.equal(false);
  });

  it('no share for an empty or reversed period', () => {
    expect(migrationShare(file, ALL_COUNTRIES, { from: 2000, to: 2000 })).to.equal(null);
    expect(migrationShare(file, ALL_COUNTRIES, { from: 2010, to: 2000 })).to.equal(null);
  });

  it('refugees living in the Nordic 5 at the end of 2024: the sum of the provenance\'s SWE 163,029, NOR 123,981, DNK 98,204, FIN 93,182, ISL 7,879', () => {
    expect(refugeeStock(file, ALL_COUNTRIES, 2024)).to.equal(163029 + 123981 + 98204 + 93182 + 7879);
    expect(refugeeStock(file, ['SE'], 2015)).to.equal(169516);
    expect(refugeeStock(file, ALL_COUNTRIES, 1800)).to.equal(null);
  });

  it('new asylum applications and resettled refugees in a year (UNHCR, provenance spot checks)', () => {
    expect(yearFigure(file, 'asylum-applications', ['SE'], 2015)).to.equal(156330);
    expect(yearFigure(file, 'asylum-applications', ALL_COUNTRIES, 2015)).to.equal(156330 + 30503 + 21302 + 29226 + 338);
    expect(yearFigure(file, 'asylum-applications', ['FI'], 2017)).to.equal(null); // reported in cases
    expect(yearFigure(file, 'resettlement-arrivals', ['NO'], 2015)).to.equal(2385);
    expect(yearFigure(file, 'resettlement-arrivals', ALL_COUNTRIES, 2015)).to.equal(1898 + 2385 + 593 + 1002 + 13);
    expect(yearFigure(file, 'resettlement-arrivals', ALL_COUNTRIES, 2019)).to.equal(null); // no Danish figure
    expect(yearFigure(file, 'refugees', ['SE'], 2024)).to.equal(163029);
  });

  it('sums only where every country has a figure', () => {
    const refugees = file.series.refugees;
    const gap = refugees.years.find((_year, i) => refugees.values.SE[i] !== null && ALL_COUNTRIES.some((c) => refugees.values[c][i] === null));
    expect(gap, 'the refugee series has years with only some countries').to.not.equal(undefined);
    expect(sumAt(refugees, ALL_COUNTRIES, gap!)).to.equal(null);
    expect(sumAt(refugees, ['SE'], gap!)).to.equal(refugees.values.SE[refugees.years.indexOf(gap!)]);
  });

  it('defaults to the latest period the data allow', () => {
    const population = file.series.population;
    const net = file.series['net-migration'];
    const growth = factPeriods(file, 'population-growth', ALL_COUNTRIES)!;
    expect(growth.defaults).to.deep.equal({ from: population.years[0], to: population.years[population.years.length - 1] });
    const share = factPeriods(file, 'migration-share', ALL_COUNTRIES)!;
    // Net migration for from … to − 1, population for from and to.
    expect(share.defaults.from).to.equal(Math.max(population.years[0]!, net.years[0]!));
    expect(share.defaults.to).to.equal(Math.min(population.years[population.years.length - 1]!, net.years[net.years.length - 1]! + 1));
    const refugees = factPeriods(file, 'refugees', ALL_COUNTRIES)!;
    const lastYear = file.series.refugees.years[file.series.refugees.years.length - 1]!;
    expect(refugees.defaults).to.deep.equal({ from: lastYear, to: lastYear });
    expect(refugeeStock(file, ALL_COUNTRIES, refugees.defaults.to)).to.not.equal(null);
    // resettlement: the latest year in which all five countries have a figure
    const resettled = factPeriods(file, 'resettlement-arrivals', ALL_COUNTRIES)!;
    const series = file.series['resettlement-arrivals'];
    const complete = series.years.filter((_year, i) => ALL_COUNTRIES.every((c) => series.values[c][i] !== null));
    expect(resettled.defaults.to).to.equal(complete[complete.length - 1]);
    expect(factPeriods(file, 'asylum-applications', ['SE'])!.defaults.to).to.equal(2025);
  });
});

describe('mergeSources', () => {
  it('merges the sources of one file and licence, keeps the others', async () => {
    const file = await loadCountrySeries();
    const net = file.series['net-migration'].sources;
    const population = file.series.population.sources;
    const merged = mergeSources([...population, ...net]);
    const urls = new Set(net.map((s) => `${s.url} ${s.licence}`));
    expect(merged.length).to.equal(population.length + urls.size);
    expect(merged[0]).to.deep.equal(population[0]);
    for (const source of net) expect(merged.some((m) => m.url === source.url && m.publisher.includes(source.publisher))).to.equal(true);
  });
});
