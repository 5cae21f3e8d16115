import { css } from 'lit';

export const cardStyles = css`
  :host {
    --_tag-surface: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    --_land: color-mix(in srgb, var(--_muted) 28%, var(--_surface));
    display: block;
    border-radius: var(--_radius);
  }
  article {
    position: relative;
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    padding: 1rem 1.1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  :host([selected]) article {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  article:hover {
    border-color: var(--_accent);
  }
  article:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  header {
    display: flex;
    gap: 0.8rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .titles {
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.2rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .place {
    margin: 0.15rem 0 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .locator {
    flex: none;
    width: 4.5rem;
    height: 4.5rem;
  }
  .locator .land {
    fill: var(--_land);
    stroke: var(--_muted);
    stroke-width: 0.4;
    vector-effect: non-scaling-stroke;
  }
  .locator .municipality {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  p {
    margin: 0;
  }
  .summary {
    overflow-wrap: anywhere;
  }
  .fallback {
    font-size: 0.8rem;
    color: var(--_muted);
    font-style: italic;
  }
  .section-title {
    margin: 0.2rem 0 0.3rem;
    font-size: 0.8rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.1rem 0.55rem;
    border-radius: 999px;
    border: 1px solid color-mix(in srgb, var(--_accent) 45%, var(--_border));
    background: var(--_tag-surface);
    color: var(--_text);
    font-size: 0.8rem;
  }
  .figures {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .figure {
    display: grid;
    grid-template-columns: minmax(3.6rem, auto) 1fr;
    gap: 0.1rem 0.7rem;
    align-items: baseline;
  }
  .figure .value {
    font-size: 1.45rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
    line-height: 1.1;
  }
  .figure .definition {
    font-size: 0.9rem;
  }
  .figure .meta {
    grid-column: 2;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .sources {
    margin-top: auto;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .sources ol {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .sources li {
    overflow-wrap: anywhere;
  }
  .sources a {
    color: var(--_accent);
  }
  ::slotted(*) {
    margin: 0;
  }
  footer:empty {
    display: none;
  }
  /* compact: heading, place, tags and the first figure. */
  :host([compact]) article {
    padding: 0.7rem 0.85rem;
    gap: 0.4rem;
  }
  :host([compact]) .heading {
    font-size: 1.05rem;
  }
  :host([compact]) .locator {
    width: 3rem;
    height: 3rem;
  }
  :host([compact]) .summary,
  :host([compact]) .section-title,
  :host([compact]) .figure:not(:first-child) {
    display: none;
  }
  :host([compact]) .figure .value {
    font-size: 1.15rem;
  }
  @media print {
    article {
      break-inside: avoid;
      border-color: #888;
      box-shadow: none;
      cursor: auto;
    }
    .figure .value,
    .sources a {
      color: #000;
    }
    .sources a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
    .locator .municipality {
      fill: #000;
      stroke: #000;
    }
  }
`;
