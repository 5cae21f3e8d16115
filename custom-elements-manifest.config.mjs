// The Custom Elements Manifest (`cem analyze` in `npm run build`): the elements' sources, with
// module paths rewritten to the npm build's files that ship in the package.
import { shippedPaths } from './scripts/manifest-paths.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [shippedPaths()],
};
