import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PlaybackController } from '../../../src/elements/nordic-migration-map/controllers/playback.js';
import { SearchController } from '../../../src/elements/nordic-migration-map/controllers/search.js';
import { DownloadsController } from '../../../src/elements/nordic-migration-map/controllers/downloads.js';
import { KeyboardController, nearestTo } from '../../../src/elements/nordic-migration-map/controllers/keyboard.js';
import { TooltipController } from '../../../src/elements/nordic-migration-map/controllers/tooltip.js';
import type { AreaRow, MapModel } from '../../../src/elements/nordic-migration-map/map-model.js';
import type { YearChoice, Place } from '../../../src/elements/nordic-migration-map/model.js';

/** A host that counts update requests. */
function fakeHost(): ReactiveControllerHost & { updates: number; controllers: ReactiveController[] } {
  return {
    updates: 0,
    controllers: [],
    addController(controller) {
      this.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('map controllers', () => {
  describe('playback', () => {
    it('plays from the first year to the last, one step per interval, then stops', async () => {
      const host = fakeHost();
      let year: YearChoice = 'latest';
      const shown: number[] = [];
      const playback = new PlaybackController(host, {
        current: () => ({ years: [2020, 2021, 2022], year }),
        show: (y) => {
          year = y;
          shown.push(y);
        },
        interval: 5,
      });
      expect(host.controllers).to.include(playback);
      playback.toggle();
      expect(playback.playing).to.equal(true);
      expect(shown).to.deep.equal([2020]);
      await wait(60);
      expect(shown).to.deep.equal([2020, 2021, 2022]);
      expect(playback.playing).to.equal(false);
      expect(host.updates).to.equal(2);
    });

    it('starts from the shown year unless it is the last; pauses, and stops when the host disconnects', async () => {
      const host = fakeHost();
      let year: YearChoice = 2021;
      const playback = new PlaybackController(host, { current: () => ({ years: [2020, 2021, 2022, 2023], year }), show: (y) => (year = y), interval: 5 });
      playback.toggle();
      expect(year).to.equal(2021);
      playback.toggle();
      expect(playback.playing).to.equal(false);
      playback.toggle();
      playback.hostDisconnected();
      const stoppedAt = year;
      await wait(30);
      expect(year).to.equal(stoppedAt);
    });

    it('does nothing with fewer than two years', () => {
      const playback = new PlaybackController(fakeHost(), { current: () => ({ years: [2020], year: 'latest' }), show: () => expect.fail('no year shown') });
      playback.toggle();
      expect(playback.playing).to.equal(false);
    });
  });

  describe('search', () => {
    const places: Place[] = [
      { id: 'SE-2309', code: '2309', name: 'Krokom', country: 'SE' },
      { id: 'NO-5001', code: '5001', name: 'Trondheim', country: 'NO' },
    ];
    const input = (value: string) => {
      const field = document.createElement('input');
      field.value = value;
      return field;
    };
    const run = (search: SearchController, value: string, key?: string) => {
      const field = input(value);
      const event = key ? new KeyboardEvent('keydown', { key }) : new Event('change');
      field.addEventListener(event.type, (e) => search.search(e));
      field.dispatchEvent(event);
    };

    it('focuses the match, and selects it on Enter', () => {
      const focused: string[] = [];
      const selected: string[] = [];
      const search = new SearchController(fakeHost(), { places: () => places, lang: () => 'en', focus: (id) => focused.push(id), select: (id) => selected.push(id) });
      run(search, 'krokom');
      run(search, 'Trondheim', 'Enter');
      expect(focused).to.deep.equal(['SE-2309', 'NO-5001']);
      expect(selected).to.deep.equal(['NO-5001']);
      expect(search.message).to.equal('');
    });

    it('says when nothing matches, and clears the message for an empty field', () => {
      const host = fakeHost();
      const search = new SearchController(host, { places: () => places, lang: () => 'en', focus: () => expect.fail(), select: () => expect.fail() });
      run(search, ' Atlantis ');
      expect(search.message).to.equal('No municipality matches "Atlantis".');
      run(search, '  ');
      expect(search.message).to.equal('');
      expect(host.updates).to.equal(2);
    });

    it('wants the suggestions once', () => {
      const host = fakeHost();
      const search = new SearchController(host, { places: () => undefined, lang: () => 'en', focus: () => {}, select: () => {} });
      search.wantSuggestions();
      search.wantSuggestions();
      expect(search.suggestionsWanted).to.equal(true);
      expect(host.updates).to.equal(1);
    });
  });

  describe('downloads', () => {
    it('does nothing before the figures and the drawing are there', async () => {
      let exports = 0;
      const downloads = new DownloadsController(fakeHost(), { model: () => undefined, exporting: async () => void exports++, lang: () => 'en' });
      downloads.csv();
      await downloads.image('png');
      expect(exports).to.equal(0);
    });
  });

  /** Three areas in a row, west to east; the middle one outlined when `highlighted`. */
  const testModel = (highlighted = false): MapModel => {
    const row = (id: string, x: number, name: string, country: 'SE' | 'NO'): AreaRow =>
      ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [0, 0] }, fill: '#000', highlighted: highlighted && id === 'SE-2', place: { id, code: id.slice(3), name, country }, value: x, year: 2022, anchor: [x, 0], x, y: 50 }) as AreaRow;
    const rows = [row('NO-1', 0, 'Oslo', 'NO'), row('SE-2', 50, 'Krokom', 'SE'), row('SE-3', 100, 'Malmö', 'SE')];
    return { level: 'municipality', unit: 'percent', label: () => 'Share', rows, byId: new Map(rows.map((r) => [r.id, r])), references: {}, measures: {} } as unknown as MapModel;
  };

  describe('tooltip', () => {
    it('shows an area at its label point and in the live region, beside the pointer without it, and hides', () => {
      const root = document.createElement('div');
      root.innerHTML = '<div class="tooltip" hidden></div><p class="live"></p>';
      const model = testModel();
      const tooltip = new TooltipController(fakeHost(), { root: () => root, model: () => model, lang: () => 'en' });
      tooltip.show('SE-2');
      const box = root.querySelector<HTMLElement>('.tooltip')!;
      expect(tooltip.visible).to.equal(true);
      expect(box.hidden).to.equal(false);
      expect(box.style.left).to.equal('50px');
      expect(box.textContent).to.contain('Krokom');
      expect(root.querySelector('.live')!.textContent).to.match(/^Krokom, Sweden: /);
      tooltip.show('SE-3', 7, 9);
      expect(box.style.left).to.equal('7px');
      expect(root.querySelector('.live')!.textContent, 'the pointer does not speak').to.match(/^Krokom/);
      tooltip.hide();
      expect(box.hidden).to.equal(true);
      expect(tooltip.visible).to.equal(false);
    });
  });

  describe('keyboard', () => {
    const setup = (highlighted = false) => {
      const model = testModel(highlighted);
      const log: string[] = [];
      const keyboard = new KeyboardController(fakeHost(), {
        model: () => model,
        size: () => ({ width: 100, height: 100 }),
        show: (id) => log.push(`show ${id}`),
        hide: (tooltipOnly) => log.push(tooltipOnly ? 'hide tooltip' : 'hide'),
        select: (row) => log.push(`select ${row.id}`),
      });
      const key = (name: string) => {
        const event = new KeyboardEvent('keydown', { key: name, cancelable: true });
        keyboard.onKeydown(event);
        return event.defaultPrevented;
      };
      return { keyboard, log, key };
    };

    it('focus starts at the outlined area, else the one nearest the centre', () => {
      const outlined = setup(true);
      outlined.keyboard.onFocus();
      expect(outlined.log).to.deep.equal(['show SE-2']);
      const plain = setup();
      plain.keyboard.onFocus();
      expect(plain.keyboard.focusId).to.equal('SE-2');
    });

    it('arrows move to the nearest area in their direction; Enter selects; Escape hides the tooltip; blur hides both', () => {
      const { keyboard, log, key } = setup();
      expect(key('ArrowRight'), 'an arrow is taken').to.equal(true);
      expect(keyboard.focusId).to.equal('SE-2');
      key('ArrowRight');
      expect(keyboard.focusId).to.equal('SE-3');
      key('ArrowRight');
      expect(keyboard.focusId, 'nothing further east').to.equal('SE-3');
      expect(key('Enter')).to.equal(true);
      expect(key('Escape')).to.equal(false);
      keyboard.onBlur();
      expect(log).to.deep.equal(['show SE-2', 'show SE-3', 'select SE-3', 'hide tooltip', 'hide']);
      expect(key('a')).to.equal(false);
    });

    it('nearestTo skips areas without a label point', () => {
      expect(nearestTo([{ id: 'a', x: 0, y: 0, anchor: undefined }, { id: 'b', x: 9, y: 9, anchor: [0, 0] }], 0, 0)?.id).to.equal('b');
    });
  });
});
