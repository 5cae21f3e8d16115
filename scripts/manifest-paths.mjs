/**
 * custom-elements.json ships in the package, where src/ does not: its module paths name the npm
 * build's files (`dist/npm/elements/nordic-fact/nordic-fact.js`) rather than the sources they come
 * from. A plugin of the manifest analyzer (custom-elements-manifest.config.mjs) rewrites them;
 * the element reference maps them back to link the source.
 */
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

const NPM_BUILD = 'dist/npm/';

/** `src/core/x.ts` (or `/src/core/x.js`, as the analyzer writes some references) → `dist/npm/core/x.js`. */
export function shippedModule(source) {
  return source.replace(/^\/?src\//, NPM_BUILD).replace(/\.ts$/, '.js');
}

/** `dist/npm/core/x.js` → `src/core/x.ts`, the file to link in the docs. */
export function sourceModule(shipped) {
  return shipped.startsWith(NPM_BUILD) ? `src/${shipped.slice(NPM_BUILD.length).replace(/\.js$/, '.ts')}` : shipped;
}

/**
 * The analyzer plugin. Runs after the analyzer's own linking (user plugins come last) and after
 * rollup (`npm run build`): modules the npm build has no file for (type-only modules, helpers no
 * element uses), and re-exports of them, are left out: a path to a missing file helps no tool.
 */
export function shippedPaths({ root = '.' } = {}) {
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      if (!existsSync(posix.join(root, NPM_BUILD, 'index.js'))) throw new Error(`${NPM_BUILD} is missing: the manifest is made after the rollup build`);
      const shipped = (path) => existsSync(posix.join(root, path));
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => shipped(shippedModule(module.path)));
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        module.path = shippedModule(from);
        rewriteReferences(module, (reference) => shippedModule(reference.startsWith('.') ? posix.join(posix.dirname(from), reference) : reference));
        // `export type * from './events.js'` re-exports nothing at run time; the types are in dist/types.
        module.exports = module.exports?.filter((entry) => !entry.declaration?.module || shipped(entry.declaration.module));
      }
    },
  };
}

/** Calls `rewrite` on every `module` reference (declarations, exports, superclasses, inheritedFrom) below `node`. */
function rewriteReferences(node, rewrite) {
  if (Array.isArray(node)) node.forEach((item) => rewriteReferences(item, rewrite));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'module' && typeof value === 'string') node.module = rewrite(value);
      else rewriteReferences(value, rewrite);
    }
  }
}
