import { css } from 'lit';

/** Map colours are custom properties so a partner can match their site; dark values keep AA contrast. */
export const mapStyles = css`
  :host {
    --_map-land: var(--nordic-map-land, #e6e9ec);
    --_map-border: var(--nordic-map-border, #6b7681);
    --_map-area-stroke: var(--nordic-map-area-stroke, #ffffff);
    --_map-no-data: var(--nordic-map-no-data, #9e9e9e);
    --_map-highlight: var(--nordic-map-highlight, #c2185b);
    --_map-focus: var(--nordic-map-focus, #1d2329);
    --_tooltip-surface: var(--nordic-tooltip-surface, #1d2329);
    --_tooltip-text: var(--nordic-tooltip-text, #ffffff);
    /* Which class colours the drawing and the legend use (classify.ts: SCHEMES or DARK_SCHEMES). */
    --_map-theme: light;
    max-width: 100%;
  }
  :host([theme='dark']:not(:where(:state(print)))) {
    --_map-land: var(--nordic-map-land, #2b323b);
    --_map-border: var(--nordic-map-border, #8b96a3);
    --_map-area-stroke: var(--nordic-map-area-stroke, #4b5560);
    --_map-no-data: var(--nordic-map-no-data, #6b6b6b);
    --_map-highlight: var(--nordic-map-highlight, #ff80ab);
    --_map-focus: var(--nordic-map-focus, #ffffff);
    --_tooltip-surface: var(--nordic-tooltip-surface, #f2f4f7);
    --_tooltip-text: var(--nordic-tooltip-text, #1d2329);
    --_map-theme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], :where(:state(print)))) {
      --_map-land: var(--nordic-map-land, #2b323b);
      --_map-border: var(--nordic-map-border, #8b96a3);
      --_map-area-stroke: var(--nordic-map-area-stroke, #4b5560);
      --_map-no-data: var(--nordic-map-no-data, #6b6b6b);
      --_map-highlight: var(--nordic-map-highlight, #ff80ab);
      --_map-focus: var(--nordic-map-focus, #ffffff);
      --_tooltip-surface: var(--nordic-tooltip-surface, #f2f4f7);
      --_tooltip-text: var(--nordic-tooltip-text, #1d2329);
      --_map-theme: dark;
      }
  }
  .heading {
    margin: 0 0 0.25rem;
    font-size: 1.15rem;
    line-height: 1.3;
  }
  .subtitle {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .controls {
    /* The toolbar follows the widget's own width (a phone, or a partner's narrow column). */
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0 0 0.6rem;
    font-size: 0.9rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    width: 100%;
  }
  .toolbar > .more {
    display: none;
  }
  .more-controls {
    display: contents;
  }
  .controls .group {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    max-width: 100%;
  }
  .controls button,
  .controls input[type='search'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.2rem 0.6rem;
    min-height: 2rem;
    cursor: pointer;
  }
  .controls input[type='search'] {
    cursor: text;
    color: inherit;
    font: inherit;
    min-width: min(12rem, 100%);
  }
  .controls button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }
  .controls input[type='range'] {
    accent-color: var(--_accent);
    width: 10rem;
    max-width: 100%;
  }
  /* Narrow: the year and Play in one row, the rest behind "More"; 44 px touch targets. */
  @container (max-width: 36rem) {
    .toolbar {
      gap: 0.5rem;
    }
    .controls .year-group {
      flex: 1 1 0;
      flex-wrap: nowrap;
      min-width: 0;
    }
    .controls .year-group input[type='range'] {
      flex: 1 1 auto;
      width: auto;
      min-width: 3rem;
    }
    /* Only the slider gives way: the year (or "Latest", "Senaste") and the buttons keep their text on one line. */
    .controls .year-group .year-value,
    .controls .year-group button {
      flex: none;
      white-space: nowrap;
    }
    .toolbar > .more {
      display: inline-block;
      margin-left: auto;
    }
    .more-controls {
      display: none;
    }
    .more-controls.open {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      flex-basis: 100%;
    }
    .controls button,
    .controls input[type='search'] {
      min-height: 44px;
      min-width: 44px;
    }
    .controls input[type='range'] {
      height: 44px;
    }
  }
  @media (pointer: coarse) {
    .controls button,
    .controls input[type='search'] {
      min-height: 44px;
      min-width: 44px;
    }
    .controls input[type='range'] {
      height: 44px;
    }
  }
  .year-value {
    font-variant-numeric: tabular-nums;
    min-width: 2.5rem;
    font-weight: 600;
  }
  .frame {
    position: relative;
    width: 100%;
    border-radius: var(--_radius);
    outline-offset: 2px;
  }
  .frame[hidden] {
    display: none;
  }
  .canvas {
    width: 100%;
    min-height: 8rem;
    line-height: 0;
  }
  /* Until the first drawing, the height a map of the five countries will take (drawing.ts layOut:
     width × their aspect ratio, at most 85 % of the window), so nothing below it moves when it draws.
     The ratio is checked against a drawn map by the layout-shift test. */
  .canvas.reserved {
    aspect-ratio: 1 / 0.73;
    max-height: max(320px, 85vh);
  }
  .canvas svg,
  .canvas canvas {
    display: block;
    max-width: 100%;
  }
  /* Each area's outline, for all the areas at once (drawing.ts AREA_STROKE_WIDTH; Vega sets none on the SVG). */
  .canvas .areas_marks > path {
    stroke: var(--_map-area-stroke);
    stroke-width: 0.3px;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .overlay {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
    will-change: transform;
    overflow: visible;
  }
  .focus-outline {
    fill: none;
    stroke: var(--_map-focus);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .tooltip {
    will-change: transform;
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: 16rem;
    padding: 0.35rem 0.55rem;
    border-radius: var(--_radius);
    background: var(--_tooltip-surface);
    color: var(--_tooltip-text);
    font-size: 0.85rem;
    line-height: 1.35;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    transform: translate(-50%, calc(-100% - 10px));
    white-space: normal;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
  }
  .legend {
    margin: 0.6rem 0 0;
    font-size: 0.85rem;
  }
  .legend-title {
    margin: 0 0 0.3rem;
    font-weight: 600;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    width: 1.1rem;
    height: 0.8rem;
    border: 1px solid var(--_border);
    border-radius: 2px;
    flex: none;
  }
  .swatch.class {
    background: var(--_swatch-light);
  }
  :host([theme='dark']:not(:where(:state(print)))) .swatch.class {
    background: var(--_swatch-dark);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], :where(:state(print)))) .swatch.class {
      background: var(--_swatch-dark);
    }
  }
  .swatch.no-data {
    background-color: var(--_map-no-data);
  }
  .swatch.outline {
    background: transparent;
    border: 2px solid var(--_map-highlight);
  }
  /* Forced colours (Windows high contrast) would paint every area and swatch in one system colour:
     the data colours stay, framed in the system's text colour. */
  @media (forced-colors: active) {
    .canvas,
    .swatch {
      forced-color-adjust: none;
    }
    .swatch:not(.outline) {
      border-color: CanvasText;
    }
  }
  .legend .note {
    margin: 0.3rem 0 0;
    color: var(--_muted);
  }
  .legend .about {
    margin: 0.3rem 0 0;
  }
  .legend .about summary {
    cursor: pointer;
    color: var(--_muted);
    width: fit-content;
  }
  .keys {
    margin: 0.3rem 0 0;
    color: var(--_muted);
    font-size: 0.8rem;
  }
`;
