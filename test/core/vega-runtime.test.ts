// The Vega chunk runs only expressions the build compiled (scripts/json-modules.mjs): no
// interpreter is downloaded and nothing is made from strings.
import { expect } from '@open-wc/testing';
import type { Spec } from 'vega';
import { parse } from 'vega-parser';
import { loadVega } from '../../src/core/vega-loader.js';
import mapSpec from '../../src/elements/nordic-migration-map/map.vl.json';

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
