import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getDataPath, setDataPath } from '../../src/data-path.js';
import { dataUrl } from '../../src/core/data-url.js';
import '../../src/elements/case-study-card/index.js';

// In the source tree the data sit two levels above src/core/, at the server's /data/.
const DEFAULT = new URL('/data/', location.href).href;

describe('setDataPath', () => {
  afterEach(() => setDataPath(DEFAULT));

  it('defaults to the data beside the code, found from the module URL', () => {
    expect(getDataPath()).to.equal(DEFAULT);
    expect(dataUrl('country-series.json')).to.equal(`${DEFAULT}country-series.json`);
  });

  it('resolves a path against the page, adds a missing final slash, and moves every data URL', () => {
    setDataPath('/nordic-data');
    expect(getDataPath()).to.equal(new URL('/nordic-data/', location.href).href);
    expect(dataUrl('indicators/foreign-born-share.json')).to.equal(new URL('/nordic-data/indicators/foreign-born-share.json', location.href).href);
    setDataPath(new URL('https://cdn.example.org/widgets/data/'));
    expect(dataUrl('country-series.json')).to.equal('https://cdn.example.org/widgets/data/country-series.json');
  });

  it('is where an element then fetches its data', async () => {
    // dist/data/ is a second copy of the data (npm test builds first), at a path the default never gives.
    setDataPath('/dist/data/');
    const card = await fixture(html`<case-study-card case="krokom" lang="sv"></case-study-card>`);
    if (!card.shadowRoot?.textContent?.includes('Krokom')) await oneEvent(card, 'nordic-ready');
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched).to.include('/dist/data/case-studies/sv.json');
    expect(fetched).not.to.include('/data/case-studies/sv.json');
  });
});
