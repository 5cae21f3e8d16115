import { expect } from '@open-wc/testing';
import { areaChanges, drawingSignals, markAsImage, sameAreas } from '../../../src/elements/nordic-migration-map/drawing.js';
import type { AreaRow } from '../../../src/elements/nordic-migration-map/map-model.js';

const row = (id: string, fill: string, value: number | null): AreaRow => ({ id, fill, value, highlighted: false }) as AreaRow;

describe('map drawing helpers', () => {
  it('an update sends only the fields that changed, when the view holds the same areas', () => {
    const sent = new Map([row('a', '#111', 1), row('b', '#222', 2)].map((r) => [r.id, r]));
    const rows = [row('a', '#111', 1), row('b', '#333', null)];
    expect(sameAreas(sent, rows)).to.equal(true);
    expect(sameAreas(sent, [rows[0]!])).to.equal(false);
    expect(sameAreas(undefined, rows)).to.equal(false);
    expect(areaChanges(sent, rows).map(([tuple, field, value]) => [tuple.id, field, value])).to.deep.equal([
      ['b', 'fill', '#333'],
      ['b', 'value', null],
    ]);
  });

  it('signals carry the size, projection, focus and theme colours', () => {
    const signals = drawingSignals((name, fallback) => (name === '--_map-land' ? 'tan' : fallback), 300, 200, { scale: 2, translate: [1, 2] } as never, 'SE-2309');
    expect(signals).to.deep.include({ width: 300, height: 200, projScale: 2, focusId: 'SE-2309', landFill: 'tan', borderColor: '#6b7681' });
  });

  it('the drawing is one image for screen readers', () => {
    const box = document.createElement('div');
    box.innerHTML = '<svg aria-roledescription="x"></svg>';
    markAsImage(box, 'Map of Nordic municipalities');
    const svg = box.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Map of Nordic municipalities');
    expect(svg.hasAttribute('aria-roledescription')).to.equal(false);
  });
});

describe('map loads', () => {
  it('the learning examples are part of the drawing only when highlight names them', async () => {
    const { wantsCases } = await import('../../../src/elements/nordic-migration-map/map-data.js');
    expect(wantsCases('case-studies')).to.equal(true);
    expect(wantsCases('SE-2309, Case-Studies')).to.equal(true);
    expect(wantsCases('SE-2309')).to.equal(false);
    expect(wantsCases('my-case-studies')).to.equal(false);
  });
});

describe('map view controller', () => {
  it('draws nothing without figures or a box, and forgets its view when the element leaves', async () => {
    const { MapViewController } = await import('../../../src/elements/nordic-migration-map/controllers/vega-view.js');
    const host = Object.assign(document.createElement('div'), { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
    let drawn = 0;
    const controller = new MapViewController(host, {
      model: () => undefined,
      geometry: () => undefined,
      container: () => null,
      overlay: () => null,
      observedWidth: () => 0,
      hidden: () => false,
      label: () => '',
      focusId: () => '',
      tooltipVisible: () => false,
      pointer: { move() {}, out() {}, click() {} },
      drawn: () => drawn++,
      failed: (error) => expect.fail(String(error)),
    });
    await controller.redraw('svg');
    expect(drawn).to.equal(0);
    expect(controller.view).to.equal(undefined);
    controller.drawnWidth = 500;
    controller.hostDisconnected();
    expect(controller.drawnWidth).to.equal(0);
  });
});
