// The configurator (demo/configure.html) as an editor uses it, and its printed code pasted into a
// blank page: the done-criterion. Needs the build (dist/, dist/embed.json, the manifest).
// The pages are served byte for byte under /verbatim/ (test/web-test-runner.config.mjs), as a
// static server would: the integrity hash is checked against the file as built.
import { expect } from '@open-wc/testing';

interface Attribute {
  name: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
}

async function until<T>(read: () => T | undefined | null | false, what: string, timeout = 20_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A page in an iframe of desktop size, in view (widgets draw when near the viewport); resolves when it has loaded. */
async function open(init: { src?: string; srcdoc?: string }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;top:0;left:0;width:1280px;height:900px;border:0;background:white';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (init.src) frame.src = init.src;
  if (init.srcdoc) frame.srcdoc = init.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Opens an element's configurator page and waits until it has printed its code. */
async function configurator(tag: string, lang = 'en') {
  const frame = await open({ src: `/verbatim/demo/configure.html?element=${tag}&lang=${lang}` });
  const doc = frame.contentDocument!;
  await until(() => doc.getElementById('embed-code')?.textContent, `${tag}: the embed code`);
  const widget = doc.querySelector<HTMLElement>(`.stage ${tag}`)!;
  const control = <T extends HTMLElement>(name: string) => doc.getElementById(`attr-${name}`) as T;
  const code = () => doc.getElementById('embed-code')!.textContent!;
  const set = (name: string, value: string) => {
    const input = control<HTMLInputElement | HTMLSelectElement>(name);
    input.value = value;
    input.dispatchEvent(new (frame.contentWindow as Window & typeof globalThis).Event('change'));
  };
  return { frame, doc, widget, control, code, set };
}

const figureOf = (fact: Element) => fact.shadowRoot?.querySelector('[part~="figure"]')?.textContent?.trim();

describe('configurator (demo/configure.html)', function () {
  this.timeout(120_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('has a labelled control for every attribute in the manifest, the choices of its union type, on each element page', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations: Declaration[] = manifest.modules.flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? []).filter((d: Declaration) => d.tagName);
    expect(declarations.length).to.equal(6);
    for (const declaration of declarations) {
      const tag = declaration.tagName!;
      const page = await configurator(tag);
      frames.push(page.frame);
      expect(page.widget, `${tag} preview`).to.exist;
      for (const attribute of declaration.attributes ?? []) {
        const input = page.control<HTMLInputElement | HTMLSelectElement>(attribute.name);
        expect(input, `${tag} [${attribute.name}] control`).to.exist;
        expect(page.doc.querySelector(`label[for="attr-${attribute.name}"]`)?.textContent, `${tag} [${attribute.name}] label`).to.equal(attribute.name);
        const literals = [...(attribute.type?.text ?? '').matchAll(/'([^']*)'|\b(\d+)\b/g)].map((m) => m[1] ?? m[2]);
        if (attribute.type?.text === 'boolean') expect((input as HTMLInputElement).type, `${tag} [${attribute.name}]`).to.equal('checkbox');
        else if (literals.length && !/\bstring\b|\bnumber\b/.test(attribute.type!.text)) {
          expect([...(input as HTMLSelectElement).options].map((o) => o.value), `${tag} [${attribute.name}] choices`).to.deep.equal(['', ...literals]);
        }
      }
      page.frame.remove();
    }
  });

  it('a changed control changes the widget and the printed code; the code is copied with one click (clipboard, or selected as a fallback)', async () => {
    const page = await configurator('nordic-fact');
    frames.push(page.frame);
    const before = await until(() => figureOf(page.widget), 'the first figure');
    page.set('fact', 'refugees');
    page.set('country', 'SE');
    page.set('year', '2017');
    expect(page.widget.getAttribute('fact')).to.equal('refugees');
    expect(page.widget.getAttribute('country')).to.equal('SE');
    expect(page.code()).to.match(/\n\n<nordic-fact fact="refugees" country="SE" year="2017" lang="en"><\/nordic-fact>$/);
    await until(() => figureOf(page.widget) !== before && figureOf(page.widget), 'the figure to change');

    // A value with markup in it is printed escaped.
    page.set('src', 'x"><b>');
    expect(page.code()).to.include('src="x&quot;&gt;&lt;b&gt;"');
    expect(page.widget.getAttribute('src')).to.equal('x"><b>');
    page.set('src', '');
    expect(page.code().split('\n\n')[1]).not.to.include('src=');

    const win = page.frame.contentWindow as Window & typeof globalThis;
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    page.doc.getElementById('copy-code')!.click();
    await until(() => page.doc.getElementById('copy-status')!.textContent === 'Copied', '"Copied" announced');
    expect(copied).to.equal(page.code());
    expect(page.doc.getElementById('copy-status')!.getAttribute('role')).to.equal('status');

    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: undefined });
    page.doc.getElementById('copy-status')!.textContent = '';
    page.doc.getElementById('copy-code')!.click();
    await until(() => page.doc.getElementById('copy-status')!.textContent, 'the fallback announced');
    expect(win.getSelection()!.toString()).to.equal(page.code());
  });

  it('the language picker sets the widget\'s lang and the configurator\'s words', async () => {
    const page = await configurator('nordic-fact');
    frames.push(page.frame);
    const picker = page.doc.getElementById('lang-picker') as HTMLSelectElement;
    picker.value = 'fi';
    picker.dispatchEvent(new (page.frame.contentWindow as Window & typeof globalThis).Event('change'));
    expect(page.widget.getAttribute('lang')).to.equal('fi');
    expect(page.doc.documentElement.lang).to.equal('fi');
    expect(page.code()).to.include('lang="fi"');
    expect(page.doc.getElementById('copy-code')!.textContent).to.equal('Kopioi koodi');
    expect(page.control<HTMLSelectElement>('lang').value).to.equal('fi');
    expect(new URL(page.frame.contentWindow!.location.href).searchParams.get('lang')).to.equal('fi');
  });

  it('the printed code alone, pasted into a blank HTML page, shows the widget; a wrong integrity hash is refused', async () => {
    const page = await configurator('nordic-fact');
    frames.push(page.frame);
    const before = await until(() => figureOf(page.widget), 'the first figure');
    page.set('fact', 'asylum-applications');
    page.set('year', '2015');
    const source = page.doc.getElementById('script-source') as HTMLSelectElement;
    expect([...source.options].map((o) => o.value)).to.deep.equal(['cdn', 'local']);
    expect(page.code()).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/nordic-integration-widgets@\d+\.\d+\.\d+\/dist\/nordic-integration-widgets\.js" integrity="sha384-[A-Za-z0-9+/]{64}"/);
    // The CDN copy is not reachable from the test: the same file from this server, same hash.
    source.value = 'local';
    source.dispatchEvent(new (page.frame.contentWindow as Window & typeof globalThis).Event('change'));
    const code = page.code();
    expect(code).to.include(`src="${location.origin}/verbatim/dist/nordic-integration-widgets.js" integrity="sha384-`);
    // The configured figure, not the one drawn before the change (seen read too early under load).
    const expected = await until(() => figureOf(page.widget) !== before && figureOf(page.widget), 'the configured figure');

    const blank = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${body}</body></html>`;
    const pasted = await open({ srcdoc: blank(code) });
    frames.push(pasted);
    const fact = pasted.contentDocument!.querySelector('nordic-fact')!;
    expect(await until(() => figureOf(fact), 'the pasted widget')).to.equal(expected);
    expect(fact.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);

    const tampered = await open({ srcdoc: blank(code.replace(/integrity="sha384-(.)/, (_, c: string) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`)) });
    frames.push(tampered);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(tampered.contentWindow!.customElements.get('nordic-fact'), 'a script with another hash does not run').to.equal(undefined);
  });
});
