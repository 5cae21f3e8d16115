/**
 * The package entry for bundler users (`import 'nordic-integration-widgets'`): registers every
 * element and exports their classes and types. Vega still loads only when a chart or map joins the page.
 * The script tag uses `autoload.ts`, which loads each element when its tag appears.
 */
export { NordicElement } from './core/base-element.js';
export type * from './core/events.js';
export type * from './core/data-types.js';
export { CaseStudyCard } from './elements/case-study-card/index.js';
export { CaseStudyList } from './elements/case-study-list/index.js';
export { NordicLessons } from './elements/nordic-lessons/index.js';
export { NordicTrendChart } from './elements/nordic-trend-chart/index.js';
export { NordicFact } from './elements/nordic-fact/index.js';
export { NordicMigrationMap } from './elements/nordic-migration-map/define.js';
