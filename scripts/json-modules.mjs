/**
 * JSON imports shared by the rollup build and the test server, so both see the same modules:
 * - `*.vl.json`: a Vega-Lite spec, compiled to Vega and parsed into Vega's runtime dataflow
 *   description here (build time), with its expressions compiled to functions, so pages ship
 *   neither `vega-lite` nor Vega's parser, and run no expression interpreter;
 * - `*.schema.json`: a JSON Schema, exported as is.
 */
import { compile } from 'vega-lite';
import { parse } from 'vega-parser';
// Registers every Vega transform, whose definitions the parser reads (build time only).
import { runtimeContext } from 'vega';

/** Vega's own expression code generator, as the browser would run it (Function from strings: fine here, at build time). */
const vegaCodegen = runtimeContext({ events() {} }, {}).expr;

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
 * Vega's runtime description of a Vega spec, as `vega.parse` makes it in the browser (expressions
 * as code, which {@link compileExpressions} turns into functions). Every `geopath` operator becomes our
 * `geopathparsed` (same parameters; src/core/geo-path-transform.ts), which also hands Vega the
 * parsed path, so Vega need not parse the string again for bounds and canvas drawing.
 */
export function preparse(spec) {
  const runtime = parse(spec);
  for (const operator of runtime.operators) if (operator.type === 'geopath') operator.type = 'geopathparsed';
  return runtime;
}

/**
 * Compiles every expression of a runtime description ahead of time: each gets, as `fn`, the
 * source of the function Vega would generate from its code in the browser (with `new Function`,
 * which a strict Content Security Policy forbids). A syntax tree, if the parse made one for an
 * interpreter, is dropped. Which kind of function an expression becomes
 * (its arguments) follows where vega-runtime reads it. Returns the function sources, in the order
 * of the indexes the expressions now hold as `fn: { $compiled: index }`.
 */
export function compileExpressions(runtime) {
  const sources = [];
  const compileOne = (kind, expr) => {
    expr.fn = { $compiled: sources.push(String(vegaCodegen[kind](null, expr))) - 1 };
    if (kind === 'encode') for (const channel of Object.values(expr.channels)) delete channel.ast;
    else delete expr.ast;
  };
  const visitParameters = (value) => {
    if (Array.isArray(value)) return value.forEach(visitParameters);
    if (!value || typeof value !== 'object') return;
    if (value.$expr) {
      compileOne('parameter', value.$expr);
      visitParameters(value.$params);
    } else if (value.$encode) {
      for (const set of Object.values(value.$encode)) compileOne('encode', set.$expr);
    } else if (value.$subflow) {
      visitRuntime(value.$subflow);
    } else Object.values(value).forEach(visitParameters);
  };
  const visitRuntime = (spec) => {
    for (const operator of spec.operators ?? []) {
      if (operator.update) compileOne('operator', operator.update);
      visitParameters(operator.params);
    }
    for (const stream of spec.streams ?? []) if (stream.filter) compileOne('event', stream.filter);
    for (const update of spec.updates ?? []) {
      if (update.target?.$expr) compileOne('event', update.target.$expr);
      if (update.update?.$expr) {
        compileOne('handler', update.update.$expr);
        visitParameters(update.update.$params);
      }
    }
  };
  visitRuntime(runtime);
  return sources;
}

/** The module source for a JSON module file's text. */
export function jsonModuleSource(path, text) {
  const json = JSON.parse(text);
  if (!path.endsWith('.vl.json')) return `export default ${JSON.stringify(json)};\n`;
  const runtime = preparse(projectOnce(compile(json).spec));
  const sources = compileExpressions(runtime);
  const body = JSON.stringify(runtime).replace(/\{"\$compiled":(\d+)\}/g, (_, index) => `f[${index}]`);
  return `const f = [\n${sources.join(',\n')}\n];\nexport default ${body};\n`;
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
