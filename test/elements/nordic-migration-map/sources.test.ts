import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/nordic-migration-map/index.js';
import '../../../src/elements/nordic-trend-chart/index.js';
import '../../../src/elements/nordic-fact/index.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import type { IndicatorFile, SourceRef } from '../../../src/core/data-types.js';
import { clean } from '../../helpers.js';

// Issue #17: one short source line under each widget, the full citation behind a native disclosure,
// licences in the reader's language.
const MAX_LINE = 160;

const dataUrl = (path: string) => new URL(`../../../data/${path}`, import.meta.url).href;
const readJson = async <T>(path: string): Promise<T> => (await fetch(`${dataUrl(path)}?read-by-test`)).json() as Promise<T>;

async function mapWithSources(attributes: string): Promise<NordicMigrationMap> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
  holder.innerHTML = `<nordic-migration-map ${attributes}></nordic-migration-map>`;
  const map = holder.firstElementChild as NordicMigrationMap;
  await waitUntil(() => map.shadowRoot?.querySelector('.source .source-details .source-boundaries'), 'no sources with boundaries', { timeout: 50000 });
  await map.updateComplete;
  return map;
}

const line = (root: ShadowRoot) => root.querySelector<HTMLElement>('.source .source-line')!;
const details = (root: ShadowRoot) => root.querySelector<HTMLDetailsElement>('.source details.source-details')!;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('sources under a widget (issue #17)', () => {
  it('the map: one line of at most 160 characters naming each organisation once, and the years', async function () {
    this.timeout(60000);
    const file = await readJson<IndicatorFile>('indicators/foreign-share-vs-national.json');
    const map = await mapWithSources('indicator="foreign-share-vs-national"');
    const root = map.shadowRoot!;
    const text = clean(line(root).textContent);
    expect(text.length, text).to.be.at.most(MAX_LINE);
    expect(text).to.match(/^Source: /);
    // The years as one span; the legend names each country's year.
    expect(text).to.match(/ · \d{4}–\d{4}$/);
    // The line is a single line of text: no list, no break, no link per source.
    expect(line(root).querySelectorAll('br, li, a')).to.have.length(0);
    expect(line(root).getBoundingClientRect().height).to.be.below(2 * parseFloat(getComputedStyle(line(root)).lineHeight || '20') + 1);
    const organisations = [...new Set(file.sources.flatMap((s) => (s.organisation ?? '').split(/,\s*/)).filter(Boolean))];
    expect(organisations.length).to.be.greaterThan(1);
    for (const name of organisations) expect(count(text, name), `${name} in "${text}"`).to.equal(1);
    // No licence, table or repository on the line: those are in the disclosure.
    expect(text).not.to.contain('CC BY');
    expect(text).not.to.contain('not stated');
    expect(text).not.to.contain('github');
  });

  it('the map: a closed native disclosure holds every source and boundary with its link, licence and the notes', async function () {
    this.timeout(60000);
    const file = await readJson<IndicatorFile>('indicators/foreign-share-vs-national.json');
    const topology = await readJson<{ metadata: { sources: SourceRef[] } }>('municipalities.topo.json');
    const map = await mapWithSources('indicator="foreign-share-vs-national"');
    const disclosure = details(map.shadowRoot!);
    expect(disclosure.open).to.equal(false);
    expect(clean(disclosure.querySelector('summary')!.textContent)).to.equal('Sources and licences');
    const hrefs = [...disclosure.querySelectorAll('a')].map((a) => a.href);
    const text = clean(disclosure.textContent);
    for (const source of [...file.sources, ...topology.metadata.sources.filter((s) => s.countries?.length)]) {
      expect(hrefs, source.url).to.include(new URL(source.url).href);
      expect(text, source.publisher).to.contain(source.publisher);
      // In English the detailed note is shown, so every licence text appears.
      expect(text, source.licence).to.contain(source.licence);
    }
    for (const a of disclosure.querySelectorAll('a')) expect(a.rel).to.contain('noopener');
    expect(text).to.contain(clean(file.notes![0]!.en));
  });

  it('in Danish: no English licence phrase in the line, the summary or the disclosure', async function () {
    this.timeout(60000);
    const map = await mapWithSources('lang="da" indicator="foreign-share-vs-national"');
    const root = map.shadowRoot!;
    await waitUntil(() => clean(line(root).textContent).startsWith('Kilde:'), `not Danish: ${clean(line(root).textContent)}`, { timeout: 15000 });
    const summary = clean(details(root).querySelector('summary')!.textContent);
    expect(summary).to.equal('Kilder og licenser');
    const visible = `${clean(line(root).textContent)} ${summary}`;
    const whole = clean(details(root).textContent);
    for (const english of ['not stated', 'licence', 'Licence', 'Source', 'repository', 'states none', 'upstream']) {
      expect(visible, english).not.to.contain(english);
      expect(whole, english).not.to.contain(english);
    }
    // The organisations in Danish too.
    expect(visible).to.contain('Danmarks Statistik');
    expect(visible).not.to.contain('Statistics');
    expect(whole).not.to.contain('Statistics');
    expect(whole).to.contain('Licens: ikke oplyst');
    expect(whole).to.contain('Licens: CC BY 4.0');
    expect(whole).to.contain('Grænser:');
  });

  it('a partner file without licence codes: its licence text and publisher as given', async function () {
    this.timeout(60000);
    const share = await readJson<IndicatorFile>('indicators/foreign-born-share.json');
    const partner: IndicatorFile = {
      ...share,
      id: 'partner-share',
      label: { en: 'Partner share' },
      sources: [{ publisher: 'Partner Office (PO), via a portal', licence: 'Partner terms 1.2', url: 'https://example.org/data' }],
    };
    const src = `data:application/json,${encodeURIComponent(JSON.stringify(partner))}`;
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map src=${src} view="table" countries="SE"></nordic-migration-map>`);
    await waitUntil(() => map.shadowRoot?.querySelector('.source .source-line')?.textContent?.includes('Partner'), 'no partner source', { timeout: 50000 });
    expect(clean(line(map.shadowRoot!).textContent)).to.match(/^Source: Partner Office · /);
    expect(clean(details(map.shadowRoot!).textContent)).to.contain('Licence: Partner terms 1.2');
  });

  it('the trend chart and the fact: one short line and the disclosure too', async function () {
    this.timeout(60000);
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 700px">
      <nordic-trend-chart></nordic-trend-chart><nordic-fact lang="da" fact="migration-share" country="NO"></nordic-fact>
    </div>`);
    for (const element of holder.children) {
      await waitUntil(() => element.shadowRoot?.querySelector('.source .source-line'), `${element.localName}: no source line`, { timeout: 50000 });
      const root = element.shadowRoot!;
      const text = clean(line(root).textContent);
      expect(text.length, text).to.be.at.most(MAX_LINE);
      expect(text).not.to.contain('CC BY');
      expect(text).not.to.contain('via');
      expect(details(root).querySelectorAll('li').length).to.be.greaterThan(0);
    }
    const fact = clean(details(holder.children[1]!.shadowRoot!).textContent);
    expect(fact).to.contain('ikke oplyst');
    expect(fact).not.to.contain('not stated');
  });
});
