import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { NordicElement } from '../../core/base-element.js';
import type { CaseMethod, LocalizedCaseStudy } from '../../core/data-types.js';
import { loadCaseStudies } from '../../core/datasets/case-studies.js';
import { dataErrorFacts } from '../../core/errors.js';
import { formatCount } from '../../core/format.js';
import { countryName } from '../../core/i18n-data.js';
import { baseStyles } from '../../core/styles.js';
import { CARD_COUNTRIES, caseIds, citedSources, fellBack, findCase, firstSentence, formatOutcomeValue, normalizeCaseId, placeLine, sourceHref } from './case-model.js';
import { CONCLUSION_IDS, METHOD_CONCLUSION, conclusionName } from '../nordic-lessons/conclusions.js';
import { cardStyles } from './case-study-card.styles.js';
import { CASE_METHODS, methodLabel, parseTokens } from './methods.js';

let uid = 0;

/**
 * One learning example: a small Nordic municipality that got newcomers to stay, with what it
 * did, its outcomes (each figure with its definition, year and source) and a small locator map.
 * Give `case` for a built-in example, or build a partner's own example from `heading`,
 * `municipality`, `country`, `methods` and slotted text, in the same look.
 *
 * @tagname case-study-card
 * @summary A learning example with its figures and sources.
 *
 * @slot - Extra body content (for a partner's own example: its summary text).
 * @slot footer - A footer below the sources (a "read more" link, a logo).
 *
 * @csspart base - The card box.
 * @csspart heading - The card's heading.
 * @csspart tag - Each method tag.
 * @csspart conclusion - The name of the theme's conclusion that a group of method tags puts into practice.
 * @csspart more - The "Read more" button of a card in a list (`collapsible`).
 * @csspart figure - Each outcome figure with its definition.
 * @csspart statistic - Each figure from the official statistics, beside its country's.
 * @csspart sources - The list of sources.
 * @csspart locator - The locator map.
 * @csspart error - The message shown for bad input.
 *
 * @cssprop --nordic-accent - Accent colour (figures, tags, the municipality on the locator map, focus ring).
 * @cssprop --nordic-surface - Card background.
 * @cssprop --nordic-text - Text colour.
 * @cssprop --nordic-muted - Secondary text colour.
 * @cssprop --nordic-border - Card border colour.
 * @cssprop --nordic-radius - Corner radius.
 * @cssprop --nordic-font - Font family (default: the page's).
 *
 * @event nordic-select - When the card is activated (click or Enter, not on its links); `detail` is `{caseId, municipalityIds}`.
 * @event nordic-ready - After the first complete render.
 * @event nordic-error - For an unknown `case`, `country` or `methods` value, or a failing data file.
 */
export class CaseStudyCard extends NordicElement {
  static override styles = [baseStyles, cardStyles];

  /** Id of a built-in learning example (`krokom`, `heroy`, …). Without it the card shows its attributes and slotted text. */
  @property({ reflect: true, attribute: 'case' }) caseId = '';

  /** Replaces the heading (by default the municipality's name). */
  @property({ reflect: true }) heading = '';

  /** For a partner's own example (no `case`): the municipality's name. */
  @property({ reflect: true }) municipality = '';

  /** For a partner's own example (no `case`): ISO country code (`SE`, `NO`, `DK`, `FI`, `IS`, `FO`). */
  @property({ reflect: true }) country = '';

  /** For a partner's own example (no `case`): space-separated methods (`mentoring housing`). */
  @property({ reflect: true }) methods = '';

  /** A smaller card: heading, place, methods and the first figure. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * Shows only the summary's first sentence and the key (first) outcome, with a "Read more"
   * button for the rest (set by `<case-study-list>`; a card alone shows everything).
   */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  /** Marks the card as the selected example (set by `<case-study-list>`). */
  @property({ type: Boolean, reflect: true }) selected = false;

  /**
   * Level of the heading in the page outline (2–6).
   * @type {2 | 3 | 4 | 5 | 6}
   */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 3;

  /** Address of a localized case-studies file to use instead of the built-in one. */
  @property({ reflect: true }) src = '';

  /** The example's record, when the page (or `<case-study-list>`) already has it; skips loading. */
  @property({ attribute: false }) study: LocalizedCaseStudy | undefined;

  @state() private loaded: LocalizedCaseStudy | undefined;
  /** A collapsible card that the reader opened. */
  @state() private expanded = false;

  private key = '';
  private readonly ids = `c${++uid}`;

  /** The example shown (given or loaded). */
  get current(): LocalizedCaseStudy | undefined {
    return this.study ?? this.loaded;
  }

  /** Focuses the card itself (for keyboard users and for `<case-study-list>` following a map). */
  override focus(options?: FocusOptions): void {
    const article = this.renderRoot?.querySelector?.('article');
    if (article instanceof HTMLElement) article.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = [this.locale, this.src, normalizeCaseId(this.caseId), this.study ? this.study.id : '', this.country, this.methods].join('|');
    if (key !== this.key) {
      this.key = key;
      void this.refresh(key);
    }
  }

  private async refresh(key: string): Promise<void> {
    await Promise.resolve();
    if (key !== this.key) return;
    this.clearProblems();
    const wanted = normalizeCaseId(this.caseId);
    if (this.study || !wanted) {
      this.loaded = undefined;
      if (!this.study) this.checkPartnerAttributes();
      await this.updateComplete;
      this.markReady();
      return;
    }
    await this.nearViewport();
    try {
      const file = await loadCaseStudies(this.locale, this.src || undefined);
      if (key !== this.key) return;
      const found = findCase(file, wanted);
      this.loaded = found;
      if (!found) {
        this.report({ code: 'unknown-id', attribute: 'case', value: this.caseId, accepted: caseIds(file) });
      }
    } catch (error) {
      if (key !== this.key) return;
      this.loaded = undefined;
      this.report(dataErrorFacts(error, 'src'), () => {
        this.key = '';
        this.requestUpdate();
      });
    }
    await this.updateComplete;
    this.markReady();
  }

  private checkPartnerAttributes(): void {
    if (this.country && !(CARD_COUNTRIES as readonly string[]).includes(this.country.trim().toUpperCase())) {
      this.report({ code: 'invalid-attribute', attribute: 'country', value: this.country, accepted: [...CARD_COUNTRIES] });
    }
    const { unknown } = parseTokens(this.methods, CASE_METHODS);
    for (const value of unknown) {
      this.report({ code: 'invalid-attribute', attribute: 'methods', value, accepted: [...CASE_METHODS] });
    }
  }

  private activate(event: Event): void {
    const path = event.composedPath();
    const article = path.find((node) => node instanceof HTMLElement && node.localName === 'article');
    // Links, buttons and form fields inside the card (and in its slots) keep their own meaning.
    for (const node of path) {
      if (node === article) break;
      if (node instanceof HTMLElement && /^(a|button|input|select|textarea|summary|label)$/.test(node.localName)) return;
    }
    const study = this.current;
    if (study) this.emit('nordic-select', { caseId: study.id, municipalityIds: [...study.municipalityIds], name: study.name, country: study.country });
    else this.emit('nordic-select', { ...(this.id ? { caseId: this.id } : {}), municipalityIds: [], name: this.heading || this.municipality });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.composedPath()[0] !== event.currentTarget) return;
    event.preventDefault();
    this.activate(event);
  }

  protected override renderContent(): unknown {
    const study = this.current;
    if (normalizeCaseId(this.caseId) && !study) return this.hasProblems ? nothing : html`<div class="loading" aria-busy="true"></div>`;
    return study ? this.renderCase(study) : this.renderPartner();
  }

  private renderHeading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<div class="heading" part="heading" role="heading" aria-level=${level} id="${this.ids}-h">${text}</div>`;
  }

  private renderArticle(content: {
    heading: string;
    place: string;
    locator?: unknown;
    body: unknown;
    methods: readonly CaseMethod[];
    figures?: unknown;
    sources?: unknown;
    more?: unknown;
  }): TemplateResult {
    return html`<article part="base" tabindex="0" aria-labelledby="${this.ids}-h" id="${this.ids}-a"
      @click=${this.activate} @keydown=${this.onKeydown}>
      <header>
        <div>
          ${this.renderHeading(content.heading)}
          ${content.place ? html`<p class="place">${content.place}</p>` : nothing}
        </div>
        ${content.locator ?? nothing}
      </header>
      ${content.body}
      ${content.methods.length
        ? html`<div>
            <p class="t" id="${this.ids}-m">${msg('What they did')}</p>
            <ul class="groups" aria-labelledby="${this.ids}-m">
              ${CONCLUSION_IDS.map((id) => {
                const methods = content.methods.filter((method) => METHOD_CONCLUSION[method] === id);
                return methods.length
                  ? html`<li data-conclusion=${id}><span class="conclusion" part="conclusion">${conclusionName(id)}</span>
                      <ul class="tags">
                        ${methods.map((method) => html`<li class="tag" part="tag" data-method=${method}>${methodLabel(method)}</li>`)}
                      </ul></li>`
                  : nothing;
              })}
            </ul>
          </div>`
        : nothing}
      ${content.figures ?? nothing}
      ${content.sources ?? nothing}
      <footer>${content.more ?? nothing}<slot name="footer"></slot></footer>
    </article>`;
  }

  private renderCase(study: LocalizedCaseStudy): TemplateResult {
    const lang = this.locale;
    const country = countryName(study.country, lang);
    const place = placeLine(country, study.region);
    const population = study.population
      ? study.population.approximate
        ? msg(str`Population: about ${formatCount(study.population.value, lang)} (${study.population.year})`)
        : msg(str`Population: ${formatCount(study.population.value, lang)} (${study.population.year})`)
      : '';
    const english = (field: string) => (lang !== 'en' && fellBack(study, field) ? 'en' : nothing);
    const short = this.collapsible && !this.expanded;
    const summary = short ? firstSentence(study.summary, lang) : study.summary;
    const body = html`
      ${population ? html`<p class="population">${population}</p>` : nothing}
      <p class="summary" lang=${english('summary')}>${summary}</p>
      <slot></slot>
      ${lang !== 'en' && study.fallback.length
        ? html`<p class="fallback">${msg('Some texts of this example are not translated yet and are shown in English.')}</p>`
        : nothing}`;
    const figures = study.outcomes.length
      ? html`<div>
          <p class="t" id="${this.ids}-o">${msg('Outcomes')}</p>
          <ul class="figures" aria-labelledby="${this.ids}-o">
            ${(short ? study.outcomes.slice(0, 1) : study.outcomes).map((outcome, index) => {
              const cited = [...new Set(citedSources(study, outcome.sources).map((source) => source.publisher))];
              return html`<li class="figure" part="figure">
                <span class="value">${formatOutcomeValue(outcome, lang)}</span>
                <span class="definition" lang=${english(`outcomes.${index}.definition`)}>${outcome.definition}</span>
                <span class="meta">${msg(str`Year: ${outcome.year}`)}${cited.length
                  ? html` · ${msg('Source:')} ${cited.join('; ')}`
                  : nothing}</span>
              </li>`;
            })}
          </ul>
        </div>`
      : html`<p class="no-figure">${msg('The sources give no figure for the outcome.')}</p>`;
    const stats = !short && study.indicatorOutcomes?.length
      ? html`<div class="stats">
          <p class="t" id="${this.ids}-i">${msg('In the official statistics')}</p>
          <ul class="figures" aria-labelledby="${this.ids}-i">
            ${study.indicatorOutcomes.map((outcome) => {
              const value = formatOutcomeValue(outcome, lang);
              // A sentence with its definition below it: too long for the figures' two columns.
              return html`<li part="statistic">
                <p>${msg(str`${outcome.label}, ${outcome.period}: ${outcome.municipality} ${value}`)}${outcome.national === undefined ? '' : `, ${country} ${formatOutcomeValue({ ...outcome, value: outcome.national }, lang)}`}</p>
                <p class="meta">${outcome.definition} ${msg('Source:')} ${outcome.sources[0]?.publisher}</p>
              </li>`;
            })}
          </ul>
        </div>`
      : nothing;
    const sources = !short && study.sources.length
      ? html`<section class="sources" part="sources" aria-labelledby="${this.ids}-s ${this.ids}-h">
          <p class="t" id="${this.ids}-s">${msg('Sources')}</p>
          <ol>
            ${study.sources.map((source) => {
              const href = sourceHref(source);
              const title = href
                ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${source.title}</a>`
                : source.title;
              return html`<li>${title}, ${source.publisher}${source.year ? html`, ${source.year}` : nothing}</li>`;
            })}
          </ol>
        </section>`
      : nothing;
    return this.renderArticle({
      heading: this.heading || study.name,
      place,
      locator: this.renderLocator(study, country),
      body,
      methods: study.methods,
      figures: html`${figures}${stats}`,
      sources,
      more: this.collapsible
        ? html`<button type="button" class="tag more" part="more" aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="${this.ids}-a" @click=${() => (this.expanded = !this.expanded)}>${this.expanded ? msg('Show less') : msg('Read more')}</button>`
        : nothing,
    });
  }

  private renderLocator(study: LocalizedCaseStudy, country: string): unknown {
    const locator = study.locator;
    if (!locator) return nothing;
    return html`<svg part="locator" viewBox=${locator.viewBox} role="img"
      aria-label=${msg(str`Location of ${study.name} in ${country}`)}>
      ${svg`<path d=${locator.country}></path>${locator.municipality
        ? svg`<path class="municipality" d=${locator.municipality}></path>`
        : nothing}`}
    </svg>`;
  }

  private renderPartner(): TemplateResult {
    const code = (this.country ?? '').trim().toUpperCase(); // null once the attribute is removed
    const country = (CARD_COUNTRIES as readonly string[]).includes(code) ? countryName(code, this.locale) : '';
    const { known } = parseTokens(this.methods, CASE_METHODS);
    return this.renderArticle({
      heading: this.heading || this.municipality,
      place: [this.heading && this.municipality ? this.municipality : '', country].filter(Boolean).join(' · '),
      body: html`<div class="summary"><slot></slot></div>`,
      methods: known,
    });
  }
}
