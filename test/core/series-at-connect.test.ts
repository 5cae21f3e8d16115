// Its own page: the country series must not be in the data loader's cache yet.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/nordic-trend-chart/index.js';
import { diagnostics } from '../../src/core/diagnostics.js';
import { yieldToMain } from '../../src/core/yield.js';

/** Lets the microtasks queued so far run, within the current task (no frame, no timer). */
async function sameTask(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('a series element in view when it joins the page', () => {
  it('starts its file in the task right after the one that put it there, and renders from that request', async () => {
    expect(diagnostics.dataFetches, 'nothing fetched before').to.equal(0);
    const chart = document.createElement('nordic-trend-chart');
    chart.setAttribute('countries', 'SE');
    const ready = oneEvent(chart, 'nordic-ready');
    document.body.prepend(chart);
    await sameTask();
    // That task may be the long evaluation of the element's code (a phone).
    expect(diagnostics.dataFetches, 'nothing fetched in the task that put it there').to.equal(0);
    await yieldToMain();
    expect(diagnostics.dataFetches, 'the file is on its way, a task later').to.equal(1);
    await ready;
    expect(diagnostics.dataFetches, 'no second fetch').to.equal(1);
    chart.remove();
  });
});
