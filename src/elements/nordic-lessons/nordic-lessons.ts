import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CaseStudiesElement } from '../../core/case-studies-element.js';
import { safeHref } from '../../core/safe-href.js';
import { baseStyles } from '../../core/styles.js';
import { CASE_METHODS } from '../case-study-card/methods.js';
// Everything the card needs, this element needs too: the bundler then keeps the card's modules in
// the card's own chunk (a card page stays one chunk and within its 15 KB), as for the list.
import '../case-study-card/index.js';
import { CONCLUSION_IDS, CONCLUSION_TEXTS, LESSONS_SOURCE, conclusionMethods, conclusionName, examplesFor, type ConclusionId } from './lessons.js';

/** What the element needs of a `<case-study-list>`; found through the DOM only (no import). */
interface LinkedList extends HTMLElement {
  method?: string;
  query?: string;
}

let uid = 0;

/**
 * The theme's three conclusions (why newcomers stay in small Nordic municipalities), in our
 * own words, with the Nordic Welfare Centre page they come from. Each links to the learning
 * examples whose methods put it into practice, with their number.
 *
 * @tagname nordic-lessons
 * @summary The three conclusions, each linked to its learning examples.
 *
 * @csspart heading - The element's heading.
 * @csspart lesson - Each conclusion.
 * @csspart button - Each conclusion's button that shows its examples.
 * @csspart source - The citation of the theme page.
 *
 * @event nordic-select - When a reader chooses a conclusion's examples (click or Enter); `detail` is `{conclusion, methods}`. Cancel it to keep a linked list unfiltered.
 * @event nordic-ready - After the first complete render.
 * @event nordic-error - For a failing data file.
 */
export class NordicLessons extends CaseStudiesElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      section {
        display: grid;
        gap: 0.6rem;
        padding: 1rem 1.1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .heading {
        margin: 0;
        font-size: 1.2rem;
        font-weight: 700;
      }
      .source {
        margin: 0.5rem 0 0;
        font-size: 0.8rem;
        color: var(--_muted);
      }
      ol {
        display: grid;
        gap: 0.8rem;
        margin: 0;
        padding-inline-start: 1.4rem;
      }
      .name {
        margin: 0 0 0.2rem;
        font-size: 1rem;
        font-weight: 700;
      }
      p {
        margin: 0 0 0.35rem;
      }
      li::marker {
        font-weight: 700;
        color: var(--_accent);
      }
      button {
        font: inherit;
        font-size: 0.9rem;
        padding: 0.2rem 0.7rem;
        border: 1px solid var(--_accent);
        border-radius: 1rem;
        background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
        color: inherit;
        cursor: pointer;
      }
      button[aria-pressed='true'] {
        background: var(--_accent);
        color: var(--_surface);
      }
      .source {
        font-size: 0.85rem;
        color: var(--_muted);
      }
    `,
  ];

  /** Id of a `<case-study-list>` on the page: choosing a conclusion filters it to the conclusion's methods. */
  @property({ reflect: true, attribute: 'for' }) htmlFor = '';

  /** The heading; a localized default when empty. */
  @property({ reflect: true }) heading = '';

  /**
   * Level of the heading in the page outline (2–5); each conclusion's name is one level below.
   * @type {2 | 3 | 4 | 5}
   */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The chosen conclusion (1–3), 0 for none.
   * @type {0 | 1 | 2 | 3}
   */
  @property({ type: Number, reflect: true }) selected = 0;

  private readonly ids = `n${++uid}`;

  /** How many learning examples put each conclusion into practice (after loading). */
  get counts(): Record<ConclusionId, number> | undefined {
    const cases = this.file?.cases;
    if (!cases) return undefined;
    return { 1: examplesFor(1, cases).length, 2: examplesFor(2, cases).length, 3: examplesFor(3, cases).length };
  }

  /** The linked list, if `for` names an element on the page. */
  private linkedList(): LinkedList | null {
    if (!this.htmlFor) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor)) as LinkedList | null;
  }

  /** Chooses a conclusion: emits `nordic-select` and, unless cancelled, filters the linked list to its methods. */
  choose(id: ConclusionId): void {
    const methods = conclusionMethods(id, CASE_METHODS);
    this.selected = id;
    if (!this.emit('nordic-select', { conclusion: id, methods })) return;
    const list = this.linkedList();
    if (list && 'method' in list) {
      list.query = '';
      list.method = methods.join(' ');
    }
  }

  private level(offset: number): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2) + offset);
  }

  protected override renderContent(): unknown {
    const counts = this.counts;
    const texts = CONCLUSION_TEXTS[this.locale] ?? CONCLUSION_TEXTS.en;
    const href = safeHref(LESSONS_SOURCE.url);
    return html`<section aria-labelledby="${this.ids}-h">
      <div class="heading" part="heading" role="heading" aria-level=${this.level(0)} id="${this.ids}-h">${this.heading || msg('Why newcomers stay: three conclusions')}</div>
      <ol>
        ${CONCLUSION_IDS.map((id) => {
          const count = counts?.[id];
          return html`<li part="lesson" data-conclusion=${id}>
            <div class="name" role="heading" aria-level=${this.level(1)} id="${this.ids}-${id}">${conclusionName(id)}</div>
            <p class="text">${texts[id]}</p>
            ${count === undefined
              ? nothing
              : html`<button type="button" part="button" data-count=${count} aria-pressed=${this.selected === id ? 'true' : 'false'}
                  aria-describedby="${this.ids}-${id}" @click=${() => this.choose(id)}>${count === 1
                    ? msg('Show 1 learning example')
                    : msg(str`Show ${count} learning examples`)}</button>`}
          </li>`;
        })}
      </ol>
      <p class="source" part="source">${msg('Source:')} ${href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer" lang="en">${LESSONS_SOURCE.title}</a>`
        : LESSONS_SOURCE.title}, ${LESSONS_SOURCE.publisher}, ${LESSONS_SOURCE.year}.
        ${msg('The conclusions are stated here in our own words.')}</p>
    </section>`;
  }
}
