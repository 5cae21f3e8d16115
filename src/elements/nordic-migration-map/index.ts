/**
 * The map's own entry (`dist/elements/nordic-migration-map.js`, also what the script tag loads
 * when a map appears). It has no static imports, so it runs the moment it arrives and asks for
 * the element's code and the Vega chunk at once (a map cannot decode its geometry or draw without
 * Vega). (The page's first `Intl` formatter is no longer made here: on the main thread it is one
 * long task; the element has a worker load those data where it can, core/intl-warm-up.ts.)
 * It resolves once the element is defined and Vega is loaded. The package entry (`index.js`)
 * registers the map through `define.js` and loads Vega only when a map or chart draws.
 */
// A failed Vega download must not stop the element from being defined: the map then shows the
// error, with Retry, when it draws.
const vega = import('../../core/vega-runtime.js').catch(() => undefined);
const element = import('./define.js');
const [{ NordicMigrationMap }] = await Promise.all([element, vega]);

/** The map element's class, registered as `<nordic-migration-map>` (typed in HTMLElementTagNameMap by define.ts). */
type NordicMigrationMap = import('./define.js').NordicMigrationMap;
export { NordicMigrationMap };
