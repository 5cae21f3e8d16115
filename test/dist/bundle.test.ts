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
    // Static imports only: `import"./x.js"`, `import{a}from"./x.js"`, `export{a}from"./x.js"`.
    const staticImports = (code: string, from: string) =>
      [...code.matchAll(/\b(?:import|export)\s*(?:[\w{},*\s$]+?\s*from\s*)?["']([^"']+)["']/g)].map(
        (match) => new URL(match[1]!, new URL(from, location.href)).pathname,
      );
    const dynamicImports = (code: string, from: string) =>
      [...code.matchAll(/\bimport\(["']([^"']+)["']\)/g)].map((match) => new URL(match[1]!, new URL(from, location.href)).pathname);
    const isVegaChunk = (url: string) => /\/vega-[\w-]{8}\.js$/.test(url);

    const seen = new Set<string>();
    const dynamic = new Set<string>();
    const queue = [first];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const code = await (await fetch(url)).text();
      queue.push(...staticImports(code, url));
      dynamicImports(code, url).forEach((target) => dynamic.add(target));
    }
    expect(seen.size).to.be.greaterThan(1);
    expect([...seen].filter(isVegaChunk), 'no Vega in the static graph').to.deep.equal([]);
    // ...but one of the dynamic imports brings it.
    const loadsVega = await Promise.all(
      [...dynamic].map(async (url) => isVegaChunk(url) || staticImports(await (await fetch(url)).text(), url).some(isVegaChunk)),
    );
    expect(loadsVega.includes(true), 'Vega is a dynamic import').to.equal(true);
  });
});
