import { NordicTrendChart } from './nordic-trend-chart.js';

NordicTrendChart.define('nordic-trend-chart');

declare global {
  interface HTMLElementTagNameMap {
    'nordic-trend-chart': NordicTrendChart;
  }
}

export { NordicTrendChart };
