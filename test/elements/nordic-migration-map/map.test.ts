import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/nordic-migration-map/index.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import type { IndicatorFile } from '../../../src/core/data-types.js';

const dataUrl = (path: string) => new URL(`../../../data/${path}`, import.meta.url).href;
const readJson = async <T>(path: string): Promise<T> => (await fetch(dataUrl(path))).json() as Promise<T>;

function text(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function drawn(map: NordicMigrationMap): Promise<void> {
  await waitUntil(() => map.shadowRoot?.querySelector('.canvas svg path, .canvas canvas'), 'the map did not draw', { timeout: 15000 });
  await map.updateComplete;
}

describe('<nordic-migration-map>', () => {
  it('draws every municipality shape (at least 1,000 SVG paths)', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 800px"></nordic-migration-map>`);
    await drawn(map);
    const svg = map.shadowRoot!.querySelector('.canvas svg')!;
    const areas = svg.querySelectorAll('.mark-shape.role-mark path, g.mark-shape path');
    expect(areas.length).to.be.greaterThan(1000);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('Foreign-born');
  });
});
