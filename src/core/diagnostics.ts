/**
 * Counters for tests and the benchmark, on `globalThis[Symbol.for('nordic-integration-widgets')]`.
 * Cheap integers only; nothing here affects rendering.
 */
export interface Diagnostics {
  vegaLoads: number;
  dataFetches: number;
  liveViews: number;
}

const key = Symbol.for('nordic-integration-widgets');
const holder = globalThis as unknown as Record<symbol, Diagnostics | undefined>;

/** Shared by every copy of the library on the page, so double loading is visible too. */
export const diagnostics: Diagnostics = (holder[key] ??= { vegaLoads: 0, dataFetches: 0, liveViews: 0 });
