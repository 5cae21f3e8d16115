/**
 * Where the built-in data files live: `data/` beside the bundle, found from this module's own
 * URL so `dist/` works unchanged from any CDN path or a partner's server. In the source tree this
 * module is `src/core/`, so the data are two levels up; the rollup build rewrites the marker
 * below for the chunk's place in `dist/`.
 */
const DATA_BASE = new URL('../../data/' /* data-base-marker */, import.meta.url);

/** The absolute address of a built-in data file, e.g. `dataUrl('indicators/foreign-born-share.json')`. */
export function dataUrl(path: string): string {
  return new URL(path, DATA_BASE).href;
}

/** Resolves a partner's `src` against the page, as the browser would for a link. */
export function resolveUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}
