// What <nordic-fact> and <nordic-trend-chart> share through SeriesElement: a failing `src`
// reported with Retry, a new `src` loaded in its place, and no new load when the element moves.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/nordic-fact/index.js';
import '../../src/elements/nordic-trend-chart/index.js';
import { diagnostics } from '../../src/core/diagnostics.js';

const builtIn = new URL('../../data/country-series.json', import.meta.url).href;
const alert = (element: Element) => element.shadowRoot!.querySelector('[role="alert"]');

for (const tag of ['nordic-fact', 'nordic-trend-chart']) {
  describe(`<${tag}> src`, () => {
    it('reports a failing file, then draws from a working src set in its place', async () => {
      const element = document.createElement(tag);
      element.setAttribute('view', 'table');
      element.setAttribute('src', '/test/fixtures/missing-series.json');
      const error = oneEvent(element, 'nordic-error');
      document.body.append(element);
      try {
        expect((await error).detail).to.deep.include({ code: 'data-fetch', attribute: 'src' });
        await waitUntil(() => alert(element)?.querySelector('button'), 'a Retry button');
        const ready = oneEvent(element, 'nordic-ready');
        element.setAttribute('src', builtIn);
        await ready;
        await waitUntil(() => !alert(element), 'the message is gone once the new file is in');
        expect(element.shadowRoot!.querySelector('.figure, table'), 'something drawn from the new file').to.exist;

        // Moved in the page: it keeps its figures and loads nothing again.
        const fetches = diagnostics.dataFetches;
        element.remove();
        document.body.append(element);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(diagnostics.dataFetches).to.equal(fetches);
        expect(element.shadowRoot!.querySelector('.figure, table')).to.exist;
      } finally {
        element.remove();
      }
    });
  });
}
