// Widgets in the page before the library loads and after, moved, removed while loading, added
// again, and 200 mount/unmount cycles of every element: nothing left behind (Vega views,
// listeners on the page, timers, frames, observed elements), nothing thrown.
import { expect } from '@open-wc/testing';
import { instrument } from './instrument.js';
import { BASE_ATTRIBUTES, create, settle, watchUncaught } from './hostile.js';

const TAGS = ['case-study-card', 'case-study-list', 'nordic-fact', 'nordic-lessons', 'nordic-migration-map', 'nordic-trend-chart'];
const liveViews = (): number => (globalThis as unknown as Record<symbol, { liveViews: number } | undefined>)[Symbol.for('nordic-integration-widgets')]?.liveViews ?? 0;
/** Waits for each element's first ready or error, releasing lazy widgets meanwhile (they are below the fold of the test page). */
async function outcomes(elements: Element[], ms = 20_000): Promise<string[]> {
  const seen = elements.map(() => '');
  elements.forEach((element, i) => {
    element.addEventListener('nordic-ready', () => (seen[i] ||= 'ready'), { once: true });
    element.addEventListener('nordic-error', () => (seen[i] ||= 'error'), { once: true });
  });
  const end = performance.now() + ms;
  return (async () => {
    const { renderAllNow } = await import('../../src/core/lazy.js');
    while (seen.some((s) => !s) && performance.now() < end) {
      renderAllNow();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return seen.map((s) => s || 'timeout');
  })();
}
const html = (tag: string): string => `<${tag} ${Object.entries(BASE_ATTRIBUTES[tag] ?? {}).map(([k, v]) => `${k}="${v}"`).join(' ')}></${tag}>`;

describe('hardening: lifecycle', () => {
  const uncaught = watchUncaught();
  after(() => uncaught.stop());

  it('widgets written before the library loads upgrade and render; later ones too', async function () {
    this.timeout(30_000);
    const early = document.createElement('div');
    early.innerHTML = TAGS.map(html).join('');
    document.body.append(early);
    expect(customElements.get('nordic-fact'), 'not defined yet').to.equal(undefined);
    const earlyOutcomes = outcomes([...early.children]);
    await import('../../src/index.js');
    expect(await earlyOutcomes).to.deep.equal(TAGS.map(() => 'ready'));
    const late = TAGS.map((tag) => create(tag));
    const lateOutcomes = outcomes(late);
    early.append(...late);
    expect(await lateOutcomes).to.deep.equal(TAGS.map(() => 'ready'));
    early.remove();
    await settle(2);
    expect(liveViews(), 'no Vega view left').to.equal(0);
  });

  it('moved to another place, a widget draws again there; removed while loading, it never renders late', async function () {
    this.timeout(30_000);
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const chart = create('nordic-trend-chart');
    const errors: unknown[] = [];
    chart.addEventListener('nordic-error', (e) => errors.push(e));
    const viewsBefore = liveViews();
    const ready = outcomes([chart]);
    first.append(chart);
    expect(await ready).to.deep.equal(['ready']);
    second.append(chart); // a move: disconnected, connected again
    await settle(5);
    expect(chart.shadowRoot!.querySelector('.canvas svg, .canvas canvas, svg'), 'drawn after the move').to.exist;
    expect(liveViews() - viewsBefore, 'one view for one chart').to.equal(1);

    // Removed while its file is on the way: the answer comes, nothing happens.
    const views = liveViews();
    const slow = TAGS.map((tag) => create(tag));
    const fileFor: Record<string, string> = {
      'case-study-card': '/data/case-studies/en.json', 'case-study-list': '/data/case-studies/en.json', 'nordic-lessons': '/data/case-studies/en.json',
      'nordic-fact': '/data/country-series.json', 'nordic-trend-chart': '/data/country-series.json', 'nordic-migration-map': '/data/indicators/immigrant-background-share.json',
    };
    const events: string[] = [];
    slow.forEach((element) => {
      element.setAttribute('src', `/test-hostile/?delay=400&file=${fileFor[element.localName]}&r=${Math.random()}`);
      for (const type of ['nordic-ready', 'nordic-error']) element.addEventListener(type, () => events.push(`${element.localName} ${type}`));
    });
    second.append(...slow);
    const { renderAllNow } = await import('../../src/core/lazy.js');
    renderAllNow();
    await settle(2);
    const rendered = slow.map((element) => element.shadowRoot!.innerHTML);
    slow.forEach((element) => element.remove());
    await new Promise((resolve) => setTimeout(resolve, 900));
    await settle(3);
    expect(slow.map((element) => element.shadowRoot!.innerHTML), 'no late render').to.deep.equal(rendered);
    expect(liveViews(), 'no view made for a removed widget').to.equal(views);
    expect(events.filter((e) => e.endsWith('nordic-error'))).to.deep.equal([]);

    // Added again: it loads and renders.
    const again = outcomes(slow);
    second.append(...slow);
    expect(await again).to.deep.equal(TAGS.map(() => 'ready'));
    first.remove();
    second.remove();
    await settle(2);
    expect(liveViews()).to.equal(viewsBefore);
    expect(errors).to.deep.equal([]);
  });

  it('200 mount/unmount cycles of every element leave nothing behind', async function () {
    this.timeout(60_000);
    const container = document.createElement('div');
    document.body.append(container);
    const cycle = async (drawn: boolean): Promise<void> => {
      const elements = TAGS.map((tag) => create(tag));
      const answered = drawn ? outcomes(elements) : undefined;
      container.append(...elements);
      if (answered) expect(await answered).to.deep.equal(TAGS.map(() => 'ready'));
      else await Promise.resolve();
      elements.forEach((element) => element.remove());
    };
    await cycle(true); // the page-long singletons (the lang observer, the lazy observer, loaded modules)
    await settle(5);
    const probe = instrument();
    try {
      const before = probe.held();
      const viewsBefore = liveViews();
      for (let i = 0; i < 200; i++) await cycle(i % 20 === 0); // every 20th waits for the drawing
      await new Promise((resolve) => setTimeout(resolve, 600));
      await settle(5);
      const afterCycles = probe.held();
      expect(liveViews(), 'Vega views').to.equal(viewsBefore);
      expect(afterCycles.listenerKeys, 'listeners on the page').to.deep.equal(before.listenerKeys);
      expect(afterCycles.timers, 'pending timers').to.equal(0);
      expect(afterCycles.frames, 'pending frames').to.equal(0);
      expect(afterCycles.observedKeys, 'observed elements').to.deep.equal(before.observedKeys);
    } finally {
      probe.restore();
      container.remove();
    }
    expect(uncaught.errors).to.deep.equal([]);
  });
});
