// The places a partner puts a widget: inside another component's shadow root, inside an iframe,
// on a page whose global stylesheet is hostile, in print, with reduced motion and in forced
// colours (Windows high contrast). In each the widgets draw, stay readable and usable.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { BASE_ATTRIBUTES, create, deepElements, outcomes, overflowing, watchUncaught } from './hostile.js';

const TAGS = ['case-study-card', 'case-study-list', 'nordic-fact', 'nordic-lessons', 'nordic-migration-map', 'nordic-trend-chart'];

/** Media type and features as the browser would report them (see emulate-media.mjs); no argument ends it. */
const emulate = (media: { media?: string; features?: Record<string, string> } = {}): Promise<unknown> => executeServerCommand('hardening-emulate-media', media);

/** The six widgets with their buttons shown (the map's and the chart's controls; the list's filters and the lessons' buttons are always there). */
const widgets = (extra: Record<string, string> = {}): HTMLElement[] => TAGS.map((tag) => create(tag, { ...(/map|chart/.test(tag) ? { controls: '' } : {}), ...extra }));

/** What shows that a widget drew its content: the map's and the chart's drawing, text for the rest. */
function drawn(widget: HTMLElement): string | undefined {
  const root = widget.shadowRoot!;
  const box = widget.getBoundingClientRect();
  if (box.height < 40 || box.width < 100) return `${widget.localName}: ${Math.round(box.width)}×${Math.round(box.height)} px`;
  if (widget.getAttribute('view') === 'table') {
    if ((root.querySelector('table')?.getBoundingClientRect().height ?? 0) < 50) return `${widget.localName}: no table`;
  } else if (/map|chart/.test(widget.localName)) {
    const drawing = root.querySelector('.canvas svg, .canvas canvas, .plot svg');
    const size = drawing?.getBoundingClientRect();
    if (!size || size.height < 50 || getComputedStyle(drawing!).display === 'none') return `${widget.localName}: no drawing (${size?.height ?? 'none'})`;
    if (drawing!.localName === 'svg' && drawing!.querySelectorAll('path').length < 3) return `${widget.localName}: the drawing has no shapes`;
  } else if ((root.textContent ?? '').trim().length < 20) return `${widget.localName}: no text`;
  return undefined;
}

/** An `rgb()`/`rgba()`/`color(srgb …)` computed colour as 0–255 channels and alpha. */
function channels(color: string): [number, number, number, number] | undefined {
  const rgb = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?\)$/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(color);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  return undefined;
}

function luminance([r, g, b]: number[]): number {
  const linear = (c: number): number => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

const contrast = (a: number[], b: number[]): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Shown elements of the widget's shadow tree that carry their own text. */
function textElements(widget: Element): Element[] {
  return deepElements(widget.shadowRoot!).filter(
    (element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) && element.getBoundingClientRect().width > 0 && getComputedStyle(element).visibility !== 'hidden',
  );
}

/** Shadow-tree buttons of the widgets (the toolbars, filters, lessons, Retry). */
const buttons = (widget: Element): HTMLElement[] => deepElements(widget.shadowRoot!).filter((element): element is HTMLElement => element.localName === 'button');

describe('hardening: hosts', () => {
  let container: HTMLDivElement;
  const uncaught = watchUncaught();
  beforeEach(() => {
    container = document.createElement('div');
    container.style.cssText = 'width: 420px';
    document.body.append(container);
  });
  afterEach(async () => {
    container.remove();
    await emulate();
  });
  after(() => {
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('inside another component\'s shadow root: rendered in the language of its host, drawn, usable', async () => {
    const shell = document.createElement('div');
    shell.lang = 'sv';
    const root = shell.attachShadow({ mode: 'open' });
    const inner = widgets();
    root.append(...inner);
    container.append(shell);
    expect(await outcomes(inner)).to.deep.equal(TAGS.map(() => 'ready'));
    expect(inner.map(drawn).filter(Boolean)).to.deep.equal([]);
    // The language comes from the host outside the shadow root.
    const fact = inner[TAGS.indexOf('nordic-fact')]!;
    const lessons = inner[TAGS.indexOf('nordic-lessons')]!;
    expect(lessons.shadowRoot!.textContent).to.match(/Källa|stannar/);
    // A click on a shadow-tree button works from inside two shadow roots.
    const chart = inner[TAGS.indexOf('nordic-trend-chart')]!;
    const tableButton = [...chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /Tabell/.test(b.textContent ?? ''))!;
    tableButton.click();
    await (chart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(chart.shadowRoot!.querySelector('table'), 'the chart switched to its table').to.exist;
    expect(fact.shadowRoot!.querySelector('.figure')?.textContent).to.match(/\d/);
  });

  it('inside an iframe: the library loaded there defines and draws every widget in that document', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 480px; height: 600px; border: 0';
    const attributes = (tag: string): string => Object.entries({ loading: 'eager', ...BASE_ATTRIBUTES[tag] }).map(([k, v]) => `${k}="${v}"`).join(' ');
    frame.srcdoc = `<!doctype html><html lang="da"><body>${TAGS.map((tag) => `<${tag} ${attributes(tag)}></${tag}>`).join('')}<script type="module" src="/src/index.ts"></script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    container.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const inner = TAGS.map((tag) => doc.querySelector(tag) as HTMLElement);
    const seen = inner.map(() => '');
    inner.forEach((element, i) => {
      element.addEventListener('nordic-ready', () => (seen[i] ||= 'ready'));
      element.addEventListener('nordic-error', () => (seen[i] ||= 'error'));
    });
    const end = performance.now() + 20_000;
    while (seen.some((s) => !s) && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).to.deep.equal(TAGS.map(() => 'ready'));
    expect(frame.contentWindow!.customElements.get('nordic-fact'), 'defined in the frame').to.exist;
    expect(inner.every((element) => element.shadowRoot && element instanceof (frame.contentWindow as unknown as typeof window).HTMLElement)).to.equal(true);
    expect(inner.map(drawn).filter(Boolean)).to.deep.equal([]);
    expect(inner[TAGS.indexOf('nordic-lessons')]!.shadowRoot!.textContent, 'in the frame\'s language').to.match(/Kilde/);
  });

  it('a hostile global stylesheet (*, svg, path, table, button, canvas with !important) does not reach inside', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `
      * { margin: 0 !important; padding: 0 !important; border: 0 !important; box-sizing: content-box !important; max-width: none !important; letter-spacing: 0.3em !important; text-transform: uppercase !important; }
      svg { display: none !important; width: 4px !important; height: 4px !important; }
      path { fill: rgb(255, 0, 255) !important; stroke: rgb(255, 0, 255) !important; }
      table { display: none !important; width: 5000px !important; }
      button { font-size: 40px !important; background: rgb(255, 0, 255) !important; display: none !important; }
      canvas { display: none !important; }
      div, span, p, li, a { color: rgb(255, 0, 255) !important; background: rgb(255, 0, 255) !important; }
    `;
    document.head.append(hostile);
    try {
      const light = widgets();
      const table = create('nordic-trend-chart', { view: 'table' });
      const canvas = create('nordic-migration-map', { renderer: 'canvas' });
      const all = [...light, table, canvas];
      container.append(...all);
      expect(await outcomes(all)).to.deep.equal(all.map(() => 'ready'));
      expect(all.map(drawn).filter(Boolean)).to.deep.equal([]);
      const problems: string[] = [];
      for (const widget of all) {
        for (const element of deepElements(widget.shadowRoot!)) {
          const style = getComputedStyle(element);
          const where = `${widget.localName} <${element.localName} class="${element.getAttribute('class') ?? ''}">`;
          if (style.fill === 'rgb(255, 0, 255)' || style.stroke === 'rgb(255, 0, 255)' || style.backgroundColor === 'rgb(255, 0, 255)' || style.color === 'rgb(255, 0, 255)') problems.push(`${where}: hostile colour`);
          if (element.localName === 'button' && (style.fontSize === '40px' || style.display === 'none')) problems.push(`${where}: hostile button rule`);
          if (/^(svg|canvas|table)$/.test(element.localName) && element.closest('.canvas, .plot, .table, .scroller, figure, article, .fact, .locator') && style.display === 'none') problems.push(`${where}: hidden`);
        }
      }
      expect(problems.slice(0, 20), `${problems.length} problems`).to.deep.equal([]);
      expect(all.flatMap((widget) => overflowing(widget, container, 2))).to.deep.equal([]);
    } finally {
      hostile.remove();
    }
  });

  it('in print: drawn, no buttons, dark text on white (light and dark themes)', async () => {
    const all = [...widgets(), ...widgets({ theme: 'dark' })];
    container.append(...all);
    expect(await outcomes(all)).to.deep.equal(all.map(() => 'ready'));
    await emulate({ media: 'print' });
    expect(matchMedia('print').matches, 'print emulated').to.equal(true);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(all.map(drawn).filter(Boolean)).to.deep.equal([]);
    const problems: string[] = [];
    for (const widget of all) {
      const label = `${widget.localName}${widget.getAttribute('theme') ? ' dark' : ''}`;
      for (const button of buttons(widget)) if (button.getBoundingClientRect().width) problems.push(`${label}: a button is printed (${button.textContent!.trim().slice(0, 30)})`);
      const host = getComputedStyle(widget);
      if (host.color !== 'rgb(0, 0, 0)' || host.backgroundColor !== 'rgb(255, 255, 255)') problems.push(`${label}: ${host.color} on ${host.backgroundColor}`);
      for (const element of textElements(widget)) {
        const color = channels(getComputedStyle(element).color);
        if (color && contrast(color, [255, 255, 255]) < 4.5) problems.push(`${label} <${element.localName} class="${element.getAttribute('class') ?? ''}">: ${getComputedStyle(element).color} on white`);
      }
    }
    expect(problems.slice(0, 30), `${problems.length} problems`).to.deep.equal([]);
  });

  it('printed for real: a dark map and chart take the light palette before the page is laid out for paper, and turn dark again after', async () => {
    /** The colours a drawing was painted with, in drawing order (Vega writes them as attributes). */
    const colours = (widget: Element): string[] =>
      [...widget.shadowRoot!.querySelectorAll('.canvas svg path, .canvas svg text, .plot svg path, .plot svg text')].map((node) => `${node.getAttribute('fill')}/${node.getAttribute('stroke')}`);
    const swatches = (widget: Element): string[] => [...widget.shadowRoot!.querySelectorAll('.swatch')].map((swatch) => getComputedStyle(swatch).backgroundColor);
    const pair = (extra: Record<string, string>) => [create('nordic-migration-map', { countries: 'DK', ...extra }), create('nordic-trend-chart', extra)] as const;
    const [lightMap, lightChart] = pair({ theme: 'light' });
    const [darkMap, darkChart] = pair({ theme: 'dark' });
    const [autoMap] = pair({});
    let printed: Record<string, string[]> | undefined;
    // Registered before the widgets' own listeners, so it sees the page as it was laid out for paper.
    const atPrint = () => (printed = { map: colours(darkMap), chart: colours(darkChart), swatches: swatches(darkMap), auto: colours(autoMap) });
    addEventListener('afterprint', atPrint);
    try {
      const all = [lightMap, lightChart, darkMap, darkChart, autoMap];
      container.append(...all);
      expect(await outcomes(all)).to.deep.equal(all.map(() => 'ready'));
      const onScreen = { map: colours(darkMap), chart: colours(darkChart), swatches: swatches(darkMap) };
      expect(onScreen.map, 'the dark map is drawn in other colours than the light one').to.not.deep.equal(colours(lightMap));
      expect(onScreen.chart, 'the dark chart too').to.not.deep.equal(colours(lightChart));
      expect(onScreen.swatches).to.not.deep.equal(swatches(lightMap));
      expect(colours(lightMap).length).to.be.greaterThan(90);

      await executeServerCommand('hardening-print');
      expect(printed, 'afterprint fired').to.not.equal(undefined);
      expect(printed!.map, 'the printed map').to.deep.equal(colours(lightMap));
      expect(printed!.chart, 'the printed chart').to.deep.equal(colours(lightChart));
      expect(printed!.swatches, 'the printed legend').to.deep.equal(swatches(lightMap));
      expect(printed!.auto, 'a widget that follows the system prints light as well').to.deep.equal(colours(lightMap));

      // Back on screen, in the dark palette again.
      await new Promise((resolve) => setTimeout(resolve));
      expect(colours(darkMap)).to.deep.equal(onScreen.map);
      expect(colours(darkChart)).to.deep.equal(onScreen.chart);
      expect(swatches(darkMap)).to.deep.equal(onScreen.swatches);
    } finally {
      removeEventListener('afterprint', atPrint);
    }
  });

  it('with prefers-reduced-motion: nothing in a shadow tree animates, even when the page asks through ::part, and playback waits for Play', async () => {
    await emulate({ features: { 'prefers-reduced-motion': 'reduce' } });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const motion = document.createElement('style');
    // A page that animates what the widgets expose as parts.
    const parts = ['base', 'figure', 'text', 'note', 'heading', 'lesson', 'button', 'source', 'controls', 'chart'];
    motion.textContent = `@keyframes hardening-spin { to { transform: rotate(1turn); } }
      ${parts.map((part) => `::part(${part})`).join(', ')} { transition: all 3s !important; animation: hardening-spin 3s infinite !important; }`;
    document.head.append(motion);
    try {
      const all = widgets();
      container.append(...all);
      expect(await outcomes(all)).to.deep.equal(all.map(() => 'ready'));
      const map = all[TAGS.indexOf('nordic-migration-map')]!;
      const yearBefore = map.shadowRoot!.querySelector('.year-value')?.textContent;
      const moving: string[] = [];
      for (const widget of all) {
        for (const element of deepElements(widget.shadowRoot!)) {
          const style = getComputedStyle(element);
          const seconds = (list: string): number => Math.max(...list.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
          if (seconds(style.transitionDuration) > 0 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0)) moving.push(`${widget.localName} <${element.localName} part="${element.getAttribute('part')}">: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`);
        }
      }
      expect(moving.slice(0, 10), `${moving.length} moving`).to.deep.equal([]);
      expect(map.getAnimations?.({ subtree: true }).length ?? 0).to.equal(0);
      // Nothing steps on its own: the year stays past a playback step (1.2 s) until someone presses Play.
      await new Promise((resolve) => setTimeout(resolve, 1300));
      expect(map.shadowRoot!.querySelector('.year-value')?.textContent).to.equal(yearBefore);
    } finally {
      motion.remove();
    }
  });

  it('in forced colours: the map\'s areas and legend keep their class colours, framed in system colours', async () => {
    await emulate({ features: { 'forced-colors': 'active' } });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const map = create('nordic-migration-map', { countries: 'IS NO' });
    const chart = create('nordic-trend-chart');
    container.append(map, chart);
    expect(await outcomes([map, chart])).to.deep.equal(['ready', 'ready']);
    const swatches = [...map.shadowRoot!.querySelectorAll('.legend .swatch.class')];
    expect(swatches.length, 'legend classes').to.be.greaterThan(2);
    const swatchColours = new Set(swatches.map((swatch) => getComputedStyle(swatch).backgroundColor));
    expect(swatchColours.size, `legend swatches ${[...swatchColours].join(' ')}`).to.equal(swatches.length);
    const fills = new Set([...map.shadowRoot!.querySelectorAll('.canvas svg path')].map((path) => getComputedStyle(path).fill).filter((fill) => fill !== 'none'));
    expect(fills.size, `area fills ${[...fills].join(' ')}`).to.be.at.least(swatches.length);
    for (const colour of swatchColours) expect(fills.has(colour), `legend colour ${colour} on the map`).to.equal(true);
    // The swatches are framed in the system's text colour, so each is seen on any background.
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    container.append(probe);
    const canvasText = getComputedStyle(probe).color;
    for (const swatch of swatches) expect(getComputedStyle(swatch).borderTopColor, 'swatch border').to.equal(canvasText);
    // The chart's country colours on the legend and the lines stay apart as well.
    const chartSwatches = [...chart.shadowRoot!.querySelectorAll('.legend .swatch')].map((swatch) => getComputedStyle(swatch).borderTopColor);
    expect(new Set(chartSwatches).size, `chart legend ${chartSwatches.join(' ')}`).to.equal(chartSwatches.length);
    const lines = new Set([...chart.shadowRoot!.querySelectorAll('.plot .mark-line path')].map((path) => getComputedStyle(path).stroke));
    expect(lines.size, `chart lines ${[...lines].join(' ')}`).to.equal(chartSwatches.length);
  });
});
