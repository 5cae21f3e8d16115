import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CountrySeriesFile } from '../../../src/core/data-types.js';
import { loadCountrySeries } from '../../../src/core/datasets/country-series.js';
import { diagnostics } from '../../../src/core/diagnostics.js';
import '../../../src/elements/nordic-fact/index.js';
import type { NordicFact } from '../../../src/elements/nordic-fact/index.js';
import { shadowText } from '../../helpers.js';

const mounted: HTMLElement[] = [];

/** Mounts a fact and resolves with the first nordic-ready or nordic-error. */
async function mount(attributes: Record<string, string>, parent: HTMLElement = document.body): Promise<{ element: NordicFact; errors: CustomEvent[] }> {
  const element = document.createElement('nordic-fact');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const errors: CustomEvent[] = [];
  element.addEventListener('nordic-error', (event) => errors.push(event));
  const ready = oneEvent(element, 'nordic-ready');
  parent.append(element);
  mounted.push(parent === document.body ? element : parent);
  await Promise.race([ready, waitUntil(() => errors.length > 0 && !element.shadowRoot!.querySelector('.figure'), 'no render', { timeout: 8000 }).catch(() => undefined)]);
  await element.updateComplete;
  return { element, errors };
}

const text = shadowText;

describe('<nordic-fact>', () => {
  let file: CountrySeriesFile;
  before(async () => {
    file = await loadCountrySeries();
  });
  afterEach(() => {
    mounted.splice(0).forEach((element) => element.remove());
    document.documentElement.setAttribute('lang', 'en');
  });

  it('population growth 1990–2016: +15.2 % to 26.7 million (CHECKS §1), with the source', async () => {
    const { element, errors } = await mount({ fact: 'population-growth', from: '1990', to: '2016' });
    expect(errors).to.deep.equal([]);
    expect(text(element, '.figure')).to.equal('+15.2%');
    expect(text(element, '.text')).to.contain('1990–2016');
    expect(text(element, '.text')).to.contain('26.7 million');
    const source = element.shadowRoot!.querySelector('.source')!;
    expect(source.textContent).to.contain(file.series.population.sources[0]!.licence);
    expect(source.querySelector('a')!.getAttribute('href')).to.equal(new URL(file.series.population.sources[0]!.url).href);
    expect(source.querySelector('a')!.getAttribute('rel')).to.contain('noopener');
  });

  it('migration share 1990–2017: 63.0 % (CHECKS §2), with the estimate note of the file', async () => {
    const { element } = await mount({ fact: 'migration-share', from: '1990', to: '2017' });
    expect(text(element, '.figure')).to.equal('63.0%');
    expect(text(element, '.note')).to.contain(file.series['net-migration'].estimateNote!.en);
    const { element: later } = await mount({ fact: 'migration-share', from: '1999', to: '2017' });
    expect(text(later, '.note')).to.not.contain(file.series['net-migration'].estimateNote!.en);
  });

  it('refugees in Sweden at the end of 2024: 163,029 (provenance addendum A)', async () => {
    const { element } = await mount({ fact: 'refugees', year: '2024', country: 'SE' });
    expect(text(element, '.figure')).to.equal('163,029');
    expect(text(element, '.text')).to.contain('2024');
  });

  it('new asylum applications in Sweden during 2015: 156,330, with the UNHCR source and licence', async () => {
    const { element, errors } = await mount({ fact: 'asylum-applications', year: '2015', country: 'SE' });
    expect(errors).to.deep.equal([]);
    expect(text(element, '.figure')).to.equal('156,330');
    expect(text(element, '.text')).to.contain('New asylum applications in Sweden during 2015');
    expect(text(element, '.source')).to.contain('UNHCR');
    expect(text(element, '.source')).to.contain('CC BY 4.0');
  });

  it('resettled refugees: the Nordic total of 2015 from the data file, and a year without a Danish figure is reported', async () => {
    const series = file.series['resettlement-arrivals'];
    const expected = series.values.NORDIC[series.years.indexOf(2015)]!;
    const { element } = await mount({ fact: 'resettlement-arrivals', year: '2015' });
    expect(text(element, '.figure')).to.equal(expected.toLocaleString('en'));
    expect(text(element, '.text')).to.contain('Nordic countries during 2015');
    const { errors } = await mount({ fact: 'resettlement-arrivals', year: '2019' });
    expect(errors.length).to.be.greaterThan(0);
  });

  it('defaults to the latest period in the data, and narrows to one country', async () => {
    const population = file.series.population;
    const first = population.years[0]!;
    const last = population.years[population.years.length - 1]!;
    const { element } = await mount({ fact: 'population-growth' });
    expect(text(element, '.text')).to.contain(`${first}–${last}`);
    const { element: sweden } = await mount({ fact: 'population-growth', country: 'se', from: '1990', to: '2017' });
    expect(text(sweden, '.figure')).to.equal('+17.5%'); // CHECKS §1: SWE +17.51 %
    expect(text(sweden, '.text')).to.contain('Sweden');
  });

  it('reports an unknown fact and still shows the default fact', async () => {
    const { element, errors } = await mount({ fact: 'unemployment', from: '1990', to: '2016' });
    expect(errors[0]!.detail).to.deep.include({ code: 'invalid-attribute', attribute: 'fact', value: 'unemployment' });
    expect(errors[0]!.detail.accepted).to.deep.equal(['population-growth', 'migration-share', 'refugees', 'asylum-applications', 'resettlement-arrivals']);
    expect(text(element, '[role="alert"]')).to.contain('"unemployment"');
    expect(text(element, '[role="alert"]')).to.contain('migration-share');
    expect(text(element, '.figure')).to.equal('+15.2%');
  });

  it('reports an unknown country, years outside the data and from after to', async () => {
    const { errors: country } = await mount({ country: 'XX' });
    expect(country[0]!.detail).to.deep.include({ code: 'unknown-id', attribute: 'country', value: 'XX' });
    const { element, errors: early } = await mount({ from: '1900', to: '2016' });
    const years = file.series.population.years;
    expect(early[0]!.detail).to.deep.include({ attribute: 'from', value: '1900' });
    expect(early[0]!.detail.accepted).to.deep.equal([`${years[0]}–${years[years.length - 1]}`]);
    expect(text(element, '.figure')).to.equal('+15.2%');
    const { errors: reversed } = await mount({ fact: 'migration-share', from: '2017', to: '1990' });
    expect(reversed[0]!.detail).to.deep.include({ code: 'invalid-attribute', attribute: 'from', value: '2017' });
    const { errors: year } = await mount({ fact: 'refugees', year: '2050' });
    expect(year[0]!.detail).to.deep.include({ attribute: 'year', value: '2050' });
  });

  it('shows a retry button for a failing file', async () => {
    const { element, errors } = await mount({ src: '/test/fixtures/missing-series.json' });
    expect(errors[0]!.detail.code).to.equal('data-fetch');
    expect(element.shadowRoot!.querySelector('[role="alert"] button')).to.exist;
  });

  it('follows a language switch: Swedish and Finnish number formats and source line', async () => {
    const { element } = await mount({ fact: 'population-growth', from: '1990', to: '2016' });
    document.documentElement.setAttribute('lang', 'sv');
    await waitUntil(() => text(element).includes('Källa:'), `expected Swedish, got ${text(element)}`);
    expect(text(element, '.figure').replace(/\s/g, ' ')).to.equal('+15,2 %');
    expect(text(element, '.text')).to.contain('26,7');
    element.setAttribute('lang', 'fi');
    await waitUntil(() => text(element).includes('Lähde:'), `expected Finnish, got ${text(element)}`);
    expect(text(element, '.figure').replace(/\s/g, ' ')).to.equal('+15,2 %');
  });

  it('never loads Vega', () => {
    expect(diagnostics.vegaLoads).to.equal(0);
  });
});
