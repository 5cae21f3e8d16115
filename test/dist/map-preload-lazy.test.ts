// A page whose only map waits for the viewport: the map's entry must not download its geometry
// ahead (the reader may never scroll there). npm test builds dist/ first.
import { expect } from '@open-wc/testing';

const entry = '/dist/elements/nordic-migration-map.js';
const geometryUrl = new URL('/dist/data/municipalities.projected.topo.json', location.href).href;

describe('dist/elements/nordic-migration-map.js with only loading="lazy" maps', () => {
  it('adds no preload and fetches no geometry while the map is far below the fold', async function () {
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
    expect(performance.getEntriesByType('resource').map((entry) => entry.name)).to.not.include(geometryUrl);
    map.remove();
    spacer.remove();
  });
});
