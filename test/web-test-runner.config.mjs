import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { devServerJsonModules } from '../scripts/json-modules.mjs';
import { frameworkVendors } from './frameworks/vendor-bundles.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

/** The repository's files byte for byte under /verbatim/, as a static server or CDN sends them (the dev server rewrites JS, which breaks integrity hashes). */
function verbatim(context) {
  const root = resolve('.');
  const file = resolve(root, decodeURIComponent(context.path.slice('/verbatim/'.length)));
  if (!file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    context.status = 404;
    return;
  }
  context.type = extname(file);
  context.body = readFileSync(file);
}
import { hostileServer } from './hardening/hostile-server.mjs';
import { emulateMediaFeatures } from './hardening/emulate-media.mjs';

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  // A second URL for the built bundle, so a test can load the library twice as two copies would be.
  middleware: [
    hostileServer,
    (context, next) => {
      if (context.path.startsWith('/verbatim/')) return verbatim(context);
      if (context.url.startsWith('/test-second-copy/')) context.url = context.url.replace('/test-second-copy/', '/dist/');
      // The built bundle as seen when the Vega chunks cannot be downloaded.
      if (context.url.startsWith('/test-without-vega/')) {
        if (/\/vega-(?:base-|scene-)?[\w-]{8}\.js$/.test(context.url)) {
          context.status = 503;
          context.body = 'unavailable';
          return undefined;
        }
        context.url = context.url.replace('/test-without-vega/', '/dist/');
      }
      // ...and when only its top layer (view, parser, transforms) cannot: the geometry still decodes.
      if (context.url.startsWith('/test-without-vega-top/')) {
        if (/\/vega-[\w-]{8}\.js$/.test(context.url) && !/\/vega-(?:base|scene)-/.test(context.url)) {
          context.status = 503;
          context.body = 'unavailable';
          return undefined;
        }
        context.url = context.url.replace('/test-without-vega-top/', '/dist/');
      }
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [emulateMediaFeatures(), frameworkVendors(), devServerJsonModules(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
};
