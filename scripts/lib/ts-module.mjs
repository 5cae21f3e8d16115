// Runs one of the widgets' own TypeScript modules in Node at data-build time (bundled with esbuild,
// imported from memory), so a text written into a data file is made by the same code as in the browser.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** The module `src/...ts` (path relative to the repository), with what it imports bundled in. */
export async function importSource(path) {
  const out = await build({ entryPoints: [fileURLToPath(new URL(path, ROOT))], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
