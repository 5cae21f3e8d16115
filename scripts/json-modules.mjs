/**
 * JSON imports shared by the rollup build and the test server, so both see the same modules:
 * - `*.vl.json`: a Vega-Lite spec, compiled to Vega and parsed into Vega's runtime dataflow
 *   description here (build time), so pages ship neither `vega-lite` nor Vega's parser;
 * - `*.schema.json`: a JSON Schema, exported as is.
 */
import { compile } from 'vega-lite';
import { parse } from 'vega-parser';
// Registers every Vega transform, whose definitions the parser reads (build time only).
import 'vega';

export function isJsonModule(path) {
  return path.endsWith('.vl.json') || path.endsWith('.schema.json');
}

/**
 * Vega-Lite compiles a `geoshape` mark to a `shape` mark whose projection runs twice per feature
 * and per render: once for the bounds, once more to write the SVG path. A `path` mark fed by a
 * `geopath` transform projects each feature once and keeps the path string: the same drawing
 * with less work on a municipality map. Applied to every mark, also in groups.
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
      mark.transform = [{ ...geoshape, type: 'geopath', field: 'datum', as: 'path' }];
    }
  };
  visit(spec.marks);
  return spec;
}

/**
 * Vega's runtime description of a Vega spec, as `vega.parse` makes it in the browser, with
 * expressions as syntax trees for the CSP-safe interpreter. Every `geopath` operator becomes our
 * `geopathparsed` (same parameters; src/core/geo-path-transform.ts), which also hands Vega the
 * parsed path, so Vega need not parse the string again for bounds and canvas drawing.
 */
export function preparse(spec) {
  const runtime = parse(spec, undefined, { ast: true });
  for (const operator of runtime.operators) if (operator.type === 'geopath') operator.type = 'geopathparsed';
  return runtime;
}

/** The module source for a JSON module file's text. */
export function jsonModuleSource(path, text) {
  const json = JSON.parse(text);
  const value = path.endsWith('.vl.json') ? preparse(projectOnce(compile(json).spec)) : json;
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
