/**
 * Where the elements fetch their built-in data (`nordic-integration-widgets/data-path.js`, npm
 * build only). By default that is the package's own `dist/data/`, found from the module's URL,
 * which is right when the package's files are served as they are (a CDN, an import map). An app
 * whose bundler writes the code into files of its own copies `dist/data/` to its public folder and
 * calls `setDataPath('/nordic-data/')` first. Importing this registers no element.
 */
export { setDataPath, getDataPath } from './core/data-url.js';
