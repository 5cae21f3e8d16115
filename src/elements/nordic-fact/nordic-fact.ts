import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { CountryCode, CountrySeriesFile, SourceRef } from '../../core/data-types.js';
import type { ErrorFacts } from '../../core/errors.js';
import { SeriesElement } from '../../core/series-element.js';
import { formatCount, formatPercent } from '../../core/format.js';
import { formatMillions, formatSignedPercent } from '../../core/format-figures.js';
import { countryName, localized } from '../../core/i18n-data.js';
import { renderSourceLine, yearSpan, sourceLineStyles } from '../../core/source-line.js';
import { baseStyles } from '../../core/styles.js';
import { COUNTRY_TOKENS, parseYear, rangeText, resolvePeriod, type YearRange } from '../nordic-trend-chart/period.js';
import { ALL_COUNTRIES, FACT_IDS, factPeriods, isFactId, isYearFact, mergeSources, migrationShare, populationGrowth, YEAR_FACTS, yearFigure, type FactId } from './facts.js';
import { factStyles } from './nordic-fact.styles.js';

/** What the fact shows, computed from the data file. */
interface FactModel {
  fact: FactId;
  country: CountryCode | undefined;
  period: YearRange;
  figure: number;
  /** Population at the end of the period (population-growth). */
  end?: number;
  estimates: boolean;
  sources: SourceRef[];
}

/**
 * One headline fact about migration to the Nordic countries, computed at run time from the
 * built-in country series: one large figure, a one-line explanation with its period, and the
 * source. Without Vega: a few kilobytes.
 *
 * @tagname nordic-fact
 * @summary A headline figure with its period and source.
 *
 * @csspart base - The box around the fact.
 * @csspart figure - The large figure.
 * @csspart text - The one-line explanation.
 * @csspart note - Caveats (estimates, approximations).
 * @csspart footer - The source line.
 * @csspart error - The message shown for bad input.
 *
 * @cssprop --nordic-fact-size - Font size of the large figure (default 2.6rem).
 * @cssprop --nordic-fact-color - Colour of the large figure (default the accent colour).
 * @cssprop --nordic-accent - Accent colour.
 * @cssprop --nordic-surface - Background.
 * @cssprop --nordic-text - Text colour.
 * @cssprop --nordic-muted - Secondary text colour.
 * @cssprop --nordic-border - Border colour.
 *
 * @event nordic-ready - After the fact is shown.
 * @event nordic-error - For an unknown `fact` or `country`, years the data do not cover, `from` not before `to`, or a failing data file.
 */
export class NordicFact extends SeriesElement {
  static override styles = [baseStyles, sourceLineStyles, factStyles];

  /**
   * Which fact: `population-growth` (default), `migration-share`, `refugees` (living in the
   * country at the end of a year), `asylum-applications` (new asylum applications during a year)
   * or `resettlement-arrivals` (resettled refugees who arrived during a year).
   * @type {'population-growth' | 'migration-share' | 'refugees' | 'asylum-applications' | 'resettlement-arrivals'}
   */
  @property({ reflect: true }) fact = 'population-growth';

  /**
   * One country (`DK`, `FI`, `IS`, `NO`, `SE`) instead of the Nordic total (`nordic`, the default).
   * @type {'nordic' | 'DK' | 'FI' | 'IS' | 'NO' | 'SE'}
   */
  @property({ reflect: true }) country = '';

  /** First year of the period (population-growth, migration-share). Default: the first year the data allow. */
  @property({ reflect: true }) from = '';

  /** Last year of the period. Default: the latest year the data allow. */
  @property({ reflect: true }) to = '';

  /** The year for `refugees`, `asylum-applications` and `resettlement-arrivals`. Default: `to`, else the latest year all shown countries have a figure. */
  @property({ reflect: true }) year = '';

  @state() private model: FactModel | undefined;

  protected readonly inputs = ['fact', 'country', 'from', 'to', 'year'];

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.model && changed.has('model')) this.markReady();
  }

  /** Works out the fact, reporting each bad attribute and showing what can still be shown. */
  protected compute(data: CountrySeriesFile): void {
    this.clearProblems();
    const problems: ErrorFacts[] = [];
    let fact: FactId = 'population-growth';
    if (isFactId(this.fact)) fact = this.fact;
    else problems.push({ code: 'invalid-attribute', attribute: 'fact', value: this.fact, accepted: [...FACT_IDS] });

    let country: CountryCode | undefined;
    // A removed attribute leaves null (Lit), not ''.
    const token = (this.country ?? '').trim();
    if (token && token.toLowerCase() !== 'nordic') {
      const upper = token.toUpperCase();
      if ((ALL_COUNTRIES as readonly string[]).includes(upper)) country = upper as CountryCode;
      else problems.push({ code: 'unknown-id', attribute: 'country', value: token, accepted: [...COUNTRY_TOKENS] });
    }
    const countries = country ? [country] : ALL_COUNTRIES;

    const periods = factPeriods(data, fact, countries);
    if (!periods) {
      problems.push({ code: 'no-data', value: this.fact });
      problems.forEach((problem) => this.report(problem));
      this.model = undefined;
      return;
    }
    let period: YearRange;
    if (isYearFact(fact)) {
      const yearToken = (this.year ?? '').trim();
      const attribute = yearToken ? 'year' : 'to';
      const raw = yearToken || this.to;
      const year = parseYear(raw);
      let chosen = periods.defaults.to;
      if (year !== undefined) {
        if (Number.isNaN(year) || year < periods.allowed.from || year > periods.allowed.to) {
          problems.push({ code: 'invalid-attribute', attribute, value: raw.trim(), accepted: [rangeText(periods.allowed)] });
          if (!Number.isNaN(year)) chosen = Math.min(periods.allowed.to, Math.max(periods.allowed.from, year));
        } else chosen = year;
      }
      period = { from: chosen, to: chosen };
    } else {
      const resolved = resolvePeriod(this.from, this.to, periods.allowed, periods.defaults, true);
      problems.push(...resolved.problems);
      period = { from: resolved.from, to: resolved.to };
    }

    const population = data.series.population;
    const net = data.series['net-migration'];
    const relevant = (sources: SourceRef[]) => (country ? sources.filter((s) => !s.countries || s.countries.includes(country!)) : sources);
    let model: FactModel | undefined;
    if (fact === 'population-growth') {
      const growth = populationGrowth(data, countries, period);
      if (growth) model = { fact, country, period, figure: growth.percent, end: growth.end, estimates: false, sources: relevant(population.sources) };
    } else if (fact === 'migration-share') {
      const share = migrationShare(data, countries, period);
      if (share) model = { fact, country, period, figure: share.percent, estimates: share.estimates, sources: mergeSources([...relevant(population.sources), ...relevant(net.sources)]) };
    } else if (isYearFact(fact)) {
      const figure = yearFigure(data, fact, countries, period.to);
      if (figure !== null) model = { fact, country, period, figure, estimates: false, sources: relevant(data.series[YEAR_FACTS[fact]].sources) };
    }
    if (!model) problems.push({ code: 'no-data', value: `${fact} ${yearSpan(period.from, period.to)}` });
    problems.forEach((problem) => this.report(problem));
    this.model = model;
  }

  private figureText(model: FactModel): string {
    if (model.fact === 'population-growth') return formatSignedPercent(model.figure, this.locale);
    if (model.fact === 'migration-share') return formatPercent(model.figure, this.locale);
    return formatCount(model.figure, this.locale);
  }

  private explanation(model: FactModel): string {
    const period = yearSpan(model.period.from, model.period.to);
    const place = model.country ? countryName(model.country, this.locale) : undefined;
    if (model.fact === 'population-growth') {
      const end = model.end! >= 1e6 ? formatMillions(model.end!, this.locale) : formatCount(model.end!, this.locale);
      return place
        ? msg(str`Population change in ${place} ${period}, to ${end} inhabitants.`)
        : msg(str`Population change in the Nordic countries ${period}, to ${end} inhabitants.`);
    }
    if (model.fact === 'migration-share') {
      return place
        ? msg(str`Share of the population growth in ${place} ${period} that came from net migration.`)
        : msg(str`Share of the population growth in the Nordic countries ${period} that came from net migration.`);
    }
    if (model.fact === 'asylum-applications') {
      return place
        ? msg(str`New asylum applications in ${place} during ${period}.`)
        : msg(str`New asylum applications in the Nordic countries during ${period}.`);
    }
    if (model.fact === 'resettlement-arrivals') {
      return place
        ? msg(str`Resettled refugees who arrived in ${place} during ${period}.`)
        : msg(str`Resettled refugees who arrived in the Nordic countries during ${period}.`);
    }
    return place
      ? msg(str`Refugees living in ${place} at the end of ${period}.`)
      : msg(str`Refugees living in the Nordic countries at the end of ${period}.`);
  }

  protected override dataLost(): void {
    this.model = undefined;
  }

  protected override renderContent(): unknown {
    const model = this.model;
    if (!model) return this.hasProblems ? nothing : html`<div class="fact placeholder" part="base" aria-busy="true"></div>`;
    const net = this.data?.series['net-migration'];
    return html`<div class="fact" part="base">
      <p class="lead">
        <span class="figure" part="figure">${this.figureText(model)}</span>
        <span class="text" part="text">${this.explanation(model)}</span>
      </p>
      ${model.fact === 'migration-share'
        ? html`<p class="note" part="note">
            ${msg('Approximate: the population is a mid-year figure, net migration counts calendar years.')}
            ${model.estimates && net?.estimateNote ? localized(net.estimateNote, this.locale) : nothing}
          </p>`
        : nothing}
      ${renderSourceLine(model.sources, yearSpan(model.period.from, model.period.to), { lang: this.locale })}
    </div>`;
  }
}
