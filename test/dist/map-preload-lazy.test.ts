// A page whose only map waits for the viewport: the map's entry must not download its geometry
// ahead (the reader may never scroll there). npm test builds dist/ first.
import { expect } from '@open-wc/testing';

const entry = '/dist/elements/nordic-migration-map.js';
const geometryUrl = new URL('/dist/data/municipalities.projected.topo.json', location.href).href;

describe('dist/elements/nordic-migration-map.js with only loading="lazy" maps', () => {
  it('adds no preload and fetches no geometry while the map is far below the fold (Vega and the Intl worker do start)', async function () {
    this.timeout(30000);
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const map = document.createElement('nordic-migration-map');
    map.setAttribute('loading', 'lazy');
    document.body.append(spacer, map);
    await import(/* @vite-ignore */ entry);
    await customElements.whenDefined('nordic-migration-map');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect([...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => link.href)).to.not.include(geometryUrl);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested).to.not.include(geometryUrl);
    // What starts when a map joins the page, wherever it is: Vega's download and the worker that
    // has the browser load its locale data (so they are there when the figures are).
    expect(requested.filter((url) => /\/vega-[\w-]{8}\.js$/.test(url)), 'Vega').to.have.length(1);
    expect(requested.filter((url) => url.endsWith('/dist/intl-worker.js')), 'the Intl worker').to.have.length(1);
    map.remove();
    spacer.remove();
  });
});
