import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CaseStudiesElement } from '../../core/case-studies-element.js';
import type { CaseMethod, LocalizedCaseStudy } from '../../core/data-types.js';
import { countryName } from '../../core/i18n-data.js';
import { baseStyles } from '../../core/styles.js';
import { CARD_COUNTRIES } from '../case-study-card/case-model.js';
import type { CaseStudyCard } from '../case-study-card/case-study-card.js';
import '../case-study-card/index.js';
import { CASE_METHODS, methodLabel, parseTokens } from '../case-study-card/methods.js';
import { filterCases, searchableText, toggleToken } from './filter.js';
import { CONCLUSION_IDS, METHOD_CONCLUSION, conclusionName } from '../nordic-lessons/conclusions.js';
import { listStyles } from './case-study-list.styles.js';

/** What the list needs of a `<nordic-migration-map>`; found through the DOM only (no import). */
interface LinkedMap extends HTMLElement {
  focusMunicipality?: (id: string) => unknown;
}

let uid = 0;

/**
 * All learning examples in a responsive grid, with filters by country and method (as attributes
 * and as chips), a text search, and an optional two-way link to a `<nordic-migration-map>`.
 *
 * @tagname case-study-list
 * @summary The learning examples, filterable, linked to a map.
 *
 * @csspart heading - The list heading (when `heading` is set).
 * @csspart controls - The search field and filter chips.
 * @csspart chip - Each filter chip.
 * @csspart cards - The grid of cards.
 * @csspart error - The message shown for bad input.
 *
 * @cssprop --nordic-accent - Accent colour (pressed chips, focus ring, cards).
 * @cssprop --nordic-surface - Background colour.
 * @cssprop --nordic-text - Text colour.
 * @cssprop --nordic-radius - Corner radius.
 * @cssprop --nordic-font - Font family (default: the page's).
 * @cssprop --nordic-card-min-width - Smallest card width in the grid (default 17rem).
 *
 * @event nordic-select - Bubbles from a card when a reader activates it; `detail` is `{caseId, municipalityIds}`.
 * @event nordic-ready - After the first complete render.
 * @event nordic-error - For unknown `country`, `method` or `layout` values, or a failing data file.
 */
export class CaseStudyList extends CaseStudiesElement {
  static override styles = [baseStyles, listStyles];

  /** Show only these countries: space-separated codes (`NO SE`). Empty shows all. */
  @property({ reflect: true }) country = '';

  /** Show only examples that use one of these methods: space-separated (`mentoring housing`). */
  @property({ reflect: true }) method = '';

  /** Text search over names, regions, summaries, methods and outcomes. */
  @property({ reflect: true }) query = '';

  /** `grid` (cards side by side) or `list` (one column of compact cards). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  /** Id of a `<nordic-migration-map>` on the page: selecting a case focuses its municipality there, and the map's case selections scroll to the case here. */
  @property({ reflect: true, attribute: 'for' }) htmlFor = '';

  /** A heading above the list; none when empty. */
  @property({ reflect: true }) heading = '';

  /**
   * Level of the list's heading in the page outline (2–5), or without `heading` the level of
   * the page heading the list sits under; the cards' headings are one level below.
   * @type {2 | 3 | 4 | 5}
   */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  /** Hides the search field and chips (attributes still filter). */
  @property({ type: Boolean, reflect: true, attribute: 'no-controls' }) noControls = false;

  /** The selected example's id. */
  @property({ reflect: true }) selected = '';

  private checkedKey = '';
  private searchCache = new WeakMap<LocalizedCaseStudy, string>();
  private searchCacheLang = '';
  /** True while we call the map, so its echo of our own selection does not move focus back. */
  private driving = false;
  private readonly ids = `l${++uid}`;

  /** Every example loaded (unfiltered). */
  get cases(): readonly LocalizedCaseStudy[] {
    return this.file?.cases ?? [];
  }

  /** The examples that pass the current filters and search. */
  get visibleCases(): LocalizedCaseStudy[] {
    const countries = parseTokens(this.country, CARD_COUNTRIES, (t) => t.toUpperCase()).known;
    const methods = parseTokens(this.method, CASE_METHODS).known;
    if (this.searchCacheLang !== this.locale) {
      this.searchCache = new WeakMap();
      this.searchCacheLang = this.locale;
    }
    return filterCases(this.cases, { countries, methods, query: this.query ?? '' }, (study) => {
      let text = this.searchCache.get(study);
      if (text === undefined) {
        text = searchableText(study, (code) => countryName(code, this.locale), methodLabel);
        this.searchCache.set(study, text);
      }
      return text;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('nordic-select', this.onDocumentSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('nordic-select', this.onDocumentSelect);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const checked = `${this.country}|${this.method}|${this.layout}`;
    if (checked !== this.checkedKey) {
      this.checkedKey = checked;
      queueMicrotask(() => this.checkAttributes());
    }
  }

  /** A new file: its values are checked against the attributes again. */
  protected override casesLoaded(): void {
    this.checkedKey = '';
    this.requestUpdate();
  }

  /** Unknown attribute values give a message; the known ones still filter. */
  private checkAttributes(): void {
    if (!this.file) return;
    this.clearProblems();
    for (const value of parseTokens(this.country, CARD_COUNTRIES, (t) => t.toUpperCase()).unknown) {
      this.report({ code: 'invalid-attribute', attribute: 'country', value, accepted: [...CARD_COUNTRIES] });
    }
    for (const value of parseTokens(this.method, CASE_METHODS).unknown) {
      this.report({ code: 'invalid-attribute', attribute: 'method', value, accepted: [...CASE_METHODS] });
    }
    if (this.layout !== 'grid' && this.layout !== 'list') {
      this.report({ code: 'invalid-attribute', attribute: 'layout', value: String(this.layout), accepted: ['grid', 'list'] });
    }
  }

  /** The linked map, if `for` names an element on the page. */
  private linkedMap(): LinkedMap | null {
    if (!this.htmlFor) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor)) as LinkedMap | null;
  }

  /** A card was activated: select it and focus its municipality on the linked map. */
  private onCardSelect(event: CustomEvent<{ caseId?: string; municipalityIds?: string[] }>): void {
    const caseId = event.detail.caseId;
    if (!caseId) return;
    this.selected = caseId;
    const map = this.linkedMap();
    const id = event.detail.municipalityIds?.[0];
    if (!map || !id || typeof map.focusMunicipality !== 'function') return;
    this.driving = true;
    try {
      map.focusMunicipality(id);
    } finally {
      this.driving = false;
    }
  }

  /** The linked map selected a municipality that belongs to a case: scroll to and focus that case. */
  private readonly onDocumentSelect = (event: Event): void => {
    if (this.driving) return;
    const map = this.linkedMap();
    if (!map || !event.composedPath().includes(map)) return;
    const caseId = (event as CustomEvent<{ caseId?: string }>).detail?.caseId;
    if (caseId) void this.showCase(caseId);
  };

  /**
   * Selects a case, clears filters that hide it, scrolls it into view and focuses it.
   * Resolves to false when the id is not one of the examples.
   */
  async showCase(caseId: string): Promise<boolean> {
    if (!this.cases.some((study) => study.id === caseId)) return false;
    this.selected = caseId;
    if (!this.visibleCases.some((study) => study.id === caseId)) {
      this.country = '';
      this.method = '';
      this.query = '';
    }
    await this.updateComplete;
    const card = this.cardFor(caseId);
    if (!card) return false;
    await card.updateComplete;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    card.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    card.focus({ preventScroll: true });
    return true;
  }

  /** The card element of a case, when it is shown. */
  cardFor(caseId: string): CaseStudyCard | null {
    return this.renderRoot.querySelector<CaseStudyCard>(`case-study-card[data-case="${CSS.escape(caseId)}"]`);
  }

  private toggleCountry(code: string): void {
    const current = parseTokens(this.country, CARD_COUNTRIES, (t) => t.toUpperCase()).known;
    this.country = toggleToken(current, code, CARD_COUNTRIES).join(' ');
  }

  private toggleMethod(method: CaseMethod): void {
    const current = parseTokens(this.method, CASE_METHODS).known;
    this.method = toggleToken(current, method, CASE_METHODS).join(' ');
  }

  private clearFilters(): void {
    this.country = '';
    this.method = '';
    this.query = '';
  }

  protected override renderContent(): unknown {
    if (!this.file) return nothing;
    const all = this.cases;
    const visible = this.visibleCases;
    const layout = this.layout === 'list' ? 'list' : 'grid';
    const theme = this.theme === 'auto' ? nothing : this.theme;
    const level = Math.min(5, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`
      ${this.heading ? html`<div class="heading" part="heading" role="heading" aria-level=${level}>${this.heading}</div>` : nothing}
      ${this.noControls ? nothing : this.renderControls()}
      <p class="count" role="status">${msg(str`Showing ${visible.length} of ${all.length} examples.`)}</p>
      ${visible.length
        ? html`<ul class="cards ${layout}" part="cards" @nordic-select=${this.onCardSelect}>
            ${visible.map(
              (study) => html`<li>
                <case-study-card data-case=${study.id} .study=${study} ?compact=${layout === 'list'} collapsible heading-level=${level + 1}
                  ?selected=${study.id === this.selected} theme=${theme}></case-study-card>
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">${msg('No example matches the filters.')}
            <button type="button" class="clear" @click=${this.clearFilters}>${msg('Clear filters')}</button></p>`}
    `;
  }

  private renderControls(): TemplateResult {
    const countries = CARD_COUNTRIES.filter((code) => this.cases.some((study) => study.country === code));
    const methods = CASE_METHODS.filter((method) => this.cases.some((study) => study.methods.includes(method)));
    const activeCountries = parseTokens(this.country, CARD_COUNTRIES, (t) => t.toUpperCase()).known;
    const activeMethods = parseTokens(this.method, CASE_METHODS).known;
    const filtering = activeCountries.length > 0 || activeMethods.length > 0 || (this.query ?? '').trim() !== '';
    return html`<div class="controls" part="controls">
      <div class="search">
        <label for="${this.ids}-q">${msg('Search the examples')}</label>
        <input id="${this.ids}-q" type="search" .value=${this.query} autocomplete="off"
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
        ${filtering ? html`<button type="button" class="clear" @click=${this.clearFilters}>${msg('Clear filters')}</button>` : nothing}
      </div>
      <fieldset>
        <legend>${msg('Country')}</legend>
        ${countries.map(
          (code) => html`<button type="button" class="chip" part="chip" aria-pressed=${activeCountries.includes(code) ? 'true' : 'false'}
            data-country=${code} @click=${() => this.toggleCountry(code)}>${countryName(code, this.locale)}</button>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${msg('Method')}</legend>
        ${CONCLUSION_IDS.map((id) => {
          const group = methods.filter((method) => METHOD_CONCLUSION[method] === id);
          return group.length
            ? html`<div class="group" role="group" aria-labelledby="${this.ids}-c${id}" data-conclusion=${id}>
                <span class="conclusion" id="${this.ids}-c${id}">${conclusionName(id)}</span>
                ${group.map(
                  (method) => html`<button type="button" class="chip" part="chip" aria-pressed=${activeMethods.includes(method) ? 'true' : 'false'}
                    data-method=${method} @click=${() => this.toggleMethod(method)}>${methodLabel(method)}</button>`,
                )}
              </div>`
            : nothing;
        })}
      </fieldset>
    </div>`;
  }
}
