import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { View } from 'vega';
import type { CountrySeriesFile } from '../../../src/core/data-types.js';
import { loadCountrySeries } from '../../../src/core/datasets/country-series.js';
import { diagnostics } from '../../../src/core/diagnostics.js';
import '../../../src/elements/nordic-trend-chart/index.js';
import type { NordicTrendChart } from '../../../src/elements/nordic-trend-chart/index.js';
import { catchDownloads, clean, shadowText } from '../../helpers.js';

const mounted: HTMLElement[] = [];

async function mount(attributes: Record<string, string>): Promise<{ element: NordicTrendChart; errors: CustomEvent[] }> {
  const element = document.createElement('nordic-trend-chart');
  element.style.width = '800px';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const errors: CustomEvent[] = [];
  element.addEventListener('nordic-error', (event) => errors.push(event));
  const ready = oneEvent(element, 'nordic-ready');
  document.body.append(element);
  mounted.push(element);
  await ready;
  await element.updateComplete;
  return { element, errors };
}

const root = (element: Element) => element.shadowRoot!;
const text = (element: Element, selector: string) => shadowText(element, selector);
const chartOf = (element: NordicTrendChart) => (element as unknown as { chart: View }).chart;

/** Table cells of the row whose header is `year`. */
function tableRow(element: Element, year: number, scope = ''): string[] {
  const rows = [...root(element).querySelectorAll(`${scope} tbody tr`)];
  const row = rows.find((r) => clean(r.querySelector('th')?.textContent) === String(year));
  return row ? [...row.querySelectorAll('td')].map((cell) => clean(cell.textContent)) : [];
}

describe('<nordic-trend-chart>', () => {
  let file: CountrySeriesFile;
  before(async () => {
    file = await loadCountrySeries();
  });
  afterEach(() => {
    mounted.splice(0).forEach((element) => element.remove());
    document.documentElement.setAttribute('lang', 'en');
  });

  it('shows the heading it was given over its placeholder until it draws', async () => {
    const element = document.createElement('nordic-trend-chart');
    element.setAttribute('heading', 'Asylum applications');
    const ready = oneEvent(element, 'nordic-ready');
    document.body.append(element);
    mounted.push(element);
    await (element as NordicTrendChart).updateComplete;
    const placeholder = root(element).querySelector('.placeholder');
    expect(placeholder, 'a placeholder before the data').to.exist;
    expect(shadowText(element, '.placeholder .title')).to.equal('Asylum applications');
    await ready;
    expect(root(element).querySelector('.placeholder')).to.equal(null);
    expect(text(element, '.title')).to.equal('Asylum applications');
  });

  it("writes in the host page's typeface (axes included), or in --nordic-font, with tabular numbers", async () => {
    document.body.style.fontFamily = 'Georgia, serif';
    try {
      const { element } = await mount({ series: 'population' });
      const title = root(element).querySelector('.title')!;
      expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(title).fontVariantNumeric).to.equal('tabular-nums');
      const axisLabel = root(element).querySelector('.plot svg .role-axis-label text')!;
      expect(axisLabel.getAttribute('font-family') ?? getComputedStyle(axisLabel).fontFamily).to.contain('Georgia');
      element.style.setProperty('--nordic-font', 'monospace');
      expect(getComputedStyle(title).fontFamily).to.equal('monospace');
    } finally {
      document.body.style.fontFamily = '';
    }
  });

  it('draws lines for the five countries with a legend, axis titles with units and the source', async () => {
    const { element, errors } = await mount({ series: 'population' });
    expect(errors).to.deep.equal([]);
    const svg = root(element).querySelector('.plot svg')!;
    expect(svg, 'an SVG chart').to.exist;
    expect(svg.querySelectorAll('.mark-line path').length).to.equal(5);
    expect([...root(element).querySelectorAll('.legend li')].map((li) => clean(li.textContent))).to.deep.equal(['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']);
    const axisTitles = [...svg.querySelectorAll('.role-axis-title text')].map((t) => t.textContent);
    expect(axisTitles).to.include.members(['Year', 'Persons']);
    const years = file.series.population.years;
    expect(text(element, '.source')).to.contain(`${years[0]}–${years[years.length - 1]}`);
    expect(text(element, '.source')).to.contain(file.series.population.sources[0]!.licence);
    expect(diagnostics.vegaLoads).to.equal(1);
  });

  it('shows the figures of the file in the table view (CHECKS §1)', async () => {
    const { element } = await mount({ series: 'population', countries: 'nordic SE', from: '1990', to: '2016', view: 'table' });
    expect(root(element).querySelector('.plot')).to.equal(null);
    expect(root(element).querySelectorAll('tbody tr').length).to.equal(27);
    expect(tableRow(element, 2016)).to.deep.equal(['26,716,356', '9,923,085']);
    expect(tableRow(element, 1990)).to.deep.equal(['23,182,504', '8,558,835']);
  });

  it('index mode: the first year is 100 (CHECKS §1: +15.24 % by 2016)', async () => {
    const { element } = await mount({ series: 'population', countries: 'nordic', from: '1990', to: '2016', mode: 'index', view: 'table' });
    expect(tableRow(element, 1990)).to.deep.equal(['100.0']);
    expect(tableRow(element, 2016)).to.deep.equal(['115.2']);
    expect(text(element, '.title')).to.contain('Index, first year = 100');
  });

  it('draws net migration as bars and marks Norway before 1999 as estimates, from the file', async () => {
    const { element } = await mount({ series: 'net-migration', countries: 'NO SE', from: '1995', to: '2000' });
    const svg = root(element).querySelector('.plot svg')!;
    expect(svg.querySelectorAll('.mark-rect path').length).to.equal(12);
    expect(text(element, '.note')).to.contain(file.series['net-migration'].estimateNote!.en);
    const net = file.series['net-migration'];
    const no1995 = net.values.NO[net.years.indexOf(1995)]!;
    expect(tableRow(element, 1995, '.visually-hidden')[0]).to.equal(`${no1995.toLocaleString('en')} (estimate)`);
    expect(tableRow(element, 1999, '.visually-hidden')[0]).to.equal(net.values.NO[net.years.indexOf(1999)]!.toLocaleString('en'));
  });

  it('draws new asylum applications as bars per calendar year, and its table has the data file\'s figures (SE 2015: 156,330)', async () => {
    const { element, errors } = await mount({ series: 'asylum-applications', countries: 'SE NO DK', from: '2010', to: '2020' });
    expect(errors).to.deep.equal([]);
    const svg = root(element).querySelector('.plot svg')!;
    expect(svg.querySelectorAll('.mark-rect path').length, 'one bar per country and year').to.equal(3 * 11);
    expect(text(element, '.title')).to.contain('New asylum applications');
    expect(text(element, '.reference')).to.contain('calendar year');
    expect(tableRow(element, 2015, '.visually-hidden'), 'columns in the order of countries=').to.deep.equal(['156,330', '30,503', '21,302']);
    expect(text(element, '.source')).to.contain('CC BY 4.0');
  });

  it('shows resettled refugees and foreign-born residents in the table, with their reference dates', async () => {
    const res = file.series['resettlement-arrivals'];
    const { element } = await mount({ series: 'resettlement-arrivals', view: 'table', countries: 'SE NO', from: '2015', to: '2019' });
    expect(tableRow(element, 2019)).to.deep.equal([res.values.SE[res.years.indexOf(2019)]!, res.values.NO[res.years.indexOf(2019)]!].map((v) => v.toLocaleString('en')));
    expect(tableRow(element, 2019)).to.deep.equal(['5,237', '2,803']);
    const { element: fb } = await mount({ series: 'foreign-born', view: 'table', countries: 'SE', from: '2022', to: '2022' });
    expect(tableRow(fb, 2022)).to.deep.equal(['2,089,008']);
    expect(text(fb, '.reference')).to.contain('1 January');
    const { element: stock } = await mount({ series: 'refugees', view: 'table', countries: 'SE', from: '2024', to: '2025' });
    expect(tableRow(stock, 2024)).to.deep.equal(['163,029']);
    expect(text(stock, '.reference')).to.contain('31 December');
  });

  it('lists every series in the controls and switches to the one picked', async () => {
    const { element } = await mount({ series: 'population', mode: 'index', controls: '' });
    const select = root(element).querySelector<HTMLSelectElement>('.series-picker select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['population', 'net-migration', 'asylum-applications', 'resettlement-arrivals', 'refugees', 'asylum-seekers', 'foreign-born']);
    expect([...select.options].map((o) => o.textContent?.trim())).to.include('New asylum applications');
    select.value = 'resettlement-arrivals';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => element.series === 'resettlement-arrivals' && text(element, '.title').includes('Resettled refugees'), 'switched');
    expect(element.mode, 'index is not offered for resettlement: back to persons').to.equal('absolute');
  });

  it('shows every country in the tooltip, moved with the arrow keys and announced', async () => {
    const { element } = await mount({ series: 'refugees', countries: 'DK SE nordic', from: '2010', to: '2017' });
    const plot = root(element).querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await waitUntil(() => root(element).querySelector('.tooltip'), 'focus shows the tooltip');
    expect(text(element, '.tooltip-year')).to.equal('2017');
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await waitUntil(() => text(element, '.tooltip-year') === '2015', `got ${text(element, '.tooltip-year')}`);
    const refugees = file.series.refugees;
    const i = refugees.years.indexOf(2015);
    const values = [...root(element).querySelectorAll('.tooltip dd')].map((dd) => clean(dd.textContent));
    expect(values).to.deep.equal([refugees.values.DK[i]!, refugees.values.SE[i]!, refugees.values.NORDIC[i]!].map((v) => v.toLocaleString('en')));
    expect([...root(element).querySelectorAll('.tooltip dt')].map((dt) => clean(dt.textContent))).to.deep.equal(['Denmark', 'Sweden', 'Nordic total']);
    expect(text(element, '[aria-live]')).to.contain('2015');
    expect(chartOf(element).signal('hover')).to.equal(2015);
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await waitUntil(() => text(element, '.tooltip-year') === '2010');
    const selected = oneEvent(element, 'nordic-select');
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await selected).detail.year).to.equal(2010);
  });

  it('follows the pointer: the tooltip shows the year under it', async () => {
    const { element } = await mount({ series: 'population', countries: 'FI IS', from: '2000', to: '2020' });
    const plot = root(element).querySelector<HTMLElement>('.plot')!;
    const view = chartOf(element);
    const scale = view.scale('x') as (year: number) => number;
    const svgLeft = plot.querySelector('svg')!.getBoundingClientRect().left;
    const top = plot.getBoundingClientRect().top + 50;
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: svgLeft + view.origin()[0] + scale(2008) + 1, clientY: top, bubbles: true }));
    await waitUntil(() => text(element, '.tooltip-year') === '2008', `got ${text(element, '.tooltip-year')}`);
    expect(root(element).querySelectorAll('.tooltip dd').length).to.equal(2);
    expect(view.signal('hover')).to.equal(2008);
    plot.dispatchEvent(new PointerEvent('pointerleave'));
    await waitUntil(() => !root(element).querySelector('.tooltip'), 'leaving hides the tooltip');
  });

  it('controls: toggles chart and table and downloads the figures as CSV and the chart as SVG and PNG', async () => {
    const { element } = await mount({ series: 'population', countries: 'IS', from: '2015', to: '2017', controls: '' });
    const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('.toolbar [aria-pressed]')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    expect(root(element).querySelector('.download-png')).to.exist;
    const downloads = catchDownloads();
    try {
      root(element).querySelector<HTMLButtonElement>('.download-csv')!.click();
      const csv = await downloads.next();
      expect(csv.name).to.equal('nordic-population-absolute-2015-2017.csv');
      const population = file.series.population;
      const rows = [2015, 2016, 2017].map((y) => `${y},${population.values.IS[population.years.indexOf(y)]}`);
      expect((await csv.blob.text()).replace(/^\ufeff/, '')).to.equal(['Year,Iceland', ...rows].join('\r\n') + '\r\n');
      root(element).querySelector<HTMLButtonElement>('.download-svg')!.click();
      const svg = await downloads.next();
      expect(svg.name).to.equal('nordic-population-absolute-2015-2017.svg');
      const drawing = new DOMParser().parseFromString(await svg.blob.text(), 'image/svg+xml');
      expect(drawing.documentElement.localName).to.equal('svg');
      expect(clean(drawing.documentElement.textContent), 'axis labels in the SVG').to.contain('2016');
      root(element).querySelector<HTMLButtonElement>('.download-png')!.click();
      const png = await downloads.next();
      expect(png.name).to.equal('nordic-population-absolute-2015-2017.png');
      expect(png.blob.type).to.equal('image/png');
      expect((await createImageBitmap(png.blob)).width).to.be.greaterThan(500);
    } finally {
      downloads.stop();
    }
    buttons[1]!.click();
    await waitUntil(() => root(element).querySelector('.table-wrap') && !root(element).querySelector('.plot'), 'table view');
    expect(element.getAttribute('view')).to.equal('table');
    expect(root(element).querySelector('.download-png')).to.equal(null);
    root(element).querySelector<HTMLButtonElement>('.toolbar [aria-pressed="false"]')!.click();
    await waitUntil(() => root(element).querySelector('.plot svg'), 'chart again');
  });

  const badInputs: [Record<string, string>, { code: string; attribute: string; value: string }][] = [
    [{ series: 'births' }, { code: 'invalid-attribute', attribute: 'series', value: 'births' }],
    [{ countries: 'SE XX' }, { code: 'unknown-id', attribute: 'countries', value: 'XX' }],
    [{ mode: 'log' }, { code: 'invalid-attribute', attribute: 'mode', value: 'log' }],
    [{ series: 'net-migration', mode: 'index' }, { code: 'invalid-attribute', attribute: 'mode', value: 'index' }],
    [{ from: '1900' }, { code: 'invalid-attribute', attribute: 'from', value: '1900' }],
    [{ to: 'later' }, { code: 'invalid-attribute', attribute: 'to', value: 'later' }],
    [{ from: '2010', to: '2000' }, { code: 'invalid-attribute', attribute: 'from', value: '2010' }],
    [{ view: 'graph' }, { code: 'invalid-attribute', attribute: 'view', value: 'graph' }],
  ];
  for (const [attributes, expected] of badInputs) {
    it(`reports ${JSON.stringify(attributes)} visibly, with what is accepted, and still draws`, async () => {
      const { element, errors } = await mount(attributes);
      expect(errors.length).to.equal(1);
      expect(errors[0]!.detail).to.deep.include(expected);
      expect(errors[0]!.detail.accepted?.length).to.be.greaterThan(0);
      const alert = text(element, '[role="alert"]');
      expect(alert).to.contain(`"${expected.value}"`);
      expect(alert).to.contain(errors[0]!.detail.accepted![0]!);
      expect(root(element).querySelector('.plot svg, .table-wrap')).to.exist;
    });
  }

  it('groups the axis figures as the page language does', async () => {
    const axisFigures = (element: Element) =>
      [...root(element).querySelectorAll('.plot svg .role-axis-label text')].map((t) => t.textContent ?? '').filter((t) => t.length > 6);
    // Swedish groups thousands with a no-break space, English with a comma (Vega's number locale).
    // The file is in the loader's cache already, so it arrives before the Swedish messages: the
    // chart must still draw (it once waited forever, its data change dropped with a skipped update).
    const { element: swedish } = await mount({ series: 'population', countries: 'SE', lang: 'sv' });
    const sv = axisFigures(swedish);
    expect(sv.length, 'figures in the millions on the y axis').to.be.greaterThan(1);
    for (const label of sv) expect(label).to.match(/^\d{1,3}(\u00a0\d{3})+$/);
    swedish.remove(); // keeps the next chart in the first screen (charts draw only near the viewport)
    const { element: english } = await mount({ series: 'population', countries: 'SE', lang: 'en' });
    const en = axisFigures(english);
    expect(en.length).to.be.greaterThan(1);
    for (const label of en) expect(label).to.match(/^\d{1,3}(,\d{3})+$/);
  });

  it('shows a retry button for a failing file', async () => {
    const element = document.createElement('nordic-trend-chart');
    element.setAttribute('src', '/test/fixtures/missing-series.json');
    const error = oneEvent(element, 'nordic-error');
    document.body.append(element);
    mounted.push(element);
    expect((await error).detail.code).to.equal('data-fetch');
    await element.updateComplete;
    expect(root(element).querySelector('[role="alert"] button')).to.exist;
  });

  it('follows a language switch: legend, number format and source line', async () => {
    const { element } = await mount({ series: 'population', countries: 'SE DK', view: 'table', from: '2016', to: '2016' });
    document.documentElement.setAttribute('lang', 'sv');
    await waitUntil(() => text(element, '.source').includes('Källa:'), `expected Swedish, got ${text(element, '.source')}`);
    expect(tableRow(element, 2016).map((v) => v.replace(/\s/g, ' '))).to.deep.equal(['9 923 085', '5 728 010']);
    expect([...root(element).querySelectorAll('thead th')].map((th) => clean(th.textContent).replace(/[▲▼↕]/g, '').trim())).to.include.members(['Sverige', 'Danmark']);
    element.view = 'chart';
    await waitUntil(() => root(element).querySelector('.plot svg'), 'chart drawn');
    expect([...root(element).querySelectorAll('.legend li')].map((li) => clean(li.textContent))).to.deep.equal(['Sverige', 'Danmark']);
    // Drawn by Vega, outside the element's render: the axis titles follow the language too.
    const axisTitles = [...root(element).querySelectorAll('.plot svg .role-axis-title text')].map((t) => t.textContent);
    expect(axisTitles).to.include.members(['År', 'Personer']);
    // Finnish: this Chromium build has no Icelandic region names (Intl falls back to English).
    element.setAttribute('lang', 'fi');
    await waitUntil(() => text(element, '.legend').includes('Ruotsi'), 'expected Finnish country names', { timeout: 5000 });
    expect(text(element, '.source')).to.contain('Lähde:');
  });

  it('finalizes its Vega view when removed', async () => {
    const { element } = await mount({ series: 'population', countries: 'nordic' });
    const live = diagnostics.liveViews;
    element.remove();
    expect(diagnostics.liveViews).to.equal(live - 1);
  });
});

describe('<nordic-trend-chart> after drawing', () => {
  it('is not laid out again by the first width report, only when its width changes', async () => {
    const { element } = await mount({ series: 'population', countries: 'SE NO' });
    const plot = root(element).querySelector('.plot')!;
    const svg = plot.querySelector('svg')!;
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    watcher.observe(plot, { subtree: true, attributes: true, childList: true, characterData: true });
    // The resize observer reports the width just drawn after the next frame; its callback runs in a task.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)));
    expect(changes.length, 'the drawing untouched after ready').to.equal(0);
    const drawnWidth = Number(svg.getAttribute('width'));
    element.style.width = '500px';
    await waitUntil(() => Number(plot.querySelector('svg')?.getAttribute('width')) < drawnWidth - 200, 'redrawn at the new width', { timeout: 5000 });
    watcher.disconnect();
    element.remove();
  });
});
