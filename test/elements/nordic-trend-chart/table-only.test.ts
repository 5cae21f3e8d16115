// Its own page: nothing else may have loaded Vega first.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { diagnostics } from '../../../src/core/diagnostics.js';
import '../../../src/elements/nordic-trend-chart/index.js';
import type { NordicTrendChart } from '../../../src/elements/nordic-trend-chart/index.js';

describe('<nordic-trend-chart view="table">', () => {
  it('shows its table without loading Vega, and loads it when the reader switches to the chart', async function () {
    this.timeout(60000);
    const chart = document.createElement('nordic-trend-chart') as NordicTrendChart;
    chart.setAttribute('series', 'population');
    chart.setAttribute('view', 'table');
    chart.setAttribute('controls', '');
    const ready = oneEvent(chart, 'nordic-ready');
    document.body.append(chart);
    await ready;
    expect(chart.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(10);
    expect(diagnostics.vegaLoads, 'no Vega for a table').to.equal(0);
    chart.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar [aria-pressed="false"]')!.click();
    await waitUntil(() => chart.shadowRoot!.querySelector('.plot svg'), 'the chart is drawn', { timeout: 50000 });
    expect(diagnostics.vegaLoads).to.equal(1);
    chart.remove();
  });
});
