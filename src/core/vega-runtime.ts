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
import type { TaskBudget } from './yield.js';

extend(transforms, dataTransforms, viewTransforms, encodeTransforms, geoTransforms, { geopathparsed: GeoPathParsed });

/**
 * The time budget of a view's first run, given by the loader (vega-loader.ts) from core/yield.ts:
 * imported here, that module would be pulled into this chunk, and the chunk into every widget's.
 */
export const firstRun: { budget?: Pick<TaskBudget, 'spent' | 'yieldNow'> } = {};

type Pulse = object;
// A mixin's constructor must take any[] (TypeScript).
type TransformClass = new (...args: any[]) => { evaluate(pulse: Pulse): unknown };

/**
 * A transform whose first run gives the main thread back first when the task has used up
 * {@link firstRun}'s budget: a view's first run (its marks encoded, measured and laid out) was one
 * task of 100–250 ms on a phone-class CPU. Vega's dataflow awaits a transform that returns a
 * promise (as it does for loading data), and the parameters are read only after the pause. Later
 * runs (a hover, a new year) are left as they are.
 */
function yieldingOnFirstRun<T extends TransformClass>(Base: T): T {
  return class extends Base {
    private ranOnce = false;

    override evaluate(pulse: Pulse): unknown {
      const budget = firstRun.budget;
      if (this.ranOnce || !budget?.spent()) {
        this.ranOnce = true;
        return super.evaluate(pulse);
      }
      this.ranOnce = true;
      // A transform that returns nothing passes its input on; after a pause that must be said.
      return budget.yieldNow().then(() => super.evaluate(pulse) ?? pulse);
    }
  };
}

// The transforms that do a view's per-item work: encoding, bounds, faceting, axes, layout.
const perItem = transforms as unknown as Record<string, TransformClass>;
for (const name of ['encode', 'bound', 'facet', 'axisticks', 'legendentries', 'datajoin', 'viewlayout']) {
  if (perItem[name]) perItem[name] = yieldingOnFirstRun(perItem[name]);
}

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
