import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/nordic-migration-map/index.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import { drawn, pathOf } from './map-helpers.js';
import type { CountrySeriesFile, IndicatorFile } from '../../../src/core/data-types.js';
import { diagnostics } from '../../../src/core/diagnostics.js';
import { countryName } from '../../../src/core/i18n-data.js';
import type { NordicErrorDetail, NordicSelectDetail } from '../../../src/core/events.js';
import { catchDownloads, clean } from '../../helpers.js';
import { DEFAULT_SCHEME, RATIO_COLORS, classBreaks, classIndex, schemeColors } from '../../../src/elements/nordic-migration-map/classify.js';

// The test server serves Vega as hundreds of separate modules (the map entry imports it), which
// fill the browser's default 250 resource timings; keep room for the data requests counted below.
performance.setResourceTimingBufferSize(10_000);

// The test server serves Vega as hundreds of separate modules (the map entry imports it), which
// fill the browser's default 250 resource timings; keep room for the data requests counted below.
performance.setResourceTimingBufferSize(10_000);

const dataUrl = (path: string) => new URL(`../../../data/${path}`, import.meta.url).href;
/** The test's own reading of a data file: a marked address, so it is not counted as the widget's. */
const readJson = async <T>(path: string): Promise<T> => (await fetch(`${dataUrl(path)}?read-by-test`)).json() as Promise<T>;
const text = (element: Element) => clean(element.shadowRoot?.textContent);
const percent = (value: number, lang: string) =>
  clean(new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 100));



/** Creates a map with a nordic-error listener in place before it connects. */
async function withErrors(attributes: Record<string, string>): Promise<{ map: NordicMigrationMap; errors: NordicErrorDetail[] }> {
  const map = document.createElement('nordic-migration-map') as NordicMigrationMap;
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  const errors: NordicErrorDetail[] = [];
  map.addEventListener('nordic-error', (event) => errors.push(event.detail));
  await fixture(html`<div style="width: 700px">${map}</div>`);
  await waitUntil(() => errors.length > 0, 'no nordic-error', { timeout: 15000 });
  return { map, errors };
}

const LATEST = 2022; // the last year of foreign-born-share in data/ (checked against the file below)

describe('<nordic-migration-map>', () => {
  let share: IndicatorFile;
  before(async () => {
    share = await readJson<IndicatorFile>('indicators/foreign-born-share.json');
    expect(share.years[share.years.length - 1]).to.equal(LATEST);
  });

  it('draws every municipality shape (at least 1,000 SVG paths) as one labelled image', async function () {
    this.timeout(60000); // the first map of the run also waits for the test server to serve Vega
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 800px" indicator="foreign-born-share" year="2022"></nordic-migration-map>`);
    await drawn(map);
    const svg = map.shadowRoot!.querySelector('.canvas svg')!;
    const areas = [...svg.querySelectorAll('path')].filter((p) => (p as unknown as { __data__?: { mark?: { name?: string } } }).__data__?.mark?.name === 'areas_marks');
    expect(areas.length).to.be.greaterThan(1000);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('Foreign-born share');
    expect(svg.getAttribute('aria-label')).to.contain(String(LATEST));
    // The legend names the countries without figures, derived from the file.
    const legend = clean(map.shadowRoot!.querySelector('.legend .missing')?.textContent);
    expect(legend).to.equal('No figures for Denmark, Finland, Iceland, and Norway in 2022.');
    // The reference date is the file's: a stock on 31 December.
    expect(clean(map.shadowRoot!.querySelector('.legend .periods')?.textContent)).to.equal('Figures: Sweden 31 December 2022.');
    expect(text(map)).to.contain('Statistics Sweden');
    expect(map.shadowRoot!.querySelector('.source a')!.getAttribute('href')).to.match(/^https:\/\//);
  });

  it('colours every country with figures by default, each with its latest year, measure and reference date', async () => {
    const file = await readJson<IndicatorFile>('indicators/foreign-share-vs-national.json');
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 800px"></nordic-migration-map>`);
    await drawn(map);
    expect(map.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
    const fills = new Map<string, Set<string>>();
    for (const path of map.shadowRoot!.querySelectorAll<SVGPathElement>('.canvas svg path')) {
      const datum = (path as unknown as { __data__?: { mark?: { name?: string }; datum?: { id?: string; value?: number | null } } }).__data__;
      if (datum?.mark?.name !== 'areas_marks' || typeof datum.datum?.id !== 'string') continue;
      const country = datum.datum.id.slice(0, 2);
      if (datum.datum.value !== null && datum.datum.value !== undefined) (fills.get(country) ?? fills.set(country, new Set()).get(country)!).add(path.getAttribute('fill')!);
    }
    // Four of the five countries have figures (derived from the file), and each is coloured.
    const withFigures = Object.keys(file.coverage).sort();
    expect(withFigures).to.deep.equal(['DK', 'FI', 'NO', 'SE']);
    expect([...fills.keys()].sort()).to.deep.equal(withFigures);
    for (const c of withFigures) expect(fills.get(c)!.size, `${c} in several colours`).to.be.greaterThan(1);
    // A ratio to the country: the fixed diverging classes around 1, although the element reflects its attributes.
    const used = new Set([...fills.values()].flatMap((set) => [...set]));
    expect([...used].every((fill) => (RATIO_COLORS as readonly string[]).includes(fill)), [...used].join(' ')).to.equal(true);
    expect(map.hasAttribute('scheme')).to.equal(false);
    const legend = map.shadowRoot!.querySelector('.legend')!;
    expect(clean(legend.querySelector('.legend-title')?.textContent)).to.contain('latest figures');
    expect(clean(legend.querySelector('.missing')?.textContent)).to.equal('No figures for Iceland.');
    // Each country's year is its own latest one, with the file's reference date.
    const periods = clean(legend.querySelector('.periods')?.textContent);
    for (const c of withFigures) expect(periods).to.contain(`${countryName(c as 'SE', 'en')} `).and.to.contain(String(file.coverage[c as 'SE']!.to));
    // Each country's own measure is named.
    expect(legend.querySelectorAll('.country-definition').length).to.equal(withFigures.length);
    // A Danish municipality's tooltip names its own year, not Sweden's.
    map.focusMunicipality('DK-101');
    const tooltip = clean(map.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.innerText);
    expect(tooltip).to.contain(String(file.coverage.DK!.to));
    const value = file.values['DK-101']![file.years.indexOf(file.coverage.DK!.to)]!;
    expect(tooltip).to.contain(value.toFixed(2));
  });

  it('shows one year only with year="2015", naming the countries without figures then', async () => {
    const file = await readJson<IndicatorFile>('indicators/foreign-share-vs-national.json');
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map view="table" year="2015"></nordic-migration-map>`);
    await waitUntil(() => map.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'no table', { timeout: 15000 });
    expect(clean(map.shadowRoot!.querySelector('caption')?.textContent)).to.match(/, 2015$/);
    const i = file.years.indexOf(2015);
    const without = (['DK', 'FI', 'IS', 'NO', 'SE'] as const).filter((c) => !Object.entries(file.values).some(([id, v]) => id.startsWith(c) && v[i] !== null));
    expect(without).to.include('IS');
    const names = without.map((c) => countryName(c, 'en'));
    expect(clean(map.shadowRoot!.querySelector('.legend .missing')?.textContent)).to.contain(names[names.length - 1]!).and.to.contain('in 2015');
    // No year column: every figure is from 2015. The countries' measures differ, so a measure column.
    const headers = [...map.shadowRoot!.querySelectorAll('thead th')].map((th) => clean(th.textContent));
    expect(headers.length).to.equal(4);
    expect(headers[3]).to.contain('Measure');
    expect(headers.some((h) => h.startsWith('Year'))).to.equal(false);
  });

  it('cites the boundaries of the countries shown, from the geometry file', async () => {
    const topology = await readJson<{ metadata: { sources: { publisher: string; countries?: string[] }[] } }>('municipalities.topo.json');
    const publisher = (country: string) => topology.metadata.sources.find((s) => s.countries?.includes(country))!.publisher;
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map countries="NO" style="width: 600px"></nordic-migration-map>`);
    await drawn(map);
    // Issue #17: the boundaries are cited inside the sources disclosure, not on a line of their own.
    const lines = [...map.shadowRoot!.querySelectorAll('.source details .source-boundaries')].map((p) => clean(p.textContent));
    const boundaries = lines.find((line) => line.startsWith('Boundaries:'));
    expect(boundaries, lines.join(' | ')).to.exist;
    expect(boundaries).to.contain(publisher('NO'));
    expect(boundaries).to.contain('CC BY 4.0');
    expect(boundaries).not.to.contain(publisher('SE'));
  });

  it('shows the same figures in the table as the data file (and as CHECKS.md)', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map view="table" countries="SE" indicator="foreign-born-share"></nordic-migration-map>`);
    await waitUntil(() => map.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'no table', { timeout: 15000 });
    const rows = [...map.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(290);
    const cells = (name: string) => rows.map((r) => [...r.children].map((c) => clean(c.textContent))).find((c) => c[0] === name)!;
    const index = share.years.indexOf(LATEST);
    for (const [name, id] of [['Botkyrka', 'SE-0127'], ['Öckerö', 'SE-1407'], ['Krokom', 'SE-2309']] as const) {
      expect(cells(name), name).to.deep.equal([name, 'Sweden', percent(share.values[id]![index]!, 'en')]);
    }
    // CHECKS.md §3: Botkyrka 2022 43.658723 %, Öckerö 2022 6.90625 % (one decimal shown).
    expect(cells('Botkyrka')[2]).to.equal('43.7%');
    expect(cells('Öckerö')[2]).to.equal('6.9%');
    // Sorted by value, highest first.
    expect(clean(rows[0]!.children[0]!.textContent)).to.equal('Botkyrka');
    map.shadowRoot!.querySelector<HTMLButtonElement>('thead th:nth-child(1) button')!.click();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('thead th:nth-child(1)')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('shows a tooltip with municipality, country, value and year on hover and on keyboard focus', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 800px" indicator="foreign-born-share" year="2022"></nordic-migration-map>`);
    await drawn(map);
    const tooltip = map.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    const path = pathOf(map, 'SE-0127');
    const box = path.getBoundingClientRect();
    path.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    await waitUntil(() => !tooltip.hidden, 'tooltip hidden');
    expect(clean(tooltip.innerText)).to.equal('Botkyrka Sweden 43.7% on 31 December 2022');
    // Hover → tooltip is synchronous in the Vega event listener (the budget is 16 ms).
    const other = pathOf(map, 'SE-0180').getBoundingClientRect();
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      path.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true, clientX: i % 2 ? box.x + box.width / 2 : other.x + other.width / 2, clientY: i % 2 ? box.y + box.height / 2 : other.y + other.height / 2 }));
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`hover → tooltip, median of 20: ${times[10]!.toFixed(2)} ms, max ${times[19]!.toFixed(2)} ms`);
    expect(times[10]).to.be.lessThan(16);
    map.focusMunicipality('SE-2309');
    const krokom = percent(share.values['SE-2309']![share.years.indexOf(LATEST)]!, 'en');
    expect(clean(tooltip.innerText)).to.equal(`Krokom Sweden ${krokom} on 31 December 2022`);
    expect(map.shadowRoot!.activeElement).to.equal(map.shadowRoot!.querySelector('.frame'));
    // The focused municipality is outlined (a copy of its drawn path in the overlay).
    expect(map.shadowRoot!.querySelector('.overlay path')!.getAttribute('d')).to.equal(pathOf(map, 'SE-2309').getAttribute('d'));
    expect(clean(map.shadowRoot!.querySelector('.live')!.textContent)).to.equal(`Krokom, Sweden: ${krokom} on 31 December 2022`);
    // Arrow keys move to a neighbour; Escape hides the tooltip.
    const frame = map.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(clean(tooltip.innerText)).not.to.contain('Krokom');
    expect(clean(tooltip.innerText)).to.contain('2022');
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tooltip.hidden).to.equal(true);
    // A municipality without a figure says so.
    map.focusMunicipality('NO-1818');
    expect(clean(tooltip.innerText)).to.equal('Herøy Norway No figure for 2022');
  });

  it('names the learning example of a clicked municipality also when examples are not outlined', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map countries="SE" style="width: 600px"></nordic-migration-map>`);
    await drawn(map);
    const details: NordicSelectDetail[] = [];
    map.addEventListener('nordic-select', (event) => details.push(event.detail));
    // The examples load once the map is drawn: keep clicking until they are there.
    await waitUntil(() => {
      pathOf(map, 'SE-2309').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return details.at(-1)?.caseId === 'krokom';
    }, 'no learning example in nordic-select');
    expect(details.at(-1)!.name).to.equal('Krokom');
    expect(map.shadowRoot!.querySelector('.highlight-list'), 'nothing outlined').to.equal(null);
  });

  it('emits nordic-select on click and on Enter, with the learning example', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 800px" indicator="foreign-born-share" highlight="case-studies"></nordic-migration-map>`);
    await drawn(map);
    const value = share.values['SE-2309']![share.years.indexOf(LATEST)]!;
    const expected: NordicSelectDetail = { id: 'SE-2309', code: '2309', name: 'Krokom', country: 'SE', value, year: LATEST, caseId: 'krokom' };
    let event = oneEvent(map, 'nordic-select');
    pathOf(map, 'SE-2309').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await event).detail).to.deep.equal(expected);
    map.focusMunicipality('SE-2309');
    event = oneEvent(map, 'nordic-select');
    map.shadowRoot!.querySelector('.frame')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await event).detail).to.deep.equal(expected);
    // Highlighted learning examples are named in the legend.
    expect(clean(map.shadowRoot!.querySelector('.highlight-list')?.textContent)).to.contain('Krokom');
  });

  it('finds a municipality by its Swedish name in Finland with the search box', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map controls indicator="foreign-born-share" style="width: 800px"></nordic-migration-map>`);
    await drawn(map);
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'Helsingfors';
    const event = oneEvent(map, 'nordic-select');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const detail = (await event).detail;
    expect(detail.id).to.equal('FI-091');
    expect(detail.name).to.equal('Helsinki / Helsingfors');
    expect(detail.value).to.equal(null);
    expect(clean(map.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.innerText)).to.contain('Helsinki / Helsingfors');
  });

  it('offers every municipality shown as a search suggestion once the search field is focused', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map controls countries="IS" style="width: 600px"></nordic-migration-map>`);
    await drawn(map);
    const options = () => [...map.shadowRoot!.querySelectorAll<HTMLOptionElement>('datalist#places option')].map((o) => o.value);
    expect(options(), 'not made before anyone searches').to.deep.equal([]);
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    expect(input.getAttribute('list')).to.equal('places');
    input.focus();
    await map.updateComplete;
    const topology = await readJson<{ objects: { municipalities: { geometries: { properties: { country: string; name: string } }[] } } }>('municipalities.topo.json');
    const icelandic = topology.objects.municipalities.geometries.filter((g) => g.properties.country === 'IS').map((g) => g.properties.name);
    expect(icelandic.length).to.be.greaterThan(50);
    expect(options().sort()).to.deep.equal([...icelandic].sort());
  });

  it("says in the map's language when no municipality matches the search", async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map controls lang="sv" countries="SE" style="width: 600px"></nordic-migration-map>`);
    await drawn(map);
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'Xyzzy';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => clean(map.shadowRoot!.textContent).includes('Xyzzy'), 'no message');
    expect(clean(map.shadowRoot!.textContent)).to.contain('Ingen kommun matchar ”Xyzzy”.');
  });

  it('moves through the years with the slider and reflects the year', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map controls view="table" countries="SE" indicator="foreign-born-share"></nordic-migration-map>`);
    await waitUntil(() => map.shadowRoot!.querySelector('#year'), 'no slider', { timeout: 15000 });
    const slider = map.shadowRoot!.querySelector<HTMLInputElement>('#year')!;
    expect(Number(slider.max)).to.equal(share.years.length - 1);
    const index = share.years.indexOf(2017);
    slider.value = String(index);
    slider.dispatchEvent(new Event('input'));
    await waitUntil(() => clean(map.shadowRoot!.querySelector('caption')?.textContent).endsWith('2017'), 'year did not change');
    expect(map.getAttribute('year')).to.equal('2017');
    const botkyrka = [...map.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => clean(c.textContent))).find((c) => c[0] === 'Botkyrka')!;
    // CHECKS.md §3: Botkyrka 2017 41.479467 %.
    expect(botkyrka[2]).to.equal('41.5%');
    expect(slider.getAttribute('aria-valuetext')).to.equal('2017');
    // "Latest figures" goes back to each country's latest year.
    const latest = map.shadowRoot!.querySelector<HTMLButtonElement>('button.latest')!;
    expect(latest.getAttribute('aria-pressed')).to.equal('false');
    latest.click();
    // One country shown: its latest year is named.
    await waitUntil(() => clean(map.shadowRoot!.querySelector('caption')?.textContent).endsWith(String(share.coverage.SE!.to)), 'not back to the latest');
    expect(map.getAttribute('year')).to.equal('latest');
    expect(latest.getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps one set of colour classes for all years, so the legend stays put when the year changes', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map controls countries="SE" indicator="foreign-born-share" style="width: 500px"></nordic-migration-map>`);
    await drawn(map);
    const legendRanges = () => [...map.shadowRoot!.querySelectorAll('.legend li')].map((li) => clean(li.textContent)).filter((t) => t.includes('–'));
    // Expected from the file: quantile classes of every Swedish figure of every year.
    const pooled = Object.entries(share.values).filter(([id]) => id.startsWith('SE-')).flatMap(([, values]) => values);
    const breaks = classBreaks(pooled, 5, 'quantile');
    const expected = breaks.slice(0, -1).map((from, i) => `${percent(from, 'en')} – ${percent(breaks[i + 1]!, 'en')}`);
    expect(legendRanges()).to.deep.equal(expected);
    const note = clean(map.shadowRoot!.querySelector('.legend .classes-span')?.textContent);
    expect(note).to.equal(`Colour classes cover ${share.years[0]}–${LATEST}, so colours compare across years.`);
    const itemBefore = (pathOf(map, 'SE-0127') as unknown as { __data__: object }).__data__;
    const shapeBefore = pathOf(map, 'SE-0127').getAttribute('d');
    map.setAttribute('year', '2005');
    await waitUntil(() => clean(map.shadowRoot!.querySelector('.legend-title')?.textContent).endsWith('2005'), 'year did not change');
    expect(legendRanges()).to.deep.equal(expected);
    // A municipality's colour follows its own figure in those classes (Botkyrka, 2005).
    const botkyrka2005 = share.values['SE-0127']![share.years.indexOf(2005)]!;
    const color = schemeColors(DEFAULT_SCHEME, breaks.length - 1)[classIndex(botkyrka2005, breaks)];
    await waitUntil(() => pathOf(map, 'SE-0127').getAttribute('fill') === color, `Botkyrka not coloured ${color} for 2005`, { timeout: 15000 });
    // A new year recolours the drawn areas in place: the same scene item, the same projected shape.
    // Compared as a boolean: on failure chai would otherwise print both scene items, which reach
    // the whole Vega view, and the run stalls instead of reporting.
    const sameItem = (pathOf(map, 'SE-0127') as unknown as { __data__: object }).__data__ === itemBefore;
    expect(sameItem, 'same scene item').to.equal(true);
    expect(pathOf(map, 'SE-0127').getAttribute('d')).to.equal(shapeBefore);
  });

  it('paints the new colours of a year step before the text around the drawing changes', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map controls countries="SE" indicator="foreign-born-share" year="2022" style="width: 500px"></nordic-migration-map>`);
    await drawn(map);
    const legendTitle = () => clean(map.shadowRoot!.querySelector('.legend-title')?.textContent);
    expect(legendTitle()).to.match(/2022$/);
    // What the legend said when the drawing's first fill changed (a mutation observer's callback
    // runs before the browser paints).
    let legendAtRecolour: string | undefined;
    const observer = new MutationObserver(() => (legendAtRecolour ??= legendTitle()));
    observer.observe(map.shadowRoot!.querySelector('.canvas')!, { subtree: true, attributes: true, attributeFilter: ['fill'] });
    map.setAttribute('year', '2005');
    await waitUntil(() => legendTitle().endsWith('2005'), 'year did not change');
    observer.disconnect();
    expect(legendAtRecolour, 'the legend when the fills changed').to.match(/2022$/);
    const botkyrka2005 = share.values['SE-0127']![share.years.indexOf(2005)]!;
    const pooled = Object.entries(share.values).filter(([id]) => id.startsWith('SE-')).flatMap(([, values]) => values);
    const breaks = classBreaks(pooled, 5, 'quantile');
    expect(pathOf(map, 'SE-0127').getAttribute('fill')).to.equal(schemeColors(DEFAULT_SCHEME, breaks.length - 1)[classIndex(botkyrka2005, breaks)]);
  });

  it("outlines every area through one stylesheet rule, in the theme's colour", async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map countries="SE" style="width: 500px"></nordic-migration-map>`);
    await drawn(map);
    const path = pathOf(map, 'SE-0127');
    // Vega leaves the outline off each path (two fewer attributes on each path).
    expect(path.hasAttribute('stroke')).to.equal(false);
    expect(path.hasAttribute('stroke-width')).to.equal(false);
    expect(getComputedStyle(path).stroke).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(path).strokeWidth).to.equal('0.3px');
    map.setAttribute('theme', 'dark');
    await map.updateComplete;
    expect(getComputedStyle(pathOf(map, 'SE-0127')).stroke).to.equal('rgb(75, 85, 96)');
    map.style.setProperty('--nordic-map-area-stroke', 'rgb(1, 2, 3)');
    expect(getComputedStyle(pathOf(map, 'SE-0127')).stroke).to.equal('rgb(1, 2, 3)');
  });

  it('draws on a canvas with renderer="canvas"', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map renderer="canvas" countries="SE" style="width: 400px"></nordic-migration-map>`);
    await drawn(map);
    const canvas = map.shadowRoot!.querySelector<HTMLCanvasElement>('.canvas canvas')!;
    expect(map.shadowRoot!.querySelector('.canvas svg'), 'no SVG').to.equal(null);
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    // Sweden and its neighbours cover a good part of the box; an empty canvas would be 0.
    expect(painted / (canvas.width * canvas.height)).to.be.greaterThan(0.2);
  });

  it('downloads the figures as CSV and the drawing as SVG and PNG', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map controls countries="SE" indicator="foreign-born-share" year="2022" style="width: 500px"></nordic-migration-map>`);
    await drawn(map);
    const downloads = catchDownloads();
    try {
      const button = (name: string) => map.shadowRoot!.querySelector<HTMLButtonElement>(`.download-${name}`)!;
      button('csv').click();
      const csv = await downloads.next();
      expect(csv.name).to.equal(`nordic-foreign-born-share-${LATEST}.csv`);
      const bytes = new Uint8Array(await csv.blob.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark for spreadsheets').to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = (await csv.blob.text()).replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
      expect(lines[0]).to.equal('id,Name,Country,Indicator,Year,Value');
      expect(lines).to.have.length(1 + Object.keys(share.values).filter((id) => id.startsWith('SE-')).length);
      const value = share.values['SE-0127']![share.years.indexOf(LATEST)];
      expect(lines).to.include(`SE-0127,Botkyrka,SE,Foreign-born share of the population,${LATEST},${value}`);

      button('svg').click();
      const svg = await downloads.next();
      expect(svg.name).to.equal(`nordic-foreign-born-share-${LATEST}.svg`);
      const doc = new DOMParser().parseFromString(await svg.blob.text(), 'image/svg+xml');
      expect(doc.documentElement.localName).to.equal('svg');
      expect(doc.querySelectorAll('path').length).to.be.greaterThan(290);
      // The file has no stylesheet: its areas carry their outline themselves (on screen they do not).
      const areas = [...doc.querySelectorAll('.areas_marks > path')];
      expect(areas.length).to.equal(lines.length - 1);
      expect(areas.every((path) => path.getAttribute('stroke') === '#ffffff' && path.getAttribute('stroke-width') === '0.3'), 'outlined areas').to.equal(true);
      expect(pathOf(map, 'SE-0127').hasAttribute('stroke'), 'on screen again without').to.equal(false);

      button('png').click();
      const png = await downloads.next();
      expect(png.name).to.equal(`nordic-foreign-born-share-${LATEST}.png`);
      expect(png.blob.type).to.equal('image/png');
      const image = await createImageBitmap(png.blob);
      expect(image.width, 'twice the drawn width, for print').to.equal(2 * Number(map.shadowRoot!.querySelector('.canvas svg')!.getAttribute('width')));
    } finally {
      downloads.stop();
    }
  });

  it('reports an unknown id given to focusMunicipality, and only warns for one not shown', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map countries="SE" style="width: 500px"></nordic-migration-map>`);
    await drawn(map);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      map.focusMunicipality('NO-1818');
      expect(warnings.some((w) => w.includes('NO-1818'))).to.equal(true);
      expect(map.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
    const error = oneEvent(map, 'nordic-error');
    map.focusMunicipality('SE-0000');
    expect((await error).detail).to.include({ code: 'unknown-id', value: 'SE-0000' });
  });

  it('switches between map and table', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map countries="NO" indicator="refugees-per-1000"></nordic-migration-map>`);
    await drawn(map);
    const root = map.shadowRoot!;
    expect(root.querySelector('table')).to.equal(null);
    root.querySelector<HTMLButtonElement>('.show-table')!.click();
    await map.updateComplete;
    expect(map.getAttribute('view')).to.equal('table');
    expect(root.querySelector<HTMLElement>('.frame')!.hidden).to.equal(true);
    expect(root.querySelectorAll('tbody tr').length).to.be.greaterThan(300);
    root.querySelector<HTMLButtonElement>('.show-map')!.click();
    await map.updateComplete;
    expect(root.querySelector('table')).to.equal(null);
    expect(root.querySelector<HTMLElement>('.frame')!.hidden).to.equal(false);
  });

  it('follows a language switch: country names and number format', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map view="table" countries="SE" indicator="foreign-born-share"></nordic-migration-map>`);
    await waitUntil(() => map.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'no table', { timeout: 15000 });
    const botkyrka = () => [...map.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => clean(c.textContent))).find((c) => c[0] === 'Botkyrka')!;
    expect(botkyrka()).to.deep.equal(['Botkyrka', 'Sweden', '43.7%']);
    map.lang = 'sv';
    await waitUntil(() => botkyrka()[2] === '43,7 %', `still ${botkyrka()}`);
    // Country names come from the shared countryName() (our translations, then Intl).
    expect(botkyrka()[1]).to.equal(countryName('SE', 'sv'));
    expect(countryName('SE', 'sv')).not.to.equal('SE');
    expect(clean(map.shadowRoot!.querySelector('.legend')!.textContent)).to.contain('Andel utrikes födda');
  });

  it('computes country-level figures from the country series for all five countries', async () => {
    const series = await readJson<CountrySeriesFile>('country-series.json');
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map level="country" view="table"></nordic-migration-map>`);
    await waitUntil(() => map.shadowRoot!.querySelectorAll('tbody tr').length === 5, 'no table', { timeout: 15000 });
    const net = series.series['net-migration'];
    const pop = series.series.population;
    const year = Number(/(\d{4})/.exec(clean(map.shadowRoot!.querySelector('caption')!.textContent))![1]);
    const rows = [...map.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => clean(c.textContent)));
    for (const [code, name] of [['SE', 'Sweden'], ['IS', 'Iceland'], ['DK', 'Denmark']] as const) {
      const expected = (net.values[code][net.years.indexOf(year)]! / pop.values[code][pop.years.indexOf(year)]!) * 1000;
      expect(rows.find((r) => r[0] === name)![1]).to.equal(expected.toFixed(1));
    }
  });

  it('loads the geometry once and Vega once for several maps', async () => {
    await fixture(html`<div>
      <nordic-migration-map style="width: 300px"></nordic-migration-map>
      <nordic-migration-map style="width: 300px" countries="FI"></nordic-migration-map>
      <nordic-migration-map style="width: 300px" level="country"></nordic-migration-map>
    </div>`);
    const maps = [...document.querySelectorAll<NordicMigrationMap>('nordic-migration-map')];
    await Promise.all(maps.map(drawn));
    const fetches = performance.getEntriesByType('resource').filter((e) => /\/municipalities(\.projected)?\.topo\.json$/.test(e.name));
    expect(fetches.map((e) => e.name.split('/').pop())).to.deep.equal(['municipalities.projected.topo.json']);
    expect(diagnostics.vegaLoads).to.equal(1);
  });

  describe('bad input', () => {
    const cases: [string, Record<string, string>, Partial<NordicErrorDetail>, string[]][] = [
      ['an unknown indicator', { indicator: 'nope' }, { code: 'unknown-id', attribute: 'indicator', value: 'nope' }, ['nope', 'foreign-born-share']],
      ['an unknown year', { year: '1800', indicator: 'foreign-born-share' }, { code: 'invalid-attribute', attribute: 'year', value: '1800' }, ['1800', 'latest', '1997–2022']],
      ['an unknown level', { level: 'region' }, { code: 'invalid-attribute', attribute: 'level', value: 'region' }, ['region', 'municipality, country']],
      ['an unknown country', { countries: 'SE XX' }, { code: 'unknown-id', attribute: 'countries', value: 'XX' }, ['XX', 'DK, FI, IS, NO, SE']],
      ['an unknown municipality code', { highlight: 'SE-9999 SE-2309' }, { code: 'unknown-id', attribute: 'highlight', value: 'SE-9999' }, ['SE-9999']],
      ['a country indicator that does not exist', { level: 'country', indicator: 'foreign-born-share' }, { code: 'invalid-attribute', attribute: 'indicator' }, ['population-change']],
    ];
    for (const [label, attributes, expected, inMessage] of cases) {
      it(`reports ${label} visibly and still draws the map`, async () => {
        const { map, errors } = await withErrors(attributes);
        expect(errors[0]).to.include(expected);
        await drawn(map);
        const alert = clean(map.shadowRoot!.querySelector('[role="alert"]')?.textContent);
        for (const part of inMessage) expect(alert).to.contain(part);
      });
    }

    it('reports a missing src (404) with a retry button that loads again', async () => {
      const { map, errors } = await withErrors({ src: '/test/fixtures/no-such-indicator.json' });
      expect(errors[0]).to.include({ code: 'data-fetch' });
      expect(errors[0]!.message).to.contain('404');
      await drawn(map);
      const retry = map.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
      expect(clean(retry.textContent)).to.equal('Retry');
      const before = diagnostics.dataFetches;
      retry.click();
      await waitUntil(() => errors.length > 1, 'retry did not try again', { timeout: 8000 });
      expect(diagnostics.dataFetches).to.be.greaterThan(before);
    });

    it('reports a src that is not JSON', async () => {
      const { errors } = await withErrors({ src: 'data:application/json,this is not json' });
      expect(errors[0]).to.include({ code: 'data-parse' });
    });

    it('reports a src that does not match the schema', async () => {
      const { map, errors } = await withErrors({ src: 'data:application/json,{"id":"mine","unit":"percent"}' });
      expect(errors[0]).to.include({ code: 'data-schema' });
      expect(clean(map.shadowRoot!.querySelector('[role="alert"]')?.textContent)).to.contain('label');
      expect(map.shadowRoot!.querySelector('[role="alert"] button')).to.exist;
    });

    it('draws a valid partner file given by src', async () => {
      const partner: IndicatorFile = { ...share, id: 'partner-share', label: { en: 'Partner share' }, sources: [{ publisher: 'Partner', licence: 'CC BY 4.0', url: 'https://example.org/' }] };
      const src = `data:application/json,${encodeURIComponent(JSON.stringify(partner))}`;
      const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map src=${src} view="table" countries="SE"></nordic-migration-map>`);
      await waitUntil(() => map.shadowRoot!.querySelectorAll('tbody tr').length === 290, 'no table', { timeout: 15000 });
      expect(clean(map.shadowRoot!.querySelector('caption')!.textContent)).to.equal('Partner share, 2022');
      expect(text(map)).to.contain('Partner');
    });
  });
});
