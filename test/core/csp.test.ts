// Partner sites with a strict Content Security Policy: no eval (Vega runs expressions compiled at
// build time) and no inline <style> elements or style attributes from our widgets.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/nordic-migration-map/index.js';
import '../../src/elements/nordic-trend-chart/index.js';
import '../../src/elements/case-study-card/index.js';

describe('strict CSP', () => {
  it('draws a map, a chart and a card without eval or inline styles', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber} ${(event.composedPath()[0] as Element).outerHTML?.slice(0, 120)}`),
    );
    // The test page itself needs inline scripts; the widgets get no unsafe-eval, no inline styles.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self' 'unsafe-inline'; style-src 'self'; style-src-attr 'none'";
    document.head.append(meta);

    const wrapper = document.createElement('div');
    wrapper.innerHTML =
      '<nordic-migration-map countries="DK IS"></nordic-migration-map>' +
      '<nordic-trend-chart series="population" countries="SE NO"></nordic-trend-chart>' +
      '<case-study-card case="krokom"></case-study-card>';
    const ready = [...wrapper.children].map(
      (element) => new Promise((resolve) => element.addEventListener('nordic-ready', resolve, { once: true })),
    );
    document.body.append(wrapper);
    await Promise.all(ready);
    await waitUntil(() => wrapper.querySelector('nordic-migration-map')!.shadowRoot!.querySelector('svg path'), 'map drawn');
    expect(document.querySelectorAll('style').length, 'no <style> injected into the page').to.equal(0);
    for (const element of wrapper.children) {
      expect(element.shadowRoot!.querySelectorAll('style').length, `${element.localName} has no <style>`).to.equal(0);
    }
    expect(violations).to.deep.equal([]);
    wrapper.remove();
  });
});
