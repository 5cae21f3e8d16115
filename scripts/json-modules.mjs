/**
 * JSON imports shared by the rollup build and the test server, so both see the same modules:
 * - `*.vl.json`: a Vega-Lite spec, compiled to Vega here (build time), so pages ship `vega`
 *   without `vega-lite`;
 * - `*.schema.json`: a JSON Schema, exported as is.
 */
import { compile } from 'vega-lite';

export function isJsonModule(path) {
  return path.endsWith('.vl.json') || path.endsWith('.schema.json');
}

/**
 * Vega-Lite compiles a `geoshape` mark to a `shape` mark whose projection runs twice per feature
 * and per render: once for the bounds, once more to write the SVG path. A `path` mark fed by our
 * `geopathparsed` transform (src/core/geo-path-transform.ts, Vega's `geopath` that also keeps the
 * parsed commands) projects each feature once; the SVG gets the string, the bounds the commands.
 * The same drawing with less work on a municipality map. Applied to every mark, also in groups.
 */
export function projectOnce(spec) {
  const visit = (marks = []) => {
    for (const mark of marks) {
      visit(mark.marks);
      const transforms = mark.transform ?? [];
      const geoshape = transforms.find((t) => t.type === 'geoshape');
      // Only the plain form VL writes (no custom field or output name, nothing after it).
      if (mark.type !== 'shape' || !geoshape || transforms.length !== 1 || geoshape.field || geoshape.as) continue;
      mark.type = 'path';
      mark.transform = [{ ...geoshape, type: 'geopathparsed', field: 'datum', as: 'path' }];
    }
  };
  visit(spec.marks);
  return spec;
}

/** The module source for a JSON module file's text. */
export function jsonModuleSource(path, text) {
  const json = JSON.parse(text);
  const value = path.endsWith('.vl.json') ? projectOnce(compile(json).spec) : json;
  return `export default ${JSON.stringify(value)};\n`;
}

/** Rollup plugin (runs before @rollup/plugin-json, which must exclude these files). */
export function rollupJsonModules() {
  return {
    name: 'nordic-json-modules',
    transform(code, id) {
      if (!isJsonModule(id)) return null;
      return { code: jsonModuleSource(id, code), map: { mappings: '' } };
    },
  };
}

/** @web/dev-server plugin: serves the same files as JavaScript modules. */
export function devServerJsonModules() {
  return {
    name: 'nordic-json-modules',
    resolveMimeType(context) {
      if (isJsonModule(context.path)) return 'js';
      return undefined;
    },
    transform(context) {
      if (!isJsonModule(context.path)) return undefined;
      return { body: jsonModuleSource(context.path, context.body), transformCache: true };
    },
  };
}
