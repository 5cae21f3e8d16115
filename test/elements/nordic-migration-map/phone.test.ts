import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/nordic-migration-map/index.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import { drawn, pathOf } from './map-helpers.js';
import { DEFAULT_SCHEME, classBreaks, schemeColors } from '../../../src/elements/nordic-migration-map/classify.js';

performance.setResourceTimingBufferSize(10_000);



/** Area fills of the drawn municipalities with a figure. */
function areaFills(map: NordicMigrationMap): Set<string> {
  const fills = new Set<string>();
  for (const path of map.shadowRoot!.querySelectorAll<SVGPathElement>('.canvas svg path')) {
    const item = (path as unknown as { __data__?: { mark?: { name?: string }; datum?: { id?: string; value?: number | null } } }).__data__;
    if (item?.mark?.name === 'areas_marks' && typeof item.datum?.value === 'number') fills.add(path.getAttribute('fill')!.toLowerCase());
  }
  return fills;
}

const visible = (el: Element) => el.getClientRects().length > 0;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('<nordic-migration-map> on a phone and in dark mode', () => {
  it('at 390 px: year and Play in one row, the rest behind "More" (a disclosure, keyboard too), 44 px targets', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 390px"><nordic-migration-map controls indicator="foreign-born-share"></nordic-migration-map></div>`);
    const map = wrap.querySelector<NordicMigrationMap>('nordic-migration-map')!;
    await drawn(map);
    const root = map.shadowRoot!;
    const controls = root.querySelector<HTMLElement>('.controls')!;
    const frame = root.querySelector<HTMLElement>('.frame')!;
    // Every shown control, as laid out: its rows (distinct tops), all above the map.
    const shown = () => [...controls.querySelectorAll<HTMLElement>('button, input, label')].filter(visible);
    const rows = () => new Set(shown().map((el) => Math.round(el.getBoundingClientRect().top / 8))).size;
    expect(shown().length).to.be.greaterThan(2);
    expect(rows(), 'rows of controls').to.be.at.most(2);
    for (const el of shown()) expect(el.getBoundingClientRect().bottom, el.className).to.be.at.most(frame.getBoundingClientRect().top);
    const more = root.querySelector<HTMLButtonElement>('.more')!;
    const play = root.querySelector<HTMLButtonElement>('.play')!;
    expect(visible(play) && visible(more)).to.equal(true);
    expect(play.getBoundingClientRect().top).to.be.closeTo(root.querySelector('#year')!.getBoundingClientRect().top, 20);
    for (const el of [more, play]) {
      const box = el.getBoundingClientRect();
      expect(box.width, `${el.className} width`).to.be.at.least(44);
      expect(box.height, `${el.className} height`).to.be.at.least(44);
    }
    // Hidden until "More".
    for (const selector of ['.show-table', '#search', '.download-csv', '.latest']) expect(visible(root.querySelector(selector)!), selector).to.equal(false);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await map.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.getAttribute('aria-controls')).to.equal('more-controls');
    for (const selector of ['.show-table', '#search', '.download-csv', '.latest']) expect(visible(root.querySelector(selector)!), selector).to.equal(true);
    for (const el of shown().filter((e) => e.tagName === 'BUTTON')) expect(el.getBoundingClientRect().height, el.className).to.be.at.least(44);
    // Escape in the panel closes it and puts focus back on the button.
    root.querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(root.querySelector('#search')!)).to.equal(false);
    expect(root.activeElement).to.equal(more);
    // The keyboard opens it too.
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
  });

  it('at 390 px in Swedish, nothing in the year row overlaps ("Senaste", "Spela upp" on one line each)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 342px"><nordic-migration-map controls lang="sv"></nordic-migration-map></div>`);
    const map = wrap.querySelector<NordicMigrationMap>('nordic-migration-map')!;
    await drawn(map);
    const row = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.year-group > *, .toolbar > .more')].filter(visible);
    expect(row.length).to.be.at.least(4);
    const boxes = row.map((el) => el.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `${row[i]!.className || row[i]!.localName} overlaps ${row[j]!.className || row[j]!.localName}`).to.equal(false);
      }
    }
    for (const el of row.filter((e) => e.localName === 'button' || e.classList.contains('year-value'))) {
      expect(el.scrollWidth, `${el.textContent} fits`).to.be.at.most(el.clientWidth + 1);
    }
    expect(map.shadowRoot!.querySelector('.play')!.getBoundingClientRect().height, 'Play on one line').to.be.at.most(48);
  });

  it('on a wide page every control shows, without "More"', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 1100px" controls indicator="foreign-born-share"></nordic-migration-map>`);
    await drawn(map);
    const root = map.shadowRoot!;
    expect(visible(root.querySelector('.more')!)).to.equal(false);
    for (const selector of ['.play', '.show-table', '#search', '.download-csv', '.latest']) expect(visible(root.querySelector(selector)!), selector).to.equal(true);
  });

  it('a tap keeps the tooltip after the finger leaves, until the next tap; a mouse leaving hides it', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 600px" indicator="foreign-born-share" year="2022"></nordic-migration-map>`);
    await drawn(map);
    const tooltip = map.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    const path = pathOf(map, 'SE-0127');
    const box = path.getBoundingClientRect();
    const at = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    const touch = { ...at, pointerType: 'touch', isPrimary: true, pointerId: 2 };
    // A tap as a phone sends it: pointer events, the pointer leaving at once, then the compatibility mouse events.
    path.dispatchEvent(new PointerEvent('pointerover', touch));
    path.dispatchEvent(new PointerEvent('pointerdown', touch));
    path.dispatchEvent(new PointerEvent('pointerup', touch));
    path.dispatchEvent(new PointerEvent('pointerout', touch));
    path.dispatchEvent(new PointerEvent('pointerleave', touch));
    path.dispatchEvent(new MouseEvent('mousemove', at));
    path.dispatchEvent(new MouseEvent('click', at));
    await waitUntil(() => !tooltip.hidden, 'no tooltip after a tap');
    expect(tooltip.innerText).to.contain('Botkyrka');
    path.dispatchEvent(new PointerEvent('pointerout', touch));
    path.dispatchEvent(new MouseEvent('mouseout', at));
    await new Promise((r) => setTimeout(r, 50));
    expect(tooltip.hidden, 'tooltip hidden after the finger left').to.equal(false);
    // The next tap, anywhere, hides it.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { ...touch, clientX: 1, clientY: 1 }));
    path.dispatchEvent(new MouseEvent('mouseout', at));
    expect(tooltip.hidden, 'tooltip after the next tap').to.equal(true);
    // A mouse: hover shows, leaving hides, as before.
    const mouse = { ...at, pointerType: 'mouse', pointerId: 1 };
    path.dispatchEvent(new PointerEvent('pointerover', mouse));
    path.dispatchEvent(new MouseEvent('mousemove', at));
    await waitUntil(() => !tooltip.hidden, 'no tooltip on hover');
    path.dispatchEvent(new PointerEvent('pointerout', mouse));
    path.dispatchEvent(new MouseEvent('mouseout', at));
    expect(tooltip.hidden, 'tooltip after the mouse left').to.equal(true);
  });

  it('theme="dark" fills and legend swatches use the dark ramp (high classes bright), light the light one', async () => {
    for (const theme of ['dark', 'light'] as const) {
      const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 600px" theme=${theme} indicator="foreign-born-share" year="2022"></nordic-migration-map>`);
      await drawn(map);
      const count = ((map as unknown as { model: { breaks: number[] } }).model.breaks.length - 1);
      expect(count).to.equal(classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 'quantile').length - 1);
      const expected = schemeColors(DEFAULT_SCHEME, count, theme);
      const fills = areaFills(map);
      expect([...fills].every((fill) => expected.includes(fill)), `${theme}: ${[...fills].join(' ')}`).to.equal(true);
      expect(fills.has(expected[expected.length - 1]!), `${theme}: the highest class drawn`).to.equal(true);
      if (theme === 'dark') expect([...fills].filter((fill) => schemeColors(DEFAULT_SCHEME, count, 'light').includes(fill)), 'light colours in dark').to.deep.equal([]);
      const swatches = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.legend .swatch.class')].map((s) => getComputedStyle(s).backgroundColor);
      expect(swatches, theme).to.deep.equal(expected.map(rgb));
    }
  });

  it('switching theme on a drawn map recolours the areas and the legend', async () => {
    const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map style="width: 600px" theme="light" indicator="foreign-born-share" year="2022"></nordic-migration-map>`);
    await drawn(map);
    map.setAttribute('theme', 'dark');
    const dark = schemeColors(DEFAULT_SCHEME, 5, 'dark');
    await waitUntil(() => [...areaFills(map)].every((fill) => dark.includes(fill)), 'not recoloured', { timeout: 10000 });
    expect(getComputedStyle(map.shadowRoot!.querySelector('.legend .swatch.class')!).backgroundColor).to.equal(rgb(dark[0]!));
  });
});
