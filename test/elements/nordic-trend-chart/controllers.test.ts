import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { YearFocusController } from '../../../src/elements/nordic-trend-chart/controllers/year-focus.js';
import { ChartDownloadsController } from '../../../src/elements/nordic-trend-chart/controllers/downloads.js';
import { cellText, yearSummary } from '../../../src/elements/nordic-trend-chart/chart-text.js';
import type { YearRow } from '../../../src/elements/nordic-trend-chart/trend-data.js';

function fakeHost(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('chart controllers', () => {
  const years = [2020, 2021, 2022];
  const setup = (focused = false) => {
    const host = fakeHost();
    const marked: (number | undefined)[] = [];
    const selected: number[] = [];
    const focus = new YearFocusController(host, {
      years: () => years,
      yearX: (year) => (year - 2020) * 100,
      plotLeft: () => 10,
      plotFocused: () => focused,
      summary: (year) => `${year}: figures`,
      mark: async (year) => {
        marked.push(year);
      },
      select: (year) => selected.push(year),
    });
    const key = (name: string) => {
      const event = new KeyboardEvent('keydown', { key: name, cancelable: true });
      focus.onKeyDown(event);
      return event.defaultPrevented;
    };
    return { host, focus, marked, selected, key };
  };

  it('focus starts at the latest year and says its figures; arrows, Home and End step; Enter selects; Escape clears', async () => {
    const { focus, marked, selected, key } = setup();
    focus.onFocus();
    expect(focus.year).to.equal(2022);
    expect(focus.x).to.equal(200);
    expect(focus.announce).to.equal('2022: figures');
    expect(key('ArrowLeft')).to.equal(true);
    expect(focus.year).to.equal(2021);
    key('Home');
    expect(focus.year).to.equal(2020);
    expect(key('Enter')).to.equal(true);
    expect(selected).to.deep.equal([2020]);
    key('Escape');
    expect(focus.year).to.equal(undefined);
    expect(focus.announce).to.equal('');
    await Promise.resolve();
    expect(marked).to.deep.equal([2022, 2021, 2020, undefined]);
  });

  it('the pointer picks the nearest year, silently; leaving clears it unless the plot has focus', () => {
    const { focus, selected } = setup();
    focus.onPointerMove(new PointerEvent('pointermove', { clientX: 125 }));
    expect(focus.year).to.equal(2021);
    expect(focus.announce).to.equal('');
    focus.onClick(new MouseEvent('click', { clientX: 260 }));
    expect(selected).to.deep.equal([2022]);
    focus.onPointerLeave();
    expect(focus.year).to.equal(undefined);
    const kept = setup(true);
    kept.focus.onPointerMove(new PointerEvent('pointermove', { clientX: 10 }));
    kept.focus.onPointerLeave();
    expect(kept.focus.year).to.equal(2020);
  });

  it('asks for an update only when something changed', async () => {
    const { host, focus } = setup();
    await focus.set(undefined, false);
    expect(host.updates).to.equal(0);
    await focus.set(2021, false);
    await focus.set(2021, false);
    expect(host.updates).to.equal(1);
  });

  it('downloads nothing as an image before the chart is drawn', async () => {
    const downloads = new ChartDownloadsController(fakeHost(), { model: () => undefined, view: () => undefined, lang: () => 'en' });
    await downloads.image('png');
  });

  it('cells mark estimates; the summary names every key', () => {
    const row = { year: 2020, values: { SE: 1234.5, NO: null }, estimates: { SE: true } } as unknown as YearRow;
    expect(cellText(row, 'SE', 'absolute', 'en')).to.equal('1,235 (estimate)');
    expect(cellText(row, 'NO', 'absolute', 'en')).to.equal('–');
    expect(yearSummary([row], ['SE', 'NORDIC'], 'per-1000', 2020, 'en')).to.equal('2020: Sweden 1,234.5 (estimate); Nordic total –');
    expect(yearSummary([row], ['SE'], 'absolute', 1999, 'en')).to.equal('');
  });
});
