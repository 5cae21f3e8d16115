import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { NordicElement } from '../../src/core/base-element.js';
import { diagnostics } from '../../src/core/diagnostics.js';
import type { ProbeElement } from './probe-element.js';
import './probe-element.js';
import { shadowText } from '../helpers.js';

const probeUrl = new URL('../fixtures/probe.json', import.meta.url).href;

const text = (element: Element) => shadowText(element);

async function ready(element: ProbeElement): Promise<void> {
  await waitUntil(() => element.data !== undefined && element.shadowRoot?.querySelector('output'), 'probe did not render');
  await element.updateComplete;
}

describe('NordicElement', () => {
  let warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
    document.documentElement.setAttribute('lang', 'en');
  });

  it('warns once and never throws when a tag is defined twice', () => {
    class First extends NordicElement {
      protected override renderContent(): unknown {
        return 'first';
      }
    }
    class Second extends NordicElement {
      protected override renderContent(): unknown {
        return 'second';
      }
    }
    First.define('nordic-twice');
    expect(() => Second.define('nordic-twice')).not.to.throw();
    expect(() => Second.define('nordic-twice')).not.to.throw();
    expect(customElements.get('nordic-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<nordic-twice> is already defined');
  });

  it('emits typed, bubbling, composed events', async () => {
    const element = await fixture<ProbeElement>(html`<nordic-probe src=${probeUrl}></nordic-probe>`);
    const seen = oneEvent(document, 'nordic-select');
    element.emit('nordic-select', { id: 'SE-2309' });
    const event = await seen;
    expect(event.detail.id).to.equal('SE-2309');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fetches a data URL once for three widgets', async () => {
    const url = `${probeUrl}?shared=${Math.random()}`;
    const before = diagnostics.dataFetches;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <nordic-probe src=${url}></nordic-probe><nordic-probe src=${url}></nordic-probe><nordic-probe src=${url}></nordic-probe>
    </div>`);
    const probes = [...wrapper.querySelectorAll<ProbeElement>('nordic-probe')];
    await Promise.all(probes.map(ready));
    expect(diagnostics.dataFetches - before).to.equal(1);
    expect(probes.map((p) => p.shadowRoot!.querySelector('output')!.textContent)).to.deep.equal(['42', '42', '42']);
  });

  it('resolves the language from <html lang> and re-renders when it changes', async () => {
    document.documentElement.setAttribute('lang', 'sv');
    const element = await fixture<ProbeElement>(html`<nordic-probe src=${probeUrl}></nordic-probe>`);
    await ready(element);
    await waitUntil(() => text(element).includes('Källa:'), `expected Swedish, got: ${text(element)}`);
    document.documentElement.setAttribute('lang', 'fi');
    await waitUntil(() => text(element).includes('Lähde:'), `expected Finnish, got: ${text(element)}`);
    element.setAttribute('lang', 'nn');
    await waitUntil(() => text(element).includes('Kilde:'), `expected Norwegian, got: ${text(element)}`);
  });

  it('shows a visible, localized message and emits nordic-error for a failing URL', async () => {
    const missing = new URL('../fixtures/does-not-exist.json', import.meta.url).href;
    const wrapper = document.createElement('div');
    wrapper.lang = 'sv';
    const element = document.createElement('nordic-probe') as ProbeElement;
    element.src = missing;
    const error = oneEvent(element, 'nordic-error');
    wrapper.append(element);
    document.body.append(wrapper);
    try {
      const event = await error;
      expect(event.detail.code).to.equal('data-fetch');
      expect(event.detail.value).to.equal(missing);
      expect(event.detail.message).to.contain('404');
      await element.updateComplete;
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'an alert is shown').to.exist;
      expect(alert!.textContent).to.contain(missing);
      expect(alert!.textContent).to.contain('Kunde inte');
      expect(alert!.querySelector('button')).to.exist;
    } finally {
      wrapper.remove();
    }
  });

  it('keeps the page working when a widget fails', async () => {
    const sibling = await fixture<HTMLButtonElement>(html`<button>ok</button>`);
    const element = document.createElement('nordic-probe') as ProbeElement;
    element.src = 'data:application/json,{"format":"probe/1"}';
    const error = oneEvent(element, 'nordic-error');
    document.body.append(element);
    const event = await error;
    expect(event.detail.code).to.equal('data-schema');
    expect(event.detail.message).to.contain('value');
    expect(sibling.isConnected && sibling instanceof HTMLButtonElement).to.equal(true);
    element.remove();
    expect(LitElement).to.exist;
  });
});
