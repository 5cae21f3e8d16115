import { expect } from '@open-wc/testing';
import { contrastRatio, oklabDistance, relativeLuminance } from '../../../src/core/contrast.js';
import { MAX_CLASSES, MIN_CLASSES, SCHEME_NAMES, ratioColors, schemeColors, type MapTheme } from '../../../src/elements/nordic-migration-map/classify.js';

/**
 * The map's colour classes against the page and each other, for every scheme, class count and
 * theme. Thresholds (WCAG 2 contrast ratio; OKLab distance, about 0.02 just noticeable):
 * - dark page (#161b22): every class ≥ 3:1 against the page (WCAG 1.4.11's minimum for graphics),
 *   neighbours ≥ 1.18:1 apart;
 * - light page (#ffffff): the ColorBrewer ramps as they were (low classes are pale by design),
 *   the highest class ≥ 3:1 against the page, neighbours ≥ 1.09:1;
 * - both: neighbours ≥ 0.045 apart in OKLab (a visible step in lightness, hue or chroma), the
 *   "no figure" grey ≥ 2.5:1 against the page and ≥ 0.07 in OKLab from every class.
 * The surfaces and greys are the defaults of src/core/styles.ts and nordic-migration-map.styles.ts.
 */
const PAGE: Record<MapTheme, string> = { light: '#ffffff', dark: '#161b22' };
const NO_FIGURE: Record<MapTheme, string> = { light: '#9e9e9e', dark: '#6b6b6b' };
const EVERY_CLASS: Record<MapTheme, number> = { light: 1, dark: 3 };
const NEIGHBOURS: Record<MapTheme, number> = { light: 1.09, dark: 1.18 };

function classSets(theme: MapTheme): [string, string[]][] {
  const sets: [string, string[]][] = [];
  for (const name of SCHEME_NAMES) for (let n = MIN_CLASSES; n <= MAX_CLASSES; n++) sets.push([`${name} ${n}`, schemeColors(name, n, theme)]);
  sets.push(['ratio', [...ratioColors(theme)]]);
  return sets;
}

describe('map colour contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      const page = PAGE[theme];
      it('every class stands out from the page, the highest at least 3:1', () => {
        for (const [label, colors] of classSets(theme)) {
          for (const color of colors) expect(contrastRatio(color, page), `${label} ${color} on ${page}`).to.be.at.least(EVERY_CLASS[theme]);
          // The highest class (both ends of the diverging ratio classes).
          const ends = label === 'ratio' ? [colors[0]!, colors[colors.length - 1]!] : [colors[colors.length - 1]!];
          for (const color of ends) expect(contrastRatio(color, page), `${label} highest ${color} on ${page}`).to.be.at.least(3);
        }
      });

      it('the lightness runs with the values: darker on a light page, brighter on a dark one', () => {
        for (const [label, colors] of classSets(theme).filter(([l]) => l !== 'ratio')) {
          const lum = colors.map(relativeLuminance);
          for (let i = 1; i < lum.length; i++) {
            if (theme === 'dark') expect(lum[i]!, `${label} class ${i}`).to.be.greaterThan(lum[i - 1]!);
            else expect(lum[i]!, `${label} class ${i}`).to.be.lessThan(lum[i - 1]!);
          }
        }
      });

      it('neighbouring classes differ visibly', () => {
        for (const [label, colors] of classSets(theme)) {
          for (let i = 1; i < colors.length; i++) {
            const [a, b] = [colors[i - 1]!, colors[i]!];
            expect(contrastRatio(a, b), `${label} ${a}/${b}`).to.be.at.least(NEIGHBOURS[theme]);
            expect(oklabDistance(a, b), `${label} ${a}/${b} OKLab`).to.be.at.least(0.045);
          }
        }
      });

      it('"no figure" is told apart from the page and from every class', () => {
        const grey = NO_FIGURE[theme];
        expect(contrastRatio(grey, page)).to.be.at.least(2.5);
        for (const [label, colors] of classSets(theme)) for (const color of colors) expect(oklabDistance(grey, color), `${label} ${color}`).to.be.at.least(0.07);
      });
    });
  }

  it('computes WCAG contrast as the specification does', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
  });
});
