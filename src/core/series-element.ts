import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NordicElement } from './base-element.js';
import type { CountrySeriesFile } from './data-types.js';
import { loadCountrySeries } from './datasets/country-series.js';
import { dataErrorFacts } from './errors.js';
import { yieldToMain } from './yield.js';

/**
 * The base of the elements drawn from the country series (`<nordic-fact>`,
 * `<nordic-trend-chart>`): the `src` attribute, one load once the element comes near the
 * viewport, a new load when `src` changes, and a failing file reported with Retry. Subclasses
 * say what they compute from the file and on which of their properties it depends. Kept out of the base class, which the card pages
 * load too.
 */
export abstract class SeriesElement extends NordicElement {
  /** Address of a country-series file to use instead of the built-in one. */
  @property({ reflect: true }) src = '';

  /** The loaded file (the previous one while a new `src` loads); undefined after a failure. */
  @state() protected data: CountrySeriesFile | undefined;

  private loadToken = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data) void this.loadSeries();
  }

  /** Runs while the file is on the way, for work that would otherwise follow it (the file is used once both are done). */
  protected whileSeriesLoads(): Promise<void> | void {}

  private async loadSeries(): Promise<void> {
    const token = ++this.loadToken;
    // The look at the viewport (a layout) and the load in the task after the one that put the
    // element on the page, which may be the long evaluation of its code (as the map does).
    await yieldToMain();
    if (token !== this.loadToken) return;
    await this.nearViewport();
    try {
      const loading = loadCountrySeries(this.src || undefined);
      loading.catch(() => undefined); // handled below, once awaited
      // In a task of its own: the element may have joined the page in the same task as its code ran.
      await yieldToMain();
      const [data] = await Promise.all([loading, this.whileSeriesLoads()]);
      if (token === this.loadToken) this.data = data;
    } catch (error) {
      if (token !== this.loadToken) return;
      this.data = undefined;
      this.report(dataErrorFacts(error, 'src'), () => {
        this.clearProblems();
        void this.loadSeries();
      });
    }
  }

  /** The properties (besides the file) that what the element shows depends on. */
  protected abstract readonly inputs: readonly string[];

  /** Works out what the element shows; called when the file or one of {@link inputs} changes. */
  protected abstract compute(data: CountrySeriesFile): void;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('src') && changed.get('src') !== undefined) {
      // A new file is on the way: nothing to compute until it is in.
      this.clearProblems();
      void this.loadSeries();
      return;
    }
    if (this.data && ['data', ...this.inputs].some((key) => changed.has(key))) this.compute(this.data);
    else if (!this.data && changed.has('data')) this.dataLost();
  }

  /** The file failed to load (after a new `src`, or Retry): forget what was computed from the old one. */
  protected dataLost(): void {}
}
