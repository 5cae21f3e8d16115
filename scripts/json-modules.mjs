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

/** The module source for a JSON module file's text. */
export function jsonModuleSource(path, text) {
  const json = JSON.parse(text);
  const value = path.endsWith('.vl.json') ? compile(json).spec : json;
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
