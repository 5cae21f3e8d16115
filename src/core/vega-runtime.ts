// The Vega chunk: loaded once, only when a chart or map draws. Specs arrive already compiled
// from Vega-Lite, parsed into Vega's runtime description, their expressions compiled to functions,
// at build time (scripts/json-modules.mjs), so vega-lite, vega-embed and Vega's parser stay out of the page. We register
// only the transform families our specs use (data, view, encoding, geo) rather than importing
// `vega`, which also brings force, hierarchy, label, regression, voronoi, wordcloud and
// crossfilter (tens of KB the widgets never run).
import { extend } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as dataTransforms from 'vega-transforms';
import * as viewTransforms from 'vega-view-transforms';
import * as encodeTransforms from 'vega-encode';
import * as geoTransforms from 'vega-geo';
import { GeoPathParsed } from './geo-path-transform.js';

extend(transforms, dataTransforms, viewTransforms, encodeTransforms, geoTransforms, { geopathparsed: GeoPathParsed });

export { View } from 'vega-view';
export { changeset } from 'vega-dataflow';

type Expression = { fn?: (...args: never[]) => unknown; code?: string };
type RuntimeContext = { functions?: object };
type Kind = 'operator' | 'parameter' | 'event' | 'handler' | 'encode';
type Compile = (ctx: RuntimeContext, expr: Expression) => unknown;

/**
 * How views turn the expressions of a spec into functions: the build compiled them already
 * (`fn`, see compileExpressions in scripts/json-modules.mjs), so they are only bound to Vega's
 * expression functions, as Vega binds the ones it generates. No code is made from strings, so a
 * strict Content Security Policy holds, and no interpreter is downloaded. A spec that did not go
 * through our build fails here, by name, rather than falling back to code from strings.
 */
export const compiledExpressions = Object.fromEntries(
  (['operator', 'parameter', 'event', 'handler', 'encode'] as Kind[]).map((kind): [Kind, Compile] => [
    kind,
    (ctx, expr) => {
      if (!expr.fn) throw new Error(`A Vega expression not compiled at build time: ${expr.code ?? kind}`);
      return ctx.functions ? expr.fn.bind(ctx.functions) : expr.fn;
    },
  ]),
);
