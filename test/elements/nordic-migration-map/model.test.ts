import { expect } from '@open-wc/testing';
import type { CountrySeriesFile, IndicatorFile } from '../../../src/core/data-types.js';
import {
  caseIdFor,
  countriesWithoutFigures,
  countryValues,
  countryYears,
  nearestInDirection,
  parseCountries,
  parseYearChoice,
  resolveHighlight,
  searchPlace,
  valueAt,
  yearList,
  yearsByCountry,
  sharedYear,
  yearsWithData,
  type Place,
} from '../../../src/elements/nordic-migration-map/model.js';
import { aspectRatio, conicRaw, fitBounds, labelPoint, project, rawBounds } from '../../../src/elements/nordic-migration-map/projection.js';

// A tiny indicator file in the real format; figures here are made up test inputs, not statistics.
const file: IndicatorFile = {
  format: 'nordic-indicator/1',
  id: 'test',
  unit: 'percent',
  label: { en: 'Test' },
  definition: { en: 'Test' },
  sources: [],
  years: [2020, 2021, 2022],
  coverage: { SE: { from: 2020, to: 2022, municipalities: 2 }, NO: { from: 2020, to: 2021, municipalities: 1 } },
  built: '2026-01-01',
  values: { 'SE-0114': [1, 2, 3], 'SE-2309': [null, 4, 5], 'NO-1818': [6, 7, null] },
};

const places: Place[] = [
  { id: 'SE-0114', code: '0114', name: 'Upplands Väsby', country: 'SE' },
  { id: 'SE-2309', code: '2309', name: 'Krokom', country: 'SE' },
  { id: 'NO-1818', code: '1818', name: 'Herøy', country: 'NO' },
  { id: 'FI-091', code: '091', name: 'Helsinki', nameSv: 'Helsingfors', country: 'FI' },
];

describe('map model', () => {
  it('parses countries and reports unknown codes', () => {
    expect(parseCountries('se NO se')).to.deep.equal({ countries: ['SE', 'NO'], unknown: [] });
    expect(parseCountries('SE XX')).to.deep.equal({ countries: ['SE'], unknown: ['XX'] });
    expect(parseCountries('').countries).to.deep.equal(['DK', 'FI', 'IS', 'NO', 'SE']);
  });

  it('resolves highlight ids, codes and case-studies', () => {
    const result = resolveHighlight('se-0114 1818 case-studies nowhere', places, ['SE-2309', 'XX-1']);
    expect([...result.ids].sort()).to.deep.equal(['NO-1818', 'SE-0114', 'SE-2309']);
    expect(result.unknown).to.deep.equal(['nowhere']);
    expect(result.wantsCases).to.equal(true);
  });

  it('reads years and values and names countries without figures', () => {
    expect(yearsWithData(file, ['SE'])).to.deep.equal([2020, 2021, 2022]);
    expect(yearsWithData(file, ['NO'])).to.deep.equal([2020, 2021]);
    expect(yearsWithData(file, ['DK'])).to.deep.equal([]);
    expect(valueAt(file, 'SE-2309', 2021)).to.equal(4);
    expect(valueAt(file, 'SE-2309', 2020)).to.equal(null);
    expect(valueAt(file, 'SE-2309', 1999)).to.equal(null);
    expect(countriesWithoutFigures(file, 2022, ['DK', 'NO', 'SE'])).to.deep.equal(['DK', 'NO']);
    expect(countriesWithoutFigures(file, 2021, ['NO', 'SE'])).to.deep.equal([]);
  });

  it('computes country figures from the series', () => {
    const series = (values: Record<string, (number | null)[]>) => ({ id: 'x', unit: 'persons', label: { en: 'x' }, definition: { en: 'x' }, sources: [], years: [2020, 2021], values });
    const countries = { DK: [1000, 1100], FI: [2000, 2000], IS: [null, 500], NO: [4000, 4040], SE: [5000, 5050], NORDIC: [null, null] };
    const seriesFile = {
      format: 'nordic-country-series/1',
      built: '2026-01-01',
      series: {
        population: series(countries),
        'net-migration': series({ DK: [10, 22], FI: [null, 4], IS: [1, 1], NO: [8, 8], SE: [50, 101], NORDIC: [null, null] }),
        refugees: series({ DK: [5, 11], FI: [2, 2], IS: [null, null], NO: [4, 4], SE: [5, 5], NORDIC: [null, null] }),
        'asylum-seekers': series(countries),
      },
    } as unknown as CountrySeriesFile;
    const net = countryValues(seriesFile, 'net-migration-per-1000', 2021);
    expect(net.DK).to.be.closeTo(20, 1e-9);
    expect(net.SE).to.be.closeTo(20, 1e-9);
    expect(net.IS).to.be.closeTo(2, 1e-9);
    expect(countryValues(seriesFile, 'net-migration-per-1000', 2020).IS).to.equal(null);
    expect(countryValues(seriesFile, 'refugees-per-1000', 2021).DK).to.be.closeTo(10, 1e-9);
    const change = countryValues(seriesFile, 'population-change', 2021);
    expect(change.DK).to.be.closeTo(10, 1e-9);
    expect(change.NO).to.be.closeTo(1, 1e-9);
    expect(change.IS).to.equal(null);
    expect(countryYears(seriesFile, 'population-change', ['DK'])).to.deep.equal([2021]);
  });

  it('finds a municipality by Finnish or Swedish name, without accents', () => {
    expect(searchPlace('Helsingfors', places)?.id).to.equal('FI-091');
    expect(searchPlace('helsinki', places)?.id).to.equal('FI-091');
    expect(searchPlace('heroy', places)?.id).to.equal('NO-1818');
    expect(searchPlace('upplands', places)?.id).to.equal('SE-0114');
    expect(searchPlace('väsby', places)?.id).to.equal('SE-0114');
    expect(searchPlace('zzz', places)).to.equal(undefined);
  });

  it('moves to the nearest point in a direction', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'right', x: 10, y: 1 },
      { id: 'far-right', x: 30, y: 0 },
      { id: 'up', x: 1, y: -10 },
      { id: 'diagonal', x: 8, y: 9 },
    ];
    expect(nearestInDirection(points[0]!, points, 'right')?.id).to.equal('right');
    expect(nearestInDirection(points[0]!, points, 'up')?.id).to.equal('up');
    expect(nearestInDirection(points[0]!, points, 'down')?.id).to.equal('diagonal');
    expect(nearestInDirection(points[0]!, points, 'left')).to.equal(undefined);
  });

  it('finds the learning example of a municipality and shortens year lists', () => {
    expect(caseIdFor('SE-2309', [{ id: 'krokom', municipalityIds: ['SE-2309'] }])).to.equal('krokom');
    expect(caseIdFor('SE-0114', [{ id: 'krokom', municipalityIds: ['SE-2309'] }])).to.equal(undefined);
    expect(yearList([1997, 1998, 1999])).to.deep.equal(['1997–1999']);
    expect(yearList([2012, 2015])).to.deep.equal(['2012', '2015']);
  });
});

describe('map projection', () => {
  it('fits the bounds inside the box, centred, north up', () => {
    // Planar positions (the projected geometry's units, y north).
    const square = { type: 'Polygon' as const, coordinates: [[[-0.1, 0.5], [0.2, 0.5], [0.2, 0.6], [-0.1, 0.6], [-0.1, 0.5]]] };
    const bounds = rawBounds([square]);
    expect(bounds).to.deep.equal([-0.1, 0.5, 0.2, 0.6]);
    const fit = fitBounds(bounds, 400, 300, 10);
    const corners = square.coordinates[0]!.map(([x, y]) => project(fit, x!, y!));
    for (const [x, y] of corners) {
      expect(x).to.be.within(9.99, 390.01);
      expect(y).to.be.within(9.99, 290.01);
    }
    // The wider side fills the box between the margins; the shape is centred.
    expect(project(fit, 0.2, 0.55)[0] - project(fit, -0.1, 0.55)[0]).to.be.closeTo(380, 1e-9);
    const [cx, cy] = project(fit, 0.05, 0.55);
    expect(cx).to.be.closeTo(200, 1e-9);
    expect(cy).to.be.closeTo(150, 1e-9);
    // North is up.
    expect(project(fit, 0, 0.6)[1]).to.be.lessThan(project(fit, 0, 0.5)[1]);
    expect(aspectRatio(bounds)).to.be.within(0.55, 1.5);
  });

  it('has the central meridian at 15° E (the data build projects with it) and a label point inside a simple polygon', () => {
    expect(conicRaw(15, 62)[0]).to.be.closeTo(0, 1e-12);
    expect(conicRaw(20, 62)[0]).to.be.greaterThan(0);
    expect(conicRaw(15, 66)[1]).to.be.greaterThan(conicRaw(15, 62)[1]);
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] })!;
    expect([x, y]).to.deep.equal([1, 1]);
  });

  it('reads year: latest by default, a year with figures, anything else invalid', () => {
    const years = [2015, 2017, 2022];
    expect(parseYearChoice(null, years)).to.deep.equal({ choice: 'latest', invalid: false });
    expect(parseYearChoice('', years)).to.deep.equal({ choice: 'latest', invalid: false });
    expect(parseYearChoice(' Latest ', years)).to.deep.equal({ choice: 'latest', invalid: false });
    expect(parseYearChoice('2017', years)).to.deep.equal({ choice: 2017, invalid: false });
    expect(parseYearChoice('2016', years)).to.deep.equal({ choice: 'latest', invalid: true });
    expect(parseYearChoice('2017.5', years)).to.deep.equal({ choice: 'latest', invalid: true });
    expect(parseYearChoice('soon', [])).to.deep.equal({ choice: 'latest', invalid: false });
  });

  it("gives each country its own latest year, or the chosen year where it has figures", () => {
    const own: Record<string, number[]> = { SE: [2015, 2022], DK: [2015, 2026], NO: [2015], IS: [] };
    const yearsOf = (c: string) => own[c] ?? [];
    expect(yearsByCountry('latest', ['SE', 'DK', 'NO', 'IS'], yearsOf)).to.deep.equal({ SE: 2022, DK: 2026, NO: 2015 });
    expect(yearsByCountry(2022, ['SE', 'DK', 'NO', 'IS'], yearsOf)).to.deep.equal({ SE: 2022 });
    expect(sharedYear({ SE: 2022, DK: 2026 })).to.equal(undefined);
    expect(sharedYear({ SE: 2022, NO: 2022 })).to.equal(2022);
    expect(sharedYear({})).to.equal(undefined);
    expect(yearsByCountry(2015, ['DK'], yearsOf)).to.deep.equal({ DK: 2015 });
  });
});
