import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

// Cumulative layout shift of the page while each widget loads and draws, as Core Web Vitals counts it
// (the sum of layout-shift entries without recent input): "good" is at most 0.1. The paragraph after the
// widget moves when the widget grows, so a widget that does not reserve its height fails.
interface LayoutShift extends PerformanceEntry { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }

const CASES: [string, Record<string, string>][] = [
  ['nordic-migration-map', {}],
  ['nordic-migration-map', { controls: '', heading: 'Residents of foreign origin' }],
  ['nordic-trend-chart', { controls: '' }],
  ['nordic-fact', { fact: 'migration-share', from: '1990', to: '2017' }],
  ['case-study-card', { case: 'krokom' }],
  ['case-study-list', { country: 'SE' }],
  ['nordic-lessons', {}],
];

describe('layout shift while widgets load and draw', function () {
  this.timeout(60_000);

  it('the space a map reserves before drawing is the height it draws at (five countries)', async () => {
    const map = document.createElement('nordic-migration-map');
    map.style.width = '500px';
    const reserved = new Promise<number>((resolve) => requestAnimationFrame(() => resolve(map.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect().height)));
    const ready = oneEvent(map, 'nordic-ready');
    document.body.append(map);
    try {
      const before = await reserved;
      await ready;
      const after = map.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect().height;
      expect(Math.abs(after - before), `reserved ${before}, drawn ${after}`).to.be.at.most(4);
    } finally {
      map.remove();
    }
  });

  for (const width of [1000, 390]) {
    for (const [tag, attributes] of CASES) {
      it(`${tag} ${Object.keys(attributes).join(' ')} at ${width} px: CLS ≤ 0.1`, async () => {
        // The frame that drops the previous test's page must be drawn before this observer starts:
        // Chromium reports that removal as a shift of the removed nodes (seen as 0.16 under load).
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const page = document.createElement('div');
        page.style.width = `${width}px`;
        const intro = Object.assign(document.createElement('p'), { textContent: 'Before the widget.' });
        const widget = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
        const after = Object.assign(document.createElement('p'), { textContent: 'After the widget.' });
        page.append(intro, widget, after);
        let cls = 0;
        const shifts: string[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) { cls += entry.value; shifts.push(`${entry.value.toFixed(3)} ${(entry.sources ?? []).map((s) => `${(s.node as Element)?.localName ?? s.node?.nodeName}.${(s.node as Element)?.className ?? ''} ${Math.round(s.previousRect.top)}→${Math.round(s.currentRect.top)} h${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`).join(', ')}`); }
        });
        observer.observe({ type: 'layout-shift' });
        const ready = oneEvent(widget, 'nordic-ready');
        document.body.append(page);
        try {
          await ready;
          await new Promise((resolve) => setTimeout(resolve, 500));
          for (const entry of observer.takeRecords() as LayoutShift[]) if (!entry.hadRecentInput) cls += entry.value;
          expect(cls, `CLS ${cls.toFixed(3)}: ${shifts.join('; ')}`).to.be.at.most(0.1);
        } finally {
          observer.disconnect();
          page.remove();
        }
      });
    }
  }
});
