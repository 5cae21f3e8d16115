// Vega's sub-packages ship no types; vega-runtime.ts imports them to build a smaller Vega.
// The View and parse types are the `vega` package's own (the same classes it re-exports).
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
  export { changeset } from 'vega';
}
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-encode';
declare module 'vega-geo';
declare module 'vega-view' {
  export { View } from 'vega';
}
declare module 'vega-parser' {
  export { parse } from 'vega';
}
