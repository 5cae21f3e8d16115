import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PlaybackController } from '../../../src/elements/nordic-migration-map/controllers/playback.js';
import { SearchController } from '../../../src/elements/nordic-migration-map/controllers/search.js';
import { DownloadsController } from '../../../src/elements/nordic-migration-map/controllers/downloads.js';
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
      const downloads = new DownloadsController(fakeHost(), { model: () => undefined, view: () => undefined, lang: () => 'en' });
      downloads.csv();
      await downloads.image('png');
    });
  });
});
