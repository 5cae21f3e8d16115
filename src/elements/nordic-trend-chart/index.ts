import { NordicTrendChart } from './nordic-trend-chart.js';

// The browser's number-formatting data start loading off the main thread now (core/intl-warm-up.ts).
void import('../../core/intl-warm-up.js').then((intl) => intl.warmUpIntl(), () => undefined);

NordicTrendChart.define('nordic-trend-chart');

declare global {
  interface HTMLElementTagNameMap {
    'nordic-trend-chart': NordicTrendChart;
  }
}

export { NordicTrendChart };
