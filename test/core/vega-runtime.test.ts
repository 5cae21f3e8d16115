// The Vega chunk runs only expressions the build compiled (scripts/json-modules.mjs): no
// interpreter is downloaded and nothing is made from strings.
import { expect } from '@open-wc/testing';
import type { Spec } from 'vega';
import { parse } from 'vega-parser';
import { loadVega } from '../../src/core/vega-loader.js';
import mapSpec from '../../src/elements/nordic-migration-map/map.vl.json';
import linesSpec from '../../src/elements/nordic-trend-chart/trend-lines.vl.json';

describe('Vega expressions', () => {
  it('binds the compiled ones and names an expression that was not compiled', async () => {
    const vega = await loadVega();
    // A spec compiled by the build: the view is made, its expressions are functions.
    const built = new vega.View(mapSpec as never, { expr: vega.compiledExpressions, renderer: 'none' });
    built.signal('focusId', 'SE-2309');
    built.finalize();
    // A spec parsed in the browser (syntax trees, no functions) is refused by name.
    const runtime = parse({ signals: [{ name: 'limit', value: 2 }, { name: 'twice', update: 'limit * 2' }] } as Spec, undefined, { ast: true });
    expect(() => new vega.View(runtime, { expr: vega.compiledExpressions, renderer: 'none' })).to.throw(/not compiled at build time: .*limit/);
  });
});

describe("a view's first run", () => {
  /** Draws the trend chart's line spec (axes, legend-free lines, points) with a few rows. */
  async function draw(budgetMs: number): Promise<{ svg: string; tasksDuring: number }> {
    const { createView, finalizeView, FIRST_RUN_BUDGET } = await import('../../src/core/vega-loader.js');
    const saved = FIRST_RUN_BUDGET.ms;
    FIRST_RUN_BUDGET.ms = budgetMs;
    // Count the pauses of the first run (each a task boundary: scheduler.yield or a timer).
    let tasksDuring = 0;
    let counting = true;
    const yieldNow = FIRST_RUN_BUDGET.yieldNow;
    FIRST_RUN_BUDGET.yieldNow = function (this: typeof FIRST_RUN_BUDGET) {
      if (counting) tasksDuring++;
      return yieldNow.call(this);
    };
    try {
      const rows = [1990, 2000, 2010].flatMap((year, i) => [
        { year, key: 'SE', value: 8_000_000 + i * 500_000, estimate: false, color: '#123456' },
        { year, key: 'NO', value: 4_000_000 + i * 300_000, estimate: false, color: '#654321' },
      ]);
      const view = await createView(linesSpec as never, document.createElement('div'), {
        renderer: 'svg',
        data: { rows },
        signals: { width: 400, xTitle: 'Year', yTitle: 'Persons', yFormat: ',d', font: 'sans-serif' },
      });
      counting = false;
      // Clip paths are numbered page-wide.
      const svg = view.container()!.innerHTML.replace(/clip\d+/g, 'clip');
      finalizeView(view);
      return { svg, tasksDuring };
    } finally {
      counting = false;
      FIRST_RUN_BUDGET.ms = saved;
      FIRST_RUN_BUDGET.yieldNow = yieldNow;
    }
  }

  it('gives the main thread back between transforms once its budget is spent, and draws the same', async () => {
    await loadVega();
    const whole = await draw(60_000);
    const pieces = await draw(0);
    expect(pieces.svg, 'the same drawing').to.equal(whole.svg);
    expect(pieces.svg).to.match(/<path/);
    // With no budget, every per-item transform's first run (encode, bound, axis ticks, layout …)
    // waits for a task of its own; with a large one, none does.
    expect(whole.tasksDuring, 'no pause within a large budget').to.equal(0);
    expect(pieces.tasksDuring, 'pauses with no budget').to.be.greaterThan(5);
  });
});
