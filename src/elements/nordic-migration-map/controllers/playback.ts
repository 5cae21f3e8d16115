/**
 * Year playback: Play steps through the years of the slider, one every `interval` ms, and stops
 * at the last year, on Pause, or when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { YearChoice } from '../model.js';

export interface PlaybackOptions {
  /** The years of the slider and the one shown (undefined before the figures are in). */
  current(): { years: readonly number[]; year: YearChoice } | undefined;
  /** Shows a year (sets the element's `year`). */
  show(year: number): void;
  interval?: number;
}

export class PlaybackController implements ReactiveController {
  playing = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlaybackOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Play from the first year (from the shown one when it is not the last), or pause. */
  toggle(): void {
    if (this.playing) {
      this.stop();
      return;
    }
    const current = this.options.current();
    if (!current || current.years.length < 2) return;
    const { years, year } = current;
    if (year === 'latest' || year === years[years.length - 1]) this.options.show(years[0]!);
    this.setPlaying(true);
    this.timer = setInterval(() => {
      const now = this.options.current();
      const shownYears = now?.years ?? [];
      const shown = now?.year;
      const index = typeof shown === 'number' ? shownYears.indexOf(shown) : -1;
      if (index < 0 || index >= shownYears.length - 1) this.stop();
      else this.options.show(shownYears[index + 1]!);
    }, this.options.interval ?? 1200);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.setPlaying(false);
  }

  private setPlaying(playing: boolean): void {
    if (this.playing === playing) return;
    this.playing = playing;
    this.host.requestUpdate();
  }
}
