import { css } from 'lit';

/**
 * Styles every widget shares: design tokens (overridable custom properties), light and dark
 * themes, focus rings, reduced motion and print. What only some widgets use lives
 * beside the code that uses it (source-line.ts, data-table.ts), so a card downloads none of it.
 * Colours were checked for WCAG AA contrast (4.5:1 for text) on both surfaces.
 */
export const baseStyles = css`
  :host {
    --_text: var(--nordic-text, #1d2329);
    --_surface: var(--nordic-surface, #ffffff);
    --_muted: var(--nordic-muted, #4f5b66);
    --_border: var(--nordic-border, #c9d1d9);
    --_accent: var(--nordic-accent, #0b5cad);
    --_error: var(--nordic-error, #a4161a);
    --_error-surface: var(--nordic-error-surface, #fdecea);
    --_radius: var(--nordic-radius, 6px);
    display: block;
    box-sizing: border-box;
    /* The host page's typeface unless --nordic-font names one: an unset variable makes the declaration
       invalid at computed-value time, and font-family then inherits as if it were not set. */
    font-family: var(--nordic-font);
    font-size: var(--nordic-font-size, 1rem);
    font-variant-numeric: tabular-nums;
    line-height: 1.45;
    color: var(--_text);
    background: var(--_surface);
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  /* Dark on screens only: paper is white, so print keeps the light palette (a drawing takes
     the light colours when printing starts, while the page is still a screen: the state). */
  @media screen {
    :host([theme='dark']:not(:where(:state(print)))) {
      --_text: var(--nordic-text, #e8edf2);
      --_surface: var(--nordic-surface, #161b22);
      --_muted: var(--nordic-muted, #a9b4bf);
      --_border: var(--nordic-border, #3d4650);
      --_accent: var(--nordic-accent, #79b8ff);
      --_error: var(--nordic-error, #ffb4ab);
      --_error-surface: var(--nordic-error-surface, #3b1214);
      color-scheme: dark;
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'], :where(:state(print)))) {
      --_text: var(--nordic-text, #e8edf2);
      --_surface: var(--nordic-surface, #161b22);
      --_muted: var(--nordic-muted, #a9b4bf);
      --_border: var(--nordic-border, #3d4650);
      --_accent: var(--nordic-accent, #79b8ff);
      --_error: var(--nordic-error, #ffb4ab);
      --_error-surface: var(--nordic-error-surface, #3b1214);
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button {
      display: none !important;
    }
  }
`;
