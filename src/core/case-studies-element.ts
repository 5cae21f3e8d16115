import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NordicElement } from './base-element.js';
import type { LocalizedCaseStudiesFile } from './data-types.js';
import { loadCaseStudies } from './datasets/case-studies.js';
import { dataErrorFacts } from './errors.js';

/**
 * The base of the elements that read the whole learning-examples file (`<case-study-list>`,
 * `<nordic-lessons>`): the `src` attribute, one load in the widget's language once it comes near
 * the viewport, a new load when the language or `src` changes, and a failing file reported with
 * Retry. Like series-element.ts, kept out of the base class, which card pages load too.
 */
export abstract class CaseStudiesElement extends NordicElement {
  /** Address of a localized case-studies file to use instead of the built-in one. */
  @property({ reflect: true }) src = '';

  /** The loaded file (the previous one while another loads). */
  @state() protected file: LocalizedCaseStudiesFile | undefined;

  private loadKey = '';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = `${this.locale}|${this.src}`;
    if (key !== this.loadKey) {
      this.loadKey = key;
      void this.loadCases(key);
    }
  }

  /** Called when a file has arrived (after {@link file} is set and earlier problems are cleared). */
  protected casesLoaded(): void {}

  private async loadCases(key: string): Promise<void> {
    await this.nearViewport();
    if (key !== this.loadKey) return;
    try {
      const file = await loadCaseStudies(this.locale, this.src || undefined);
      if (key !== this.loadKey) return;
      this.file = file;
      this.clearProblems();
      this.casesLoaded();
    } catch (error) {
      if (key !== this.loadKey) return;
      this.report(dataErrorFacts(error, 'src'), () => {
        this.clearProblems();
        this.loadKey = '';
        this.requestUpdate();
      });
    }
    await this.updateComplete;
    this.markReady();
  }
}
