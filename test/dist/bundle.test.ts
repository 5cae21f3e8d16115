// The built script-tag bundle, as a partner page loads it (npm test builds dist/ first).
import { expect } from '@open-wc/testing';

const first = '/dist/nordic-integration-widgets.js';
// The same files under another URL: a second, separate copy of the library on the page.
const second = '/test-second-copy/nordic-integration-widgets.js';

const TAGS = ['nordic-migration-map', 'case-study-card', 'case-study-list', 'nordic-trend-chart', 'nordic-fact', 'nordic-lessons'];

interface ScriptTagBundle {
  load(tag: string): Promise<unknown>;
  discover(root?: ParentNode): void;
}

describe('dist bundle', () => {
  it('loads an element when its tag appears on the page, and only that one', async () => {
    const bundle = (await import(/* @vite-ignore */ first)) as ScriptTagBundle;
    expect(TAGS.filter((tag) => customElements.get(tag)), 'nothing is registered before its tag appears').to.deep.equal([]);
    const fact = document.createElement('nordic-fact');
    fact.setAttribute('fact', 'refugees');
    const ready = new Promise<Event>((resolve, reject) => {
      fact.addEventListener('nordic-ready', resolve);
      fact.addEventListener('nordic-error', (event) => reject(new Error((event as CustomEvent).detail.message)));
    });
    document.body.append(fact);
    await customElements.whenDefined('nordic-fact');
    expect(customElements.get('nordic-migration-map'), 'the map is not loaded for a fact').to.equal(undefined);
    // The data are found beside the bundle (dist/data/), from the chunk's own URL.
    await ready;
    expect(performance.getEntriesByType('resource').map((entry) => entry.name)).to.include(
      new URL('/dist/data/country-series.json', location.href).href,
    );
    fact.remove();
    await Promise.all(TAGS.map((tag) => bundle.load(tag)));
    expect(TAGS.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
  });

  it('a second copy of the library throws nothing and only warns once per tag', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const originalWarn = console.warn;
    const onError = (event: ErrorEvent) => errors.push(event.message);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    try {
      const before = TAGS.map((tag) => customElements.get(tag));
      expect(before.every(Boolean), 'the first copy registered every tag').to.equal(true);
      const copy = (await import(/* @vite-ignore */ second)) as ScriptTagBundle;
      await Promise.all(TAGS.map((tag) => copy.load(tag)));
      expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(before);
      for (const tag of TAGS) expect(warnings.filter((w) => w.includes(`<${tag}> is already defined`)), tag).to.have.length(1);
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
    }
  });

  it("keeps Vega out of every static graph but the map entry's (Vega loads when a chart or map draws)", async () => {
    // Static imports only: `import"./x.js"`, `import{a}from"./x.js"`, `export{a}from"./x.js"`.
    const staticImports = (code: string, from: string) =>
      [...code.matchAll(/\b(?:import|export)\s*(?:[\w{},*\s$]+?\s*from\s*)?["']([^"']+)["']/g)].map(
        (match) => new URL(match[1]!, new URL(from, location.href)).pathname,
      );
    const dynamicImports = (code: string, from: string) =>
      [...code.matchAll(/\bimport\(["']([^"']+)["']\)/g)].map((match) => new URL(match[1]!, new URL(from, location.href)).pathname);
    // Vega comes in three layers: vega-base-*.js, vega-scene-*.js and vega-*.js (rollup.config.ts).
    const isVegaChunk = (url: string) => /\/vega-(?:base-|scene-)?[\w-]{8}\.js$/.test(url);

    /** Every file an entry loads statically, and the dynamic imports found on the way. */
    const staticGraph = async (entries: string[]) => {
      const seen = new Set<string>();
      const dynamic = new Set<string>();
      const queue = [...entries];
      while (queue.length) {
        const url = queue.shift()!;
        if (seen.has(url)) continue;
        seen.add(url);
        const code = await (await fetch(url)).text();
        queue.push(...staticImports(code, url));
        dynamicImports(code, url).forEach((target) => dynamic.add(target));
      }
      return { seen, dynamic };
    };

    // The script-tag entry, the package entry (all elements) and every other element's own entry.
    const others = TAGS.filter((tag) => tag !== 'nordic-migration-map').map((tag) => `/dist/elements/${tag}.js`);
    const { seen, dynamic } = await staticGraph([first, '/dist/index.js', ...others]);
    expect(seen.size).to.be.greaterThan(TAGS.length + 1);
    expect([...seen].filter(isVegaChunk), 'no Vega in the static graph').to.deep.equal([]);
    // ...but one of the dynamic imports brings it.
    const loadsVega = await Promise.all(
      [...dynamic].map(async (url) => isVegaChunk(url) || staticImports(await (await fetch(url)).text(), url).some(isVegaChunk)),
    );
    expect(loadsVega.includes(true), 'Vega is a dynamic import').to.equal(true);

    // The map's entry cannot draw without Vega: it has no static imports, so it runs as soon as
    // it arrives and asks for Vega and the element's code at once.
    const mapEntry = '/dist/elements/nordic-migration-map.js';
    const map = await staticGraph([mapEntry]);
    expect([...map.seen], 'the map entry runs before anything else arrives').to.deep.equal([mapEntry]);
    const vegaChunks = [...map.dynamic].filter(isVegaChunk);
    expect(vegaChunks, 'the map entry asks for all of Vega itself, at once').to.have.length(3);
    const rest = [...map.dynamic].filter((url) => !isVegaChunk(url));
    const codes = await Promise.all(rest.map(async (url) => ({ url, code: await (await fetch(url)).text() })));
    const element = codes.filter(({ code }) => /define\(\s*["']nordic-migration-map["']\s*\)/.test(code));
    expect(element, 'and for the element').to.have.length(1);
    // ...and, in the same breath, for every chunk the element's code imports: no second round trip.
    const missing = staticImports(element[0]!.code, element[0]!.url).filter((url) => !map.dynamic.has(url));
    expect(missing, "the element chunk's imports are asked for with it").to.deep.equal([]);

    // The two upper Vega layers give the main thread back before their own code runs, so the
    // three are evaluated in three tasks, not one.
    const layers = await Promise.all(vegaChunks.map(async (url) => ({ url, code: await (await fetch(url)).text() })));
    // (The test server's esbuild pass may add "use strict" and move the imports first: they are hoisted anyway.)
    const yieldsFirst = (code: string) => /^\s*(?:["']use strict["'];?\s*)?(?:import[^;]*;\s*)*await\s*\(/.test(code);
    const base = layers.filter(({ url }) => /\/vega-base-/.test(url));
    expect(base.map(({ code }) => staticImports(code, '/dist/x.js')), 'the base layer imports nothing').to.deep.equal([[]]);
    expect(layers.filter(({ code }) => yieldsFirst(code)).map(({ url }) => url).sort(), layers.map(({ code }) => code.slice(0, 80)).join('\n')).to.deep.equal(
      vegaChunks.filter((url) => !/\/vega-base-/.test(url)).sort(),
    );
  });

  /** Runs `script` as a module in a fresh document (its own module map) and resolves with what it posts. */
  const inFreshDocument = async <T>(script: string): Promise<T> => {
    const frame = document.createElement('iframe');
    const result = new Promise<T>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent) {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      });
    });
    frame.srcdoc = `<script type="module">${script}</script>`;
    document.body.append(frame);
    try {
      return await result;
    } finally {
      frame.remove();
    }
  };

  it("a map and a chart have one same-origin worker load the browser's locale data first, with no CSP violation under a strict policy", async () => {
    const result = await inFreshDocument<{ outcomes: string[]; workers: number; violations: string[] }>(`
      const violations = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "script-src 'self' 'unsafe-inline'; style-src 'self'; style-src-attr 'none'";
      document.head.append(meta);
      await import('${location.origin}/dist/nordic-integration-widgets.js');
      const map = document.createElement('nordic-migration-map');
      map.setAttribute('countries', 'IS');
      const chart = document.createElement('nordic-trend-chart');
      const outcomes = [map, chart].map((element) => new Promise((resolve) => {
        element.addEventListener('nordic-ready', () => resolve('ready'));
        element.addEventListener('nordic-error', () => resolve('error'));
      }));
      document.body.append(map, chart);
      parent.postMessage({
        outcomes: await Promise.all(outcomes),
        workers: performance.getEntriesByType('resource').filter((entry) => /\\/intl-worker\\.js$/.test(entry.name)).length,
        violations,
      }, '*');`);
    expect(result).to.deep.equal({ outcomes: ['ready', 'ready'], workers: 1, violations: [] });
  });

  it('the map entry resolves with the element defined and Vega downloaded', async () => {
    const result = await inFreshDocument<{ defined: boolean; vegaDownloaded: boolean }>(`
      const { NordicMigrationMap } = await import('${location.origin}/dist/elements/nordic-migration-map.js');
      parent.postMessage({
        defined: !!NordicMigrationMap && customElements.get('nordic-migration-map') === NordicMigrationMap,
        vegaDownloaded: performance.getEntriesByType('resource').some((entry) => /\\/vega-[\\w-]{8}\\.js$/.test(entry.name)),
      }, '*');`);
    expect(result).to.deep.equal({ defined: true, vegaDownloaded: true });
  });

  for (const [what, route] of [
    ['without Vega (its download fails)', 'test-without-vega'],
    ['without the top layer of Vega (only that download fails)', 'test-without-vega-top'],
  ]) {
    it(`${what} the map entry still defines the map, which shows the error with Retry`, async () => {
      const result = await inFreshDocument<{ defined: boolean; event: string; alert: string; retry: boolean }>(`
        await import('${location.origin}/${route}/elements/nordic-migration-map.js');
        const map = document.createElement('nordic-migration-map');
        map.setAttribute('countries', 'IS');
        const event = await new Promise((resolve) => {
          map.addEventListener('nordic-error', () => resolve('nordic-error'));
          map.addEventListener('nordic-ready', () => resolve('nordic-ready'));
          document.body.append(map);
        });
        await map.updateComplete;
        const alert = map.shadowRoot.querySelector('[role="alert"]');
        parent.postMessage({
          defined: customElements.get('nordic-migration-map') !== undefined,
          event,
          alert: alert ? alert.textContent.trim() : '',
          retry: !!alert?.querySelector('button'),
        }, '*');`);
      expect(result.defined).to.equal(true);
      expect(result.event).to.equal('nordic-error');
      expect(result.alert).to.not.equal('');
      expect(result.retry, 'a Retry button').to.equal(true);
    });
  }
});
