/**
 * Rollup plugin for Vega's colour schemes, which our specs do not use (the map colours its areas
 * itself, the chart names its colours), but which Vega's scales set up as they load:
 * - They import ten categorical schemes from d3-scale-chromatic, whose module also builds about
 *   thirty colour interpolators as it loads (calls the bundler must keep, although nothing of ours
 *   or Vega's uses them). Vega gets those schemes instead from a module of constant arrays, read
 *   from the installed package at build time: about 16 KB less of the Vega chunk to download,
 *   compile and run.
 * - vega-scale turns each of its ~50 continuous schemes into an interpolator when it loads,
 *   parsing every colour (10–20 ms of a page's first Vega load). Each is made on first use instead.
 */
import MagicString from 'magic-string';

const ID = '\0d3-scale-chromatic-palettes';

/** The module source: every flat scheme (a list of colours) of d3-scale-chromatic. */
export async function paletteModuleSource() {
  const chromatic = await import('d3-scale-chromatic');
  return Object.entries(chromatic)
    .filter(([name, value]) => name.startsWith('scheme') && Array.isArray(value) && value.every((colour) => typeof colour === 'string'))
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}

/** The line of vega-scale that builds every continuous scheme as the module loads. */
const EAGER_SCHEMES = 'apply(continuous, _ => interpolateColors(colors(_)));';

/** The same schemes, each built the first time it is read (and replaced as before when set). */
const LAZY_SCHEMES = `for (const name in continuous) {
  const key = name.toLowerCase();
  const settle = (value) => (Object.defineProperty(schemes, key, { value, writable: true, enumerable: true, configurable: true }), value);
  Object.defineProperty(schemes, key, { enumerable: true, configurable: true, get: () => settle(interpolateColors(colors(continuous[name]))), set: settle });
}`;

/** vega-scale's module with its continuous schemes made on first use; throws if the line to change is gone. */
export function lazySchemes(code) {
  const at = code.indexOf(EAGER_SCHEMES);
  if (at < 0) throw new Error('vega-palettes: vega-scale no longer builds its continuous schemes with the expected line; update scripts/vega-palettes.mjs');
  const source = new MagicString(code);
  source.overwrite(at, at + EAGER_SCHEMES.length, LAZY_SCHEMES);
  return { code: source.toString(), map: source.generateMap({ hires: true }) };
}

const VEGA_SCALE = /[\\/]vega-scale[\\/]build[\\/]vega-scale\.js$/;

export function vegaPalettes() {
  return {
    name: 'vega-palettes',
    resolveId(source) {
      return source === 'd3-scale-chromatic' ? ID : null;
    },
    load(id) {
      return id === ID ? paletteModuleSource() : null;
    },
    transform(code, id) {
      return VEGA_SCALE.test(id) ? lazySchemes(code) : null;
    },
  };
}
