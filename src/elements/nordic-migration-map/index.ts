/**
 * The map's own entry (`dist/elements/nordic-migration-map.js`, also what the script tag loads
 * when a map appears). A map cannot decode its geometry or draw without Vega, so this entry
 * imports the Vega chunk statically: the browser fetches it together with the element's code
 * instead of after the element has started. The package entry (`index.js`) registers the map
 * through `define.js` and keeps Vega a dynamic import there, for pages without a map.
 */
import '../../core/vega-runtime.js';

export * from './define.js';
