// A minimal element on the shared core, so the core is tested apart from any real widget.
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NordicElement } from '../../src/core/base-element.js';
import { loadData } from '../../src/core/data-loader.js';
import { dataErrorFacts } from '../../src/core/errors.js';
import type { Schema } from '../../src/core/json-schema.js';
import type { SourceRef } from '../../src/core/data-types.js';
import { renderSourceLine, sourceLineStyles } from '../../src/core/source-line.js';
import { baseStyles } from '../../src/core/styles.js';

export const probeSchema: Schema = {
  type: 'object',
  required: ['format', 'value', 'sources'],
  properties: { format: { const: 'probe/1' }, value: { type: 'number' }, sources: { type: 'array' } },
};

interface ProbeFile {
  value: number;
  sources: SourceRef[];
}

export class ProbeElement extends NordicElement {
  static override styles = [baseStyles, sourceLineStyles];
  @property({ reflect: true }) src = '';
  @state() data: ProbeFile | undefined;
  renders = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.clearProblems();
    try {
      this.data = await loadData<ProbeFile>(new URL(this.src, document.baseURI).href, () => Promise.resolve({ default: probeSchema }));
      await this.updateComplete;
      this.markReady();
    } catch (error) {
      this.report(dataErrorFacts(error, 'src'), () => void this.load());
    }
  }

  protected override renderContent(): unknown {
    this.renders++;
    return this.data ? html`<output>${this.data.value}</output>${renderSourceLine(this.data.sources, '2024')}` : html``;
  }
}
ProbeElement.define('nordic-probe');
