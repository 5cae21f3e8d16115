/** What the map's browser tests share: waiting for a drawing, and finding a municipality's path. */
import { waitUntil } from '@open-wc/testing';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';

/** Resolves when the map has drawn its areas with Vega (not only its first picture) and no longer shows "loading". */
export async function drawn(map: NordicMigrationMap): Promise<void> {
  await waitUntil(() => map.shadowRoot?.querySelector('.canvas svg path, .canvas canvas:not([data-areas])'), 'the map did not draw', { timeout: 50000 });
  await waitUntil(() => !map.shadowRoot!.querySelector('.canvas [data-areas]'), 'the first picture stayed', { timeout: 15000 });
  await waitUntil(() => !map.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 15000 });
  await map.updateComplete;
}

/** The drawn path of a municipality (Vega keeps the scenegraph item on the element). */
export function pathOf(map: NordicMigrationMap, id: string): SVGPathElement {
  const paths = [...map.shadowRoot!.querySelectorAll<SVGPathElement>('.canvas svg path')];
  const path = paths.find((p) => (p as unknown as { __data__?: { datum?: { id?: string; place?: unknown } } }).__data__?.datum?.id === id && (p as unknown as { __data__: { mark: { name: string } } }).__data__.mark.name === 'areas_marks');
  if (!path) throw new Error(`no path for ${id}`);
  return path;
}
