import { css } from 'lit';

/**
 * Country colours: distinct in hue and lightness, each at least 5:1 against the light and the
 * dark surface (WCAG 1.4.11 asks 3:1 for graphics). Overridable per country.
 */
export const trendStyles = css`
  :host {
    --_c-DK: var(--nordic-color-dk, #c2185b);
    --_c-FI: var(--nordic-color-fi, #1f5fbf);
    --_c-IS: var(--nordic-color-is, #6a3d9a);
    --_c-NO: var(--nordic-color-no, #00796b);
    --_c-SE: var(--nordic-color-se, #8c6a00);
    --_c-NORDIC: var(--nordic-color-nordic, var(--_text));
    display: block;
  }
  :host([theme='dark']:not(:where(:state(print)))) {
    --_c-DK: var(--nordic-color-dk, #ff8fb1);
    --_c-FI: var(--nordic-color-fi, #7cb8ff);
    --_c-IS: var(--nordic-color-is, #d2a8ff);
    --_c-NO: var(--nordic-color-no, #4fd1c1);
    --_c-SE: var(--nordic-color-se, #e8c05a);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], :where(:state(print)))) {
      --_c-DK: var(--nordic-color-dk, #ff8fb1);
      --_c-FI: var(--nordic-color-fi, #7cb8ff);
      --_c-IS: var(--nordic-color-is, #d2a8ff);
      --_c-NO: var(--nordic-color-no, #4fd1c1);
      --_c-SE: var(--nordic-color-se, #e8c05a);
    }
  }
  .base {
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    margin: 0;
    font-size: 1.05rem;
    font-weight: 600;
  }
  .definition {
    margin: 0.15rem 0 0.5rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    align-items: center;
    margin: 0.25rem 0 0.6rem;
  }
  .group {
    display: inline-flex;
    gap: 0.3rem;
    flex-wrap: wrap;
  }
  .toolbar button {
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.2rem 0.65rem;
    font-size: 0.85rem;
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    font-weight: 600;
  }
  .toolbar button:hover {
    border-color: var(--_accent);
  }
  .series-picker {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    font-size: 0.85rem;
  }
  .toolbar select {
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: inherit;
    border-radius: var(--_radius);
    padding: 0.2rem 0.4rem;
    font: inherit;
  }
  .reference {
    margin: -0.35rem 0 0.5rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1.1rem;
    margin: 0 0 0.4rem;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    display: inline-block;
    width: 1.4rem;
    height: 0;
    border-top: 3px solid currentColor;
  }
  .swatch.nordic {
    border-top: 4px dashed currentColor;
  }
  .swatch.bar {
    width: 0.8rem;
    height: 0.8rem;
    border: none;
    background: currentColor;
  }
  /* Forced colours: the country colours of the legend, the tooltip and the lines and bars stay
     (axes and text take the system colours). */
  @media (forced-colors: active) {
    .swatch,
    .dot,
    .plot .mark-line,
    .plot .mark-rect {
      forced-color-adjust: none;
    }
  }
  .chart {
    position: relative;
  }
  .plot {
    position: relative;
    min-height: 18rem;
    border-radius: var(--_radius);
  }
  .plot:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .tooltip {
    position: absolute;
    top: 0.25rem;
    z-index: 1;
    min-width: 10rem;
    max-width: 16rem;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
    font-size: 0.85rem;
    pointer-events: none;
  }
  .tooltip-year {
    margin: 0 0 0.2rem;
    font-weight: 700;
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0.1rem 0.8rem;
    margin: 0;
  }
  .tooltip dt {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .tooltip dt .dot {
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: currentColor;
  }
  .tooltip dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .hint,
  .note {
    margin: 0.3rem 0 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .placeholder {
    min-height: 18rem;
  }
`;
