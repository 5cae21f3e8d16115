// The map's first picture (first-picture.ts): the drawing's layers as one path per fill, the same
// shapes Vega then draws, shown before the view is ready and replaced by it at the same size.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/nordic-migration-map/define.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import { PICTURE_BUDGET, PICTURE_STROKE_WIDTHS, mapProjection, paceOf, pictureLayers, writeFirstPicture, type PictureInput } from '../../../src/elements/nordic-migration-map/first-picture.js';
import type { AreaRow } from '../../../src/elements/nordic-migration-map/map-model.js';
import * as planarPath from '../../../src/core/planar-path.js';
import { TaskBudget } from '../../../src/core/yield.js';

const { PathRecorder, planarWriter, takeWritten } = planarPath;
import { drawn } from './map-helpers.js';

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const area = (id: string, fill: string, x: number, highlighted = false): AreaRow =>
  ({ type: 'Feature', id, geometry: square(x, 0), fill, highlighted }) as unknown as AreaRow;
const signals = { projScale: 10, projTranslate: [5, 50], landFill: 'tan', borderColor: 'grey', highlightColor: 'red' };

/** Each object's path as the view's transform writes it (planar-path.ts), concatenated. */
function pathOf(objects: readonly unknown[]): string {
  const write = planarWriter(mapProjection(signals))!;
  const recorder = new PathRecorder();
  for (const object of objects) write(object, recorder);
  return recorder.take()?.path ?? '';
}

describe('first picture', () => {
  it('layers the drawing as the spec does, one path for the areas of each fill', () => {
    const rows = [area('a', '#111', 0), area('b', '#222', 2, true), area('c', '#111', 4)];
    const input: PictureInput = { rows, outlines: [{ type: 'Feature', geometry: square(-5, -5) }], borders: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [3, 3]] } }] };
    const layers = pictureLayers(input, signals, pathOf);
    expect(layers.map((l) => [l.className, l.fill, l.stroke, l.strokeWidth])).to.deep.equal([
      ['outlines_marks', 'tan', 'grey', 0.5],
      ['areas_marks', '#111', null, null],
      ['areas_marks', '#222', null, null],
      ['country_borders_marks', null, 'grey', 0.9],
      ['highlighted_marks', null, 'red', 2],
    ]);
    expect(layers[1]!.d).to.equal(pathOf([rows[0]]) + pathOf([rows[2]]));
    expect(layers[1]!.d).to.match(/^M5,50L15,50L15,40L5,40ZM45,50/);
    expect(layers[4]!.d).to.equal(pathOf([rows[1]]));
    // Nothing highlighted, no borders: no empty paths.
    const plain = pictureLayers({ rows: [area('a', '#111', 0)], outlines: [], borders: [] }, signals, pathOf);
    expect(plain.map((l) => l.className)).to.deep.equal(['areas_marks']);
  });

  it('tells a fast CPU from a slow one by the time writing the paths took', () => {
    expect([0, 15, 15.1, 30, 30.1, 200].map((took) => paceOf(took, 30))).to.deep.equal(['fast', 'fast', 'slow', 'slow', 'slower', 'slower']);
  });

  it('writes the same layers in tasks, hands each area path to the view, and says how long that took', async () => {
    const rows = [area('a', '#111', 0), area('b', '#222', 2, true)];
    const input: PictureInput = { rows, outlines: [], borders: [] };
    const quick = await writeFirstPicture(input, signals, planarPath, new TaskBudget(1e9));
    expect(quick!.layers()).to.deep.equal(pictureLayers(input, signals, pathOf));
    expect(quick!.pace, 'within half a task').to.equal('fast');
    const key = planarWriter(mapProjection(signals))!.key;
    expect(takeWritten(rows[1]!.geometry, key)?.path).to.equal(pathOf([rows[1]]));
    expect(takeWritten(rows[1]!.geometry, key), 'taken once').to.equal(undefined);
    const slow = await writeFirstPicture(input, signals, planarPath, new TaskBudget(-1));
    expect(slow!.pace, 'longer than its budget').to.equal('slower');
    expect(slow!.layers()).to.deep.equal(quick!.layers());
  });

  it('draws its lines as wide as the marks of map.vl.json', async () => {
    const spec = (await (await fetch('/verbatim/src/elements/nordic-migration-map/map.vl.json')).json()) as { layer: { name: string; mark: { strokeWidth?: unknown } }[] };
    const width = (name: string) => spec.layer.find((layer) => layer.name === name)?.mark.strokeWidth;
    expect(PICTURE_STROKE_WIDTHS).to.deep.equal({ outlines: width('outlines'), country_borders: width('country_borders'), highlighted: width('highlighted') });
  });

  it('on a slow CPU shows before the map is ready, then gives way to the view with the same shapes at the same size', async () => {
    // Writing the paths counts as slow whatever this machine is.
    const budget = PICTURE_BUDGET.ms;
    PICTURE_BUDGET.ms = -1;
    try {
    const seen: { picture: SVGSVGElement; label: string | null; withView: boolean }[] = [];
    let ready = false;
    const map = document.createElement('nordic-migration-map') as NordicMigrationMap;
    map.setAttribute('countries', 'DK');
    map.style.width = '600px';
    map.addEventListener('nordic-ready', () => (ready = true), { once: true });
    const watch = new MutationObserver(() => {
      const picture = map.shadowRoot?.querySelector<SVGSVGElement>('.canvas svg[data-areas]');
      if (picture && !seen.some((s) => s.picture === picture)) {
        // The view is being built meanwhile, out of sight.
        const view = map.shadowRoot!.querySelector('.canvas div svg');
        seen.push({ picture, label: picture.getAttribute('aria-label'), withView: !!view && !view.closest('[hidden]') });
      }
    });
    const observeWhenRooted = () => (map.shadowRoot ? watch.observe(map.shadowRoot, { childList: true, subtree: true, attributes: true }) : requestAnimationFrame(observeWhenRooted));
    const host = await fixture(html`<div></div>`);
    host.append(map);
    observeWhenRooted();
    await waitUntil(() => ready, 'ready', { timeout: 50000 });
    await drawn(map);
    watch.disconnect();
    expect(seen.length, 'one first picture').to.equal(1);
    const [{ picture, withView }] = seen as [(typeof seen)[0]];
    expect(withView, 'never beside a visible view').to.equal(false);
    expect(picture.isConnected, 'gone once ready').to.equal(false);
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
    const view = map.shadowRoot!.querySelector<SVGSVGElement>('.canvas svg')!;
    expect([picture.getAttribute('width'), picture.getAttribute('height')]).to.deep.equal([view.getAttribute('width'), view.getAttribute('height')]);
    // The same areas: Vega's paths, joined by fill in drawing order, are the picture's.
    const byFill = new Map<string, string>();
    let areas = 0;
    for (const path of map.shadowRoot!.querySelectorAll<SVGPathElement>('.canvas svg path')) {
      const item = (path as unknown as { __data__?: { mark?: { name?: string } } }).__data__;
      if (item?.mark?.name !== 'areas_marks') continue;
      areas++;
      byFill.set(path.getAttribute('fill')!, (byFill.get(path.getAttribute('fill')!) ?? '') + path.getAttribute('d'));
    }
    expect(areas).to.be.greaterThan(90);
    expect(Number(picture.getAttribute('data-areas'))).to.equal(areas);
    const pictured = new Map([...picture.querySelectorAll('.areas_marks path')].map((path) => [path.getAttribute('fill')!, path.getAttribute('d')!]));
    expect(pictured.size).to.be.greaterThan(2);
    expect(pictured).to.deep.equal(byFill);
    } finally {
      PICTURE_BUDGET.ms = budget;
    }
  });

  it('on a fast CPU shows no picture: the view is built in place and appears complete', async () => {
    const budget = PICTURE_BUDGET.ms;
    PICTURE_BUDGET.ms = 1e9;
    try {
      let pictures = 0;
      let firstAreas = 0;
      const map = document.createElement('nordic-migration-map') as NordicMigrationMap;
      // More areas than the view's first run takes when it is built in pieces (100).
      map.setAttribute('countries', 'SE');
      map.style.width = '600px';
      const areasDrawn = () => map.shadowRoot!.querySelectorAll('.canvas svg .areas_marks path, .canvas svg [class*="areas_marks"] path').length;
      const watch = new MutationObserver(() => {
        if (map.shadowRoot!.querySelector('[data-areas]')) pictures++;
        if (!firstAreas) firstAreas = areasDrawn();
      });
      const observeWhenRooted = () => (map.shadowRoot ? watch.observe(map.shadowRoot, { childList: true, subtree: true }) : requestAnimationFrame(observeWhenRooted));
      const host = await fixture(html`<div></div>`);
      const ready = new Promise((resolve) => map.addEventListener('nordic-ready', resolve, { once: true }));
      host.append(map);
      observeWhenRooted();
      await ready;
      await drawn(map);
      watch.disconnect();
      expect(pictures, 'no first picture').to.equal(0);
      expect(map.shadowRoot!.querySelector('.canvas > div[hidden], .canvas > div > svg'), 'drawn in place, not in a hidden box').to.equal(null);
      const areas = areasDrawn();
      expect(areas).to.be.greaterThan(200);
      expect(firstAreas, 'every area there when the drawing first appears').to.equal(areas);
    } finally {
      PICTURE_BUDGET.ms = budget;
    }
  });
});
