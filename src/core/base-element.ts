import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LangCode } from './data-types.js';
import type { ErrorFacts } from './errors.js';
import type { NordicEventMap } from './events.js';
import { resolveLang } from './lang.js';
import { isLocaleLoaded, loadLocale, withLocale } from './localization.js';
import { pauseNearViewport, resumeNearViewport, whenNearViewport, type Loading } from './lazy.js';

type ErrorMessages = typeof import('./error-messages.js');
/** The error sentences, loaded the first time any widget on the page reports a problem. */
let errorMessages: ErrorMessages | undefined;
let loadingErrorMessages: Promise<ErrorMessages> | undefined;
function loadErrorMessages(): Promise<ErrorMessages> {
  loadingErrorMessages ??= import('./error-messages.js').then((module) => (errorMessages = module));
  return loadingErrorMessages;
}

const warned = new Set<string>();
const connected = new Set<NordicElement>();
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-resolves every widget's language. */
function watchLang(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => connected.forEach((element) => element.refreshLocale()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

type Problem = import('./error-messages.js').Problem;

/**
 * The base of every widget: guarded registration, typed events, language resolution, the
 * visible error message, the ready event and lazy first render.
 *
 * @cssprop --nordic-font - Font family of the widget (default: the page's, inherited from the host element).
 * @cssprop --nordic-text - Text colour.
 * @cssprop --nordic-surface - Background colour.
 * @cssprop --nordic-accent - Accent colour (links, focus ring, highlights).
 * @cssprop --nordic-muted - Secondary text colour.
 * @cssprop --nordic-border - Border colour.
 * @cssprop --nordic-radius - Corner radius.
 * @event nordic-ready - After the first complete render; `detail.lang` is the language used.
 * @event nordic-error - When input or data is refused; `detail` is `{code, message, attribute?, value?, accepted?}`.
 */
export abstract class NordicElement extends LitElement {
  /**
   * Registers the element under `tag`. When the tag is taken (two copies or versions of the
   * library on one page) it warns once and leaves the first definition in place.
   */
  static define(this: CustomElementConstructor, tag: string): void {
    const existing = customElements.get(tag);
    if (existing) {
      if (existing !== this && !warned.has(tag)) {
        warned.add(tag);
        console.warn(`<${tag}> is already defined (script loaded twice?); the first one stays.`);
      }
      return;
    }
    customElements.define(tag, this);
  }

  /**
   * Language of the widget (`en`, `sv`, `nb`, `da`, `fi`, `is`; `no`/`nn` mean `nb`). Inherited from the page when absent.
   * @type {'en' | 'sv' | 'nb' | 'da' | 'fi' | 'is'}
   */
  @property({ reflect: true }) override lang = '';

  /** Colour theme: `auto` follows the reader's system setting; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * When the widget draws: `auto`, when it comes near the viewport or, after the page has loaded,
   * in the browser's idle time (so full-page screenshots show it); `lazy`, only near the viewport
   * (or when printed); `eager`, at once.
   */
  @property({ reflect: true }) loading: Loading = 'auto';

  /** The language this widget renders in, resolved from `lang`, ancestors, `<html lang>`, the browser. */
  @state() protected locale: LangCode = 'en';

  @state() private problems: Problem[] = [];
  /** Bumped by clearProblems, so a report still waiting for the messages is dropped. */
  private problemGeneration = 0;
  private readySent = false;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    this.reconnected?.();
    this.reconnected = undefined;
    watchLang();
    this.refreshLocale();
    resumeNearViewport(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    pauseNearViewport(this);
  }

  /** Re-resolves the language (called when any `lang` on the page changes). */
  refreshLocale(): void {
    const next = resolveLang(this);
    if (next !== this.locale) this.locale = next;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) this.refreshLocale();
    super.willUpdate(changed);
  }

  /**
   * Each update waits for the locale's messages, so a Swedish page never flashes English text.
   * Waiting here (not skipping the update) keeps every change made meanwhile in the update that
   * follows.
   */
  protected override async scheduleUpdate(): Promise<void> {
    while (!isLocaleLoaded(this.locale)) await loadLocale(this.locale);
    // Taken out of the page (a file arriving late): render when back, with every change kept.
    if (!this.isConnected) await new Promise<void>((resolve) => (this.reconnected = resolve));
    super.scheduleUpdate();
  }

  private reconnected: (() => void) | undefined;

  protected override render(): TemplateResult {
    return withLocale(this.locale, () => html`${this.renderProblems()}${this.renderContent()}`);
  }

  /** The widget's own content; runs with `msg()` answering in {@link locale}. */
  protected abstract renderContent(): unknown;

  /** Dispatches a typed, bubbling, composed `nordic-*` event from this element. */
  emit<K extends keyof NordicEventMap>(type: K, detail: NordicEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'nordic-select' }));
  }

  /**
   * Shows a localized message for a problem and emits `nordic-error`. `retry` adds a button.
   * Call {@link clearProblems} before trying again. The first report on a page waits for the
   * message module (one small request); later ones are immediate.
   */
  protected report(facts: ErrorFacts, retry?: () => void): void {
    const generation = this.problemGeneration;
    const show = (messages: ErrorMessages): void => {
      if (generation !== this.problemGeneration) return;
      this.problems = [...this.problems, retry ? { facts, retry } : { facts }];
      const message = withLocale(this.locale, () => messages.describeError(facts));
      this.emit('nordic-error', messages.toDetail(facts, message));
    };
    if (errorMessages) show(errorMessages);
    else this.pendingReport = loadErrorMessages().then(show);
  }

  /** A report waiting for the message module; `nordic-ready` waits for it so errors come first. */
  private pendingReport: Promise<void> | undefined;

  protected clearProblems(): void {
    this.problemGeneration++;
    if (this.problems.length) this.problems = [];
  }

  protected get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  private renderProblems(): unknown {
    const messages = errorMessages;
    if (!this.problems.length || !messages) return nothing;
    // The message box's styles arrive with the messages; a widget adopts them on first use.
    const sheet = messages.problemStyles.styleSheet;
    const root = this.shadowRoot;
    if (sheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return messages.renderProblems(this.problems);
  }

  /** Emits `nordic-ready` once, after the first complete render (call when drawing is done). */
  protected markReady(): void {
    if (this.readySent) return;
    if (this.pendingReport) {
      const pending = this.pendingReport;
      this.pendingReport = undefined;
      void pending.then(() => this.markReady());
      return;
    }
    this.readySent = true;
    this.emit('nordic-ready', { lang: this.locale });
  }

  /** Resolves when the widget should draw ({@link loading}), or at once before printing. */
  protected nearViewport(): Promise<void> {
    return whenNearViewport(this);
  }

  /** A warning for page authors, once per message (Spectrum's dev-mode warnings, in all modes: they are rare and useful). */
  protected warnOnce(message: string): void {
    const key = `${this.localName}: ${message}`;
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`<${this.localName}>: ${message}`);
  }
}
