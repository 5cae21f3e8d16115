/**
 * The map's own entry (`dist/elements/nordic-migration-map.js`, also what the script tag loads
 * when a map appears). It has no static imports, so it runs the moment it arrives and asks for
 * the element's code and the Vega chunk at once (a map cannot decode its geometry or draw without
 * Vega), and for the geometry every map draws. (The page's first `Intl` formatter is no longer
 * made here: on the main thread it is one long task; the element has a worker load those data
 * where it can, core/intl-warm-up.ts.)
 * It resolves once the element is defined and Vega is loaded. The package entry (`index.js`)
 * registers the map through `define.js` and loads Vega only when a map or chart draws.
 */

/**
 * The geometry file relative to this entry. The CDN build sets it (rollup.config.ts); the npm
 * build leaves it empty: an app's bundler moves the files, and the app may set another data path.
 */
const GEOMETRY_FILE = '' /* geometry-preload-marker */;

/**
 * Asks for the geometry (every map draws it; its table names the places from it) together with
 * the code, not after the code has arrived and run: over a slow connection that is a round trip
 * and much of the code's download sooner. A preload link, so that the one data loader's own
 * request takes this response instead of downloading the file again. Not on a page whose maps all
 * wait for the viewport (`loading="lazy"`): such a map may never be scrolled to.
 */
function preloadGeometry(): void {
  if (!GEOMETRY_FILE || typeof document === 'undefined') return;
  const maps = [...document.querySelectorAll('nordic-migration-map')];
  if (maps.length && maps.every((map) => map.getAttribute('loading') === 'lazy')) return;
  const href = new URL(GEOMETRY_FILE, import.meta.url).href;
  // A second copy of this entry (another script tag) finds the link already there.
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].some((link) => link.href === href)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // What the data loader's fetch asks for (CORS, no credentials to another origin): a preload
  // that differs in this is not used, and the file would be downloaded twice.
  link.crossOrigin = 'anonymous';
  link.href = href;
  (document.head ?? document.documentElement).append(link);
}

// A failed Vega download must not stop the element from being defined: the map then shows the
// error, with Retry, when it draws.
const vega = import('../../core/vega-runtime.js').catch(() => undefined);
const element = import('./define.js');
preloadGeometry();
const [{ NordicMigrationMap }] = await Promise.all([element, vega]);

/** The map element's class, registered as `<nordic-migration-map>` (typed in HTMLElementTagNameMap by define.ts). */
type NordicMigrationMap = import('./define.js').NordicMigrationMap;
export { NordicMigrationMap };
