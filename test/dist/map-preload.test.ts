// The map's own entry as a script tag (or the script-tag bundle) loads it: npm test builds dist/ first.
// Its own page: nothing else may have fetched the geometry before.
import { expect, waitUntil } from '@open-wc/testing';

const entry = '/dist/elements/nordic-migration-map.js';
const geometryUrl = new URL('/dist/data/municipalities.projected.topo.json', location.href).href;
const geometryRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name === geometryUrl) as PerformanceResourceTiming[];
const preloadLinks = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].filter((link) => link.href === geometryUrl);

describe('dist/elements/nordic-migration-map.js', () => {
  it('asks for the geometry with its code, and the map draws from that one download', async function () {
    this.timeout(60000);
    expect(geometryRequests(), 'nothing fetched the geometry before').to.have.length(0);
    await import(/* @vite-ignore */ entry);
    const [link, ...more] = preloadLinks();
    expect(more, 'one preload').to.have.length(0);
    expect(link, 'a preload link for the geometry the data loader fetches').to.be.an.instanceOf(HTMLLinkElement);
    expect(link!.as).to.equal('fetch');
    expect(link!.crossOrigin).to.equal('anonymous');

    const map = document.createElement('nordic-migration-map');
    map.style.width = '600px';
    let failed: unknown;
    map.addEventListener('nordic-error', (event) => (failed = (event as CustomEvent).detail));
    const ready = new Promise((resolve) => map.addEventListener('nordic-ready', resolve, { once: true }));
    document.body.append(map);
    await ready;
    expect(failed).to.equal(undefined);
    expect(map.shadowRoot!.querySelectorAll('.canvas svg path').length, 'every municipality drawn').to.be.greaterThan(1000);
    // A preload the loader's request did not match would show as a second download, and a file
    // name that differs from the loader's (core/datasets/topology.ts) as a second geometry file.
    await waitUntil(() => geometryRequests().length > 0, 'the geometry is in the resource timeline');
    const geometryFiles = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => /\/dist\/data\/municipalities[^/]*\.json$/.test(entry.name));
    expect(geometryFiles.map((file) => [file.name, file.initiatorType]), 'one geometry file, downloaded once, by the preload').to.deep.equal([[geometryUrl, 'link']]);
    map.remove();
  });
});
