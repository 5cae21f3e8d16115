/**
 * Builds what the benchmark serves, all inside bench/.tmp/ (gitignored), so a bench run never
 * touches the shared dist/ while other people work:
 * - bench/.tmp/dist/: our library, built with the project's own rollup config (NORDIC_DIST);
 *   rebuilt when missing or older than src/, data/ or the build config.
 * - bench/.tmp/baseline/: the comparison: vega + vega-lite + vega-embed (+ topojson-client),
 *   bundled and minified once from node_modules. Third-party code, never committed.
 * - bench/.tmp/site/: the server root, symlinks to the two folders above and bench/pages/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const tmpDir = join(repoRoot, 'bench/.tmp');
export const distDir = join(tmpDir, 'dist');
export const baselineDir = join(tmpDir, 'baseline');
export const siteDir = join(tmpDir, 'site');

/** Newest modification time of any file under `path` (a file or a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function log(message) {
  console.log(`[bench] ${message}`);
}

/** Our bundle in bench/.tmp/dist (the project's rollup config with NORDIC_DIST). */
export function buildOurs({ force = false } = {}) {
  const entry = join(distDir, 'nordic-integration-widgets.js');
  const sources = Math.max(
    newest(join(repoRoot, 'src')),
    newest(join(repoRoot, 'data')),
    newest(join(repoRoot, 'rollup.config.ts')),
    newest(join(repoRoot, 'scripts/json-modules.mjs')),
  );
  if (!force && existsSync(entry) && statSync(entry).mtimeMs >= sources) {
    log(`bundle is up to date (${relative(repoRoot, distDir)})`);
    return;
  }
  log(`building the library into ${relative(repoRoot, distDir)} ...`);
  // Built beside and swapped in on success, so a failed build leaves the last good one.
  const next = `${distDir}-next`;
  rmSync(next, { recursive: true, force: true });
  try {
    execFileSync('npx', ['rollup', '-c', 'rollup.config.ts', '--configPlugin', 'esbuild'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NORDIC_DIST: next, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
    throw new Error(`the library does not build, so there is nothing to measure:\n${output.trim()}`);
  }
  rmSync(distDir, { recursive: true, force: true });
  renameSync(next, distDir);
}

/**
 * The plain vega-embed page's script: vega, vega-lite and vega-embed as a CDN would serve them
 * (minified), with the map element's pure data modules (bench/lib/baseline-entry.mjs), as one
 * ES module. Rebuilt when missing or older than the entry, the map element or vega-embed.
 */
export async function buildBaseline({ force = false, ifMissing = false } = {}) {
  const out = join(baselineDir, 'vega-embed-bundle.js');
  const entry = join(repoRoot, 'bench/lib/baseline-entry.mjs');
  const sources = Math.max(
    newest(entry),
    newest(join(repoRoot, 'src/elements/nordic-migration-map')),
    newest(join(repoRoot, 'node_modules/vega-embed/package.json')),
    newest(join(repoRoot, 'node_modules/vega-lite/package.json')),
  );
  if (!force && existsSync(out) && (ifMissing || statSync(out).mtimeMs >= sources)) {
    log('vega-embed baseline bundle is up to date');
    return;
  }
  log('bundling vega + vega-lite + vega-embed for the baseline page ...');
  mkdirSync(baselineDir, { recursive: true });
  const { rollup } = await import('rollup');
  const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: json } = await import('@rollup/plugin-json');
  const { default: terser } = await import('@rollup/plugin-terser');
  const { default: esbuild } = await import('rollup-plugin-esbuild');
  const bundle = await rollup({
    input: entry,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'], extensions: ['.mjs', '.js', '.ts', '.json'] }),
      json({ preferConst: true }),
      esbuild({ target: 'es2022', tsconfig: join(repoRoot, 'tsconfig.json') }),
      terser({ format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
  await bundle.write({ file: out, format: 'es', inlineDynamicImports: true });
  await bundle.close();
}

/** The server root: /dist (ours), /baseline (vega-embed), /pages (bench/pages). */
export function prepareSite() {
  mkdirSync(siteDir, { recursive: true });
  const links = { dist: distDir, baseline: baselineDir, pages: join(repoRoot, 'bench/pages') };
  for (const [name, target] of Object.entries(links)) {
    const link = join(siteDir, name);
    rmSync(link, { recursive: true, force: true });
    symlinkSync(target, link);
  }
  return siteDir;
}
