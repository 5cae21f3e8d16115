import { css } from 'lit';

export const factStyles = css`
  :host {
    display: block;
  }
  .fact {
    height: 100%;
    margin: 0;
    padding: 1rem 1.1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .lead {
    margin: 0;
  }
  .figure {
    display: block;
    margin: 0;
    font-size: var(--nordic-fact-size, 2.6rem);
    line-height: 1.1;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--nordic-fact-color, var(--_accent));
    overflow-wrap: anywhere;
  }
  .text {
    display: block;
    margin: 0.35rem 0 0;
  }
  .note {
    margin: 0.4rem 0 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .placeholder {
    min-height: 6rem;
  }
`;
