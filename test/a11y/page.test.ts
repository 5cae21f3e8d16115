import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { renderAllNow } from '../../src/core/lazy.js';

// axe-core (through @open-wc/testing's chai-a11y-axe) on a page holding every element, in both
// themes and all six languages: no violation of the WCAG rules axe checks.
const LANGS = ['en', 'sv', 'nb', 'da', 'fi', 'is'] as const;
const TAGS = ['nordic-migration-map', 'nordic-trend-chart', 'nordic-fact', 'case-study-card', 'case-study-list', 'nordic-lessons'];

describe('accessibility of a page with every element (axe-core)', function () {
  this.timeout(180_000);
  let page: HTMLElement;

  before(async () => {
    page = document.createElement('main');
    page.innerHTML = '<h1>Widgets</h1>';
    const widgets = [
      document.createElement('nordic-migration-map'),
      document.createElement('nordic-trend-chart'),
      document.createElement('nordic-fact'),
      document.createElement('case-study-card'),
      document.createElement('case-study-list'),
      document.createElement('nordic-lessons'),
    ];
    widgets[0]!.setAttribute('controls', '');
    widgets[1]!.setAttribute('controls', '');
    widgets[3]!.setAttribute('case', 'krokom');
    // Right under the page's h1, as a partner would place it.
    widgets[3]!.setAttribute('heading-level', '2');
    widgets[4]!.setAttribute('country', 'SE');
    const ready = widgets.map((w) => oneEvent(w, 'nordic-ready'));
    page.append(...widgets);
    document.body.append(page);
    // Widgets far below the fold wait to be scrolled to; axe reads them all drawn.
    setTimeout(renderAllNow);
    await Promise.all(ready);
    expect(widgets.map((w) => w.localName)).to.deep.equal(TAGS);
  });
  after(() => {
    page.remove();
    document.documentElement.lang = 'en';
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of LANGS) {
      it(`${theme}, ${lang}`, async () => {
        document.documentElement.lang = lang;
        for (const widget of page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join(','))) {
          widget.setAttribute('theme', theme);
        }
        // Language modules load and each element re-renders.
        await new Promise((resolve) => setTimeout(resolve, 300));
        for (const widget of page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join(','))) await widget.updateComplete;
        await expect(page).to.be.accessible();
      });
    }
  }
});
