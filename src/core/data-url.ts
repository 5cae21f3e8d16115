/**
 * Where the built-in data files live: by default `data/` beside the bundle, found from this
 * module's own URL so `dist/` works unchanged from any CDN path or a partner's server. In the
 * source tree (and in the npm build, `dist/npm/core/`) this module is two levels below the data;
 * the CDN build rewrites the marker below for its chunks' place in `dist/` (rollup.config.ts).
 *
 * Not written as `new URL(…, import.meta.url)`: Vite and webpack read that form as an
 * asset to bundle. A folder is no asset (Vite warns; webpack makes a module that throws "Cannot find
 * module" when the first argument is not a literal). An app whose bundler moves this module
 * elsewhere serves a copy of the data and says where with `setDataPath()`.
 */
const moduleUrl = import.meta.url;
let dataBase = new URL('../../data/' /* data-base-marker */, moduleUrl);

/** The absolute address of a built-in data file, e.g. `dataUrl('indicators/foreign-born-share.json')`. */
export function dataUrl(path: string): string {
  return new URL(path, dataBase).href;
}

/**
 * Fetch the built-in data from `path` (resolved against the page, like a link; a folder, so a
 * missing final `/` is added) instead of from beside this module. Call it before the elements
 * load their data, i.e. before they join the page.
 */
export function setDataPath(path: string | URL): void {
  const base = new URL(path, document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  dataBase = base;
}

/** The folder the built-in data are fetched from, as an absolute URL ending in `/`. */
export function getDataPath(): string {
  return dataBase.href;
}

/** Resolves a partner's `src` against the page, as the browser would for a link. */
export function resolveUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}
