/**
 * The script-tag entry (`dist/nordic-integration-widgets.js`). Partner sites paste
 * `<script type="module" src=".../dist/nordic-integration-widgets.js"></script>` and use any of
 * the elements: each element's code is downloaded the first time its tag appears on the page
 * (now or later), so a page with one card does not download the map, and Vega loads only with a
 * map (fetched together with the map's code) or when a chart draws. Bundler users import
 * `nordic-integration-widgets` (every element at once) or `nordic-integration-widgets/elements/<tag>.js`.
 */
const elements: Record<string, () => Promise<unknown>> = {
  'nordic-migration-map': () => import('./elements/nordic-migration-map/index.js'),
  'nordic-trend-chart': () => import('./elements/nordic-trend-chart/index.js'),
  'nordic-fact': () => import('./elements/nordic-fact/index.js'),
  'case-study-card': () => import('./elements/case-study-card/index.js'),
  'case-study-list': () => import('./elements/case-study-list/index.js'),
  'nordic-lessons': () => import('./elements/nordic-lessons/index.js'),
};
const loading = new Map<string, Promise<unknown>>();

/** Loads and registers one element now, e.g. before `document.createElement` for a detached use. */
export function load(tag: string): Promise<unknown> {
  let pending = loading.get(tag);
  if (!pending) {
    const loader = elements[tag];
    if (!loader) return Promise.reject(new Error(`No element <${tag}>`));
    pending = loader();
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Loads the elements whose tags are in `root`. The document is watched already; call this for a
 * shadow root of your own in which you render our tags.
 */
export function discover(root: ParentNode = document): void {
  for (const tag of Object.keys(elements)) {
    if (!loading.has(tag) && root.querySelector(tag)) void load(tag);
  }
  if (loading.size === Object.keys(elements).length) observer.disconnect();
}

const observer = new MutationObserver(() => discover());
observer.observe(document, { childList: true, subtree: true });
discover();
