// Its own page: the country series must not be in the data loader's cache yet.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/nordic-trend-chart/index.js';
import { diagnostics } from '../../src/core/diagnostics.js';

describe('a series element in view when it joins the page', () => {
  it('starts its file at once, before its first render, and renders from that request', async () => {
    expect(diagnostics.dataFetches, 'nothing fetched before').to.equal(0);
    const chart = document.createElement('nordic-trend-chart');
    chart.setAttribute('countries', 'SE');
    const ready = oneEvent(chart, 'nordic-ready');
    document.body.prepend(chart);
    expect(chart.shadowRoot?.childElementCount ?? 0, 'not rendered yet').to.equal(0);
    expect(diagnostics.dataFetches, 'the file is on its way').to.equal(1);
    await ready;
    expect(diagnostics.dataFetches, 'no second fetch').to.equal(1);
    chart.remove();
  });
});
