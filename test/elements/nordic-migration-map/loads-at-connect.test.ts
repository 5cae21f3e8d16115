// Its own page: no other test may have loaded the geometry or the figures first.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/nordic-migration-map/index.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import { diagnostics } from '../../../src/core/diagnostics.js';
import { yieldToMain } from '../../../src/core/yield.js';

// The dev server serves every module as its own file: without room, the browser drops later entries.
performance.setResourceTimingBufferSize(100_000);
const requests = (file: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(file)).length;

/** Lets the microtasks queued so far run, within the current task (no frame, no timer). */
async function sameTask(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('<nordic-migration-map> in view when it joins the page', () => {
  it('starts its data files in the task right after the one that put it there, and draws from those same requests', async function () {
    this.timeout(60000);
    expect(diagnostics.dataFetches, 'nothing fetched before').to.equal(0);
    const map = document.createElement('nordic-migration-map') as NordicMigrationMap;
    map.style.width = '500px';
    map.setAttribute('countries', 'IS');
    let ready = false;
    map.addEventListener('nordic-ready', () => (ready = true));
    document.body.prepend(map);
    await sameTask();
    // That task may be the long evaluation of the element's code (a phone): the look at the
    // viewport and the loads come right after it.
    expect(diagnostics.dataFetches, 'nothing fetched in the task that put it there').to.equal(0);
    await yieldToMain();
    expect(diagnostics.dataFetches, 'the geometry and the figures are on their way, a task later').to.equal(2);
    await waitUntil(() => ready, 'drawn', { timeout: 50000 });
    expect(map.shadowRoot!.querySelectorAll('.canvas svg path').length).to.be.greaterThan(10);
    // The same requests drew it (the learning examples follow the drawing, for a clicked area).
    expect(requests('municipalities.projected.topo.json'), 'one geometry request').to.equal(1);
    expect(requests('/indicators/'), 'one figures request').to.equal(1);
    map.remove();
  });
});
