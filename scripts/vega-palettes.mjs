/**
 * Rollup plugin: Vega's scales import ten categorical colour schemes from d3-scale-chromatic,
 * whose module also builds about thirty colour interpolators as it loads (calls the bundler must
 * keep, although nothing of ours or Vega's uses them). Vega gets those schemes instead from a
 * module of constant arrays, read from the installed package at build time: about 16 KB less of
 * the Vega chunk to download, compile and run.
 */
const ID = '\0d3-scale-chromatic-palettes';

/** The module source: every flat scheme (a list of colours) of d3-scale-chromatic. */
export async function paletteModuleSource() {
  const chromatic = await import('d3-scale-chromatic');
  return Object.entries(chromatic)
    .filter(([name, value]) => name.startsWith('scheme') && Array.isArray(value) && value.every((colour) => typeof colour === 'string'))
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}

export function vegaPalettes() {
  return {
    name: 'vega-palettes',
    resolveId(source) {
      return source === 'd3-scale-chromatic' ? ID : null;
    },
    load(id) {
      return id === ID ? paletteModuleSource() : null;
    },
  };
}
