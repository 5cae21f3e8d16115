/**
 * Classification of the map's values into colour classes (pure, tested apart from the DOM):
 * quantile (default), equal interval and Jenks natural breaks, 3 to 9 classes, and the
 * colour-blind-safe sequential schemes the `scheme` attribute accepts.
 */

export const METHODS = ['quantile', 'equal', 'jenks'] as const;
export type ClassMethod = (typeof METHODS)[number];

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

/**
 * Sequential schemes, light (low) to dark (high), nine steps each. ColorBrewer (Cynthia Brewer,
 * Apache 2.0) sequential ramps and viridis (reversed so high values are dark) are readable with
 * the common colour-vision deficiencies. These are colour values, not figures.
 */
export const SCHEMES = {
  ylgnbu: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
  bupu: ['#f7fcfd', '#e0ecf4', '#bfd3e6', '#9ebcda', '#8c96c6', '#8c6bb1', '#88419d', '#810f7c', '#4d004b'],
  blues: ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
  orrd: ['#fff7ec', '#fee8c8', '#fdd49e', '#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#b30000', '#7f0000'],
  viridis: ['#fde725', '#addc30', '#5ec962', '#28ae80', '#21918c', '#2c728e', '#3b528b', '#472d7b', '#440154'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The same schemes for a dark page, dim (low) to bright (high): each light ramp's own colours in
 * reverse, resampled in OKLab at luminances spaced evenly in contrast, from 3:1 against the dark
 * surface (#161b22) to the ramp's brightest step. So the highest values glow instead of sinking
 * into the page. Every class is at least 3:1 against the dark surface and neighbours at least
 * 1.18:1 apart (checked in test/elements/nordic-migration-map/contrast.test.ts).
 */
export const DARK_SCHEMES = {
  ylgnbu: ['#2168ad', '#207ab6', '#1e8cbd', '#2b9fc2', '#3db2c4', '#6ac4bf', '#96d5b9', '#c3e7b5', '#f1fab9'],
  bupu: ['#8a4da3', '#8c63ad', '#8d78b8', '#8d8fc2', '#92a4cd', '#9cb9d8', '#b4cce2', '#cfdfed', '#ecf5f9'],
  blues: ['#1b69af', '#2979b9', '#3a8ac2', '#4e9acb', '#67abd5', '#86bddc', '#a7cee4', '#cde0f1', '#edf4fc'],
  orrd: ['#c82113', '#d93624', '#e55038', '#f06949', '#f98354', '#fd9d68', '#fdba84', '#fdd8a5', '#fff2df'],
  viridis: ['#306d8e', '#297d8e', '#228e8c', '#24a086', '#33b27c', '#54c36a', '#88d350', '#bede2e', '#fde725'],
} as const satisfies Record<keyof typeof SCHEMES, readonly string[]>;

/** Which page the colours are for: `light` (dark classes high) or `dark` (bright classes high). */
export type MapTheme = 'light' | 'dark';

export type SchemeName = keyof typeof SCHEMES;
export const SCHEME_NAMES = Object.keys(SCHEMES) as SchemeName[];
export const DEFAULT_SCHEME: SchemeName = 'ylgnbu';

export function isScheme(name: string): name is SchemeName {
  return Object.prototype.hasOwnProperty.call(SCHEMES, name);
}

/**
 * `count` colours from a scheme. Fewer than nine classes skip the palest step, which is too
 * close to the page background to read as a class.
 */
export function schemeColors(name: SchemeName, count: number, theme: MapTheme = 'light'): string[] {
  const ramp = theme === 'dark' ? DARK_SCHEMES[name] : SCHEMES[name];
  const n = Math.max(1, Math.min(MAX_CLASSES, Math.round(count)));
  if (n === 1) return [ramp[4]!];
  const first = n >= MAX_CLASSES ? 0 : 1;
  const last = ramp.length - 1;
  return Array.from({ length: n }, (_, i) => ramp[Math.round(first + ((last - first) * i) / (n - 1))]!);
}

/** Quantile of sorted values (linear interpolation between order statistics, as d3 and R-7). */
function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (b - a) * (h - lo);
}

/** Fisher-Jenks natural breaks (the optimal variance partition), returning the inner break values. */
function jenksBreaks(sorted: ArrayLike<number>, classes: number): number[] {
  const n = sorted.length;
  // lower[i][j]: index (1-based) where class j starting for the first i values; variance[i][j]: its cost.
  const lower: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(classes + 1).fill(0));
  const variance: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(classes + 1).fill(Infinity));
  for (let j = 1; j <= classes; j++) {
    lower[1]![j] = 1;
    variance[1]![j] = 0;
  }
  for (let l = 2; l <= n; l++) {
    let sum = 0;
    let sumSquares = 0;
    let w = 0;
    let v = 0;
    for (let m = 1; m <= l; m++) {
      const i3 = l - m + 1;
      const value = sorted[i3 - 1]!;
      w++;
      sum += value;
      sumSquares += value * value;
      v = sumSquares - (sum * sum) / w;
      const i4 = i3 - 1;
      if (i4 !== 0) {
        for (let j = 2; j <= classes; j++) {
          const candidate = v + variance[i4]![j - 1]!;
          if (variance[l]![j]! >= candidate) {
            lower[l]![j] = i3;
            variance[l]![j] = candidate;
          }
        }
      }
    }
    lower[l]![1] = 1;
    variance[l]![1] = v;
  }
  const breaks: number[] = [];
  let k = n;
  for (let j = classes; j >= 2; j--) {
    const start = lower[k]![j]! - 1; // 0-based index of the first value of class j
    breaks.unshift(sorted[start]!);
    k = start;
  }
  return breaks;
}

/** The most values natural breaks are computed from exactly (see {@link classBreaks}). */
export const JENKS_SAMPLE = 1000;

/**
 * Class boundaries `[min, b1, …, max]` for the finite values: at most `classes` classes, fewer
 * when the values do not support that many distinct classes (ties, few values).
 */
export function classBreaks(values: readonly (number | null | undefined)[], classes: number, method: ClassMethod): number[] {
  // A typed array sorts numbers natively, without calling a comparator for each pair (all
  // years of a map: some 30,000 values).
  const sorted = Float64Array.from(values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))).sort();
  if (!sorted.length) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [min, max];
  const k = Math.max(1, method === 'equal' ? Math.round(classes) : Math.min(Math.round(classes), sorted.length));
  let inner: number[];
  if (method === 'equal') {
    inner = Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
  } else if (method === 'jenks') {
    // Fisher-Jenks costs n² × k: above JENKS_SAMPLE values (all years of a map) it runs on evenly
    // spaced order statistics, which keep the shape of the distribution.
    const n = sorted.length;
    const sample = n > JENKS_SAMPLE ? Array.from({ length: JENKS_SAMPLE }, (_, i) => sorted[Math.round((i * (n - 1)) / (JENKS_SAMPLE - 1))]!) : sorted;
    inner = jenksBreaks(sample, k);
  } else {
    inner = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k));
  }
  const breaks = [min];
  for (const b of inner) if (b > breaks[breaks.length - 1]! && b < max) breaks.push(b);
  breaks.push(max);
  return breaks;
}

/** The class (0-based) of a value: class i holds values in [b_i, b_{i+1}), the last one includes max. `-1` when missing. */
export function classIndex(value: number | null | undefined, breaks: readonly number[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || breaks.length < 2) return -1;
  const classes = breaks.length - 1;
  for (let i = classes - 1; i >= 1; i--) if (value >= breaks[i]!) return i;
  return 0;
}

/**
 * Classes for a ratio to the country's own figure (unit `ratio`, 1.00 = as the country): fixed
 * bounds symmetric around 1 on a log scale (half, four fifths, five fourths, double), so a class
 * means the same on every map, coloured on a diverging ramp (ColorBrewer BrBG, colour-blind safe)
 * whose middle is "about as the country". Classes the values do not reach are left out with their
 * colours, so a colour keeps its meaning.
 */
export const RATIO_BOUNDS = [0.5, 0.8, 1.25, 2] as const;
export const RATIO_COLORS = ['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571'] as const;
/**
 * The ratio classes on a dark page: the same BrBG hues, with the lightness order reversed (the
 * middle, "about as the country", a neutral grey above the no-figure grey; the far classes
 * brightest), every class at least 3:1 against the dark surface.
 */
export const RATIO_COLORS_DARK = ['#e3c98b', '#cd9b50', '#8f8f8f', '#5db2a8', '#9ad7ce'] as const;

/** The ratio classes' colours for a theme. */
export function ratioColors(theme: MapTheme = 'light'): readonly string[] {
  return theme === 'dark' ? RATIO_COLORS_DARK : RATIO_COLORS;
}

export function ratioClasses(values: readonly (number | null | undefined)[], theme: MapTheme = 'light'): { breaks: number[]; colors: string[] } {
  const RATIO_COLORS = ratioColors(theme);
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) { if (v < min) min = v; if (v > max) max = v; }
  if (min > max) return { breaks: [], colors: [] };
  const breaks = [min];
  const colors: string[] = [];
  RATIO_BOUNDS.forEach((bound, i) => {
    if (bound <= min) return;
    if (bound >= max) return;
    colors.push(RATIO_COLORS[i]!);
    breaks.push(bound);
  });
  breaks.push(max);
  // The class holding max: the first bound above max, or the top class.
  const top = RATIO_BOUNDS.findIndex((bound) => bound >= max);
  colors.push(RATIO_COLORS[top < 0 ? RATIO_BOUNDS.length : top]!);
  return { breaks: min === max ? [min, max] : breaks, colors: min === max ? [RATIO_COLORS[top < 0 ? RATIO_BOUNDS.length : top]!] : colors };
}

/** Parses `classes`: an integer 3-9, else `undefined`. */
export function parseClasses(raw: unknown): number | undefined {
  const n = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
  return Number.isInteger(n) && n >= MIN_CLASSES && n <= MAX_CLASSES ? n : undefined;
}
