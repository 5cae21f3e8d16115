// Its own page: Vega and the data must not have been loaded by another test first.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/nordic-migration-map/index.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import { diagnostics } from '../../../src/core/diagnostics.js';

// The dev server serves every module as its own file: without room, the browser drops later entries.
performance.setResourceTimingBufferSize(100_000);
const topologyFetches = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('municipalities.projected.topo.json')).length;

describe('<nordic-migration-map> far below the fold', () => {
  it('starts loading Vega when it joins the page, but fetches data and draws only when it comes near', async function () {
    this.timeout(60000);
    expect(diagnostics.vegaLoads, 'nothing loaded Vega before').to.equal(0);
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const map = document.createElement('nordic-migration-map') as NordicMigrationMap;
    map.style.width = '600px';
    // Viewport only: by default idle time after load would draw it (test/a11y/offscreen.test.ts).
    map.loading = 'lazy';
    let ready = false;
    map.addEventListener('nordic-ready', () => (ready = true));
    document.body.append(spacer, map);
    expect(diagnostics.vegaLoads, 'Vega requested on connect').to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(topologyFetches(), 'no geometry before the map comes near').to.equal(0);
    expect(diagnostics.dataFetches, 'no data file before the map comes near').to.equal(0);
    expect(map.shadowRoot!.querySelector('.canvas svg'), 'nothing drawn yet').to.equal(null);
    expect(ready).to.equal(false);
    map.scrollIntoView();
    await waitUntil(() => ready, 'drawn once scrolled into view', { timeout: 50000 });
    expect(map.shadowRoot!.querySelectorAll('.canvas svg path').length).to.be.greaterThan(1000);
    expect(diagnostics.vegaLoads).to.equal(1);
    expect(topologyFetches()).to.equal(1);
    spacer.remove();
    map.remove();
  });
});
