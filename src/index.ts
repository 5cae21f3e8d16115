/**
 * The script-tag entry: registers every element. Partner sites paste
 * `<script type="module" src=".../dist/nordic-integration-widgets.js"></script>`.
 * Vega loads only when a chart or map connects.
 */
export { NordicElement } from './core/base-element.js';
export type * from './core/events.js';
export type * from './core/data-types.js';
export { CaseStudyCard } from './elements/case-study-card/index.js';
export { CaseStudyList } from './elements/case-study-list/index.js';
export { NordicTrendChart } from './elements/nordic-trend-chart/index.js';
export { NordicFact } from './elements/nordic-fact/index.js';
export { NordicMigrationMap } from './elements/nordic-migration-map/index.js';
