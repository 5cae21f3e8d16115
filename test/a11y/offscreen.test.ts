import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

// A full-page screenshot (or a reader jumping to the end) must find every widget drawn, though none
// was ever scrolled near: idle time draws them after the page has loaded. `loading="lazy"` keeps the
// old behaviour (viewport only), `eager` draws at once.
const TAGS: [string, Record<string, string>][] = [
  ['nordic-migration-map', { country: 'IS' }],
  ['nordic-trend-chart', {}],
  ['case-study-card', { case: 'krokom' }],
];

function farBelow(tag: string, attributes: Record<string, string>): { element: HTMLElement; spacer: HTMLElement } {
  const spacer = document.createElement('div');
  spacer.style.height = '8000px';
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(spacer, element);
  return { element, spacer };
}

describe('widgets far below the fold', function () {
  this.timeout(30_000);

  it('are drawn in idle time without scrolling (the default), nearest first', async () => {
    window.scrollTo(0, 0);
    const placed = TAGS.map(([tag, attributes]) => farBelow(tag, attributes));
    const readyOrder: string[] = [];
    try {
      await Promise.all(placed.map(({ element }) => oneEvent(element, 'nordic-ready').then(() => readyOrder.push(element.localName))));
      expect(window.scrollY).to.equal(0);
      expect(readyOrder).to.deep.equal(TAGS.map(([tag]) => tag));
      for (const { element } of placed) expect(element.getAttribute('loading')).to.equal('auto');
    } finally {
      placed.forEach(({ element, spacer }) => (element.remove(), spacer.remove()));
    }
  });

  it('with loading="lazy" wait for the viewport', async () => {
    window.scrollTo(0, 0);
    const { element, spacer } = farBelow('case-study-card', { case: 'krokom', loading: 'lazy' });
    let ready = false;
    element.addEventListener('nordic-ready', () => (ready = true));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(ready, 'not drawn while far away').to.equal(false);
      const drawn = oneEvent(element, 'nordic-ready');
      element.scrollIntoView();
      await drawn;
    } finally {
      window.scrollTo(0, 0);
      element.remove();
      spacer.remove();
    }
  });
});
