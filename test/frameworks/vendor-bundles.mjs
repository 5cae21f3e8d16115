/**
 * @web/test-runner plugin: serves `test/frameworks/*-vendor.ts` bundled by esbuild (React and
 * ReactDOM are CommonJS, Vue's bundler build reads `process.env` and compile-time flags), once per
 * run, so the framework tests import them as any app's bundler would give them.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const VENDORS = /^\/test\/frameworks\/(react|vue)-vendor\.(?:js|ts)$/;

export function frameworkVendors() {
  const bundles = new Map();
  const bundle = (name) =>
    build({
      entryPoints: [fileURLToPath(new URL(`./${name}-vendor.ts`, import.meta.url))],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      // Vue's full build (with the template compiler), as an app that compiles templates at run time has it.
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }).then((result) => result.outputFiles[0].text);
  return {
    name: 'framework-vendors',
    serve(context) {
      const name = VENDORS.exec(context.path)?.[1];
      if (!name) return undefined;
      if (!bundles.has(name)) bundles.set(name, bundle(name));
      return bundles.get(name).then((body) => ({ body, type: 'js' }));
    },
  };
}
