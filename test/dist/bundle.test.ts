// The built script-tag bundle, as a partner page loads it (npm test builds dist/ first).
import { expect, waitUntil } from '@open-wc/testing';

const first = '/dist/nordic-integration-widgets.js';
// The same files under another URL: a second, separate copy of the library on the page.
const second = '/test-second-copy/nordic-integration-widgets.js';

describe('dist bundle', () => {
  it('registers its elements, and a second copy throws nothing and only warns', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const originalWarn = console.warn;
    const onError = (event: ErrorEvent) => errors.push(event.message);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ first);
      const tags = ['nordic-migration-map', 'case-study-card', 'case-study-list', 'nordic-trend-chart', 'nordic-fact'].filter(
        (tag) => customElements.get(tag),
      );
      expect(tags.length, 'the bundle registers elements').to.be.greaterThan(0);
      const before = tags.map((tag) => customElements.get(tag));
      await import(/* @vite-ignore */ second);
      expect(tags.map((tag) => customElements.get(tag))).to.deep.equal(before);
      await waitUntil(() => warnings.length >= tags.length, 'each duplicate tag warns');
      for (const tag of tags) expect(warnings.filter((w) => w.includes(`<${tag}> is already defined`))).to.have.length(1);
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
    }
  });

  it('keeps Vega out of the entry and its static imports (Vega loads when a chart or map connects)', async () => {
    const seen = new Set<string>();
    const queue = [first];
    const code: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const text = await (await fetch(url)).text();
      code.push(text);
      // Static imports only: `import"./x.js"` and `import{a}from"./x.js"`, not `import("./x.js")`.
      for (const match of text.matchAll(/\b(?:import|export)\s*(?:[\w{},*\s$]+?\s*from\s*)?["']([^"']+)["']/g)) {
        queue.push(new URL(match[1]!, new URL(url, location.href)).pathname);
      }
    }
    const files = [...seen].map((url) => url.split('/').pop()!);
    expect(files.length).to.be.greaterThan(1);
    // The Vega library chunk is `vega-<hash>.js` (rollup manualChunks); our own `vega-loader-*` is tiny.
    expect(files.filter((file) => /^vega-[\w-]{8}\.js$/.test(file))).to.deep.equal([]);
    expect(code.some((text) => /import\(["']\.\/vega-runtime-[\w-]+\.js["']\)/.test(text)), 'Vega is a dynamic import').to.equal(true);
  });
});
