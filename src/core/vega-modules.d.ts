// Vega's sub-packages ship no types; vega-runtime.ts imports them to build a smaller Vega.
// The View and parse types are the `vega` package's own (the same classes it re-exports).
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
  /** The base of every Vega operator (called as a function by subclasses, see geo-path-transform.ts). */
  export const Transform: unknown;
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
// d3-geo arrives with vega-geo; geo-path-transform.ts draws with geoPath and reads the projection.
declare module 'd3-geo' {
  interface PathContext {
    moveTo(x: number, y: number): void;
    lineTo(x: number, y: number): void;
    closePath(): void;
    arc(x: number, y: number, radius: number, start: number, end: number): void;
  }
  export function geoPath(projection: unknown, context: PathContext): (object: unknown) => void;
  export function geoPath(projection: unknown): (object: unknown) => string | null;
  /** The parts of a d3-geo projection geo-path-transform.ts reads or sets. */
  export interface GeoProjection {
    scale(): number;
    translate(): [number, number];
  }
}
