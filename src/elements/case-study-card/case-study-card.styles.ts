import { css } from 'lit';

// Kept compact on purpose: a page with only cards has a 15 KB (gzip) budget for all its JavaScript.
export const cardStyles = css`
  article {
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
  article:hover,
  :host([selected]) article {
    border-color: var(--_accent);
  }
  :host([selected]) article {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  header {
    display: flex;
    gap: 0.8rem;
    justify-content: space-between;
  }
  header div {
    min-width: 0;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  /* Every list of the card but its sources is a plain list. */
  ul {
    padding: 0;
    list-style: none;
  }
  .heading {
    font-size: 1.2rem;
    font-weight: 700;
    line-height: 1.25;
  }
  .heading,
  li,
  .summary {
    overflow-wrap: anywhere;
  }
  .place,
  .fallback,
  .t,
  .meta,
  .conclusion,
  .sources {
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .place {
    font-size: 0.9rem;
  }
  .fallback {
    font-style: italic;
  }
  .t {
    margin-bottom: 0.3rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  svg {
    flex: none;
    width: 4.5rem;
    height: 4.5rem;
    fill: color-mix(in srgb, var(--_muted) 28%, var(--_surface));
    stroke: var(--_muted);
    stroke-width: 0.5;
  }
  path {
    vector-effect: non-scaling-stroke;
  }
  .municipality {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .tag {
    padding: 0.1rem 0.55rem;
    border-radius: 1rem;
    border: 1px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    font-size: 0.8rem;
  }
  .figures {
    display: grid;
    gap: 0.5rem;
  }
  .figure {
    display: grid;
    grid-template-columns: minmax(3.6rem, auto) 1fr;
    gap: 0 0.7rem;
    align-items: baseline;
  }
  .value {
    font-size: 1.45rem;
    font-weight: 700;
    color: var(--_accent);
  }
  .definition {
    font-size: 0.9rem;
  }
  .meta {
    grid-column: 2;
  }
  .sources {
    margin-top: auto;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  ol {
    padding-inline-start: 1.2rem;
  }
  :host([compact]) article {
    padding: 0.7rem 0.85rem;
    gap: 0.4rem;
  }
  :host([compact]) svg {
    width: 3rem;
    height: 3rem;
  }
  :host([compact]) :is(.summary, .t, .figure ~ .figure, .stats) {
    display: none;
  }
  @media print {
    article {
      break-inside: avoid;
      box-shadow: none !important;
    }
    .value,
    a {
      color: #000;
    }
    a::after {
      content: ' <' attr(href) '>';
    }
  }
`;
