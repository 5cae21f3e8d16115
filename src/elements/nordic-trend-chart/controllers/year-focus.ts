/**
 * The chart's year under the pointer or keyboard focus: the pointer picks the nearest year, the
 * arrow keys (and Home, End) step through the years and say their figures in the live region,
 * Enter or Space selects, Escape and leaving clear it. The element shows the tooltip for
 * {@link year} at {@link x} and tells the drawing (its `hover` signal).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestYear, stepYear } from '../trend-data.js';

export interface YearFocusOptions {
  /** The years shown (undefined before the figures are in). */
  years(): number[] | undefined;
  /** Pixel position of a year's centre in the plot (undefined before it is drawn). */
  yearX(year: number): number | undefined;
  /** Left edge of the drawing on screen (undefined before it is drawn). */
  plotLeft(): number | undefined;
  /** Whether the plot itself has keyboard focus (leaving with the pointer keeps the year then). */
  plotFocused(): boolean;
  /** The year's figures in words, for the live region. */
  summary(year: number): string;
  /** Tells the drawing which year to mark. */
  mark(year: number | undefined): Promise<void>;
  select(year: number): void;
}

export class YearFocusController implements ReactiveController {
  year: number | undefined;
  /** The year's position in the plot, for the tooltip. */
  x = 0;
  /** What the live region says. */
  announce = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: YearFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async set(year: number | undefined, speak: boolean): Promise<void> {
    const x = year === undefined ? 0 : (this.options.yearX(year) ?? 0);
    const announce = speak && year !== undefined ? this.options.summary(year) : '';
    if (year !== this.year || x !== this.x || announce !== this.announce) {
      this.year = year;
      this.x = x;
      this.announce = announce;
      this.host.requestUpdate();
    }
    await this.options.mark(year);
  }

  /** The year nearest the pointer. */
  yearAt(event: MouseEvent): number | undefined {
    const left = this.options.plotLeft();
    const years = this.options.years();
    if (left === undefined || !years) return undefined;
    const x = event.clientX - left;
    let best: number | undefined;
    let distance = Infinity;
    for (const year of years) {
      const position = this.options.yearX(year);
      if (position !== undefined && Math.abs(position - x) < distance) {
        distance = Math.abs(position - x);
        best = year;
      }
    }
    return best === undefined ? nearestYear(years, years[0]!) : best;
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    const year = this.yearAt(event);
    if (year !== this.year) void this.set(year, false);
  };

  readonly onPointerLeave = (): void => {
    if (!this.options.plotFocused()) void this.set(undefined, false);
  };

  readonly onClick = (event: MouseEvent): void => {
    const year = this.yearAt(event);
    if (year !== undefined) this.options.select(year);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const years = this.options.years();
    if (!years) return;
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      void this.set(stepYear(years, this.year, event.key), true);
    } else if (event.key === 'Escape') {
      void this.set(undefined, false);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.year !== undefined) {
      event.preventDefault();
      this.options.select(this.year);
    }
  };

  readonly onFocus = (): void => {
    const years = this.options.years();
    if (this.year === undefined && years?.length) void this.set(years[years.length - 1]!, true);
  };

  readonly onBlur = (): void => {
    void this.set(undefined, false);
  };
}
